/**
 * `npm run eval -- <file.jsonl> [more.jsonl]`: scores the analysers against labelled files in
 * the format of tests/fixtures/analysis/dev-*.jsonl (any path). A line with a `meeting` is an
 * invite, a line with `text` and `labels` a message draft, a line with `text` and no `labels` a
 * draft in a language the coach does not read (other-languages.jsonl: it must be left alone);
 * the kinds may be mixed. With no file it scores
 * the dev sets there, English and the other languages (not the set-aside holdout/).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadAllPacks } from '../../../utils/compose/analysis/lang/packs';
import { evalMessages, evalUncoached } from './messages';
import { evalMeetings } from './meetings';

const DEV_SETS = ['dev-messages.jsonl', 'dev-messages-2.jsonl', 'dev-messages-intl.jsonl', 'dev-meetings.jsonl', 'dev-meetings-2.jsonl'];
const args = process.argv.slice(2).filter((a) => a !== '--');
const files = args.length ? args : DEV_SETS.map((f) => fileURLToPath(new URL(`../../fixtures/analysis/${f}`, import.meta.url)));

const messages: unknown[] = [];
const meetings: unknown[] = [];
const uncoached: unknown[] = [];
for (const file of files) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch {
        console.error(`${file}:${i + 1}: not JSON, skipped`);
        return;
      }
      if (row && typeof row === 'object' && 'meeting' in row) meetings.push(row);
      else if (row && typeof row === 'object' && 'text' in row) ('labels' in row ? messages : uncoached).push(row);
      else console.error(`${file}:${i + 1}: neither a message nor a meeting, skipped`);
    });
}
await loadAllPacks(); // drafts in every coached language
if (messages.length) evalMessages(messages);
if (uncoached.length) evalUncoached(uncoached);
if (meetings.length) evalMeetings(meetings);
