// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../utils/compose/hosts/gmail';
import { outlookAdapter } from '../../../utils/compose/hosts/outlook';
import { slackAdapter } from '../../../utils/compose/hosts/slack';
import { teamsAdapter } from '../../../utils/compose/hosts/teams';
import type { HostAdapter } from '../../../utils/compose/hosts/types';
import { chainCounts } from '../../../utils/health/chains';
import { fallbackChains } from '../../../utils/health/model';
import { probeCompose } from '../../../utils/health/probe';
import { loadFixture } from '../compose/fixture-dom';

/*
 * Drift on every compose fixture (docs/hosts.md), at unit level: the primary hook of the message
 * box gone (a fallback link carries it, and the counts say which), and every hook gone (no
 * message box; the user's editable is reported as unrecognised). Slack and Calendar also run
 * this end to end (tests/e2e/site-health.e2e.test.ts).
 */
const CASES: { site: string; fixture: string; adapter: HostAdapter; dropPrimary: (composer: HTMLElement) => void }[] = [
  { site: 'slack', fixture: 'slack-channel.html', adapter: slackAdapter, dropPrimary: (c) => c.closest('[data-qa="message_input"]')?.setAttribute('data-qa', 'composer_input') },
  { site: 'gmail', fixture: 'gmail-inbox.html', adapter: gmailAdapter, dropPrimary: (c) => c.removeAttribute('g_editable') },
  { site: 'teams', fixture: 'teams-chat.html', adapter: teamsAdapter, dropPrimary: (c) => (c.id = 'composer-editor') },
  { site: 'outlook', fixture: 'outlook-compose.html', adapter: outlookAdapter, dropPrimary: (c) => c.removeAttribute('data-ms-editor') },
];

const firstComposer = (adapter: HostAdapter) =>
  Array.from(document.querySelectorAll<HTMLElement>(adapter.chains.composer.join(', '))).find((el) => adapter.composerFor(el) === el)!;

/** Every compose fixture, each composer in it: the page as documented, before any drift. */
const AS_DOCUMENTED = [...CASES, { site: 'gmail', fixture: 'gmail-fullscreen.html', adapter: gmailAdapter }, { site: 'outlook', fixture: 'outlook-mail.html', adapter: outlookAdapter }];

describe.each(AS_DOCUMENTED)('$fixture as documented', ({ fixture, adapter }) => {
  it('every chain that matched matched on its primary: no "page changed" note on an unchanged page', () => {
    loadFixture(fixture);
    const composers = Array.from(document.querySelectorAll<HTMLElement>(adapter.chains.composer.join(', '))).filter((el) => adapter.composerFor(el) === el);
    expect(composers.length).toBeGreaterThan(0);
    for (const composer of composers) {
      const before = chainCounts(adapter.chains);
      const { report } = probeCompose({ doc: document, adapter, focused: composer });
      expect(report.checks).toMatchObject({ composer: true, send: true });
      const added = Object.fromEntries(Object.entries(report.chains).map(([name, hits]) => [name, hits.map((n, i) => n - before[name]![i]!)]));
      expect(fallbackChains(added)).toEqual([]);
    }
  });
});

describe.each(CASES)('drift on $site', ({ fixture, adapter, dropPrimary }) => {
  it('primary hook gone: a fallback finds the message box and the counts show it', () => {
    loadFixture(fixture);
    const composer = firstComposer(adapter);
    dropPrimary(composer);
    const before = chainCounts(adapter.chains).composer!;
    const { report } = probeCompose({ doc: document, adapter, focused: composer });
    expect(report.checks).toMatchObject({ composer: true, draft: true, send: true });
    const added = report.chains.composer!.map((n, i) => n - before[i]!);
    expect(added[0]).toBe(0);
    expect(added.slice(1).some((n) => n > 0)).toBe(true);
  });

  it('every hook gone: no message box, and the editable the user is in is reported as unrecognised', () => {
    loadFixture(fixture);
    const composer = firstComposer(adapter);
    for (const el of document.querySelectorAll('[contenteditable="true"]')) {
      for (const name of el.getAttributeNames()) if (name !== 'contenteditable') el.removeAttribute(name);
    }
    expect(probeCompose({ doc: document, adapter, focused: null }).report.checks).toEqual({});
    expect(probeCompose({ doc: document, adapter, focused: composer }).report.checks).toEqual({ composer: false });
  });
});
