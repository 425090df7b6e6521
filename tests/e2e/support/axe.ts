/** Runs axe-core inside a page (it reaches into open shadow roots) and returns violation ids. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function axeViolations(page: Page, include?: unknown): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (ctx) => {
    type Axe = { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(ctx ?? document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, include);
}
