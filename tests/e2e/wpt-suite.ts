/*
 * The notifications conformance suite (tests/wpt/notifications, in the web-platform-tests style,
 * run by WPT's own testharness.js and idlharness.js from the wpt-runner package against the IDL
 * from @webref/idl), as both browsers' tests run it: what is served where, which files run, and
 * how results are compared. Every subtest must end the same with Focusgate as without it, except
 * the ones in KNOWN_DIFFERENCES (the README lists them with the reason).
 * Debugging: WPT_ONLY=<file> runs one file, WPT_VERBOSE=1 prints each file's failing subtests.
 */

export const HOST = 'https://mail.google.com';
export const OTHER_HOST = 'https://calendar.google.com';
export const ORIGINS = [HOST, OTHER_HOST];
export const FILES = process.env.WPT_ONLY ? [process.env.WPT_ONLY] : [
  'constructor-basic.https.html',
  'instance.https.html',
  'events.https.html',
  'fetch-url-resolve.https.html',
  'shownotification.https.html',
  'cross-origin-nested.https.html',
  'idlharness.https.html',
];
/** "file | subtest" → why it cannot end the same with focus on. */
export const KNOWN_DIFFERENCES: Record<string, string> = {};
const STATUS = ['PASS', 'FAIL', 'TIMEOUT', 'NOTRUN', 'PRECONDITION_FAILED'];

export type Results = Map<string, string>;
export interface HarnessReport {
  status: number;
  message: string | null;
  tests: { name: string; status: number; message: string | null }[];
}

/** What a browser session offers to serve fixtures under real URLs. */
export interface Server {
  serve(match: string | RegExp, body: string, contentType?: string): unknown;
  serveDir(urlPrefix: string, dir: string): unknown;
  fixture(name: string): string;
}

/** Serves the suite, WPT's harness and the IDL on both covered origins. */
export async function serveSuite(s: Server): Promise<void> {
  for (const origin of ORIGINS) {
    await s.serveDir(`${origin}/wpt/notifications/`, 'tests/wpt/notifications');
    await s.serveDir(`${origin}/resources/`, 'node_modules/wpt-runner/testharness');
    await s.serve(`${origin}/resources/WebIDLParser.js`, s.fixture('../../node_modules/wpt-runner/testharness/webidl2.js'), 'text/javascript');
    await s.serve(`${origin}/resources/testharnessreport.js`, s.fixture('../wpt/resources/testharnessreport.js'), 'text/javascript');
    await s.serveDir(`${origin}/interfaces/`, 'node_modules/@webref/idl');
  }
  // The nested frames' page takes its instructions in the query string.
  await s.serve(/^https:\/\/(mail|calendar)\.google\.com\/wpt\/notifications\/resources\/nested\.html\?/, s.fixture('../wpt/notifications/resources/nested.html'));
}

export const fileUrl = (file: string) => `${HOST}/wpt/notifications/${file}`;

/** One file's results, keyed "file | subtest"; the harness's own status as "file | (harness)". */
export function resultsOf(file: string, report: HarnessReport): Results {
  const results: Results = new Map([[`${file} | (harness)`, report.status === 0 ? 'OK' : `ERROR ${report.message ?? ''}`]]);
  for (const t of report.tests) results.set(`${file} | ${t.name}`, STATUS[t.status] ?? String(t.status));
  if (process.env.WPT_VERBOSE) console.log(file, JSON.stringify(report.tests.filter((t) => t.status !== 0)));
  return results;
}

/** Runs every file, one after the other, with `run` (open the file, wait for the harness's report). */
export async function runSuite(run: (file: string) => Promise<HarnessReport>): Promise<Results> {
  const all: Results = new Map();
  for (const file of FILES) for (const [k, v] of resultsOf(file, await run(file))) all.set(k, v);
  return all;
}

export const counts = (r: Results) => {
  const c: Record<string, number> = {};
  for (const [k, v] of r) if (!k.endsWith('(harness)')) c[v] = (c[v] ?? 0) + 1;
  return c;
};

/** Every subtest that ends differently from the baseline, bar those in KNOWN_DIFFERENCES. */
export const differences = (base: Results, r: Results) =>
  [...new Set([...base.keys(), ...r.keys()])]
    .filter((k) => base.get(k) !== r.get(k) && !(k in KNOWN_DIFFERENCES))
    .map((k) => `${k}: ${base.get(k)} → ${r.get(k)}`);

/** The per-mode counts, and what fails without the extension too (printed after the run). */
export function logResults(browser: string, results: Record<string, Results>): void {
  for (const [mode, r] of Object.entries(results)) console.log(`[wpt ${browser}] ${mode}: ${JSON.stringify(counts(r))}`);
  const failing = [...(results['no extension'] ?? [])].filter(([, v]) => v !== 'PASS' && v !== 'OK');
  if (failing.length) console.log(`[wpt ${browser}] not passing without the extension either:\n${failing.map(([k, v]) => `  ${v} ${k}`).join('\n')}`);
}
