// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { slackAdapter } from '../../../utils/compose/hosts/slack';
import { gmailAdapter } from '../../../utils/compose/hosts/gmail';
import { calendarAdapter } from '../../../utils/meeting/calendar-adapter';
import { probeCompose, probeMeeting } from '../../../utils/health/probe';
import { chainCounts } from '../../../utils/health/chains';
import { describeStructure } from '../../../utils/health/structure';
import { formatDiagnostic } from '../../../utils/health/diagnostic';
import { siteHealth } from '../../../utils/health/model';
import { healthReportSchema } from '../../../utils/health/report';
import { element, loadFixture, setLines, slackComposers } from '../compose/fixture-dom';

const probeSlack = (focused: Element | null = null) => probeCompose({ doc: document, adapter: slackAdapter, focused });

describe('compose probe on Slack', () => {
  beforeEach(() => loadFixture('slack-channel.html'));

  it('finds the message box, reads its draft and finds its send button', () => {
    const [channel] = slackComposers();
    setLines(channel!, ['hey @sam']);
    expect(probeSlack(channel!).report.checks).toEqual({ composer: true, draft: true, send: true });
  });

  it('says sends cannot be held when the send button is gone', () => {
    document.querySelectorAll('[data-qa="texty_send_button"]').forEach((b) => b.remove());
    const { report } = probeSlack();
    expect(report.checks).toEqual({ composer: true, draft: true, send: false });
    expect(siteHealth(['compose', 'notify'], [report]).state).toBe('partial');
  });

  it('counts the fallback link when the primary hooks are gone', () => {
    // Slack renamed data-qa: the editor is found by its compose box class, the button by its class.
    document.querySelectorAll('[data-qa]').forEach((el) => el.removeAttribute('data-qa'));
    const [channel] = Array.from(document.querySelectorAll<HTMLElement>('.ql-editor'));
    // Counts are per page since load: measure what this probe added.
    const before = chainCounts(slackAdapter.chains);
    const { report } = probeSlack(channel!);
    expect(report.checks).toMatchObject({ composer: true, send: true });
    const added = (chain: string, link: number) => report.chains[chain]![link]! - before[chain]![link]!;
    expect(added('composer', 0)).toBe(0);
    expect(added('composer', 1)).toBeGreaterThan(0);
    expect(added('send', 0)).toBe(0);
    expect(added('send', 1)).toBeGreaterThan(0);
  });

  it('reports no message box only while the user is in an editable it does not recognise', () => {
    // Everything gone: new editor class, no data-qa hooks.
    document.querySelectorAll('.ql-editor').forEach((el) => el.classList.replace('ql-editor', 'ql-editor-v2'));
    document.querySelectorAll('[data-qa]').forEach((el) => el.removeAttribute('data-qa'));
    expect(probeSlack().report.checks).toEqual({});
    const unknown = document.querySelector<HTMLElement>('.ql-editor-v2')!;
    const { report, around } = probeSlack(unknown);
    expect(report.checks).toEqual({ composer: false });
    expect(around).toBe(unknown);
  });
});

describe('meeting probe on Calendar', () => {
  beforeEach(() => {
    loadFixture('calendar-eventedit.html');
    document.body.setAttribute('data-viewfamily', 'EVENT_EDIT');
  });

  it('reads every field of the full editor', () => {
    expect(probeMeeting(document, calendarAdapter).report.checks).toEqual({ editor: true, title: true, guests: true, time: true, description: true });
  });

  it('counts the Save chain like the others: its primary on the documented page, a fallback once the jsname is renamed', () => {
    const save = () => chainCounts(calendarAdapter.chains).save!;
    let before = save();
    probeMeeting(document, calendarAdapter);
    expect(save().map((n, i) => n - before[i]!)).toEqual([1, 0, 0]);

    document.querySelector('button[jsname="x8hlje"]')!.setAttribute('jsname', 'q1w2e3');
    before = save();
    const { report } = probeMeeting(document, calendarAdapter);
    expect(save().map((n, i) => n - before[i]!)).toEqual([0, 1, 0]);
    expect(report.chains.save).toEqual(save());
  });

  it('names the fields it cannot find', () => {
    document.querySelector('#xGstLst')?.remove();
    expect(probeMeeting(document, calendarAdapter).report.checks).toMatchObject({ editor: true, guests: false, title: true });
  });
});

describe('diagnostic structure', () => {
  it('holds no text, names, ids, labels or e-mail addresses, even from a hostile page', () => {
    loadFixture('gmail-inbox.html');
    const SECRETS = ['Priya Raman', 'priya@example.com', 'Quarterly numbers', 'secret-token-93', 'msg-f:1790', 'hunter2', 'Top secret draft'];
    const body = element('div', {
      class: 'Am aiL Al editable Priya-Raman x93',
      g_editable: 'true',
      contenteditable: 'true',
      role: 'textbox',
      id: 'secret-token-93',
      'aria-label': 'Quarterly numbers',
      'data-tid': 'priya@example.com',
      'data-testid': 'msg-f:1790',
      'data-name': 'Priya Raman',
      title: 'hunter2',
    });
    const line = document.createElement('div');
    line.textContent = 'Top secret draft for Priya Raman <priya@example.com>';
    body.append(line);
    const frame = document.createElement('div');
    frame.setAttribute('role', 'dialog');
    const chip = document.createElement('span');
    chip.setAttribute('data-hovercard-id', 'priya@example.com');
    chip.textContent = 'Priya Raman';
    frame.append(chip, body);
    const wrap = document.createElement('div');
    wrap.className = 'AD';
    wrap.append(frame);
    document.body.append(wrap);

    const { report, around, chains } = probeCompose({ doc: document, adapter: gmailAdapter, focused: body });
    expect(around).toBe(body);
    const structure = describeStructure(around!, chains);
    // Structure there is: the body, with its structural hooks and which chain link matched it.
    expect(structure).toContainEqual(
      expect.objectContaining({ tag: 'div', attrs: expect.objectContaining({ g_editable: 'true', role: 'textbox', 'data-tid': '', 'data-testid': '' }), matched: ['composer:0'] }),
    );
    const payload = { page: 1, reports: [report], structure };
    expect(healthReportSchema.safeParse(payload).success).toBe(true);
    const text = formatDiagnostic({ site: 'gmail', version: '1.2.3', health: siteHealth(['compose', 'notify'], [report]), reports: [report], structure });
    expect(text).toContain('Focusgate 1.2.3');
    expect(text).toContain('g_editable="true"');
    expect(text).toContain('.Am.editable (+4 classes)');
    for (const secret of [...SECRETS, 'Priya', 'priya', 'example', '93', '1790']) expect(`${JSON.stringify(payload)}\n${text}`).not.toContain(secret);
  });
});
