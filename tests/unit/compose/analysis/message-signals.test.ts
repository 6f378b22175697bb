import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../utils/compose/analysis/language';
import { COACHED_LANGUAGES, type CoachedLanguage } from '../../../../utils/compose/analysis/language';
import { loadAllPacks, packOf } from '../../../../utils/compose/analysis/lang/packs';
import type { LanguagePack } from '../../../../utils/compose/analysis/lang/types';
import { normalizeDraft } from '../../../../utils/compose/analysis/message-normalize';
import { blankQuotes, holdsWord, requiredWords } from '../../../../utils/compose/analysis/message-signals';

beforeAll(loadAllPacks);

/** Every urgency and sensitivity rule of a pack (the ones the pre-check guards). */
const rulesOf = (pack: LanguagePack): RegExp[] => [...pack.urgency.critical, ...pack.urgency.high, ...pack.urgency.highIncident, ...pack.sensitivity.sensitive].map(([re]) => re);

/** The folder of the session's set-aside test set (tests/fixtures/analysis/README.md). */
const SET_ASIDE = 'fresh-7';

/**
 * The labelled drafts of tests/fixtures/analysis, except the set-aside test set (nothing reads it
 * before it is scored once), each with the language it is read in.
 */
function labelledDrafts(): { text: string; lang: CoachedLanguage }[] {
  const out: { text: string; lang: CoachedLanguage }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== SET_ASIDE) walk(path);
      } else if (name.endsWith('.jsonl')) {
        for (const line of readFileSync(path, 'utf8').split('\n')) {
          if (!line.trim()) continue;
          const row = JSON.parse(line) as { text?: unknown; lang?: string };
          if (typeof row.text !== 'string') continue;
          const detected = detectLanguage(row.text);
          const lang = detected && detected !== 'other' ? detected : ((COACHED_LANGUAGES as readonly string[]).includes(row.lang ?? '') ? (row.lang as CoachedLanguage) : 'en');
          out.push({ text: row.text, lang });
        }
      }
    }
  };
  walk(fileURLToPath(new URL('../../../fixtures/analysis/', import.meta.url)));
  return out;
}

describe('requiredWords: the words one of which every match holds', () => {
  it.each([
    { re: /\b(?:upset|hurt|angry) now\b/, words: ['upset', 'hurt', 'angry'] },
    // An optional part is no requirement; a required one after it is.
    { re: /\b(?:really |very )?(?:furious|livid)\b/, words: ['furious', 'livid'] },
    { re: /\bkeeps? missing\b/, words: [' missing'] },
    // Words shorter than three letters rule nothing out: the next best part is read.
    { re: /\b(?:my|his) (?:son|daughter)\b/, words: ['son', 'daughter'] },
    // What a negative lookaround names is not in a match; what a positive one names is around it.
    { re: /(?<!\bnot )\bupset\b/, words: ['upset'] },
    { re: /\bdown\b(?<=\b(?:production|checkout)\b[^.]{0,60})/, words: ['production', 'checkout'] },
    // Each alternative contributes its best words; escaped punctuation is literal.
    { re: /\ba\.s\.a\.p\b|\burgent(?:ly)?\b/, words: ['a.s.a.p', 'urgent'] },
    // At least twice keeps what is repeated; possibly never drops it.
    { re: /(?:yikes ){2}then|(?:ouch ){0,3}later/, words: ['yikes ', 'later'] },
  ])('$re → $words', ({ re, words }) => {
    expect(requiredWords(re)?.sort()).toEqual([...words].sort());
  });

  it.each([
    // An alternative with nothing but short words, or none at all.
    { re: /\bupset\b|\w+ly/ },
    { re: /\b(?:sev ?-?[01]|p0)\b/ },
    // Flags change what matches; a back-reference or a code-unit escape is not read.
    { re: /\bupset\b/i },
    { re: /(\w+) and \1 again/ },
    { re: /caf\u00e9 late/ },
  ])('$re → nothing known', ({ re }) => {
    expect(requiredWords(re)).toBeNull();
  });

  it('never misses a word of a match, on random text made of the patterns\' own pieces', () => {
    const patterns = [
      /\b(?:snapped at|yelled at|rude to|was rude)\b/,
      /\bso (?:terribly )?sad\b|\b(?:extremely )+upset\b|(?<!not )angry(?= today)/,
      /(?<!\bextremely )\bsad\b(?! terribly)/,
      /\b(?:he|she|\w+) (?:has|have) (?:\w+ ){0,2}missed (?:deadlines|shifts)\b|\bperformance route\b/,
      /\b(?:charging|billing) (?:\w+ ){0,3}(?:twice|double)\b|\blosing (?:money|\$[\d,.]+k?)\b/,
      /\b(?:is|are) (?:completely )?(?:down|dead)\b(?<=\b(?:prod|site)\b[^.!?\n]{0,60})/,
      /(?<!\b(?:back|out) )\bin (?:\d{1,2}|a few) ?(?:min|mins)\b|\bin (?:an|one) ?hours?\b/,
      /\bneed (?:you|help)(?: \w+){0,3} (?:now|asap)\b|\bdrop (?:everything|it)\b/,
    ];
    const pieces = ['snapped', 'at', 'yelled', 'rude', 'to', 'was', 'he', 'has', 'have', 'missed', 'deadlines', 'shifts', 'performance', 'route', 'charging', 'billing', 'twice', 'double', 'losing', 'money', '$', '1,2', 'k', 'is', 'are', 'completely', 'down', 'dead', 'prod', 'site', 'back', 'out', 'in', '5', 'a few', 'mins', 'min', 'an', 'hour', 'need', 'you', 'help', 'now', 'asap', 'drop', 'everything', 'so', 'terribly', 'sad', 'extremely', 'upset', 'not', 'angry', 'today', 'x', '.'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(text, (t) => {
        for (const re of patterns) {
          const words = requiredWords(re);
          expect(words).not.toBeNull();
          if (re.test(t)) expect(words!.some((w) => t.includes(w))).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('finds words for nearly every rule of every language', () => {
    for (const lang of COACHED_LANGUAGES) {
      const rules = rulesOf(packOf(lang));
      const known = rules.filter((re) => requiredWords(re) !== null).length;
      expect(known / rules.length, lang).toBeGreaterThanOrEqual(0.85);
    }
  });
});

describe('holdsWord: includes, ruled out first by trigrams', () => {
  it('says what includes says, on texts and words of any code units, one text after another', () => {
    const unit = fc.constantFrom('a', 'b', 'c', ' ', 'é', '\u{1F600}', '\ud800', '\n');
    const str = (max: number) => fc.array(unit, { maxLength: max }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(str(60), str(6)), { minLength: 1, maxLength: 6 }), (calls) => {
        for (const [text, word] of calls) expect(holdsWord(text, word)).toBe(text.includes(word));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the pre-check never skips a rule that matches', () => {
  it('on every labelled draft, as the analyser scans it (lower-cased, quotes blanked or not)', () => {
    const drafts = labelledDrafts();
    expect(drafts.length).toBeGreaterThan(2000);
    let matches = 0;
    let skipped = 0;
    let pairs = 0;
    drafts.forEach(({ text, lang }, i) => {
      const pack = packOf(lang);
      const lower = normalizeDraft(text, pack).text.toLowerCase();
      for (const scan of new Set([lower, blankQuotes(lower)])) {
        for (const re of rulesOf(pack)) {
          const words = requiredWords(re);
          const held = words === null || words.some((w) => holdsWord(scan, w));
          pairs++;
          // Every skipped rule is run (the property); of the rules run anyway, every third draft's,
          // to show the rules do match these drafts.
          if (!held) {
            skipped++;
            expect(re.test(scan), `${re.source.slice(0, 60)} on ${JSON.stringify(scan.slice(0, 80))}`).toBe(false);
          } else if (i % 3 === 0 && re.test(scan)) matches++;
        }
      }
    });
    // Not vacuous: the rules do match, and most rules are ruled out of most drafts.
    expect(matches).toBeGreaterThan(150);
    expect(skipped / pairs).toBeGreaterThan(0.8);
  }, 120_000); // ~10 s alone; the labelled data grows and a busy machine is slower
});
