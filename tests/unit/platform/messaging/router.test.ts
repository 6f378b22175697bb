import { describe, expect, it, vi } from 'vitest';
import { createRouter, type MessageSender } from '../../../../utils/platform/messaging/router';

const contentScript: MessageSender = { url: 'https://app.slack.com/client/T1/C1', tabId: 4, fromExtensionPage: false };
const extensionPage: MessageSender = { url: 'chrome-extension://abc/popup.html', fromExtensionPage: true };

describe('router', () => {
  it('passes a valid message to its handler, parsed', async () => {
    const recordEvent = vi.fn(async () => ({ ok: true as const }));
    const dispatch = createRouter({ recordEvent });
    const reply = await dispatch({ type: 'recordEvent', payload: { kind: 'ping-caught', site: 'slack' } }, contentScript);
    expect(reply).toEqual({ ok: true, data: { ok: true } });
    expect(recordEvent).toHaveBeenCalledWith({ kind: 'ping-caught', site: 'slack' }, contentScript);
  });

  it('refuses a recorded meeting with more person-hours than 1,000 guests for a day allow, and takes the limit itself', async () => {
    const recordEvent = vi.fn(async () => ({ ok: true as const }));
    const dispatch = createRouter({ recordEvent });
    const over = await dispatch({ type: 'recordEvent', payload: { kind: 'meeting-saved', data: { personHours: 24_001 } } }, contentScript);
    expect(over.ok).toBe(false);
    expect(recordEvent).not.toHaveBeenCalled();
    expect(await dispatch({ type: 'recordEvent', payload: { kind: 'meeting-saved', data: { personHours: 24_000 } } }, contentScript)).toEqual({ ok: true, data: { ok: true } });
  });

  it.each([
    ['a string', 'getFocusState'],
    ['null', null],
    ['no type', { payload: {} }],
    ['a numeric type', { type: 42, payload: {} }],
  ])('rejects a malformed envelope (%s) without calling anything', async (_name, message) => {
    const getFocusState = vi.fn();
    const reply = await createRouter({ getFocusState })(message, contentScript);
    expect(reply).toEqual({ ok: false, error: 'Malformed message: expected { type, payload }' });
    expect(getFocusState).not.toHaveBeenCalled();
  });

  it('rejects an unknown type by name', async () => {
    const reply = await createRouter({})({ type: 'dropTables', payload: {} }, contentScript);
    expect(reply).toEqual({ ok: false, error: 'Unknown message type "dropTables"' });
  });

  it('does not treat inherited object keys as message types', async () => {
    const reply = await createRouter({})({ type: 'toString', payload: {} }, contentScript);
    expect(reply).toEqual({ ok: false, error: 'Unknown message type "toString"' });
  });

  it.each([
    ['a wrong kind', { kind: 'nope' }, /^Invalid "recordEvent" message: kind/],
    ['an extra field (message text must never travel)', { kind: 'coach-shown', text: 'hey' }, /Unrecognized key/],
    ['a wrong data field type', { kind: 'focus-completed', data: { actualMinutes: 'fifty' } }, /data\.actualMinutes/],
  ])('rejects an invalid payload (%s) and leaves the handler uncalled', async (_name, payload, error) => {
    const recordEvent = vi.fn();
    const reply = await createRouter({ recordEvent })({ type: 'recordEvent', payload }, contentScript);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(error);
    expect(recordEvent).not.toHaveBeenCalled();
  });

  it('keeps page-only messages away from content scripts', async () => {
    const deleteAllData = vi.fn(async () => ({ ok: true as const }));
    const dispatch = createRouter({ deleteAllData });
    const refused = await dispatch({ type: 'deleteAllData', payload: { confirm: 'DELETE' } }, contentScript);
    expect(refused).toEqual({ ok: false, error: `"deleteAllData" is only accepted from Focusgate's own pages` });
    expect(deleteAllData).not.toHaveBeenCalled();
    expect(await dispatch({ type: 'deleteAllData', payload: { confirm: 'DELETE' } }, extensionPage)).toEqual({ ok: true, data: { ok: true } });
  });

  it.each([
    ['endFocus', {}],
    ['deleteSchedule', { id: 's1' }],
    ['updateBlock', { id: 'b1', start: 1, end: 2 }],
    ['getStats', { from: '2026-11-01', to: '2026-11-07' }],
  ] as const)('content scripts may not send %s, which only the pages use', async (type, payload) => {
    const handler = vi.fn(async () => ({ ok: true as const }));
    const reply = await createRouter({ [type]: handler })({ type, payload }, contentScript);
    expect(reply).toEqual({ ok: false, error: `"${type}" is only accepted from Focusgate's own pages` });
    expect(handler).not.toHaveBeenCalled();
  });

  it('content scripts may ask for overlaps, settings and the focus state', async () => {
    const blocks = { blocks: [] };
    const dispatch = createRouter({ getOverlaps: async () => blocks, getFocusState: async () => ({ active: false, blockId: null, endsAt: null, startedAt: null }) });
    expect(await dispatch({ type: 'getOverlaps', payload: { start: 1, end: 2 } }, contentScript)).toEqual({ ok: true, data: blocks });
    expect((await dispatch({ type: 'getFocusState', payload: {} }, contentScript)).ok).toBe(true);
  });

  it('reports a known type with no handler', async () => {
    expect(await createRouter({})({ type: 'getFocusState', payload: {} }, extensionPage)).toEqual({
      ok: false,
      error: 'No handler for "getFocusState"',
    });
  });

  it('turns a throwing handler into an error reply', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const dispatch = createRouter({
      getFocusState: () => {
        throw new Error('database closed');
      },
    });
    expect(await dispatch({ type: 'getFocusState', payload: {} }, extensionPage)).toEqual({ ok: false, error: 'database closed' });
  });

  it('treats a missing payload as empty', async () => {
    const state = { active: false, blockId: null, endsAt: null, startedAt: null };
    const dispatch = createRouter({ getFocusState: async () => state });
    expect(await dispatch({ type: 'getFocusState' }, extensionPage)).toEqual({ ok: true, data: state });
  });
});
