/**
 * The committed toolbar icons are the master SVG rasterised at every size. That both built
 * manifests name them is checked on the builds (tests/e2e/store and zip).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, iconPath, renderIcon } from '../../../scripts/icons.mjs';

const pngSize = (buf: Buffer) => ({ width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) });

describe('icons', () => {
  it.each(ICON_SIZES as number[])('public/icon/%i.png is %ipx square and matches the master (run `npm run icons` after editing it)', (size) => {
    const committed = readFileSync(iconPath(size));
    expect(pngSize(committed)).toEqual({ width: size, height: size });
    expect(Buffer.compare(committed, renderIcon(size))).toBe(0);
  });
});
