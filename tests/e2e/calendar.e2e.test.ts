import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { futureWeekday, ymd } from './calendar-day';
import { launch, type ExtensionSession } from './harness';
import { panel } from './panels';

const EDITOR_URL = 'https://calendar.google.com/calendar/u/0/r/eventedit';

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close().catch(() => {});
  session = undefined;
});

/** Opens the fixture editor (10:00–11:00 on `day`) with clipboard access granted to the page. */
async function openEditor(s: ExtensionSession, day: Date): Promise<Page> {
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://calendar.google.com' });
  const html = s.fixture('calendar-eventedit.html').replaceAll('data-date="20261130"', `data-date="${ymd(day)}"`);
  await s.serve(EDITOR_URL, html);
  return s.openHostPage(EDITOR_URL);
}

const inPanel = (page: Page, testId: string) => panel(page, 'focusgate-meeting').locator(`[data-testid="${testId}"]`);

describe('meeting coach on Google Calendar', () => {
  it('costs a status meeting, follows the agenda, flags a focus block, copies the written alternative', async () => {
    session = await launch();
    const day = futureWeekday();
    const blockStart = new Date(day);
    blockStart.setHours(10, 30);
    const block = await session.sendMessage('scheduleBlock', { start: blockStart.getTime(), end: blockStart.getTime() + 60 * 60_000 });
    expect(block.ok, block.error).toBe(true);

    const page = await openEditor(session, day);
    await page.locator('#xTiIn').click();
    await page.keyboard.type('Weekly status sync');
    const guests = page.locator('input[aria-label="Guests"]');
    for (let i = 1; i <= 7; i++) {
      await guests.fill(`person${i}@acme.example`);
      await guests.press('Enter');
    }
    // 7 guests + the organiser's chip Calendar adds with the first guest = 8 people, 60 minutes.
    await expect.poll(() => page.locator('#xGstLst [role="treeitem"][data-email]').count()).toBe(8);
    await expect.poll(() => inPanel(page, 'meeting-verdict').getAttribute('data-mode')).toBe('async');
    await expect.poll(() => inPanel(page, 'meeting-cost').getAttribute('data-person-hours')).toBe('8');
    expect(await inPanel(page, 'meeting-cost').textContent()).toContain('8 people × 60 min = 8 person-hours');
    expect(await inPanel(page, 'meeting-agenda').getAttribute('data-ok')).toBe('false');
    await expect.poll(() => inPanel(page, 'meeting-focus-overlap').count()).toBe(1);
    expect(await inPanel(page, 'meeting-focus-overlap').textContent()).toContain('one of your focus blocks');
    // The page's own scripts cannot read the panel: its root is closed, and none of its text is in
    // anything they can read or serialise (rendered text, a select-all, shadow roots they can open).
    const pageSees = await page.evaluate(() => {
      const host = document.querySelector('focusgate-meeting')!;
      const selection = getSelection()!;
      selection.selectAllChildren(document.body);
      const selected = selection.toString();
      selection.removeAllRanges();
      const open = [...document.querySelectorAll('*')].map((el) => el.shadowRoot?.textContent ?? '');
      const html = (document.body as HTMLElement & { getHTML(o: object): string }).getHTML({ serializableShadowRoots: true });
      return { root: host.shadowRoot, text: [document.body.innerText, document.documentElement.textContent, selected, html, ...open].join('\n') };
    });
    expect(pageSees.root).toBeNull();
    expect(pageSees.text).not.toMatch(/focus block|person-hours/);
    // The panel never took focus from the page.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Guests');

    const description = page.locator('[contenteditable="true"][aria-label="Description"]');
    await description.click();
    await page.keyboard.type('1. Release status');
    await page.keyboard.press('Enter');
    await page.keyboard.type('2. Blockers');
    await expect.poll(() => inPanel(page, 'meeting-agenda').getAttribute('data-ok')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Description');

    await inPanel(page, 'meeting-async-draft').click();
    await expect.poll(() => panel(page, 'focusgate-meeting').locator('[role="status"]').textContent()).toContain('Copied');
    const draft = await page.evaluate(() => navigator.clipboard.readText());
    expect(draft).toContain('Weekly status sync — written round instead of a meeting');
    expect(draft).toMatch(/1\. Release status\n2\. Blockers/);
    expect(draft).toContain('What I need from each of you: what you finished since last time');
    expect(draft).toMatch(/Please reply in this thread by \w+day \d{1,2} \w+\./);

    await page.locator('button[aria-label="Save"]').click();
    const kinds = async () => (await session!.readTable<{ kind: string }>('events')).map((e) => e.kind).sort();
    await expect.poll(kinds).toEqual(['meeting-async-taken', 'meeting-coach-shown', 'meeting-saved']);
    const events = await session.readTable<{ kind: string; site: string; data?: { personHours?: number } }>('events');
    expect(events.every((e) => e.site === 'calendar')).toBe(true);
    expect(events.find((e) => e.kind === 'meeting-saved')?.data?.personHours).toBe(8);
    // Never the title or the description.
    const stored = JSON.stringify(events);
    expect(stored).not.toContain('Weekly status');
    expect(stored).not.toContain('Release');
    expect(session.blockedRequests.filter((u) => !u.startsWith('https://calendar.google.com/favicon'))).toEqual([]);
  });

  it('inserts an agenda outline into the description through the editor, keeping what was typed', async () => {
    session = await launch();
    const page = await openEditor(session, futureWeekday());
    await page.locator('#xTiIn').click();
    await page.keyboard.type('Roadmap review');
    const description = page.locator('[contenteditable="true"][aria-label="Description"]');
    await description.click();
    await page.keyboard.type('Context: Q3 slipped.');
    await expect.poll(() => inPanel(page, 'meeting-agenda').getAttribute('data-ok')).toBe('false');

    await inPanel(page, 'meeting-agenda-insert').click();
    await expect.poll(() => description.innerText()).toMatch(/Context: Q3 slipped\.\s*\n\s*Goal:\s*\n\s*Expected outcome:\s*\n\s*Agenda:\s*\n\s*1\./);
    // An empty outline is not an agenda yet.
    expect(await inPanel(page, 'meeting-agenda').getAttribute('data-ok')).toBe('false');
    await expect.poll(() => panel(page, 'focusgate-meeting').locator('[role="status"]').textContent()).toContain('agenda outline');
    await expect.poll(async () => (await session!.readTable<{ kind: string }>('events')).map((e) => e.kind)).toContain('meeting-agenda-added');

    // Filling the goal in makes it one.
    await page.keyboard.type('Agree the Q4 scope');
    await expect.poll(() => inPanel(page, 'meeting-agenda').getAttribute('data-ok')).toBe('true');
  });

  it('loads nothing heavy for an open editor until the user clicks or types in it', async () => {
    session = await launch();
    const page = await openEditor(session, futureWeekday());
    // The fixture focuses the title on load, as Calendar does: that alone starts nothing (the
    // coach would otherwise be on the page, beside the editor, within this second and a half).
    await page.waitForTimeout(1500);
    expect(await page.locator('focusgate-meeting').count()).toBe(0);

    await page.keyboard.type('Weekly status sync');
    await expect.poll(() => inPanel(page, 'meeting-verdict').getAttribute('data-mode')).toBe('async');
  });

  it('coaches the quick-create dialog, leaves with it, and follows "More options" into the full editor', async () => {
    session = await launch();
    const weekUrl = 'https://calendar.google.com/calendar/u/0/r/week';
    await session.serve(weekUrl, session.fixture('calendar-week.html'));
    await session.serve(EDITOR_URL, session.fixture('calendar-eventedit.html'));
    const page = await session.openHostPage(weekUrl);
    await page.waitForTimeout(300);
    expect(await page.locator('focusgate-meeting').count()).toBe(0);

    await page.locator('#slotMon10').click();
    await page.keyboard.type('Team lunch');
    await expect.poll(() => inPanel(page, 'meeting-verdict').getAttribute('data-mode')).toBe('sync');
    // The dialog shows its times as localized text only: no cost is claimed.
    expect(await inPanel(page, 'meeting-cost').getAttribute('data-person-hours')).toBeNull();
    expect(await inPanel(page, 'meeting-agenda-insert').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Add title');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('focusgate-meeting').count()).toBe(0);

    await page.locator('#slotMon10').click();
    await page.keyboard.type('Weekly status sync');
    await expect.poll(() => inPanel(page, 'meeting-verdict').getAttribute('data-mode')).toBe('async');
    await page.getByRole('button', { name: 'More options' }).click();
    await expect.poll(() => page.url()).toBe(EDITOR_URL);
    await expect.poll(() => inPanel(page, 'meeting-cost').getAttribute('data-person-hours'), { timeout: 10_000 }).toBe('1');
    expect(await inPanel(page, 'meeting-verdict').getAttribute('data-mode')).toBe('async');
    expect(await page.locator('focusgate-meeting').count()).toBe(1);
  });

  it('stays away while the Calendar coach is off in the settings, and comes as soon as it is turned on', async () => {
    session = await launch();
    const setCalendarCoach = async (on: boolean) => {
      const helper = await session!.helperPage();
      await helper.evaluate(
        (calendar) =>
          (globalThis as unknown as { chrome: { storage: { sync: { set(v: unknown): Promise<void> } } } }).chrome.storage.sync.set({
            settings: { coach: { slack: true, gmail: true, calendar } },
          }),
        on,
      );
    };
    await setCalendarCoach(false);
    const page = await openEditor(session, futureWeekday());
    await page.locator('#xTiIn').click();
    await page.keyboard.type('Weekly status sync');
    await page.waitForTimeout(1500);
    expect(await page.locator('focusgate-meeting').count()).toBe(0);

    await setCalendarCoach(true);
    await expect.poll(() => inPanel(page, 'meeting-verdict').getAttribute('data-mode')).toBe('async');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('xTiIn');
  });
});
