/** The dataset contract: real data passes, broken entries fail naming file and field. */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError, DEFAULT_DATA_DIR, loadDataset } from '../../../data/load';

const FIXTURES = join(process.cwd(), 'tests/fixtures/data');
const problemsOf = (dirs: string[]): string[] => {
  try {
    loadDataset(dirs);
  } catch (error) {
    if (error instanceof DatasetError) return error.problems;
    throw error;
  }
  return [];
};

describe('the bundled dataset', () => {
  const dataset = loadDataset();

  it('holds the four codes, one file each', () => {
    expect(dataset.map((e) => e.code)).toEqual(['50431', '50706', '74360', '76496']);
    expect(readdirSync(DEFAULT_DATA_DIR).sort()).toEqual(['50431.json', '50706.json', '74360.json', '76496.json']);
  });

  it('marks each code with the status a coder must know', () => {
    const kind = Object.fromEntries(dataset.map((e) => [e.code, e.status.kind]));
    expect(kind).toEqual({ '50706': 'add-on', '50431': 'standard', '74360': 'supervision-interpretation', '76496': 'unlisted' });
    const addOn = dataset.find((e) => e.code === '50706')!;
    expect(addOn.status.primaries?.map((p) => p.code)).toEqual(expect.arrayContaining(['50431', '50432', '50693', '51610']));
    const unlisted = dataset.find((e) => e.code === '76496')!;
    const needs = unlisted.status.requirements!.join(' ').toLowerCase();
    for (const word of ['special report', 'cover letter', 'compar', 'payer']) expect(needs).toContain(word);
  });

  it('carries the bundling facts from the sources', () => {
    const notWith = (code: string) => dataset.find((e) => e.code === code)!.notWith.flatMap((b) => b.codes.map((c) => c.code));
    expect(notWith('50431')).toEqual(expect.arrayContaining(['50432', '50433', '50434', '50435', '50693', '50694', '50695']));
    expect(notWith('74360')).toEqual(expect.arrayContaining(['43213', '43214', '43233']));
    const related50431 = dataset.find((e) => e.code === '50431')!.related.map((r) => r.code.code);
    expect(related50431).toContain('50430');
  });

  it('keeps unknown fee-schedule facts unverified, with the reason, instead of guessing', () => {
    const fs = (code: string) => dataset.find((e) => e.code === code)!.feeSchedule;
    expect(fs('50706').globalPeriod.value).toBe('ZZZ');
    expect(fs('50706').mue.value).toBe(2);
    expect(fs('50706').pcTc.value).toBe('0');
    expect(fs('76496').status).toMatchObject({ value: null, unverified: expect.stringMatching(/carrier-priced/) });
    expect(fs('76496').mue).toMatchObject({ value: null, unverified: expect.stringMatching(/no source/i) });
    expect(fs('50431').bilateral).toMatchObject({ value: null });
  });

  it('cites public origins only: no internal file names, and each source says what kind it is', () => {
    const text = JSON.stringify(dataset);
    expect(text).not.toMatch(/seed:|code-facts|\.txt\b/);
    const refs = new Set<string>();
    JSON.stringify(dataset, (key, value) => {
      if (key === 'source' || key === 'descriptionSource') refs.add(`${value.kind}: ${value.ref}`);
      return value;
    });
    expect([...refs]).toEqual(expect.arrayContaining([expect.stringMatching(/^ai-written: iframe\.ai/), expect.stringMatching(/^professional: ACR Coding Source/)]));
  });

  it('ties 50431 exclusions to the same side and lists the study-inclusive codes', () => {
    const e = dataset.find((x) => x.code === '50431')!;
    const group = (code: string) => e.notWith.find((b) => b.codes.some((c) => c.code === code))!;
    for (const c of ['50432', '50435', '50693', '50695', '50430']) expect(group(c).when).toBe('same-side');
    expect(group('50436').when).toBeUndefined();
    expect(e.related.map((r) => r.code.code)).toContain('50684');
    expect(e.modifiers.map((m) => m.modifier)).toEqual(expect.arrayContaining(['LT', 'RT', '50']));
  });

  it('marks diagnoses as billable or header and gives each a role', () => {
    const dx = Object.fromEntries(dataset.find((x) => x.code === '74360')!.diagnoses!.items.map((d) => [d.code, d]));
    expect(dx['K22.8']).toMatchObject({ billable: false });
    expect(dx['K22.1']).toMatchObject({ billable: false });
    expect(dx['K22.3']).toMatchObject({ role: 'complication' });
    expect(dx['I85.00']).toMatchObject({ role: 'caution' });
  });

  it('gives every checklist 4–8 items with ids unique across the dataset', () => {
    const ids = dataset.flatMap((e) => e.checklist.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of dataset) expect(e.checklist.items.length).toBeGreaterThanOrEqual(4);
  });
});

describe('broken data files', () => {
  it('name the file and each broken field', () => {
    const problems = problemsOf([join(FIXTURES, 'broken-field')]);
    const text = problems.join('\n');
    expect(text).toMatch(/broken-field\/50430\.json: title: /);
    expect(text).toMatch(/broken-field\/50430\.json: checklist\.items: /);
    expect(text).toMatch(/broken-field\/50430\.json: feeSchedule\.mue\.source\.asOf: asOf must be an edition/);
    expect(text).toMatch(/broken-field\/50430\.json: feeSchedule\.mue\.source\.ref: must name public sources only/);
  });

  it('reject a code outside the dataset without a label, and a repeated checklist id', () => {
    const text = problemsOf([join(FIXTURES, 'broken-ref')]).join('\n');
    expect(text).toContain('notWith.0.codes.0.label: 99999 is not in the dataset, so it needs a label');
    expect(text).toContain('checklist.items.1.id: "50430-new-access" is already used');
  });

  it('report unparsable JSON with the file name', () => {
    expect(problemsOf([join(FIXTURES, 'broken-json')]).join('\n')).toMatch(/broken-json\/50430\.json: not valid JSON/);
  });

  it('reject a file whose name does not match its code', () => {
    // A valid 50430 entry saved as 50433.json: only the name rule can catch it.
    const dir = mkdtempSync(join(tmpdir(), 'cpt-misnamed-'));
    try {
      copyFileSync(join(FIXTURES, 'extra', '50430.json'), join(dir, '50433.json'));
      expect(problemsOf([DEFAULT_DATA_DIR, dir])).toEqual([
        expect.stringMatching(/50433\.json: code: "50430" does not match the file name "50433\.json"$/),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('accept the same entry under its own name', () => {
    expect(problemsOf([DEFAULT_DATA_DIR, join(FIXTURES, 'extra')])).toEqual([]);
  });
});

describe('the build', () => {
  it('fails on a broken data file, naming file and field', async () => {
    const { cptDataPlugin } = await import('../../../data/vite-plugin');
    const plugin = cptDataPlugin([join(FIXTURES, 'broken-field')]);
    const buildStart = plugin.buildStart as (this: { addWatchFile(f: string): void }) => void;
    expect(() => buildStart.call({ addWatchFile() {} })).toThrow(/broken-field\/50430\.json: title/);
  });
});
