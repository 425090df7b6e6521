// @vitest-environment node
/** `npm start` on a machine without Chromium: the install hint, no stack trace, no build first. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm start without Chromium', () => {
  it('prints how to install it and exits, without a stack trace', () => {
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], {
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    const out = run.stdout + run.stderr;
    expect(run.status).toBe(1);
    expect(out).toContain('Chromium not found at /nonexistent/chromium: install it with "sudo apt-get install -y chromium"');
    expect(out).not.toMatch(/^\s+at /m);
    expect(out).not.toMatch(/building/);
  });
});
