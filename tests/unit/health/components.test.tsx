// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteHealthList, type SiteHealthView } from '../../../components/health/SiteHealthList';
import { HealthDays } from '../../../components/health/HealthDays';
import { siteNames } from '../../../utils/platform/sites';
import { click, render } from '../focus/popup/render';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

const SITES: SiteHealthView[] = [
  { site: 'slack', state: 'partial', text: 'Coach reads drafts but cannot hold sends here (Send button not found)', note: null, diagnostic: 'd1' },
  { site: 'gmail', state: 'ok', text: 'Coach active', note: 'Page changed: found the Send button through backup hooks', diagnostic: 'd2' },
  { site: 'calendar', state: 'off', text: 'Not working on this page (event editor not found)', note: null, diagnostic: 'd3' },
];

describe('site health in the popup', () => {
  it('shows one item per site with its id, state and plain words, and copies a site’s diagnostic', () => {
    const onCopy = vi.fn();
    const r = render(<SiteHealthList sites={SITES} copied={null} onCopy={onCopy} />);
    cleanup = r.cleanup;
    const items = Array.from(r.host.querySelectorAll<HTMLElement>('[data-testid="site-health"]'));
    expect(items.map((i) => [i.dataset.site, i.dataset.state])).toEqual([
      ['slack', 'partial'],
      ['gmail', 'ok'],
      ['calendar', 'off'],
    ]);
    expect(items[0]!.textContent).toContain('Slack: Coach reads drafts but cannot hold sends here (Send button not found)');
    expect(items[1]!.querySelector('[data-testid="site-health-note"]')?.textContent).toMatch(/backup hooks/);
    click(items[2]!.querySelector('[data-testid="copy-diagnostic"]'));
    expect(onCopy).toHaveBeenCalledWith('calendar');
    expect(items[2]!.querySelector('button')?.getAttribute('aria-label')).toBe('Copy diagnostic for Calendar');
  });

  it('is one line while every site works, and opens by itself when one does not or its page changed', () => {
    const ok = (site: string): SiteHealthView => ({ site, state: 'ok', text: 'Coach active', note: null, diagnostic: 'd' });
    const details = (sites: SiteHealthView[]) => {
      const r = render(<SiteHealthList sites={sites} copied={null} onCopy={() => undefined} />);
      const found = r.host.querySelector('details')!;
      const result = { open: found.open, glance: r.host.querySelector('[data-testid="site-health-glance"]')!.textContent };
      r.cleanup();
      return result;
    };
    expect(details([ok('slack'), ok('gmail')])).toEqual({ open: false, glance: 'all working' });
    expect(details([SITES[0]!, ok('gmail')])).toEqual({ open: true, glance: 'Slack: partly working' });
    expect(details([SITES[0]!, SITES[2]!])).toEqual({ open: true, glance: 'Slack, Calendar: not working' });
    expect(details([SITES[1]!])).toEqual({ open: true, glance: 'all working' });
    // A page that has not reported yet is being checked: not trouble, nothing to unfold.
    const checking: SiteHealthView = { site: 'teams', state: 'checking', text: 'Checking this page', note: null, diagnostic: 'd' };
    expect(details([ok('slack'), checking])).toEqual({ open: false, glance: 'checking Teams…' });
    expect(details([SITES[2]!, checking])).toEqual({ open: true, glance: 'Calendar: not working' });
  });

  it('shows nothing when no covered site is open', () => {
    const r = render(<SiteHealthList sites={[]} copied={null} onCopy={() => undefined} />);
    cleanup = r.cleanup;
    expect(r.host.querySelector('[data-testid="site-health"]')).toBeNull();
    expect(r.host.textContent).toBe('');
  });
});

describe('site health in the options page', () => {
  it('lists each day and site with its worst state and what failed, in words', () => {
    const r = render(
      <HealthDays
        error={null}
        days={[
          { day: '2026-12-05', site: 'slack', seen: { ok: 3, partial: 1, off: 0 }, failed: ['compose:send'], fallbacks: ['composer'], at: 1 },
          { day: '2026-12-04', site: 'gmail', seen: { ok: 2, partial: 0, off: 0 }, failed: [], fallbacks: [], at: 1 },
        ]}
      />,
    );
    cleanup = r.cleanup;
    const rows = Array.from(r.host.querySelectorAll<HTMLTableRowElement>('[data-testid="health-day"]'));
    expect(rows.map((row) => Array.from(row.cells).map((c) => c.textContent))).toEqual([
      // Days as the browser's locale writes them (the unit run is en-US), like every date in the product.
      ['Sat, Dec 5', 'Slack', 'Partly working', 'Send button not found (sends not held); backup hooks used for: message box'],
      ['Fri, Dec 4', 'Gmail', 'Working', '—'],
    ]);
    expect(r.host.querySelector('h2')?.textContent).toBe('Site health');
  });

  it('says where to go when nothing has been seen yet, naming every covered site from the site table', () => {
    const r = render(<HealthDays error={null} days={[]} />);
    cleanup = r.cleanup;
    expect(r.host.querySelector('table')).toBeNull();
    expect(r.host.textContent).toContain(`Nothing yet: open ${siteNames('notify')} in a tab.`);
    expect(siteNames('notify')).toMatch(/^Slack, Gmail, .+ or .+$/);
  });
});
