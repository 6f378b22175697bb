/**
 * Regenerates the README's screenshots from the built extension and the fixture pages:
 * `npm run build && npx tsx tests/tools/screenshots.ts`.
 */
import { join } from 'node:path';
import { launch, ROOT } from '../e2e/harness';

const OUT = join(ROOT, 'tests/screenshots');
const SLACK = 'https://app.slack.com/client/T0A1B2C3D/C04GENERAL';
const CALENDAR = 'https://calendar.google.com/calendar/u/0/r/eventedit';

const s = await launch();
try {
  await s.serve(SLACK, s.fixture('slack-channel.html'));
  await s.serve('https://app.slack.com/fixture/slack-host.js', s.fixture('slack-host.js'), 'text/javascript');
  await s.serve(CALENDAR, s.fixture('calendar-eventedit.html'));

  const popup = await s.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 384, height: 560 });
  await popup.locator('[data-testid="focus-start"][data-minutes="50"]').click();
  await popup.locator('[data-testid="focus-active"]').waitFor();
  await popup.screenshot({ path: join(OUT, 'popup.png') });

  const slack = await s.openHostPage(SLACK);
  await slack.setViewportSize({ width: 1100, height: 640 });
  await slack.locator('.p-workspace__input .ql-editor').click({ position: { x: 12, y: 10 } });
  await slack.keyboard.type('hey, got a sec?', { delay: 10 });
  await slack.locator('focusgate-coach [data-testid="coach-hint"][data-hint="ping"]').waitFor();
  await slack.waitForTimeout(600);
  await slack.screenshot({ path: join(OUT, 'coach-slack.png') });

  const calendar = await s.openHostPage(CALENDAR);
  await calendar.setViewportSize({ width: 1100, height: 700 });
  await calendar.locator('#xTiIn').fill('Weekly status sync');
  await calendar.locator('focusgate-meeting [data-testid="meeting-verdict"]').waitFor();
  await calendar.waitForTimeout(600);
  await calendar.screenshot({ path: join(OUT, 'meeting-coach.png') });
} finally {
  await s.close();
}
