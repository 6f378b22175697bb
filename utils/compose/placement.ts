import type { AnchorRect } from './types';

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  /** False when no side had room and the panel may overlap the compose area (the user can collapse it). */
  fits: boolean;
}

const GAP = 8;

/**
 * Where the panel goes beside a compose area without covering it: above (right-aligned, where
 * chat and docked compose windows leave room), then below, right, left. Falls back to the top
 * edge of the viewport, clamped, when no side has room (a fullscreen editor).
 */
export function placePanel(anchor: AnchorRect, panel: Size, viewport: Size): Placement {
  const clampLeft = (x: number) => Math.max(GAP, Math.min(x, viewport.width - panel.width - GAP));
  const clampTop = (y: number) => Math.max(GAP, Math.min(y, viewport.height - panel.height - GAP));
  const right = anchor.left + anchor.width;
  const bottom = anchor.top + anchor.height;
  const candidates: { top: number; left: number; room: boolean }[] = [
    { top: anchor.top - GAP - panel.height, left: clampLeft(right - panel.width), room: anchor.top - GAP - panel.height >= GAP },
    { top: bottom + GAP, left: clampLeft(right - panel.width), room: bottom + GAP + panel.height <= viewport.height - GAP },
    { top: clampTop(anchor.top), left: right + GAP, room: right + GAP + panel.width <= viewport.width - GAP },
    { top: clampTop(anchor.top), left: anchor.left - GAP - panel.width, room: anchor.left - GAP - panel.width >= GAP },
  ];
  const spot = candidates.find((c) => c.room);
  if (spot) return { top: spot.top, left: spot.left, fits: true };
  return { top: GAP, left: clampLeft(right - panel.width), fits: false };
}
