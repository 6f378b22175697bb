/** The fixture pages the page-cost benchmarks load, under the real host URLs. */
import type { ExtensionSession } from '../e2e/harness';

export interface BenchPage {
  site: string;
  url: string;
  fixture: string;
  /** What a user focuses to write: the composer, or the event title. */
  composer: string;
  /** Whether typing there is coached on every keystroke (the compose coach). */
  typing: boolean;
}

export const BENCH_PAGES: BenchPage[] = [
  { site: 'slack', url: 'https://app.slack.com/client/T1/C1', fixture: 'slack-channel.html', composer: '[data-qa="message_input"] .ql-editor', typing: true },
  { site: 'gmail', url: 'https://mail.google.com/mail/u/0/', fixture: 'gmail-inbox.html', composer: '[g_editable="true"]', typing: true },
  {
    site: 'calendar',
    url: 'https://calendar.google.com/calendar/u/0/r/eventedit',
    fixture: 'calendar-eventedit.html',
    composer: '#xTiIn',
    typing: false,
  },
  { site: 'teams', url: 'https://teams.cloud.microsoft/v2/', fixture: 'teams-chat.html', composer: '[data-tid="ckeditor"]', typing: true },
  {
    site: 'outlook',
    url: 'https://outlook.cloud.microsoft/mail/deeplink/compose',
    fixture: 'outlook-compose.html',
    composer: 'div[role="textbox"][data-ms-editor="true"]',
    typing: true,
  },
];

/** The pages a benchmark run covers: BENCH_PAGE=slack,gmail (site ids, comma-separated) picks some, all by default. */
export function benchPages(): BenchPage[] {
  const picked = process.env.BENCH_PAGE?.split(',').filter(Boolean);
  return picked?.length ? BENCH_PAGES.filter((p) => picked.includes(p.site)) : BENCH_PAGES;
}

/** Serves every bench page and the fixtures' stand-ins for the host apps' own code. */
export async function serveBenchFixtures(session: ExtensionSession): Promise<void> {
  const js = 'text/javascript; charset=utf-8';
  await session.serve('https://app.slack.com/fixture/slack-host.js', session.fixture('slack-host.js'), js);
  await session.serve('https://mail.google.com/fixture/gmail-host.js', session.fixture('gmail-host.js'), js);
  await session.serve('https://teams.cloud.microsoft/fixture/teams-host.js', session.fixture('teams-host.js'), js);
  await session.serve('https://outlook.cloud.microsoft/fixture/outlook-host.js', session.fixture('outlook-host.js'), js);
  for (const p of BENCH_PAGES) await session.serve(p.url, session.fixture(p.fixture));
}
