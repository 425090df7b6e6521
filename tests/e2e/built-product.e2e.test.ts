/**
 * What ships: the built extensions name no internal working material (seed pages, our code-facts
 * notes, "our review") anywhere a coder could read it — card text, popup, options.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTERNAL_PROSE } from '../../data/schema';

const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv2'];
const TEXT = /\.(js|html|css|json)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : TEXT.test(name) ? [path] : [];
  });
}

describe('the built product', () => {
  it.each(BUILDS)('%s contains no internal source names', (dir) => {
    expect(existsSync(dir), `${dir} is built before the e2e tests`).toBe(true);
    const global = new RegExp(INTERNAL_PROSE.source, 'gi');
    const hits = files(dir).flatMap((path) => [...readFileSync(path, 'utf8').matchAll(global)].map((m) => `${path}: ${m[0]}`));
    expect(hits).toEqual([]);
  });
});
