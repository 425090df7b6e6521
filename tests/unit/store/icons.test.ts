/** The committed toolbar icons are the master SVG rasterised at every size both manifests name. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, iconPath, renderIcon } from '../../../scripts/icons.mjs';
import config from '../../../wxt.config';

const pngSize = (buf: Buffer) => ({ width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) });

describe('icons', () => {
  it.each(ICON_SIZES as number[])('public/icon/%i.png is %ipx square and matches the master (run `npm run icons` after editing it)', (size) => {
    const committed = readFileSync(iconPath(size));
    expect(pngSize(committed)).toEqual({ width: size, height: size });
    expect(Buffer.compare(committed, renderIcon(size))).toBe(0);
  });

  it.each([
    ['chrome', 3],
    ['firefox', 2],
  ] as const)('the %s manifest names every size for the extension and the toolbar button', (browser, manifestVersion) => {
    const manifest = (config.manifest as (env: object) => Record<string, unknown>)({ browser, manifestVersion });
    const expected = Object.fromEntries((ICON_SIZES as number[]).map((s) => [s, `icon/${s}.png`]));
    expect(manifest.icons).toEqual(expected);
    const action = (manifest[manifestVersion === 3 ? 'action' : 'browser_action'] as { default_icon: unknown }).default_icon;
    expect(action).toEqual(expected);
  });
});
