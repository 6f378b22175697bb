import { addBusinessDays } from 'date-fns';
import { analyzeDraft } from '../../../../utils/compose/analysis/draft';
import { analyzeMessage } from '../../../../utils/compose/analysis/message';
import { loadAllPacks } from '../../../../utils/compose/analysis/lang/packs';
import { buildAsyncRewrite, missingParts } from '../../../../utils/compose/analysis/rewrite';
import { PROMPT_TABLES, promptsIn, setAsideOwnLines } from '../../../../utils/compose/analysis/prompts';
import { formatDay } from '../../../../utils/platform/datetime';
import { replyByFor } from '../../../../utils/platform/norms';

// Drafts in every coached language: their packs load on demand (lang/packs.ts).
beforeAll(loadAllPacks);

/** Tuesday 24 Nov 2026, 10:00. Dates are written in en-GB here so the expectations are fixed. */
const NOW = new Date(2026, 10, 24, 10, 0);
const LOCALE = 'en-GB';
const EN = PROMPT_TABLES.en;
// The rewriter is tested on the rules' reading (the learned model changes with each `npm run train`
// and is held to floors on labelled data in dev-set.test.ts).
const rewrite = (text: string, now = NOW) => buildAsyncRewrite(text, analyzeMessage(text, { now, model: null }), now, EN, LOCALE);

describe('buildAsyncRewrite keeps the writer’s words and adds only what is missing', () => {
  it('leaves a bare ping as written, with marked prompts for context and ask and a reply-by from the norm', () => {
    const out = rewrite('hey, got a sec?');
    expect(out.text).toBe(`hey, got a sec?\n${EN.context}\n${EN.ask}\nReply by: Wed 25 Nov`);
    expect(out.firstPrompt).toBe(EN.context);
    expect(formatDay(replyByFor('routine', NOW), LOCALE)).toBe('Wed 25 Nov');
  });

  it('asks only for the missing context when the ask is there, and keeps the greeting and wording in order', () => {
    const text = 'Hi Ana, can u send me the figma links for the pricing page? thx';
    const out = rewrite(text);
    expect(out.text.startsWith(text)).toBe(true);
    expect(promptsIn(out.text)).toEqual([EN.context]);
    expect(out.text).not.toContain(EN.ask);
  });

  it('asks only for the ask when the draft explains the situation', () => {
    const out = rewrite('the deploy on Monday broke the pricing toggle in Safari. I think it is the new CSS bundle.');
    expect(promptsIn(out.text)).toEqual([EN.ask]);
    expect(out.firstPrompt).toBe(EN.ask);
  });

  it('adds only a reply-by line to a complete message without one, and no prompt to fill', () => {
    const text = "I'm finishing the Q3 summary for the offsite. Could you send me the SMB churn numbers?";
    const out = rewrite(text);
    expect(out.text).toBe(`${text}\nReply by: Wed 25 Nov`);
    expect(out.firstPrompt).toBeNull();
  });

  it('uses the feedback norm (3 business days) for a review request', () => {
    const friday = new Date(2026, 10, 27, 16, 0);
    const out = rewrite('I rewrote the event bus section. can you review my RFC? https://docs.example.com/rfc-12', friday);
    expect(out.text).toMatch(/\nReply by: Wed 2 Dec$/);
    expect(formatDay(addBusinessDays(friday, 3), LOCALE)).toBe('Wed 2 Dec');
  });

  it('puts what it adds before the sign-off and signature, which stay as written', () => {
    const out = rewrite('Hi Kenji,\n\nCan you confirm the start date?\n\nThanks,\nTom');
    expect(out.text).toBe(`Hi Kenji,\n\nCan you confirm the start date?\n${EN.context}\nReply by: Wed 25 Nov\n\nThanks,\nTom`);
  });

  it('keeps a deadline the writer gave, dated or not', () => {
    expect(rewrite('can you send me the current draft before we ship the referral program?').text).not.toContain('Reply by');
    expect(rewrite('can you send the headcount by Thursday?').text).not.toContain('Reply by');
  });

  it('changes nothing in an FYI, a complete message, or a draft that still has its prompts', () => {
    const fyi = 'FYI the Q3 all-hands recording is up on the intranet https://intranet.acme.com/allhands/q3';
    expect(rewrite(fyi)).toEqual({ text: fyi, firstPrompt: null });
    const full = "I'm updating the onboarding doc. Could you review the setup section by Thursday?";
    expect(rewrite(full)).toEqual({ text: full, firstPrompt: null });
    const once = rewrite('hey').text;
    expect(buildAsyncRewrite(once, analyzeDraft(once, NOW, LOCALE), NOW, EN, LOCALE).text).toBe(once);
  });

  it('never offers a reply-by for a draft better said live (an outage, an urgent ask, a sensitive one)', () => {
    for (const text of [
      'prod is down, api returning 502 on every request. who is on call?',
      'can you approve my PR asap? I am blocked on the release',
      'I need to talk to you about something personal, it is about my health',
    ]) {
      const a = analyzeMessage(text, { now: NOW });
      expect(a.mode).toBe('sync');
      expect(missingParts(a)).toEqual([]);
      expect(rewrite(text).text).toBe(text);
    }
  });
});

describe('analyzeDraft reads the writer’s words, not the rewrite’s', () => {
  it('never counts a prompt as context or ask: the rewritten ping is still a ping, with two prompts unfilled', () => {
    const out = rewrite('hey, got a sec?').text;
    const a = analyzeDraft(out, NOW, LOCALE);
    expect(a).toMatchObject({ ping: true, context: false, ask: false, prompts: [EN.context, EN.ask] });
  });

  it('recognises its own reply-by line as the deadline (end of that working day)', () => {
    const out = rewrite('hey, got a sec?').text;
    const a = analyzeDraft(out, NOW, LOCALE);
    expect(a.deadline).toEqual(new Date(2026, 10, 25, 17, 0));
    expect(a.deadlineText).toBe('Wed 25 Nov');
    expect(a.reasons.some((r) => /^No reply-by/.test(r))).toBe(false);
  });

  it('reads the day in the browser’s own format, whatever the locale', () => {
    for (const locale of ['en-US', 'de-DE', 'fr-FR']) {
      const out = buildAsyncRewrite('hey', analyzeMessage('hey', { now: NOW }), NOW, EN, locale).text;
      expect(analyzeDraft(out, NOW, locale).deadline).toEqual(new Date(2026, 10, 25, 17, 0));
    }
  });

  it('follows a reply-by day the writer changed', () => {
    const a = analyzeDraft("I'm updating the onboarding doc. Can you review the setup section?\nReply by: Friday", NOW, LOCALE);
    expect(a.deadline?.getDate()).toBe(27);
    expect(a.deadlineText).toBe('Friday');
  });

  it('once the prompts are filled in, it is a complete async message with nothing left to hold', () => {
    const filled = rewrite('hey, got a sec?')
      .text.replace(EN.context, "I'm fixing the login bug on the checkout page.")
      .replace(EN.ask, 'Can you review PR 12?');
    const a = analyzeDraft(filled, NOW, LOCALE);
    expect(a).toMatchObject({ mode: 'async', ping: false, context: true, ask: true, prompts: [] });
    expect(a.deadline).not.toBeNull();
  });

  it('a prompt the writer typed inside of is theirs now; an untouched one is counted each time it appears', () => {
    expect(promptsIn(`${EN.ask} and ${EN.ask}`)).toHaveLength(2);
    expect(promptsIn("[Fill in: what you're working on — the Q3 deck]")).toEqual([]);
    expect(setAsideOwnLines(`hi\n${EN.ask}\nReply by: tomorrow`)).toEqual({ text: 'hi\n\n', prompts: [EN.ask], replyBy: 'tomorrow' });
  });
});

describe('buildAsyncRewrite in the draft’s language', () => {
  const inLanguage = (text: string) => buildAsyncRewrite(text, analyzeMessage(text, { now: NOW }), NOW);

  it.each([
    ['es', 'oye, ¿tienes un momento?', 'Respuesta antes de: mié, 25 nov'],
    ['de', 'hast du kurz Zeit?', 'Antwort bis: Mi., 25. Nov.'],
    ['fr', 'Salut, t’as une minute ?', 'Réponse souhaitée avant: mer. 25 nov.'],
    ['pt', 'Oi, tem um minutinho?', 'Responder até: qua., 25 de nov.'],
  ] as const)('%s: a bare ping gets that language’s prompts and a reply-by day written in it', (lang, text, replyBy) => {
    const table = PROMPT_TABLES[lang];
    const out = inLanguage(text);
    expect(out.text).toBe(`${text}\n${table.context}\n${table.ask}\n${replyBy}`);
    expect(out.firstPrompt).toBe(table.context);
  });

  it('puts the French prompt before a French sign-off, keeping the writer’s words', () => {
    const text = 'Bonjour Claire,\n\nTu peux me dire combien de licences ton équipe utilise ?\n\nMerci,\nMarc';
    const table = PROMPT_TABLES.fr;
    expect(inLanguage(text).text).toBe(`Bonjour Claire,\n\nTu peux me dire combien de licences ton équipe utilise ?\n${table.context}\nRéponse souhaitée avant: mer. 25 nov.\n\nMerci,\nMarc`);
  });

  it('reads its own prompts and reply-by line back in that language, and the day the writer changed it to', () => {
    const out = inLanguage('Kannst du mir die Zahlen schicken?').text;
    expect(out).toBe(`Kannst du mir die Zahlen schicken?\n${PROMPT_TABLES.de.context}\nAntwort bis: Mi., 25. Nov.`);
    const a = analyzeDraft(out, NOW);
    expect(a).toMatchObject({ language: 'de', prompts: [PROMPT_TABLES.de.context], deadline: new Date(2026, 10, 25, 17, 0), context: false, ask: true });
    const changed = analyzeDraft('Le client signe lundi. Tu peux relire le contrat ?\nRéponse souhaitée avant: vendredi', NOW);
    expect(changed).toMatchObject({ language: 'fr', prompts: [], deadline: new Date(2026, 10, 27, 17, 0) });
  });

  it('adds nothing to a draft in a language the coach cannot read', () => {
    const text = 'Ciao Giulia, hai un minuto?';
    expect(buildAsyncRewrite(text, analyzeMessage(text, { now: NOW }), NOW).text).toBe(text);
  });
});
