import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAllPacks } from '../../../../utils/compose/analysis/lang/packs';
import { scoreMeetings, MEETING_LABELS } from '../../../tools/eval/meetings';
import { scoreMessages, MESSAGE_LABELS } from '../../../tools/eval/messages';
import { accuracyPerLabel, binaryScores } from '../../../tools/eval/score';

/*
 * Accuracy floors on the labelled dev sets in tests/fixtures/analysis, as a regression guard
 * (the figures themselves come from `npm run eval`). holdout/ and fresh/ were set aside once and
 * are dev data now, and so are fresh-2/ and fresh-3/ since their one scoring each (English, German and French hold a floor on fresh-3/).
 */
const DEV = new URL('../../../fixtures/analysis/', import.meta.url);
const rows = (name: string) =>
  readFileSync(new URL(name, DEV), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as unknown);
// Drafts in every coached language: their packs load on demand (lang/packs.ts).
beforeAll(loadAllPacks);

describe('accuracy on the dev sets', () => {
  // Floors a little below what 5-fold cross-validation gives on each file (`npm run train`
  // prints it per file): the model checked in has been trained on all of them, so its figures
  // here are tuned-on ones; a floor near CV catches a real regression without pretending the
  // tuned-on figure is what a new draft gets. `both` is every boolean and mode.
  it.each([
    // The rules were tuned on these two from the start.
    { file: 'dev-messages.jsonl', both: 0.95, urgency: 0.95, f1: 0.95, precision: 0.97 },
    { file: 'dev-messages-2.jsonl', both: 0.95, urgency: 0.95, f1: 0.95, precision: 0.97 },
    // Learned from, and read for the rules' misses since the issue 11 situation frames
    // (5-fold CV of rules + model: urgency 0.98, mode 0.977, context 0.963, ask 0.967, ping F1 0.967).
    { file: 'dev-messages-3.jsonl', both: 0.94, urgency: 0.95, f1: 0.95, precision: 0.95 },
    // Set aside and scored once in an earlier session, dev data since (CV: urgency 0.96, mode 0.96, context 0.94, ask 0.95, ping F1 0.955).
    { file: 'holdout/dev-messages-2.jsonl', both: 0.93, urgency: 0.94, f1: 0.93, precision: 0.95 },
    // The same (CV: urgency 0.983, mode 0.975, context 0.95, ping F1 0.966).
    { file: 'fresh/messages-en.jsonl', both: 0.94, urgency: 0.96, f1: 0.95, precision: 0.95 },
    // The same (CV: urgency 0.958, mode 0.975, context 0.933, ask 0.933, ping F1 0.969).
    { file: 'fresh-2/messages-en.jsonl', both: 0.92, urgency: 0.94, f1: 0.95, precision: 0.95 },
    // The same (CV: urgency 0.953, mode 0.933, context 0.973, ask 0.973, sensitive 0.96, ping F1 0.963). A third of
    // it was held out of rules and model until measured once (urgency 0.90, mode 0.90, ping F1 0.909 on its 50 drafts).
    { file: 'fresh-3/messages-en.jsonl', both: 0.92, urgency: 0.93, f1: 0.93, precision: 0.95 },
  ])('$file: mode and every boolean ≥ $both, urgency ≥ $urgency; ping F1 ≥ $f1, precision ≥ $precision', ({ file, both, urgency, f1, precision }) => {
    const input = rows(file);
    const scored = scoreMessages(input);
    expect(scored).toHaveLength(input.length);
    const acc = accuracyPerLabel(scored, MESSAGE_LABELS);
    for (const label of MESSAGE_LABELS) expect(acc[label], label).toBeGreaterThanOrEqual(label === 'urgency' ? urgency : both);
    const ping = binaryScores(scored, 'ping');
    expect(ping.f1).toBeGreaterThanOrEqual(f1);
    expect(ping.precision).toBeGreaterThanOrEqual(precision);
  });

  // Spanish and Portuguese, per language, a little below today's figures (a regression guard; what a
  // new draft gets is measured on drafts nobody tuned on, never here). The rules were tuned on the
  // first four files (today: every label ≥ 0.95 in es, ≥ 0.97 in pt; ping F1 1.0). dev-messages-intl-3
  // was written and labelled before the rules read it, each of its two batches scored once (lowest
  // first readings: context 0.88, ping F1 0.89; urgency and mode 0.75 on the second batch), tuned on
  // since (today ≥ 0.97 on every label). Since pings are read by word shape (lang/intl.ts) rather
  // than phrase lists, ping F1 is 1.0 on all of them.
  it.each([
    { lang: 'es', files: ['dev-messages-intl.jsonl', 'dev-messages-intl-2.jsonl', 'fresh/messages-intl.jsonl', 'fresh-2/messages-intl.jsonl'], both: 0.94, urgency: 0.97, f1: 0.97 },
    { lang: 'pt', files: ['dev-messages-intl.jsonl', 'dev-messages-intl-2.jsonl', 'fresh/messages-intl.jsonl', 'fresh-2/messages-intl.jsonl'], both: 0.96, urgency: 0.98, f1: 0.97 },
    { lang: 'es', files: ['dev-messages-intl-3.jsonl'], both: 0.93, urgency: 0.95, f1: 0.95 },
    { lang: 'pt', files: ['dev-messages-intl-3.jsonl'], both: 0.93, urgency: 0.95, f1: 0.95 },
  ])('$files in $lang: mode and every boolean ≥ $both, urgency ≥ $urgency, ping F1 ≥ $f1', ({ lang, files, both, urgency, f1 }) => {
    const input = files.flatMap(rows).filter((r) => (r as { lang?: string }).lang === lang);
    const scored = scoreMessages(input);
    expect(scored.length).toBeGreaterThanOrEqual(25);
    const acc = accuracyPerLabel(scored, MESSAGE_LABELS);
    for (const label of MESSAGE_LABELS) expect(acc[label], label).toBeGreaterThanOrEqual(label === 'urgency' ? urgency : both);
    expect(binaryScores(scored, 'ping').f1).toBeGreaterThanOrEqual(f1);
  });

  it.each(['de', 'fr'])('dev-messages-intl*.jsonl in %s: mode ≥ 0.9, urgency and every boolean ≥ 0.88, ping F1 ≥ 0.9', (lang) => {
    const input = [...rows('dev-messages-intl.jsonl'), ...rows('dev-messages-intl-2.jsonl')].filter((r) => (r as { lang?: string }).lang === lang);
    const scored = scoreMessages(input);
    expect(scored.length).toBeGreaterThanOrEqual(70);
    const acc = accuracyPerLabel(scored, MESSAGE_LABELS);
    for (const label of MESSAGE_LABELS) expect(acc[label], label).toBeGreaterThanOrEqual(label === 'mode' ? 0.9 : 0.88);
    expect(binaryScores(scored, 'ping').f1).toBeGreaterThanOrEqual(0.9);
  });

  // German and French on every in-repo file with their drafts but fresh-3/ (339 a language). The
  // packs were tuned on all of them but 15 a language of dev-messages-intl-4 (i4-*-051…065, only
  // read); dev-messages-intl-5 was each batch a check first. Today context 0.976 (de) and 0.973
  // (fr), every other label and mode ≥ 0.99, ping F1 1.0. A regression guard a little below, not
  // a measure of new drafts (was ≥ 0.95 on 215 a language before dev-messages-intl-5).
  it.each(['de', 'fr'])('every in-repo intl file in %s: mode, urgency and every boolean ≥ 0.96, ping F1 ≥ 0.97', (lang) => {
    const files = ['dev-messages-intl.jsonl', 'dev-messages-intl-2.jsonl', 'dev-messages-intl-4.jsonl', 'dev-messages-intl-5.jsonl', 'holdout/dev-messages-intl.jsonl', 'fresh/messages-intl.jsonl', 'fresh-2/messages-intl.jsonl'];
    const input = files.flatMap(rows).filter((r) => (r as { lang?: string }).lang === lang);
    const scored = scoreMessages(input);
    expect(scored.length).toBeGreaterThanOrEqual(339);
    const acc = accuracyPerLabel(scored, MESSAGE_LABELS);
    for (const label of MESSAGE_LABELS) expect(acc[label], label).toBeGreaterThanOrEqual(0.96);
    const ping = binaryScores(scored, 'ping');
    expect(ping.f1).toBeGreaterThanOrEqual(0.97);
    expect(ping.precision).toBeGreaterThanOrEqual(0.98);
  });

  // German and French on fresh-3/ (40 a language): scored blind once at 0.725–0.975 (ping F1
  // 0.842 de, 0.778 fr); the word-class and situation rules written since took it to ≥ 0.925 on
  // every label and mode, ping F1 1.0 (de) and 0.952 (fr), tuned on two thirds of it (a third of
  // each was kept aside and read once: see the commit). A floor a little below.
  it.each(['de', 'fr'])('fresh-3/messages-intl.jsonl in %s: mode, urgency and every boolean ≥ 0.9, ping F1 ≥ 0.9', (lang) => {
    const scored = scoreMessages(rows('fresh-3/messages-intl.jsonl').filter((r) => (r as { lang?: string }).lang === lang));
    expect(scored.length).toBeGreaterThanOrEqual(40);
    const acc = accuracyPerLabel(scored, MESSAGE_LABELS);
    for (const label of MESSAGE_LABELS) expect(acc[label], label).toBeGreaterThanOrEqual(0.9);
    expect(binaryScores(scored, 'ping').f1).toBeGreaterThanOrEqual(0.9);
  });

  // fresh-4/ (40 a language), scored once before anything was tuned on it (mode 0.825 es, 0.850 de
  // and fr, 0.750 pt; ping F1 0.762, 0.762, 0.632, 0.632). No rule was tuned on it since; the
  // model of es/de/fr/pt learned from it (learned/weights-intl.ts), having been checked on it
  // untrained (the trainer's header). Today: mode 0.950, 0.950, 0.950, 0.875, ping F1 0.917,
  // 0.917, 0.818, 0.870, precision 1.0. A floor a little below (tuned-on figures, not a measure).
  it.each(['es', 'de', 'fr', 'pt'])('fresh-4/messages-intl.jsonl in %s: mode ≥ 0.85, urgency ≥ 0.78, ping F1 ≥ 0.8, precision ≥ 0.95', (lang) => {
    const scored = scoreMessages(rows('fresh-4/messages-intl.jsonl').filter((r) => (r as { lang?: string }).lang === lang));
    expect(scored.length).toBe(40);
    const acc = accuracyPerLabel(scored, MESSAGE_LABELS);
    expect(acc.mode).toBeGreaterThanOrEqual(0.85);
    expect(acc.urgency).toBeGreaterThanOrEqual(0.78);
    const ping = binaryScores(scored, 'ping');
    expect(ping.f1).toBeGreaterThanOrEqual(0.8);
    expect(ping.precision).toBeGreaterThanOrEqual(0.95);
  });

  it.each([
    // The meeting rules were tuned on every one of these (1.000 on every label today). dev-meetings-4 was
    // written and labelled before the analyser ran on it, in two batches, each scored untuned first
    // (mode/agenda/kind: d4-01..43 0.953/0.698/0.953, d4-44..63 1.000/0.800/0.950) and tuned on
    // since. Floors guard against regressions; what a new invite gets is measured on a set written
    // blind and scored once (fresh-4/ at 22:07 on 2026-12-05: 0.925/0.875/0.875), never here. fresh-3 was scored once (0.950/0.875/0.875), then tuned on in two-thirds
    // of it; the third held out scored once after that tuning: 0.923/1.000/0.846 (13 invites; before
    // it: 0.923/0.846/0.846). All 40 today: 0.975/1.000/0.950. fresh-4's invites were tuned on after
    // their scoring (verbless topic lists, what everyone leaves with, hypotheses, clubs): 0.950/1.000/0.925.
    { file: 'dev-meetings.jsonl', floor: 0.95 },
    { file: 'dev-meetings-2.jsonl', floor: 0.95 },
    { file: 'dev-meetings-3.jsonl', floor: 0.95 },
    { file: 'dev-meetings-4.jsonl', floor: 0.95 },
    { file: 'holdout/dev-meetings-2.jsonl', floor: 0.95 },
    { file: 'fresh/meetings.jsonl', floor: 0.95 },
    { file: 'fresh-2/meetings.jsonl', floor: 0.95 },
    { file: 'fresh-3/meetings.jsonl', floor: 0.95 },
    { file: 'fresh-4/meetings.jsonl', floor: 0.95 },
    // dev-meetings-5 (100 invites written blind, many with a title whose label word misleads) was
    // scored once untuned: mode/agenda/kind 0.860/0.910/0.760; tuned on since: 0.960/0.980/0.910.
    // fresh-5 and fresh-6 were each scored once blind (0.900/0.950/0.825 and 0.875/0.875/0.875);
    // fresh-5 was tuned on since (0.975/1.000/0.975), fresh-6 held out from that tuning (0.900/0.875/0.925),
    // then tuned on too (0.950/1.000/0.950).
    { file: 'dev-meetings-5.jsonl', floor: 0.9 },
    { file: 'fresh-5/meetings.jsonl', floor: 0.95 },
    { file: 'fresh-6/meetings.jsonl', floor: 0.9 },
    // Written by the meeting rules' owner before the analyser read them, scored once (see the README), tuned on since.
    { file: 'dev-meetings-6.jsonl', floor: 0.85 },
  ])('$file: mode, hasAgenda and kind ≥ $floor', ({ file, floor }) => {
    const input = rows(file);
    const scored = scoreMeetings(input);
    expect(scored).toHaveLength(input.length);
    const acc = accuracyPerLabel(scored, MEETING_LABELS);
    for (const label of MEETING_LABELS) expect(acc[label], label).toBeGreaterThanOrEqual(floor);
  });
});
