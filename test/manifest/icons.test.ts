import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import {
  ICON_SOURCE_FILE,
  RIBBON_ICON_SIZES,
  deriveOutlineSvg,
  iconProblems,
  renderIcons,
} from '../../scripts/package';
import type { RenderedIcons } from '../../scripts/package';

const iconSvg = readFileSync(ICON_SOURCE_FILE, 'utf8');
let icons: RenderedIcons;
beforeAll(async () => {
  icons = await renderIcons(iconSvg);
});

/** Every pixel as [red, green, blue, alpha]. */
function pixelsOf(png: Buffer): { width: number; height: number; pixels: number[][] } {
  const image = PNG.sync.read(png);
  const pixels: number[][] = [];
  for (let i = 0; i < image.data.length; i += 4) pixels.push([...image.data.subarray(i, i + 4)]);
  return { width: image.width, height: image.height, pixels };
}

describe('the icons rendered from manifest/icon.svg', () => {
  it('renders the colour icon at 192 × 192 with no transparent pixel', () => {
    const { width, height, pixels } = pixelsOf(icons.color);
    expect([width, height]).toEqual([192, 192]);
    expect(pixels.filter(([, , , alpha]) => alpha !== 255)).toHaveLength(0);
    expect(iconProblems('color', icons.color)).toEqual([]);
  });

  it('renders the outline icon at 32 × 32: a transparent background and white strokes only', () => {
    const { width, height, pixels } = pixelsOf(icons.outline);
    expect([width, height]).toEqual([32, 32]);
    const corners = [0, 31, 32 * 31, 32 * 32 - 1].map((index) => pixels[index]?.[3]);
    expect(corners).toEqual([0, 0, 0, 0]);
    const visible = pixels.filter(([, , , alpha]) => alpha !== 0);
    expect(visible.length).toBeGreaterThan(32 * 32 * 0.15);
    expect(
      visible.filter(([red, green, blue]) => red !== 255 || green !== 255 || blue !== 255),
    ).toEqual([]);
    expect(iconProblems('outline', icons.outline)).toEqual([]);
  });

  it('derives the outline from the same shapes, without the background', () => {
    const outline = deriveOutlineSvg(iconSvg);
    expect(outline).not.toContain('id="background"');
    expect(outline).toContain('<g id="mark"');
  });

  it.each(RIBBON_ICON_SIZES)('renders the Outlook button icon at %i pixels', (size) => {
    const { width, height } = pixelsOf(icons.ribbon[size]);
    expect([width, height]).toEqual([size, size]);
  });

  it('reports an outline icon that has colour or no transparent background', () => {
    expect(iconProblems('outline', icons.ribbon[32])).toEqual([
      expect.stringMatching(
        /^outline\.png has \d+ visible pixels that are not white; use white only\.$/,
      ),
      'outline.png has no transparent pixel; its background must be transparent.',
    ]);
  });

  it('reports a colour icon of the wrong size or with a transparent background', () => {
    expect(iconProblems('color', icons.outline)).toEqual([
      'color.png is 32×32 pixels; it must be 192×192.',
      expect.stringMatching(
        /^color\.png has \d+ transparent pixels; its background must be opaque\.$/,
      ),
    ]);
  });
});
