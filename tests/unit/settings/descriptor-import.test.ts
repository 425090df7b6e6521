import { describe, expect, it } from 'vitest';
import { parseDescriptorFile } from '../../../components/settings/descriptor-import';

const ok = (text: string) => {
  const r = parseDescriptorFile(text, 'cpt.csv', new Date('2026-11-25T10:00:00Z'));
  if (!r.ok) throw new Error(r.error);
  return r.file;
};
const error = (text: string) => {
  const r = parseDescriptorFile(text, 'cpt.csv');
  if (r.ok) throw new Error('expected an error');
  return r.error;
};

describe('licensed descriptor files', () => {
  it('reads CSV with a header, quotes and commas inside quotes', () => {
    const file = ok('Code,Descriptor\n50706,"Licensed text, with a comma"\n74360,"He said ""hi"""\n');
    expect(file.entries).toEqual({ '50706': 'Licensed text, with a comma', '74360': 'He said "hi"' });
    expect(file.importedAt).toBe('2026-11-25');
  });

  it('reads TSV and Category III style codes', () => {
    expect(ok('50431\tText one\r\n0001T\tText two\r\n').entries).toEqual({ '50431': 'Text one', '0001T': 'Text two' });
  });

  it('names the line of a bad code', () => {
    expect(error('50706,ok\n5070,short code\n')).toMatch(/^Line 2: "5070" is not a CPT code/);
  });

  it('names the line of a missing descriptor', () => {
    expect(error('code,descriptor\n50706,ok\n\n74360,\n')).toBe('Line 4: code 74360 has no descriptor in the second column.');
  });

  it('rejects a repeated code, naming both lines', () => {
    expect(error('50706,a\n74360,b\n50706,c\n')).toBe('Line 3: code 50706 appears again (first on line 1).');
  });

  it('rejects an unclosed quote and an empty file', () => {
    expect(error('50706,"never closed\n')).toBe('Line 1: a quoted field is not closed.');
    expect(error('\n\n')).toBe('cpt.csv has no code lines.');
  });
});
