import { describe, expect, it } from 'vitest';
import { placePanel } from '../../../utils/compose/placement';

const viewport = { width: 1400, height: 900 };
const panel = { width: 300, height: 220 };
const overlaps = (a: { top: number; left: number }, b: { top: number; left: number; width: number; height: number }) =>
  a.left < b.left + b.width && b.left < a.left + panel.width && a.top < b.top + b.height && b.top < a.top + panel.height;

describe('placePanel', () => {
  it.each([
    ['a chat composer at the bottom: above it, right-aligned', { top: 780, left: 240, width: 900, height: 90 }, 'above'],
    ['a composer at the top of the page: below it', { top: 20, left: 240, width: 900, height: 90 }, 'below'],
    ['a tall compose area with room on the right: beside it', { top: 40, left: 200, width: 700, height: 820 }, 'right'],
    ['a tall compose area flush right: on its left', { top: 40, left: 500, width: 880, height: 820 }, 'left'],
  ])('%s', (_name, anchor, side) => {
    const spot = placePanel(anchor, panel, viewport);
    expect(spot.fits).toBe(true);
    expect(overlaps(spot, anchor)).toBe(false);
    expect(spot.top).toBeGreaterThanOrEqual(0);
    expect(spot.left + panel.width).toBeLessThanOrEqual(viewport.width);
    const where =
      spot.top + panel.height <= anchor.top ? 'above' : spot.top >= anchor.top + anchor.height ? 'below' : spot.left >= anchor.left + anchor.width ? 'right' : 'left';
    expect(where).toBe(side);
  });

  it('says so when nothing fits (a fullscreen editor), staying inside the viewport', () => {
    const spot = placePanel({ top: 10, left: 10, width: 1380, height: 880 }, panel, viewport);
    expect(spot.fits).toBe(false);
    expect(spot.left).toBeGreaterThanOrEqual(8);
    expect(spot.left + panel.width).toBeLessThanOrEqual(viewport.width - 8);
  });
});
