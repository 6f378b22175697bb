// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { slackAdapter as slack } from '../../../utils/compose/hosts/slack';
import { key, loadFixture, mouse, setLines, slackComposers } from './fixture-dom';

const editors = () => slackComposers();

describe('Slack adapter on the channel fixture (channel composer + thread composer)', () => {
  beforeEach(() => loadFixture('slack-channel.html'));

  it('finds both composers, and maps any node inside an editor to it (Quill clipboard excluded)', () => {
    const [channel, thread] = editors();
    expect(editors()).toHaveLength(2);
    expect(channel!.closest('.p-workspace__input')).not.toBeNull();
    expect(thread!.closest('[data-qa="threads_flexpane"] .p-threads_footer__input')).not.toBeNull();
    setLines(thread!, ['hello']);
    expect(slack.composerFor(thread!.querySelector('p')!.firstChild)).toBe(thread);
    expect(slack.composerFor(document.querySelector('.ql-clipboard'))).toBeNull();
    expect(slack.composerFor(document.querySelector('[data-qa="slack_kit_list"]'))).toBeNull();
  });

  it('reads <p> lines, mentions and emoji from data-stringify-text, and strips \\uFEFF', () => {
    const [channel] = editors();
    const p1 = document.createElement('p');
    const mention = document.createElement('span');
    mention.setAttribute('data-stringify-text', '@alice');
    mention.textContent = 'Alice Moreno';
    const emoji = document.createElement('img');
    emoji.setAttribute('data-stringify-text', ':wave:');
    emoji.alt = '👋';
    p1.append('\uFEFFhey ', mention, ' ', emoji);
    const p2 = document.createElement('p');
    p2.append('where is\u00A0the deck?');
    const blank = document.createElement('p');
    blank.append(document.createElement('br'));
    channel!.replaceChildren(p1, blank, p2);
    expect(slack.readText(channel!)).toBe('hey @alice :wave:\n\nwhere is the deck?');
  });

  it('reads an empty Quill editor (<p><br></p>) as empty', () => {
    expect(slack.readText(editors()[0]!)).toBe('');
  });

  it("gives each composer its own send button, and none while Slack shows it disabled", () => {
    const [channel, thread] = editors();
    expect(slack.sendButtonFor(channel!)).toBeNull(); // fixture starts with --disabled buttons
    document.querySelectorAll('[data-qa="texty_send_button"]').forEach((b) => {
      b.classList.remove('c-wysiwyg_container__button--disabled');
      b.setAttribute('aria-disabled', 'false');
    });
    const channelButton = slack.sendButtonFor(channel!);
    const threadButton = slack.sendButtonFor(thread!);
    expect(channelButton?.closest('.p-workspace__input')).not.toBeNull();
    expect(threadButton?.closest('.p-threads_footer__input')).not.toBeNull();
    expect(channelButton).not.toBe(threadButton);
  });

  it('says which composer a send key or send click sends, and nothing for Shift+Enter or other keys', () => {
    const [channel, thread] = editors();
    const threadButton = thread!.closest('.c-wysiwyg_container')!.querySelector('[data-qa="texty_send_button"]')!;
    threadButton.classList.remove('c-wysiwyg_container__button--disabled');
    threadButton.setAttribute('aria-disabled', 'false');
    let seen: HTMLElement | null | undefined;
    const probe = (e: Event) => (seen = slack.sendTarget(e));
    document.addEventListener('keydown', probe);
    document.addEventListener('click', probe);
    key(channel!, { key: 'Enter' });
    expect(seen).toBe(channel);
    key(channel!, { key: 'Enter', shiftKey: true });
    expect(seen).toBeNull();
    key(channel!, { key: 'a' });
    expect(seen).toBeNull();
    mouse(threadButton.querySelector('svg')!, 'click');
    expect(seen).toBe(thread);
    threadButton.setAttribute('aria-disabled', 'true');
    mouse(threadButton, 'click');
    expect(seen).toBeNull();
  });

  it('sees an open autocomplete through the editor ARIA state or a visible listbox', () => {
    const [channel] = editors();
    expect(slack.isAutocompleteOpen(channel!)).toBe(false);
    channel!.setAttribute('aria-expanded', 'true');
    expect(slack.isAutocompleteOpen(channel!)).toBe(true);
    channel!.setAttribute('aria-expanded', 'false');
    channel!.setAttribute('aria-activedescendant', 'texty_autocomplete_option_0');
    expect(slack.isAutocompleteOpen(channel!)).toBe(true);
    channel!.removeAttribute('aria-activedescendant');
    const list = document.createElement('div');
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    document.querySelector('.ReactModalPortal')!.append(list);
    expect(slack.isAutocompleteOpen(channel!)).toBe(false);
    list.hidden = false;
    expect(slack.isAutocompleteOpen(channel!)).toBe(true);
  });

  it('replaces the draft with new <p> lines and fires input when execCommand is unavailable', () => {
    const [channel] = editors();
    setLines(channel!, ['hey']);
    const inputs: string[] = [];
    channel!.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));
    expect(slack.replaceDraft(channel!, 'What I need: the Q3 deck\n\nReply by: Friday')).toBe(true);
    expect(Array.from(channel!.children).map((c) => c.tagName)).toEqual(['P', 'P', 'P']);
    expect(slack.readText(channel!)).toBe('What I need: the Q3 deck\n\nReply by: Friday');
    expect(inputs).toEqual(['insertReplacementText']);
    expect(document.activeElement).toBe(channel);
  });
});

describe('Slack adapter on a DM', () => {
  it('finds the DM composer and its send button', () => {
    loadFixture('slack-dm.html');
    const [dm] = editors();
    expect(editors()).toHaveLength(1);
    expect(slack.frameOf(dm!).matches('.c-wysiwyg_container')).toBe(true);
    const button = document.querySelector('[data-qa="texty_send_button"]')!;
    button.classList.remove('c-wysiwyg_container__button--disabled');
    button.setAttribute('aria-disabled', 'false');
    expect(slack.sendButtonFor(dm!)).toBe(button);
  });
});

describe('Slack adapter outside the known compose boxes', () => {
  it("never hands out another composer's send button (an editor in the message list gets none)", () => {
    loadFixture('slack-channel.html');
    document.querySelectorAll('[data-qa="texty_send_button"]').forEach((b) => {
      b.classList.remove('c-wysiwyg_container__button--disabled');
      b.setAttribute('aria-disabled', 'false');
    });
    const item = document.querySelector('main [data-qa="slack_kit_list"] [role="listitem"]')!;
    const input = document.createElement('div');
    input.setAttribute('data-qa', 'message_input');
    const editor = document.createElement('div');
    editor.className = 'ql-editor';
    editor.setAttribute('contenteditable', 'true');
    input.append(editor);
    item.append(input);
    expect(slack.composerFor(editor)).toBe(editor);
    expect(slack.sendButtonFor(editor)).toBeNull();
  });
});
