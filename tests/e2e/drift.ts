import type { ExtensionSession } from './harness';

/*
 * Drift variants of the host fixtures: the same page after the host renamed its hooks, as a
 * redesign does. A rename applies to the page and to the host's own script alike (the host's
 * code ships with its markup, so the page itself keeps working); only Focusgate's selectors
 * go stale. Each variant names what it models: the primary hooks gone (the fallbacks must
 * carry the feature), the send control unrecognisable, or every hook gone.
 */

export type Rename = readonly [from: string, to: string];

export interface Drift {
  name: string;
  renames: readonly Rename[];
}

const apply = (text: string, renames: readonly Rename[]) => renames.reduce((t, [from, to]) => t.split(from).join(to), text);

/**
 * Serves `page` (a fixture) at `url` with `renames` applied, and its host script (`script`,
 * referenced from the page by its fixture path; none when inline) renamed the same way under a
 * variant path.
 */
export async function serveDrift(s: ExtensionSession, url: string, page: string, script: { path: string; fixture: string } | null, drift: Drift): Promise<void> {
  let html = apply(s.fixture(page), drift.renames);
  if (script) {
    const variantPath = script.path.replace(/\.js$/, `-${drift.name}.js`);
    await s.serve(`${new URL(url).origin}${variantPath}`, apply(s.fixture(script.fixture), drift.renames), 'text/javascript; charset=utf-8');
    html = html.split(script.path).join(variantPath);
  }
  await s.serve(url, html);
}

/** Slack (docs/hosts.md): the message_input and send-button hooks; Quill's own editor class. */
const SLACK_SEND_HOOKS: Rename[] = [
  ['texty_send_button', 'composer_send_action'],
  ['c-wysiwyg_container__button--send', 'c-wysiwyg_container__send_action'],
];
export const SLACK_DRIFT = {
  /** data-qa hooks renamed: the editor by its workspace/thread box, the button by its class. */
  fallbacks: { name: 'fallbacks', renames: [['"message_input"', '"composer_input"'], ['data-qa="texty_send_button"', 'data-qa="composer_send_action"']] },
  /** The send button no longer recognisable (Enter still sends in Slack itself). */
  noSend: { name: 'no-send', renames: SLACK_SEND_HOOKS },
  /** Every hook gone: the editor class, the message_input box and the send button. */
  gone: { name: 'gone', renames: [['ql-editor', 'texty-editor'], ['"message_input"', '"composer_input"'], ...SLACK_SEND_HOOKS] },
} satisfies Record<string, Drift>;

/** Google Calendar's full event editor (docs/hosts.md): its body marks and field ids; its script is inline. */
export const CALENDAR_DRIFT = {
  /** The body's view-family mark and the title's id renamed: the view key and the title's label carry the editor. */
  fallbacks: { name: 'fallbacks', renames: [['data-viewfamily=', 'data-view-family='], ['xTiIn', 'xTitleInput']] },
  /** Neither body mark left: the editor is not recognised at all on its own address. */
  gone: { name: 'gone', renames: [['EVENT_EDIT', 'EDIT_EVENT'], ['EVENTEDIT', 'EDITEVENT']] },
} satisfies Record<string, Drift>;

/** Gmail's send hooks (docs/hosts.md): the `.Up` cell of the send bar (page and script) and the send button's class. */
const GMAIL_SEND_CELL: Rename[] = [
  ['gU Up"', 'gU Uq"'],
  ['.IZ .Up ', '.IZ .Uq '],
];
/** Gmail's body hooks: `g_editable`, the body's own `editable` class and the `.Ap` cell around it. */
const GMAIL_BODY_HOOKS: Rename[] = [
  ['g_editable', 'g_editor'],
  ['Al editable', 'Al editor'],
  ['class="Ap"', 'class="Aq"'],
];
export const GMAIL_DRIFT = {
  /** `g_editable` and the send bar's cell renamed: the body's class and the send button's class carry the coach and the gate. */
  fallbacks: { name: 'fallbacks', renames: [['g_editable', 'g_editor'], ...GMAIL_SEND_CELL] },
  /** Every hook of the body and the send button gone (Gmail's own Ctrl+Enter still sends). */
  gone: { name: 'gone', renames: [...GMAIL_BODY_HOOKS, ...GMAIL_SEND_CELL, ['T-I-atl', 'T-I-atm']] },
} satisfies Record<string, Drift>;

/** Teams' CKEditor composer (docs/hosts.md): its `new-message-` id, its data-tid, its shortcut context; the send button's data-tid. */
export const TEAMS_DRIFT = {
  /** The `new-message-` id gone: the editor's data-tid carries the coach and the gate. */
  fallbacks: { name: 'fallbacks', renames: [['new-message-', 'compose-message-']] },
  /** Every hook of the composer and the send button gone (Teams' own Enter still sends). */
  gone: {
    name: 'gone',
    renames: [
      ['new-message-', 'compose-message-'],
      ['ckeditor', 'richeditor'],
      ['compose-field', 'compose-box-field'],
      ['newMessageCommands-send', 'composeCommands-send'],
    ],
  },
} satisfies Record<string, Drift>;

/** Outlook's compose form (docs/hosts.md): the body's own `data-ms-editor`, the form's section, the send button's test id. */
export const OUTLOOK_DRIFT = {
  /** The body's own `data-ms-editor` renamed (page and script): the editor wrapper around it carries the coach and the gate. */
  fallbacks: {
    name: 'fallbacks',
    renames: [
      ['contenteditable="true" data-ms-editor="true"', 'contenteditable="true" data-ms-body="true"'],
      ['[contenteditable="true"][data-ms-editor="true"]', '[contenteditable="true"][data-ms-body="true"]'],
    ],
  },
  /** The compose form's section and the send button's test id renamed (Outlook's own Ctrl+Enter still sends). */
  gone: {
    name: 'gone',
    renames: [
      ['ComposeForm', 'ComposeArea'],
      ['ComposeSendButton', 'ComposeSendAction'],
    ],
  },
} satisfies Record<string, Drift>;
