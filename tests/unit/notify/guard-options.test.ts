// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://mail.google.com/mail/u/0/" }
import { describe, expect, it } from 'vitest';
import { readOptions, valuesOf } from '../../../utils/notify/guard/options';

/* What a held notification reports, by the spec and Chromium (measured against Chromium's own objects in tests/e2e/wpt.e2e.test.ts). */

const win = window as unknown as Window & typeof globalThis;

describe('notification options', () => {
  it('reads each member once, in dictionary order, skipping undefined', () => {
    const read: string[] = [];
    const raw = new Proxy({ body: 'b', tag: undefined }, { get: (t, k) => (read.push(String(k)), (t as Record<string, unknown>)[String(k)]) });
    expect(readOptions(raw)).toEqual({ body: 'b' });
    expect(read).toEqual(['actions', 'badge', 'body', 'data', 'dir', 'icon', 'image', 'lang', 'renotify', 'requireInteraction', 'silent', 'tag', 'timestamp', 'vibrate']);
    expect(() => readOptions(5)).toThrow(TypeError);
  });

  it("reads only the members this browser reports back: Firefox ESR 140's prototype (measured) gives 8, in order", () => {
    // Notification.prototype's own names in Firefox ESR 140.12; its constructor read body, data, dir, icon, lang, requireInteraction, silent, tag, vibrate.
    const firefox = Object.fromEntries(['close', 'onclick', 'onshow', 'onerror', 'onclose', 'title', 'dir', 'lang', 'body', 'tag', 'icon', 'requireInteraction', 'silent', 'data'].map((k) => [k, null]));
    const read: string[] = [];
    const raw = new Proxy({ image: 'x.png', silent: true }, { get: (t, k) => (read.push(String(k)), (t as Record<string, unknown>)[String(k)]) });
    expect(readOptions(raw, firefox)).toEqual({ silent: true });
    expect(read).toEqual(['body', 'data', 'dir', 'icon', 'lang', 'requireInteraction', 'silent', 'tag']);
    // Silent with vibrate: no attribute to report vibrate, so nothing to refuse (Firefox shows it).
    expect(valuesOf(win, 'Quiet', readOptions({ silent: true, vibrate: 200 }, firefox))).not.toBeNull();
    expect(valuesOf(win, 'Quiet', readOptions({ silent: true, vibrate: 200 }))).toBeNull();
    // A browser that has every attribute (Chromium) reads every member.
    const chromium = Object.fromEntries(['actions', 'badge', 'body', 'data', 'dir', 'icon', 'image', 'lang', 'renotify', 'requireInteraction', 'silent', 'tag', 'timestamp', 'vibrate'].map((k) => [k, null]));
    read.length = 0;
    expect(readOptions(raw, chromium)).toEqual({ image: 'x.png', silent: true });
    expect(read).toHaveLength(14);
  });

  it('reports the defaults Chromium reports', () => {
    const v = valuesOf(win, 'Hi', {})!;
    expect({ ...v, timestamp: typeof v.timestamp }).toEqual({
      title: 'Hi', dir: 'auto', lang: '', body: '', tag: '', icon: '', image: '', badge: '', data: null, silent: false,
      requireInteraction: false, renotify: false, timestamp: 'number', vibrate: [], actions: [],
    });
    expect(Object.isFrozen(v.vibrate)).toBe(true);
  });

  it('resolves URLs against the document (empty when they do not resolve) and reads vibrate as a pattern', () => {
    const v = valuesOf(win, 'x', { icon: 'a.png', image: '/b.png', badge: '', vibrate: 200.9 })!;
    expect([v.icon, v.image, v.badge, v.vibrate]).toEqual(['https://mail.google.com/mail/u/0/a.png', 'https://mail.google.com/b.png', '', [200]]);
  });

  it.each([
    ['an unknown direction', { dir: 'up' }],
    ['renotify without a tag', { renotify: true }],
    ['silent with a vibration', { silent: true, vibrate: [1] }],
    ['actions', { actions: [{ action: 'a', title: 'A' }] }],
    ['data that cannot be cloned', { data: () => 1 }],
  ])('has no values for %s (the real API refuses it)', (_what, options) => {
    expect(valuesOf(win, 'x', options)).toBeNull();
  });
});
