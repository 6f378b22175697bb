// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { ctrlEnterSends, teamsAdapter as teams } from '../../../utils/compose/hosts/teams';
import { element, key, loadFixture, mouse, setLines, teamsComposers } from './fixture-dom';

const composer = () => document.querySelector<HTMLElement>('[data-tid="ckeditor"][id^="new-message-"]')!;
const sendButton = () => document.querySelector<HTMLElement>('[data-tid="newMessageCommands-send"]:not([name="done"])')!;

/** What Teams renders when a sent message is edited in place (teams-host.js builds the same). */
function openEdit(): { editor: HTMLElement; done: HTMLElement } {
  const msg = document.querySelector('[data-tid="chat-pane-message"]')!;
  const editor = element('div', { id: 'edit-message-1', contenteditable: 'true', role: 'textbox', 'data-tid': 'ckeditor', 'data-shortcut-context': 'compose-field' });
  const done = element('button', { name: 'done', 'data-tid': 'newMessageCommands-send' });
  msg.append(editor, done);
  return { editor, done };
}

function sendTargets(): { last: () => HTMLElement | null | undefined } {
  let seen: HTMLElement | null | undefined;
  const probe = (e: Event) => (seen = teams.sendTarget(e));
  document.addEventListener('keydown', probe);
  document.addEventListener('click', probe);
  return { last: () => seen };
}

describe('Teams adapter on the chat fixture', () => {
  beforeEach(() => loadFixture('teams-chat.html'));

  it('finds the new-message composer by its id and data-tid, not by its localized label', () => {
    expect(teamsComposers()).toEqual([composer()]);
    composer().setAttribute('aria-label', 'Escribe un mensaje');
    setLines(composer(), ['hola']);
    expect(teams.composerFor(composer().querySelector('p')!.firstChild)).toBe(composer());
    expect(teams.composerFor(document.querySelector('[data-tid="chat-list"]'))).toBeNull();
    expect(teams.frameOf(composer()).contains(sendButton())).toBe(true);
  });

  it('tells an edit of a sent message from a new message: no coach, and its save is not a send', () => {
    const { editor, done } = openEdit();
    const seen = sendTargets();
    expect(teams.composerFor(editor)).toBeNull();
    expect(teamsComposers()).toEqual([composer()]);
    key(editor, { key: 'Enter' });
    expect(seen.last()).toBeNull();
    mouse(done, 'click');
    expect(seen.last()).toBeNull();
    // Its Done button is never the composer's send button either.
    expect(teams.sendButtonFor(composer())).toBeNull(); // still disabled: the draft is empty
    sendButton().removeAttribute('disabled');
    expect(teams.sendButtonFor(composer())).toBe(sendButton());
  });

  it('reads <p> paragraphs, <br> soft breaks, mentions and emoji; CKEditor fillers read as nothing', () => {
    expect(teams.readText(composer())).toBe('');
    const p1 = document.createElement('p');
    const mention = document.createElement('span');
    mention.setAttribute('data-tid', 'mention-entity');
    mention.setAttribute('contenteditable', 'false');
    mention.append(document.createElement('span'), 'Priya Natarajan');
    const emoji = document.createElement('img');
    emoji.alt = '👋';
    p1.append('hey ', mention, ' ', emoji, document.createElement('br'), 'quick one');
    const p2 = document.createElement('p');
    p2.append('where is\u00a0the deck?');
    composer().replaceChildren(p1, p2);
    expect(teams.readText(composer())).toBe('hey Priya Natarajan 👋\nquick one\nwhere is the deck?');
  });

  it('gates Enter when Enter sends (Teams\' default), and then not Ctrl+Enter or Shift+Enter', () => {
    expect(ctrlEnterSends(composer())).toBe(false);
    const seen = sendTargets();
    key(composer(), { key: 'Enter' });
    expect(seen.last()).toBe(composer());
    key(composer(), { key: 'Enter', shiftKey: true });
    expect(seen.last()).toBeNull();
    key(composer(), { key: 'Enter', ctrlKey: true });
    expect(seen.last()).toBeNull();
    key(composer(), { key: 'a' });
    expect(seen.last()).toBeNull();
  });

  it.each([
    ['Send (Ctrl+Enter)', 'en'],
    ['Senden (Strg+Eingabe)', 'de'],
    ['Send (⌘+Enter)', 'mac'],
  ])('with "%s" on the send button (%s), gates Ctrl/Cmd+Enter and lets Enter make a new line', (label) => {
    sendButton().setAttribute('aria-label', label);
    expect(ctrlEnterSends(composer())).toBe(true);
    const seen = sendTargets();
    key(composer(), { key: 'Enter' });
    expect(seen.last()).toBeNull();
    key(composer(), { key: 'Enter', ctrlKey: true });
    expect(seen.last()).toBe(composer());
    key(composer(), { key: 'Enter', metaKey: true });
    expect(seen.last()).toBe(composer());
  });

  it('a click on the enabled send button (or its icon) sends this composer; a disabled one sends nothing', () => {
    const seen = sendTargets();
    sendButton().removeAttribute('disabled');
    sendButton().setAttribute('aria-disabled', 'true');
    mouse(sendButton(), 'click');
    expect(seen.last()).toBeNull();
    sendButton().removeAttribute('aria-disabled');
    mouse(sendButton().querySelector('svg')!, 'click');
    expect(seen.last()).toBe(composer());
  });

  it('sees the mention picker through the editor ARIA state', () => {
    expect(teams.isAutocompleteOpen(composer())).toBe(false);
    composer().setAttribute('aria-activedescendant', 'mention-suggestion-0');
    expect(teams.isAutocompleteOpen(composer())).toBe(true);
  });
});
