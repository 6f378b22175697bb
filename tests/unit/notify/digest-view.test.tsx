// @vitest-environment happy-dom
import { DigestView, type DigestViewProps } from '../../../components/notify/DigestView';
import { click, render } from '../focus/popup/render';
import { formatDayTime } from '../../../utils/platform/datetime';

const T0 = new Date(2026, 10, 26, 11, 0).getTime();
const item = (id: string, site: 'slack' | 'gmail' | 'calendar', title: string, body: string, at: number, seenAt?: number) => ({
  id,
  site,
  title,
  body,
  at,
  ...(seenAt ? { seenAt } : {}),
});

function view(over: Partial<DigestViewProps> = {}) {
  const props: DigestViewProps = {
    items: [
      item('1', 'slack', 'Alice', 'lunch?', T0),
      item('2', 'gmail', 'Acme Billing', 'Invoice ready', T0 + 1000),
      item('3', 'slack', 'Bob', 'PR is up', T0 + 2000, T0 + 5000),
      item('4', 'slack', 'Alice', 'also, <b>coffee</b>?', T0 + 3000),
    ],
    breakthroughs: [{ id: 'e1', site: 'slack', at: T0, rule: 'keyword' }],
    notHeld: {},
    error: null,
    onOpen: vi.fn(),
    onAnswer: vi.fn(),
    ...over,
  };
  return { ...render(<DigestView {...props} />), props };
}

describe('DigestView', () => {
  it('says how many notifications were not held, per site, and nothing when all were', () => {
    const { host, cleanup } = view({ notHeld: { slack: { tooFast: 4970, overCap: 0 }, gmail: { tooFast: 2, overCap: 12 } } });
    expect([...host.querySelectorAll('[data-testid="digest-not-held"] li')].map((li) => li.textContent)).toEqual([
      'Slack: 4,970 came too fast to hold (the page showed them)',
      'Gmail: 2 came too fast to hold (the page showed them); 12 not kept (500 were already waiting)',
    ]);
    cleanup();
    const none = view();
    expect(none.host.querySelector('[data-testid="digest-not-held"]')).toBeNull();
    none.cleanup();
  });

  it('lists every held item by site and sender, newest first, with title and body as text', () => {
    const { host, cleanup } = view();
    const items = [...host.querySelectorAll('[data-testid="digest-item"]')];
    expect(items.map((i) => `${i.getAttribute('data-site')}:${i.querySelector('.fg-title')?.textContent}:${i.querySelector('.fg-body')?.textContent}`)).toEqual([
      'slack:Alice:also, <b>coffee</b>?',
      'slack:Alice:lunch?',
      'slack:Bob:PR is up',
      'gmail:Acme Billing:Invoice ready',
    ]);
    expect([...host.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Slack', 'Gmail', 'Shown during focus', 'What Focusgate can hold']);
    expect(host.querySelector('b')).toBeNull();
    expect(host.querySelector('[data-testid="digest-summary"]')?.textContent).toBe('While you focused: 3 Slack, 1 Gmail');
    expect(items[2]!.getAttribute('data-seen')).toBe('true');
    cleanup();
  });

  it('lists what the apps closed meanwhile, marked, and counts it apart', () => {
    const closed = { ...item('5', 'gmail', 'Jordan Price', 'Contract renewal', T0 + 4000), closedAt: T0 + 6000 };
    const { host, cleanup } = view({ items: [item('1', 'slack', 'Alice', 'lunch?', T0), closed] });
    const marked = host.querySelector('[data-testid="digest-item"][data-closed="true"]');
    expect(marked?.textContent).toContain('Jordan Price');
    expect(marked?.textContent).toContain('Closed by Gmail meanwhile');
    expect(host.querySelectorAll('[data-closed="false"]')).toHaveLength(1);
    expect(host.querySelector('[data-testid="digest-summary"]')?.textContent).toBe('While you focused: 1 Slack (and 1 closed by the app meanwhile)');
    cleanup();
    const all = view({ items: [closed] });
    expect(all.host.querySelector('[data-testid="digest-summary"]')?.textContent).toBe('While you focused: 1 closed by the app meanwhile');
    all.cleanup();
  });

  it('names each item by what it shows (no label hiding the message) and dates it in the browser’s format', () => {
    const { host, cleanup } = view();
    const button = host.querySelector<HTMLButtonElement>('[data-site="gmail"] button')!;
    expect(button.getAttribute('aria-label')).toBeNull();
    expect(button.textContent).toBe(`Open in Gmail: Acme BillingInvoice ready${formatDayTime(new Date(T0 + 1000))}`);
    const seen = host.querySelectorAll('[data-testid="digest-item"]')[2]!;
    expect(seen.querySelector('time')?.textContent).toBe(`${formatDayTime(new Date(T0 + 2000))} · seen`);
    expect(host.querySelector('h1')?.textContent).toBe('Held notifications');
    cleanup();
  });

  it('opens an item through the callback', () => {
    const { host, props, cleanup } = view();
    click(host.querySelector('[data-site="gmail"] button'));
    expect(props.onOpen).toHaveBeenCalledWith('2');
    cleanup();
  });

  it('asks "Was anything urgent?" per breakthrough and shows the stored answer', () => {
    const { host, props, rerender, cleanup } = view();
    const b = host.querySelector('[data-testid="breakthrough"]')!;
    expect(b.textContent).toContain('let through by a keyword');
    expect(b.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Was anything urgent?');
    click([...b.querySelectorAll('button')].find((x) => x.textContent === 'Yes'));
    expect(props.onAnswer).toHaveBeenCalledWith('e1', true);
    rerender(<DigestView {...props} breakthroughs={[{ id: 'e1', site: 'slack', at: T0, rule: 'keyword', urgent: true }]} />);
    expect(host.querySelector('[aria-pressed="true"]')?.textContent).toBe('Yes');
    cleanup();
  });

  it('says honestly what can and cannot be held', () => {
    const { host, cleanup } = view();
    const text = host.querySelector('[data-testid="coverage"]')?.textContent ?? '';
    expect(text).toMatch(/open Slack, Gmail, Google Calendar, Teams or Outlook tab/);
    expect(text).toMatch(/service worker shows while its tab is closed/);
    cleanup();
  });

  it('has an empty state, a loading state and shows errors', () => {
    const empty = view({ items: [], breakthroughs: [] });
    expect(empty.host.querySelectorAll('[data-testid="digest-item"]')).toHaveLength(0);
    expect(empty.host.querySelector('[role="status"]')?.textContent).toMatch(/Nothing was held/);
    expect(empty.host.querySelector('[data-testid="breakthrough"]')).toBeNull();
    empty.cleanup();
    const loading = view({ items: null, error: 'background unreachable' });
    expect(loading.host.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(loading.host.querySelector('[role="alert"]')?.textContent).toBe('background unreachable');
    loading.cleanup();
  });
});
