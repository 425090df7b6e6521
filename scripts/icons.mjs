// Rasterises the one icon master (assets/icon.svg) to the PNG sizes both manifests name.
// Run `npm run icons` after editing the master; tests/unit/store/icons.test.ts fails when the
// committed PNGs no longer match it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = [16, 32, 48, 128];
export const ICON_MASTER = 'assets/icon.svg';
/** @param {number} size */
export const iconPath = (size) => `public/icon/${size}.png`;

/** @param {number} size */
export function renderIcon(size) {
  const svg = readFileSync(ICON_MASTER, 'utf8');
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync('public/icon', { recursive: true });
  for (const size of ICON_SIZES) {
    writeFileSync(iconPath(size), renderIcon(size));
    console.log(`icons: ${iconPath(size)}`);
  }
}
