// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { outlookAdapter as outlook } from '../../../utils/compose/hosts/outlook';
import { key, loadFixture, mouse, outlookComposers } from './fixture-dom';

const bodies = () => outlookComposers();
/** The inline reply's body (the other form is an older, hidden draft). */
const reply = () => bodies()[1]!;

/** Puts the writer's lines (one div.elementToProof each) in place of the empty ones above the signature. */
function typeLines(body: HTMLElement, lines: string[]): void {
  const divs = lines.map((line) => {
    const div = document.createElement('div');
    div.className = 'elementToProof';
    if (line) div.append(line);
    else div.append(document.createElement('br'));
    return div;
  });
  while (body.firstElementChild && !body.firstElementChild.id) body.firstElementChild.remove();
  body.prepend(...divs);
}

describe('Outlook adapter on the reading pane with an inline reply', () => {
  beforeEach(() => loadFixture('outlook-mail.html'));

  it('finds every compose body (stale drafts included) by language-independent hooks, each in its own form', () => {
    expect(bodies()).toHaveLength(2);
    const [stale, live] = bodies();
    expect(outlook.frameOf(stale!)).not.toBe(outlook.frameOf(live!));
    expect(outlook.frameOf(live!).getAttribute('data-app-section')).toBe('ComposeForm');
    live!.setAttribute('aria-label', 'Corps du message');
    expect(outlook.composerFor(live!.firstElementChild)).toBe(live);
    // The same editor outside a compose form (the calendar's description) is not a mail body.
    const description = document.createElement('div');
    description.setAttribute('role', 'textbox');
    description.setAttribute('contenteditable', 'true');
    description.setAttribute('data-ms-editor', 'true');
    document.body.append(description);
    expect(outlook.composerFor(description)).toBeNull();
  });

  it('reads only what the writer typed above the signature and the quoted message', () => {
    expect(outlook.readText(reply())).toBe('');
    typeLines(reply(), ['Hi Jordan,', '', 'numbers attached']);
    expect(outlook.readText(reply())).toBe('Hi Jordan,\n\nnumbers attached');
    expect(bodies()[0] && outlook.readText(bodies()[0]!)).toBe('hey, you around?');
    const range = outlook.draftRange(reply());
    expect(range.toString()).toBe('Hi Jordan,numbers attached');
    // It ends inside the last line, so deleting it never pulls the signature's first line up.
    expect(range.endContainer).toBe(reply().querySelector('#Signature')!.previousElementSibling);
  });

  it('a rewrite replaces the draft above the signature and quote, which stay as they were', () => {
    typeLines(reply(), ['hey']);
    const signature = reply().querySelector('#Signature')!.outerHTML;
    const quote = reply().querySelector('#divRplyFwdMsg')!.textContent;
    expect(outlook.replaceDraft(reply(), 'Context: the board deck goes out Friday\nWhat I need: the final Q3 numbers')).toBe(true);
    expect(outlook.readText(reply())).toBe('Context: the board deck goes out Friday\nWhat I need: the final Q3 numbers');
    expect(reply().querySelector('#Signature')!.outerHTML).toBe(signature);
    expect(reply().querySelector('#divRplyFwdMsg')!.textContent).toBe(quote);
    expect(reply().children[2]?.id).toBe('Signature');
  });

  it('knows Outlook\'s sends: the Send button of the form, Ctrl/Cmd+Enter anywhere in the form', () => {
    const [stale, live] = bodies();
    let seen: HTMLElement | null | undefined;
    const probe = (e: Event) => (seen = outlook.sendTarget(e));
    document.addEventListener('keydown', probe);
    document.addEventListener('click', probe);
    const liveForm = outlook.frameOf(live!);
    key(live!, { key: 'Enter' });
    expect(seen).toBeNull();
    key(live!, { key: 'Enter', ctrlKey: true });
    expect(seen).toBe(live);
    key(liveForm.querySelector('div[id$="_TO"]')!, { key: 'Enter', metaKey: true });
    expect(seen).toBe(live);
    mouse(liveForm.querySelector('[data-testid="ComposeSendButton"]')!, 'click');
    expect(seen).toBe(live);
    mouse(outlook.frameOf(stale!).querySelector('[data-testid="ComposeSendButton"]')!, 'click');
    expect(seen).toBe(stale);
    mouse(liveForm.querySelector('[aria-haspopup="menu"]')!, 'click');
    expect(seen).toBeNull();
    mouse(liveForm.querySelector('#discardCompose')!, 'click');
    expect(seen).toBeNull();
    expect(outlook.sendButtonFor(live!)).toBe(liveForm.querySelector('[data-testid="ComposeSendButton"]'));
  });
});
