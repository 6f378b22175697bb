import { afterEach, describe, expect, it } from 'vitest';
import { launch, type ExtensionSession } from './harness';

/*
 * A covered page that turns hostile, in Chromium: it floods notifications during focus, or
 * patches page-world prototypes to get hold of the guard's port to the extension: it gets no
 * port, so it can neither flood the background through one nor hear the focus state.
 */

const SLACK = 'https://app.slack.com/client/T0A1B2C3D/C04GENERAL';
const GMAIL = 'https://mail.google.com/mail/u/0/';

interface Held {
  site: string;
  title: string;
}

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close().catch(() => {});
  session = undefined;
});

const plainPage = (title: string, head = '') => `<!doctype html><html><head><title>${title}</title>${head}</head><body><main>${title}</main></body></html>`;

/** Runs first in the page (after the guard): patches every prototype the guard's link touches, keeping any port it sees. */
const HIJACK = `<script>
  window.__stolen = [];
  const keep = (p) => { if (p && !window.__stolen.includes(p)) window.__stolen.push(p); };
  const wrapGetter = (proto, key, take) => {
    const d = Object.getOwnPropertyDescriptor(proto, key);
    Object.defineProperty(proto, key, { ...d, get() { take(this); return d.get.call(this); } });
  };
  for (const key of ['data', 'source']) wrapGetter(MessageEvent.prototype, key, (e) => { keep(e.target instanceof MessagePort ? e.target : null); });
  const realPorts = Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'ports');
  Object.defineProperty(MessageEvent.prototype, 'ports', { ...realPorts, get() { const ps = realPorts.get.call(this); ps.forEach(keep); return ps; } });
  Event.prototype.stopImmediatePropagation = function () { if (this.ports) this.ports.forEach(keep); };
  const post = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (...a) { keep(this); return post.apply(this, a); };
  const om = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage');
  Object.defineProperty(MessagePort.prototype, 'onmessage', { ...om, set(fn) { keep(this); om.set.call(this, fn); } });
  window.addEventListener('message', (e) => e.ports.forEach(keep), true);
  for (let i = 0; i < 5; i++) window.dispatchEvent(new CustomEvent('focusgate:notify-guard-ready'));
</script>`;

async function serve(s: ExtensionSession, head = ''): Promise<void> {
  await s.serve(SLACK, plainPage('Slack', head));
  await s.serve(GMAIL, plainPage('Inbox - Gmail'));
  for (const origin of ['https://app.slack.com', 'https://mail.google.com']) await s.context.grantPermissions(['notifications'], { origin });
  await s.guardRegistered();
}

describe('a hostile covered page', () => {
  it('patching page-world prototypes gets it no port to the extension: it can neither flood nor learn the focus state', async () => {
    const s = await launch();
    session = s;
    await serve(s, HIJACK);
    const slack = await s.openHostPage(SLACK);
    await slack.waitForTimeout(500);
    expect((await s.sendMessage('startFocus', { minutes: 25 })).ok).toBe(true);
    await slack.waitForTimeout(500);

    const result = await slack.evaluate(async () => {
      const w = window as unknown as { __stolen: MessagePort[] };
      const heard: unknown[] = [];
      for (const port of w.__stolen) {
        port.addEventListener('message', (e) => heard.push(e.data));
        port.start();
        for (let i = 0; i < 1000; i++) port.postMessage({ fg: 'notify', id: 10_000 + i, title: `Probe ${i}`, body: 'x', tag: '' });
      }
      await new Promise((r) => setTimeout(r, 2000));
      return { stolen: w.__stolen.length, states: heard.filter((m) => (m as { fg?: string }).fg === 'state').length };
    });
    expect(result).toEqual({ stolen: 0, states: 0 });
    expect((await s.readTable<Held>('held')).filter((h) => h.title.startsWith('Probe'))).toEqual([]);

    // The guard itself still works for the page's ordinary notifications during focus.
    await slack.evaluate(() => void new Notification('Alice Chen', { body: 'lunch?' }));
    await expect.poll(async () => (await s.readTable<Held>('held')).map((h) => h.title), { timeout: 15_000 }).toEqual(['Alice Chen']);
  }, 120_000);
});
