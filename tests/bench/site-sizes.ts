/**
 * What runs on each covered site, gzipped, from a built extension's manifest: the content scripts
 * that match it, the page-world notification guard the background registers there at run time
 * (utils/notify/guard-registration.ts), and every chunk of the coaches' parts script
 * (entrypoints/coach-parts) that the site's loaders import — the script, each part the site uses
 * and their static imports. Each language's own resources are fetched only when a draft in it
 * appears (Spanish, German, French, Portuguese: their rules; English: its rules with the learned
 * model and its reader), with what they import that the base does not have (chrono-node, shared
 * by all five): a site's total counts the largest one (a writer in one language); `withEnglish`
 * adds English's to the largest other language (a page where English and one other language are
 * written), `allLanguages` every language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SITE_TABLE, type Feature } from '../../utils/platform/sites';

export const BUDGET_GZIP = 100 * 1024;

/** The parts each feature's loaders import (utils/compose/lazy.ts, utils/meeting/lazy.ts). */
const PART_CHUNKS: Partial<Record<Feature, string>> = { compose: 'compose', meeting: 'meeting' };
/** The compose coach's language chunks (utils/compose/analysis/lang/packs.ts); `english` is English's (its rules, the learned model and its reader). */
const LANGUAGE_CHUNK = /^(?:es|de|fr|pt|english)-/;
const ENGLISH_CHUNK = 'english';
const GUARD = 'content-scripts/notify-guard-on.js';

export interface SiteSize {
  site: string;
  /** Files always loaded there once every coach has started, gzipped bytes. */
  base: number;
  /** The largest language chunk (with what it imports that the base does not have). */
  language: { name: string; gzip: number } | null;
  /** base + the largest language: what the budget is checked against. */
  total: number;
  /** base + English's chunk + the largest other language. */
  withEnglish: number;
  allLanguages: number;
  files: string[];
}

interface Manifest {
  content_scripts?: { matches: string[]; js?: string[] }[];
  web_accessible_resources?: { resources: string[]; matches?: string[] }[];
}

const gzipCache = new Map<string, number>();
function gzipOf(out: string, file: string): number {
  const path = join(out, file);
  let n = gzipCache.get(path);
  if (n === undefined) {
    n = gzipSync(readFileSync(path), { level: 9 }).length;
    gzipCache.set(path, n);
  }
  return n;
}

/** A chunk and everything it imports statically, as paths relative to the build. */
function closure(out: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(out, file), 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
    closure(out, posix.join(posix.dirname(file), m[1]!), seen);
  }
  return seen;
}

/** The chunks a script imports dynamically, by name ("fr-AbC123.js" → its path). */
function dynamicImports(out: string, file: string): string[] {
  const code = readFileSync(join(out, file), 'utf8');
  return [...code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) => posix.join(posix.dirname(file), m[1]!));
}

const sum = (out: string, files: Iterable<string>) => [...files].reduce((n, f) => n + gzipOf(out, f), 0);

export function siteSizes(out: string): SiteSize[] {
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
  const parts = (manifest.web_accessible_resources ?? []).flatMap((w) => w.resources.filter((r) => r.endsWith('.js') && !r.includes('*')).map((js) => ({ js, matches: w.matches ?? [] })));
  return SITE_TABLE.map((row) => {
    const match = `${row.origins[0]}/*`;
    const base = new Set<string>();
    for (const cs of manifest.content_scripts ?? []) if (cs.matches.includes(match)) for (const js of cs.js ?? []) base.add(js);
    if ((row.features as readonly Feature[]).includes('notify') && existsSync(join(out, GUARD))) base.add(GUARD);
    const languages: string[] = [];
    for (const part of parts.filter((p) => p.matches.includes(match))) {
      closure(out, part.js, base);
      for (const chunk of dynamicImports(out, part.js)) {
        const name = posix.basename(chunk);
        const used = row.features.some((f) => PART_CHUNKS[f] && name.startsWith(`${PART_CHUNKS[f]}-`));
        if (!used) continue;
        closure(out, chunk, base);
        languages.push(...dynamicImports(out, chunk).filter((c) => LANGUAGE_CHUNK.test(posix.basename(c))));
      }
    }
    const extra = (chunk: string) => [...closure(out, chunk)].filter((f) => !base.has(f));
    const perLanguage = languages.map((chunk) => ({ name: posix.basename(chunk).split('-')[0]!, gzip: sum(out, extra(chunk)) }));
    const language = perLanguage.sort((a, b) => b.gzip - a.gzip)[0] ?? null;
    const baseGzip = sum(out, base);
    const all = new Set(languages.flatMap(extra));
    const english = languages.filter((c) => posix.basename(c).startsWith(`${ENGLISH_CHUNK}-`)).flatMap(extra);
    const other = languages.filter((c) => !posix.basename(c).startsWith(`${ENGLISH_CHUNK}-`)).map((c) => sum(out, new Set([...english, ...extra(c)])));
    return {
      site: row.id,
      base: baseGzip,
      language,
      total: baseGzip + (language?.gzip ?? 0),
      withEnglish: baseGzip + Math.max(sum(out, english), ...other),
      allLanguages: baseGzip + sum(out, all),
      files: [...base].sort(),
    };
  });
}
