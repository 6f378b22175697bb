/**
 * Bundle sizes of the built Chrome extension: every content script, every web-accessible part
 * and chunk a content script imports on first use (utils/platform/lazy-part.ts), the total each
 * site runs (site-sizes.ts: base, with its largest language, with every language), and every
 * page (its HTML's own chunks and the shared chunks it loads), raw and gzipped. Builds into
 * FG_OUT_DIR first when nothing is there. Flags any content script, part or site total over the
 * 100 KB gzipped budget (React included); tests/e2e/bundle-budget.e2e.test.ts fails on it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = resolve(ROOT, process.env.FG_OUT_DIR ?? '.output', 'chrome-mv3');
import { BUDGET_GZIP, siteSizes } from './site-sizes';

interface Size {
  raw: number;
  gzip: number;
}

function sizeOf(files: string[]): Size {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(f);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** The scripts and styles an extension page loads: the src/href in its HTML (shared chunks included). */
function pageAssets(html: string): string[] {
  const text = readFileSync(html, 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return [...new Set(refs)].map((r) => (r.startsWith('/') ? join(OUT, r) : resolve(dirname(html), r))).filter(existsSync);
}

export default async function bundles(): Promise<void> {
  if (!existsSync(join(OUT, 'manifest.json'))) {
    console.log(`no build at ${relative(ROOT, OUT)}: building…`);
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit', env: process.env });
  }
  const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8')) as {
    content_scripts?: { matches: string[]; js?: string[]; css?: string[] }[];
    web_accessible_resources?: { resources: string[]; matches?: string[] }[];
  };
  // "coach-parts/*.js": every chunk in that folder.
  const expand = (r: string) => (r.includes('*') ? readdirSync(join(OUT, posix.dirname(r))).filter((f) => f.endsWith('.js')).map((f) => posix.join(posix.dirname(r), f)) : [r]);
  const parts = (manifest.web_accessible_resources ?? []).flatMap((w) =>
    w.resources.filter((r) => r.endsWith('.js')).flatMap(expand).map((js) => ({ js, matches: w.matches ?? [] })),
  );

  console.log(`content scripts (${relative(ROOT, OUT)}), budget ${kb(BUDGET_GZIP)} gzipped each:`);
  const over: string[] = [];
  for (const cs of manifest.content_scripts ?? []) {
    for (const js of cs.js ?? []) {
      // cssInjectionMode 'ui' styles are not in the manifest; they load with the script's UI.
      const css = join(OUT, js.replace(/\.js$/, '.css'));
      const size = sizeOf([join(OUT, js), ...(existsSync(css) ? [css] : [])]);
      const flag = size.gzip > BUDGET_GZIP ? '  OVER BUDGET' : '';
      if (flag) over.push(js);
      console.log(`  ${js.padEnd(36)} raw ${kb(size.raw).padStart(10)}  gzip ${kb(size.gzip).padStart(9)}  ${cs.matches.join(' ')}${flag}`);
    }
  }

  console.log('parts imported on first use (web-accessible):');
  for (const part of parts) {
    const size = sizeOf([join(OUT, part.js)]);
    const flag = size.gzip > BUDGET_GZIP ? '  OVER BUDGET' : '';
    if (flag) over.push(part.js);
    console.log(`  ${part.js.padEnd(36)} raw ${kb(size.raw).padStart(10)}  gzip ${kb(size.gzip).padStart(9)}  ${part.matches.join(' ')}${flag}`);
  }

  console.log('per site (content scripts, the notification guard, the coaches\' chunks it loads; + its largest language other than English):');
  for (const site of siteSizes(OUT)) {
    const flag = site.total > BUDGET_GZIP ? '  OVER BUDGET' : '';
    if (flag) over.push(site.site);
    const lang = site.language ? ` + ${site.language.name} ${kb(site.language.gzip)}` : '';
    console.log(`  ${site.site.padEnd(10)} gzip ${kb(site.total).padStart(9)}  (base ${kb(site.base)}${lang}; with every language ${kb(site.allLanguages)}; ${site.files.length} files)${flag}`);
  }

  console.log('pages (HTML + the chunks they load):');
  for (const html of walk(OUT).filter((f) => f.endsWith('.html')).sort()) {
    const size = sizeOf([html, ...pageAssets(html)]);
    console.log(`  ${relative(OUT, html).padEnd(36)} raw ${kb(size.raw).padStart(10)}  gzip ${kb(size.gzip).padStart(9)}`);
  }
  console.log(over.length ? `OVER BUDGET: ${over.join(', ')}` : 'every content script, part and site is within budget');
}
