// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { gmailAdapter as gmail } from '../../../utils/compose/hosts/gmail';
import { gmailComposers, key, loadFixture, mouse, setLines } from './fixture-dom';

const bodies = () => gmailComposers();
const sendButtons = () =>
  Array.from(document.querySelectorAll<HTMLElement>('.IZ div[role="button"].T-I-atl:not(.Uo):not([aria-haspopup])'));

function sendTargets(): (HTMLElement | null)[] {
  const seen: (HTMLElement | null)[] = [];
  const probe = (e: Event) => seen.push(gmail.sendTarget(e));
  for (const t of ['keydown', 'mousedown', 'mouseup', 'click']) document.addEventListener(t, probe);
  return seen;
}

describe.each([
  ['gmail-inbox.html', 3],
  ['gmail-es.html', 2],
  ['gmail-fullscreen.html', 1],
])('Gmail adapter on %s', (fixture, count) => {
  it('finds every compose body, and pairs each with the Send button of its own window', () => {
    loadFixture(fixture);
    expect(bodies()).toHaveLength(count);
    const buttons = sendButtons();
    for (const [i, body] of bodies().entries()) {
      const button = gmail.sendButtonFor(body);
      expect(button).not.toBeNull();
      expect(button).toBe(buttons.find((b) => gmail.frameOf(body).contains(b)));
      expect(button!.getAttribute('aria-haspopup')).toBeNull();
      expect(button!.classList.contains('Uo')).toBe(false);
      expect(bodies().filter((_, j) => j !== i).some((other) => gmail.frameOf(other).contains(button!))).toBe(false);
    }
  });
});

describe('Gmail adapter', () => {
  it('frames compose windows, fullscreen compose and the inline reply as separate areas', () => {
    loadFixture('gmail-inbox.html');
    const [reply, c1, c2] = bodies();
    expect(gmail.frameOf(c1!).getAttribute('role')).toBe('dialog');
    expect(gmail.frameOf(c2!)).not.toBe(gmail.frameOf(c1!));
    expect(gmail.frameOf(reply!).matches('.ip.adB')).toBe(true);
    loadFixture('gmail-fullscreen.html');
    expect(gmail.frameOf(bodies()[0]!).closest('.aSs')).not.toBeNull();
  });

  it('reads only the writer part of an inline reply, and a rewrite keeps the quoted history', () => {
    loadFixture('gmail-inbox.html');
    const [reply] = bodies();
    expect(gmail.readText(reply!)).toBe('');
    reply!.querySelector('div[dir="ltr"]')!.replaceChildren('Sure,', document.createElement('br'), 'sending now');
    expect(gmail.readText(reply!)).toBe('Sure,\nsending now');
    expect(gmail.replaceDraft(reply!, 'Context: Q3 numbers\nWhat I need: your sign-off')).toBe(true);
    expect(gmail.readText(reply!)).toBe('Context: Q3 numbers\nWhat I need: your sign-off');
    expect(reply!.querySelector('.gmail_quote blockquote')?.textContent).toContain("Thursday's review");
    expect(reply!.lastElementChild?.classList.contains('gmail_quote')).toBe(true);
  });

  it('reads div and br lines of a compose body', () => {
    loadFixture('gmail-es.html');
    const [body] = bodies();
    setLines(body!, ['Hola Lucía,', '', '¿tienes un momento?'], 'div');
    expect(gmail.readText(body!)).toBe('Hola Lucía,\n\n¿tienes un momento?');
  });

  it('knows every way Gmail sends: Ctrl/Cmd+Enter in the compose area, Enter/Space and clicks on Send', () => {
    loadFixture('gmail-inbox.html');
    const [, c1, c2] = bodies();
    const seen = sendTargets();
    key(c1!, { key: 'Enter', ctrlKey: true });
    key(c2!, { key: 'Enter', metaKey: true });
    key(gmail.frameOf(c2!).querySelector('input[name="subjectbox"]')!, { key: 'Enter', ctrlKey: true });
    key(gmail.sendButtonFor(c1!)!, { key: 'Enter' });
    key(gmail.sendButtonFor(c1!)!, { key: ' ' });
    mouse(gmail.sendButtonFor(c2!)!, 'mouseup');
    expect(seen).toEqual([c1, c2, c2, c1, c1, c2]);
  });

  it('ignores plain Enter in the body, the schedule-send arrow and Send & Archive', () => {
    loadFixture('gmail-inbox.html');
    const [reply, c1] = bodies();
    const seen = sendTargets();
    key(c1!, { key: 'Enter' });
    key(c1!, { key: 'Enter', shiftKey: true });
    mouse(gmail.frameOf(c1!).querySelector('[aria-haspopup="true"]')!, 'click');
    mouse(gmail.frameOf(reply!).querySelector('.Uo')!, 'click');
    mouse(document.querySelector('.aeN a')!, 'click');
    expect(seen).toEqual([null, null, null, null, null]);
  });

  it('matches no selector for a keystroke that cannot send (it runs on every key typed)', () => {
    loadFixture('gmail-inbox.html');
    const [, c1] = bodies();
    const closest = vi.spyOn(Element.prototype, 'closest');
    try {
      for (const k of ['a', 'B', 'Backspace', 'ArrowLeft']) expect(gmail.sendTarget(key(c1!, { key: k }))).toBeNull();
      expect(closest).not.toHaveBeenCalled();
    } finally {
      closest.mockRestore();
    }
  });

  it('a space or Enter typed in the body (every word) looks for a button around it, not through the send chain', () => {
    loadFixture('gmail-inbox.html');
    const [, c1] = bodies();
    const typed = [key(c1!, { key: ' ' }), key(c1!, { key: 'Enter' })];
    const closest = vi.spyOn(Element.prototype, 'closest');
    try {
      for (const event of typed) expect(gmail.sendTarget(event)).toBeNull();
      expect(closest.mock.calls).toEqual([['[role="button"]'], ['[role="button"]']]);
    } finally {
      closest.mockRestore();
    }
  });
});
