import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { ASK_PROMPT, coach, CONTEXT_PROMPT, expand, gate, hint, openHost, selected, serveHostScripts, typeIn } from './coach-page';
import { launch, type ExtensionSession } from './harness';
import { panel, panelFocusHas } from './panels';

/*
 * The compose coach end to end: the built extension's content scripts on the Slack and Gmail
 * fixture pages, served under the real host URLs. Each fixture's own script emulates the host
 * (Enter posts in Slack, Send closes a Gmail window and logs what it sent), so "sent" below
 * always means the host's own send path ran.
 */

const SLACK_CHANNEL = 'https://app.slack.com/client/T01ACME/C01GENERAL';
const SLACK_DM = 'https://app.slack.com/client/T01ACME/D01SAM';
const GMAIL_INBOX = 'https://mail.google.com/mail/u/0/';
const GMAIL_FULLSCREEN = 'https://mail.google.com/mail/u/1/';
const GMAIL_ES = 'https://mail.google.com/mail/u/2/';
const GMAIL_FR = 'https://mail.google.com/mail/u/3/';

let s: ExtensionSession;

beforeAll(async () => {
  s = await launch();
  await serveHostScripts(s);
  await s.serve(SLACK_CHANNEL, s.fixture('slack-channel.html'));
  await s.serve(SLACK_DM, s.fixture('slack-dm.html'));
  await s.serve(GMAIL_INBOX, s.fixture('gmail-inbox.html'));
  await s.serve(GMAIL_FULLSCREEN, s.fixture('gmail-fullscreen.html'));
  await s.serve(GMAIL_ES, s.fixture('gmail-es.html'));
  await s.serve(GMAIL_FR, s.fixture('gmail-fr.html'));
});

afterAll(async () => {
  await s?.close().catch(() => {});
});

const open = (url: string) => openHost(s, url);

/**
 * Event kinds recorded since `before` rows (the events table only grows in this file), sorted:
 * each event is its own message, so the background may store two from one instant either way.
 */
async function kindsSince(before: number): Promise<string[]> {
  const rows = await s.readTable<{ kind: string; at: number }>('events');
  return rows
    .sort((a, b) => a.at - b.at)
    .slice(before)
    .map((r) => r.kind)
    .sort();
}
const sorted = (kinds: string[]) => [...kinds].sort();

const eventCount = async () => (await s.readTable('events')).length;

/** Whether focus is inside `editor` (so typing goes on where it stopped). */
const focusedIn = (editor: Locator) => editor.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

describe('compose coach on Slack', () => {
  it('updates the verdict as the draft changes, beside the composer and without taking focus', async () => {
    const page = await open(SLACK_CHANNEL);
    const editor = page.locator('.p-workspace__input [data-qa="message_input"] .ql-editor');
    await typeIn(page, editor, 'hey');
    await expect.poll(() => hint(page)).toBe('ping');
    expect(await coach(page, 'coach-verdict').getAttribute('data-mode')).toBe('async');
    // A closed shadow root: the page cannot enter it (the test reaches it through DevTools, tests/e2e/panels.ts).
    expect(await page.evaluate(() => document.querySelector('focusgate-coach')?.shadowRoot)).toBeNull();
    // Quiet while typing: one line, no checklist until asked for.
    expect(await coach(page, 'coach-check').count()).toBe(0);
    const oneLine = (await panel(page, 'focusgate-coach').locator('.fg-panel').boundingBox())!;
    expect(oneLine.height).toBeLessThan(60);

    await page.keyboard.type(' — prod is down and customers are blocked, can you look right now?', { delay: 10 });
    // The verdict for the whole draft settles within 500 ms of the last keystroke (a verdict on
    // part of it, from a pause mid-typing, does not count).
    const verdict = async () => `${await coach(page, 'coach-verdict').getAttribute('data-mode')} ${await hint(page)}`;
    await expect.poll(verdict, { timeout: 500, interval: 50 }).toBe('sync live');
    expect(await panel(page, 'focusgate-coach').locator('[role="status"]').textContent()).toMatch(/sync/i);
    expect(await panel(page, 'focusgate-coach').locator('[role="status"]').textContent()).toMatch(/say it live/i);
    await expect.poll(() => panel(page, 'focusgate-coach').locator('[role="status"] .fg-verdict-text').isVisible()).toBe(true);

    // The coach's stylesheet reached the shadow root (cssInjectionMode 'ui').
    expect(await panel(page, 'focusgate-coach').locator('.fg-anchor').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    // Beside the compose box, not over it; and the user is still typing in the editor.
    const shown = (await panel(page, 'focusgate-coach').locator('.fg-panel').boundingBox())!;
    const box = (await page.locator('.p-workspace__input .c-wysiwyg_container').boundingBox())!;
    const overlaps = shown.x < box.x + box.width && box.x < shown.x + shown.width && shown.y < box.y + box.height && box.y < shown.y + shown.height;
    expect(overlaps).toBe(false);
    expect(await focusedIn(editor)).toBe(true);

    // Keyboard: Alt+Shift+F reaches the panel, Enter opens the details, Escape goes back to the draft.
    const inPanel = () => panelFocusHas(page, 'focusgate-coach', 'data-panel-entry');
    await page.keyboard.press('Alt+Shift+KeyF');
    await expect.poll(inPanel).toBe(true);
    await page.keyboard.press('Enter'); // expand
    await expect.poll(() => coach(page, 'coach-check').count()).toBe(4);
    expect(await coach(page, 'coach-check').evaluateAll((els) => els.map((e) => e.getAttribute('data-check')))).toEqual([
      'context',
      'ask',
      'deadline',
      'urgency',
    ]);
    expect(await panel(page, 'focusgate-coach').locator('[data-check="ask"]').getAttribute('data-ok')).toBe('true');
    expect(await panel(page, 'focusgate-coach').locator('[data-check="urgency"]').getAttribute('data-ok')).toBe('false');
    // A draft better said live gets the live route with its reason, and no rewrite.
    expect(await coach(page, 'coach-live').textContent()).toMatch(/^Say it live: start a huddle or call\. Critical: /);
    expect(await coach(page, 'coach-rewrite').count()).toBe(0);
    await page.keyboard.press('Enter'); // collapse again
    await expect.poll(() => coach(page, 'coach-check').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedIn(editor)).toBe(true);
    expect(await page.locator('main [data-qa="message_container"]').count()).toBe(1);
  });

  it('holds a bare ping on Enter; "Send anyway" sends it through Slack\'s own send button', async () => {
    const page = await open(SLACK_CHANNEL);
    const before = await eventCount();
    const editor = page.locator('.p-workspace__input .ql-editor');
    const posted = page.locator('main [data-qa="message_container"] .p-rich_text_section');
    await typeIn(page, editor, 'hi, got a sec?');
    // English is read once its learned model has loaded (a chunk fetched on the first draft).
    await expect.poll(() => hint(page)).toBe('ping');
    await page.keyboard.press('Enter');
    await expect.poll(() => gate(page).isVisible()).toBe(true);
    expect(await gate(page).getAttribute('role')).toBe('dialog');
    expect(await posted.allTextContents()).toEqual(['Morning all, release notes are up.']);
    // Focus moved into the dialog and stays there on Tab.
    await expect.poll(() => coach(page, 'gate-edit').evaluate((b) => b === (b.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await coach(page, 'gate-edit').evaluate((b) => b === (b.getRootNode() as ShadowRoot).activeElement)).toBe(true);

    await coach(page, 'gate-send-anyway').click();
    await expect.poll(() => posted.allTextContents()).toEqual(['Morning all, release notes are up.', 'hi, got a sec?']);
    await expect.poll(() => gate(page).count()).toBe(0);
    expect(await editor.textContent()).toBe('');
    await expect.poll(() => kindsSince(before)).toEqual(sorted(['coach-shown', 'ping-caught', 'send-held', 'sent-anyway']));
    const rows = JSON.stringify(await s.readTable('events'));
    expect(rows).not.toContain('got a sec');
  });

  it('"Add context" closes the gate, returns focus to the thread composer and sends nothing', async () => {
    const page = await open(SLACK_CHANNEL);
    const before = await eventCount();
    const editor = page.locator('[data-qa="threads_flexpane"] .p-threads_footer__input .ql-editor');
    const replies = page.locator('[data-qa="threads_flexpane"] [data-qa="message_container"]');
    await typeIn(page, editor, 'ping');
    // The coach's part loads on this first focus of the page: its verdict shows once it runs.
    await expect.poll(() => hint(page)).toBe('ping');
    await page.keyboard.press('Enter');
    await expect.poll(() => gate(page).isVisible()).toBe(true);
    await coach(page, 'gate-edit').click();
    await expect.poll(() => gate(page).count()).toBe(0);
    expect(await focusedIn(editor)).toBe(true);
    expect(await replies.count()).toBe(1);

    // Typing goes on where it stopped; a message with its question goes straight out.
    await page.keyboard.type(': who owns the onboarding doc? I am updating it for the new hires and need a reviewer by Friday.');
    await page.keyboard.press('Enter');
    await expect.poll(() => replies.count()).toBe(2);
    expect(await replies.last().textContent()).toMatch(/^ping: who owns the onboarding doc\?/);
    await expect.poll(() => kindsSince(before)).toEqual(sorted(['coach-shown', 'ping-caught', 'send-held', 'edited-after-hold']));
  });

  it('closes the gate on Escape in a DM and puts focus back in the draft', async () => {
    const page = await open(SLACK_DM);
    const editor = page.locator('.p-workspace__input .ql-editor');
    await typeIn(page, editor, 'hey @sam');
    await page.keyboard.press('Enter');
    await expect.poll(() => gate(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => gate(page).count()).toBe(0);
    expect(await focusedIn(editor)).toBe(true);
    expect(await page.locator('[data-qa="message_container"]').count()).toBe(0);
  });

  it('"Make it async" on a bare ping keeps it, adds marked prompts, holds Enter until they are filled, then sends', async () => {
    const page = await open(SLACK_CHANNEL);
    const before = await eventCount();
    const editor = page.locator('.p-workspace__input .ql-editor');
    const posted = page.locator('main [data-qa="message_container"] .p-rich_text_section');
    const lines = () => editor.evaluate((el) => Array.from(el.querySelectorAll('p')).map((p) => p.textContent ?? ''));
    await typeIn(page, editor, 'hey, got a sec?');
    await expect.poll(() => hint(page)).toBe('ping');
    await expand(page);
    await coach(page, 'coach-rewrite').click();
    await expect.poll(lines).toEqual(['hey, got a sec?', CONTEXT_PROMPT, ASK_PROMPT, expect.stringMatching(/^Reply by: \S/)]);
    // The caret is on the first prompt, ready to type over it; the panel says what is left.
    expect(await focusedIn(editor)).toBe(true);
    expect(await selected(page)).toBe(CONTEXT_PROMPT);
    await expect.poll(() => coach(page, 'coach-hint').textContent()).toBe('Fill in the 2 marked parts before sending');
    expect(await coach(page, 'coach-rewrite').count()).toBe(0);
    // It went through the editor's own input path: one undo brings the draft back, redo the rewrite.
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.textContent()).toBe('hey, got a sec?');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => editor.locator('p').count()).toBe(4);

    // Enter is held while a prompt is unfilled; "Fill them in" selects the first one left.
    await page.keyboard.press('Enter');
    await expect.poll(() => gate(page).getAttribute('data-reason')).toBe('prompt');
    expect(await gate(page).locator('h2').textContent()).toBe('Fill in what you need first');
    expect(await posted.count()).toBe(1);
    await coach(page, 'gate-edit').click();
    await expect.poll(() => gate(page).count()).toBe(0);
    await expect.poll(() => selected(page)).toBe(CONTEXT_PROMPT);
    await page.keyboard.type("I'm fixing the checkout login bug before Friday's release.", { delay: 5 });
    await page.keyboard.press('Enter');
    await expect.poll(() => gate(page).getAttribute('data-reason')).toBe('prompt');
    await page.keyboard.press('Escape');
    await expect.poll(() => selected(page)).toBe(ASK_PROMPT);
    await page.keyboard.type('Can you review PR 412 on the session refresh?', { delay: 5 });
    await expect.poll(() => hint(page)).toBe('ready');

    // Filled in: it sends with no gate, as written.
    const draft = await lines();
    expect(draft.slice(0, 3)).toEqual([
      'hey, got a sec?',
      "I'm fixing the checkout login bug before Friday's release.",
      'Can you review PR 412 on the session refresh?',
    ]);
    await page.keyboard.press('Enter');
    await expect.poll(() => posted.count()).toBe(2);
    expect(await gate(page).count()).toBe(0);
    expect((await posted.last().textContent())?.replace(/\s+/g, ' ')).toBe(draft.join(' '));
    await expect.poll(() => kindsSince(before)).toEqual(sorted(['coach-shown', 'ping-caught', 'send-held', 'send-held', 'rewrite-applied']));
  });

  it('offers the live route, not a reply-by rewrite, for an outage', async () => {
    const page = await open(SLACK_CHANNEL);
    const editor = page.locator('.p-workspace__input .ql-editor');
    await typeIn(page, editor, 'prod is down, api returning 502 on every request. who is on call?');
    await expect.poll(() => hint(page)).toBe('live');
    await expand(page);
    expect(await coach(page, 'coach-live').isVisible()).toBe(true);
    expect(await coach(page, 'coach-rewrite').count()).toBe(0);
    expect(await panel(page, 'focusgate-coach').textContent()).not.toMatch(/Reply by: [A-Z]/);
  });

  it('pauses for an hour from the panel: a bare ping then sends; Resume in the popup brings the coach back', async () => {
    const page = await open(SLACK_CHANNEL);
    const editor = page.locator('.p-workspace__input .ql-editor');
    const posted = page.locator('main [data-qa="message_container"] .p-rich_text_section');
    await typeIn(page, editor, 'hey, got a sec?');
    await expect.poll(() => hint(page)).toBe('ping');
    await expand(page);
    await coach(page, 'coach-pause-all').click();
    await expect.poll(() => coach(page, 'coach-verdict').count()).toBe(0);
    await editor.click();
    await page.keyboard.press('Enter');
    await expect.poll(() => posted.allTextContents()).toContain('hey, got a sec?');
    expect(await gate(page).count()).toBe(0);

    const popup = await s.openExtensionPage('popup.html');
    const everywhere = popup.locator('[data-testid="quick-pause-all"][data-paused="true"]');
    expect(await everywhere.textContent()).toMatch(/^Paused everywhere until /);
    await everywhere.locator('button').click();
    await popup.locator('[data-testid="quick-pause-all"][data-paused="false"]').waitFor();
    await popup.close();

    await page.bringToFront();
    await typeIn(page, editor, 'hey');
    await expect.poll(() => hint(page)).toBe('ping');
    await page.keyboard.press('Enter');
    await expect.poll(() => gate(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('lets Shift+Enter make a new line and Enter pick an autocomplete suggestion', async () => {
    const page = await open(SLACK_CHANNEL);
    const editor = page.locator('.p-workspace__input .ql-editor');
    await typeIn(page, editor, 'hi');
    await page.keyboard.press('Shift+Enter');
    expect(await editor.locator('p').count()).toBe(2);
    await page.keyboard.type('@al');
    await expect.poll(() => page.locator('[role="listbox"]').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => editor.locator('[data-stringify-text="@alice"]').count()).toBe(1);
    await expect.poll(() => page.locator('[role="listbox"]').count()).toBe(0);
    expect(await gate(page).count()).toBe(0);
    expect(await page.locator('main [data-qa="message_container"]').count()).toBe(1);
  });
});

describe('compose coach on Gmail', () => {
  const sent = (page: Page) => page.locator('#fixture-sent-log li');

  it('coaches two compose windows separately: a ping is held in one, a full message in the other goes out', async () => {
    const page = await open(GMAIL_INBOX);
    const [one, two] = [page.locator('div.AD [role="dialog"]:has(#c1-body)'), page.locator('div.AD [role="dialog"]:has(#c2-body)')];
    const body1 = one.locator('[g_editable="true"]');
    const body2 = two.locator('[g_editable="true"]');
    await typeIn(page, body2, 'Hi Priya,');
    await expect.poll(() => hint(page)).toBe('ping');
    await typeIn(
      page,
      body1,
      'Hi Sam, I am updating the onboarding doc for the new hires. Could you review the setup section by Thursday?',
    );
    await expect.poll(() => hint(page)).toBe('ready');

    // Ctrl+Enter in the ping window is held; Add context puts focus back in that window.
    await body2.click();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => gate(page).isVisible()).toBe(true);
    await coach(page, 'gate-edit').click();
    await expect.poll(() => focusedIn(body2)).toBe(true);
    expect(await sent(page).count()).toBe(0);

    // The complete message leaves through Gmail's Send button (mouse press) untouched.
    await one.locator('.IZ .Up div > div[role="button"]:not([aria-haspopup])').click();
    await expect.poll(() => sent(page).allTextContents()).toEqual([
      'Hi Sam, I am updating the onboarding doc for the new hires. Could you review the setup section by Thursday?',
    ]);
    expect(await page.locator('div.AD [role="dialog"]').count()).toBe(1);

    // The ping window's Send button is held, then Send anyway sends through it.
    await two.locator('.IZ .Up div > div[role="button"]:not([aria-haspopup])').click();
    await expect.poll(() => gate(page).isVisible()).toBe(true);
    expect(await sent(page).count()).toBe(1);
    await coach(page, 'gate-send-anyway').click();
    await expect.poll(() => sent(page).count()).toBe(2);
    expect(await sent(page).last().textContent()).toBe('Hi Priya,');
    await expect.poll(() => page.locator('.vh').isVisible()).toBe(true);
  });

  it('rewrites an inline reply above the quoted history, and Send sends the rewrite', async () => {
    const page = await open(GMAIL_INBOX);
    const before = await eventCount();
    const reply = page.locator('.ip.adB [g_editable="true"]');
    await typeIn(page, reply, 'can you send me the Q3 numbers');
    await expect.poll(() => hint(page)).toBe('context');
    await expand(page);
    await coach(page, 'coach-rewrite').click();
    await expect.poll(() => selected(page)).toBe(CONTEXT_PROMPT);
    expect(await reply.locator('.gmail_quote blockquote').count()).toBe(1);
    await page.keyboard.type('I am putting together the board deck.', { delay: 5 });
    // The writer's lines (one div each), above the quoted history.
    const rewritten = await reply.evaluate((el) =>
      Array.from(el.children)
        .filter((c) => !c.matches('.gmail_quote, .ajR'))
        .map((c) => c.textContent ?? '')
        .join('\n'),
    );
    expect(rewritten.split('\n').filter(Boolean)).toEqual([
      'can you send me the Q3 numbers',
      'I am putting together the board deck.',
      expect.stringMatching(/^Reply by: \S/),
    ]);
    await page.locator('.ip.adB .IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup])').click();
    await expect.poll(() => sent(page).count()).toBe(1);
    expect(await gate(page).count()).toBe(0);
    // The fixture logs the sent body's text content (its lines run together).
    expect(await sent(page).textContent()).toBe(rewritten.replace(/\n/g, ''));
    await expect.poll(async () => (await kindsSince(before)).includes('rewrite-applied')).toBe(true);
  });

  it('works the same in a Spanish Gmail (nothing read from translated labels)', async () => {
    const page = await open(GMAIL_ES);
    const body = page.locator('div.AD [role="dialog"]').first().locator('[g_editable="true"]');
    await typeIn(page, body, 'hey, got a sec?');
    await expect.poll(() => hint(page)).toBe('ping');
    // Space on the focused Send button (Gmail acts on keyup) is held too.
    await page.locator('div.AD [role="dialog"]').first().locator('[role="button"][data-tooltip^="Enviar"]').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => gate(page).isVisible()).toBe(true);
    expect(await sent(page).count()).toBe(0);
    await coach(page, 'gate-send-anyway').click();
    await expect.poll(() => sent(page).allTextContents()).toEqual(['hey, got a sec?']);
  });

  // Typed at test speed, Ctrl+Enter may come before the French rules have loaded (the hint can
  // still show an English reading of "Salut"): the send waits for them, then is held.
  it('coaches a French draft in French: verdict, a held bare ping, a French async rewrite', async () => {
    const page = await open(GMAIL_FR);
    const window = page.locator('div.AD [role="dialog"]:has(#c1-body)');
    const body = window.locator('[g_editable="true"]');
    await typeIn(page, body, 'Salut Paul, t’as une minute ?');
    await expect.poll(() => hint(page)).toBe('ping');
    expect(await coach(page, 'coach-verdict').getAttribute('data-mode')).toBe('async');

    await page.keyboard.press('Control+Enter');
    await expect.poll(() => gate(page).getAttribute('data-reason')).toBe('ping');
    await coach(page, 'gate-edit').click();
    await expect.poll(() => focusedIn(body)).toBe(true);
    expect(await sent(page).count()).toBe(0);

    await expand(page);
    await coach(page, 'coach-rewrite').click();
    const lines = async () => (await body.innerText()).split('\n').filter((l) => l.trim());
    await expect
      .poll(lines)
      .toEqual([
        'Salut Paul, t’as une minute ?',
        '[À compléter : ce sur quoi tu travailles, ou pourquoi tu demandes]',
        '[À compléter : ce dont tu as besoin]',
        expect.stringMatching(/^Réponse souhaitée avant: (?:lun|mar|mer|jeu|ven)\. \d{1,2} [a-zéû]+\.?$/),
      ]);
    expect(await selected(page)).toBe('[À compléter : ce sur quoi tu travailles, ou pourquoi tu demandes]');
    // The French prompts are read back as prompts: the send is held until they are filled.
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => gate(page).getAttribute('data-reason')).toBe('prompt');
    expect(await sent(page).count()).toBe(0);
  });

  it('gives an Italian draft the neutral state and sends it without a gate', async () => {
    const page = await open(GMAIL_FR);
    const window = page.locator('div.AD [role="dialog"]:has(#c2-body)');
    const body = window.locator('[g_editable="true"]');
    await typeIn(page, body, 'Ciao Giulia, hai un minuto?');
    await expect.poll(() => coach(page, 'coach-unread').textContent()).toBe('Focusgate coaches English, Spanish, German, French and Portuguese');
    expect(await coach(page, 'coach-verdict').getAttribute('data-mode')).toBe('none');
    expect(await coach(page, 'coach-hint').count()).toBe(0);
    expect(await coach(page, 'coach-rewrite').count()).toBe(0);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => sent(page).allTextContents()).toEqual(['Ciao Giulia, hai un minuto?']);
    expect(await gate(page).count()).toBe(0);
  });

  it('coaches fullscreen compose and holds Ctrl+Enter on a ping', async () => {
    const page = await open(GMAIL_FULLSCREEN);
    const body = page.locator('.aSs .aSt [g_editable="true"]');
    await typeIn(page, body, 'ping');
    await expect.poll(() => hint(page)).toBe('ping');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => gate(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedIn(body)).toBe(true);
    expect(await sent(page).count()).toBe(0);
    expect(s.blockedRequests.filter((u) => u.startsWith('https://mail.google.com') || u.startsWith('https://app.slack.com'))).toEqual([]);
    // Nothing in this file made the extension reach the network.
    expect(s.extensionRequests).toEqual([]);
  });
});

describe('compose coach playground', () => {
  it('runs the same coach and gate on the chat and email composers of the extension page', async () => {
    const page = await s.openExtensionPage('playground.html');
    const chat = page.locator('[data-testid="chat-editor"]');
    await typeIn(page, chat, 'hey');
    await expect.poll(() => hint(page)).toBe('ping');
    await page.keyboard.press('Enter');
    await expect.poll(() => gate(page).isVisible()).toBe(true);
    await coach(page, 'gate-send-anyway').click();
    await expect.poll(() => page.locator('[data-testid="chat-log"] li').allTextContents()).toEqual(['hey']);

    const email = page.locator('[data-testid="email-editor"]');
    await typeIn(page, email, 'Hi Sam, the launch checklist is ready. Can you sign off on the copy by Friday?');
    await expect.poll(() => hint(page)).toBe('ready');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('[data-testid="email-log"] li').count()).toBe(1);
    expect(await gate(page).count()).toBe(0);
  });
});
