import type { FocusBlock } from '../../../utils/platform/db/records';

/** A one-off scheduled block from `start` to `end`, created a minute before `now`; `over` changes any field. */
export function blockMaker(now: number): (start: number, end: number, over?: Partial<FocusBlock>) => FocusBlock {
  return (start, end, over = {}) => ({ id: `b${start}`, start, end, source: 'once', status: 'scheduled', createdAt: now - 60_000, ...over });
}
