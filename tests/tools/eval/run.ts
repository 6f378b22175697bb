/**
 * `npm run eval -- <file.jsonl> [more.jsonl]`: scores the analysers against labelled files in
 * the format of shared/analysis/dev-*.jsonl. A line with a `meeting` is an invite, a line with
 * `text` a message draft; both kinds may be mixed.
 */
import { readFileSync } from 'node:fs';
import { evalMessages } from './messages';
import { evalMeetings } from './meetings';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (!files.length) {
  console.error('usage: npm run eval -- <file.jsonl> [more.jsonl]');
  process.exit(2);
}

const messages: unknown[] = [];
const meetings: unknown[] = [];
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
      else if (row && typeof row === 'object' && 'text' in row) messages.push(row);
      else console.error(`${file}:${i + 1}: neither a message nor a meeting, skipped`);
    });
}
if (messages.length) evalMessages(messages);
if (meetings.length) evalMeetings(meetings);
