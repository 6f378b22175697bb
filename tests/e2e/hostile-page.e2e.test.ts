import { afterEach, describe, expect, it } from 'vitest';
import { launch, type ExtensionSession } from './harness';

/*
 * A covered page that turns hostile, in Chromium: it floods notifications during focus (at most
 * the per-site cap is kept, the rest is counted and said in the popup and the digest, another
 * site is still held), or patches page-world prototypes to get hold of the guard's port to the
 * extension: it gets no port, so it can neither flood the background through one nor hear the
 * focus state.
 */

const SLACK = 'https://app.slack.com/client/T0A1B2C3D/C04GENERAL';
const GMAIL = 'https://mail.google.com/mail/u/0/';

interface Held {
  site: string;
  title: string;
}
interface Event {
  kind: string;
  site: string;
}

/** The per-site cap on held items waiting (MAX_PENDING_PER_SITE in utils/notify/policy.ts). */
const CAP = 500;
const BURST = 5000;

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

  it('a burst of 5,000 notifications during focus keeps at most the cap, counts the rest for the popup and the digest, and still holds another site', async () => {
    const s = await launch();
    session = s;
    await serve(s);
    const slack = await s.openHostPage(SLACK);
    const gmail = await s.openHostPage(GMAIL);
    expect((await s.sendMessage('startFocus', { minutes: 25 })).ok).toBe(true);
    await slack.waitForTimeout(500);

    // The burst, each from another sender (no repeat rule), and in the same second one mail.
    const burst = slack.evaluate((n) => {
      for (let i = 0; i < n; i++) new Notification(`Flood ${i}`, { body: 'spam' });
    }, BURST);
    await gmail.evaluate(() => void new Notification('Dana Park', { body: 'Contract draft attached' }));
    await burst;

    const settled = async () => {
      const held = await s.readTable<Held>('held');
      const summary = (await s.sendMessage('getTodaySummary', {})).data as { notHeld: number };
      return { slack: held.filter((h) => h.site === 'slack').length, notHeld: summary.notHeld, gmail: held.filter((h) => h.site === 'gmail').map((h) => h.title) };
    };
    // Every one of the 5,000 is either held or counted as not held (none lost to a timeout), and
    // counted while the page is still busy showing the thousands it was told to show.
    const raised = Date.now();
    await expect.poll(async () => { const n = await settled(); return n.slack + n.notHeld; }, { timeout: 30_000 }).toBe(BURST);
    const after = await settled();
    console.log(`[burst] all counted ${Date.now() - raised} ms after the burst`);
    expect(after.gmail).toEqual(['Dana Park']);
    expect(after.slack).toBeGreaterThan(0);
    expect(after.slack).toBeLessThanOrEqual(CAP);
    expect((await s.readTable<Event>('events')).filter((e) => e.kind === 'notification-breakthrough')).toEqual([]);
    console.log(`[burst] ${BURST} raised: ${after.slack} Slack rows held (cap ${CAP}), ${after.notHeld} counted as not held`);

    const popup = await s.openExtensionPage('popup.html');
    // Counted, not lost: the popup says how many were not held.
    await expect.poll(() => popup.getByTestId('not-held-count').getAttribute('data-value')).toBe(String(after.notHeld));

    // The digest, with the flooding page closed (it would go on showing what it was told to for
    // half a minute): its first items and the not-held line, timed from navigation start.
    await slack.close();
    const digest = await s.context.newPage();
    await digest.goto(`chrome-extension://${s.extensionId}/digest.html`);
    await digest.getByTestId('digest-item').first().waitFor();
    await digest.getByTestId('digest-not-held').waitFor();
    const loadMs = await digest.evaluate(() => performance.now());
    console.log(`[burst] digest page loaded (items and not-held counts shown) in ${Math.round(loadMs)} ms`);
    // The target is under 1 s (the figure is printed above); the assertion is generous because
    // the machine running the suite may be shared: it catches a digest that reads everything
    // at once or waits on the flood, not a slow machine.
    expect(loadMs).toBeLessThan(3000);
    expect(await digest.getByTestId('digest-not-held').textContent()).toContain(`Slack: ${after.notHeld.toLocaleString('en')} came too fast`);
    await expect.poll(() => digest.getByTestId('digest-item').count()).toBe(after.slack + 1);
  }, 240_000);
});
