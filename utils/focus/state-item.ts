import { storage } from '#imports';
import type { FocusState } from '../platform/messaging/protocol';
import { FOCUS_STATE_KEY } from './active-watch';

export const IDLE_STATE: FocusState = { active: false, blockId: null, endsAt: null, startedAt: null };

/**
 * A mirror of the focus state for content scripts and pages to follow live
 * (`focusStateItem.watch`). Only the background writes it, after every transition and at every
 * start-up; the truth is the blocks in the database, this is derived from them.
 */
export const focusStateItem = storage.defineItem<FocusState>(`local:${FOCUS_STATE_KEY}`, { fallback: IDLE_STATE });
