/**
 * What both browsers' harnesses share: where the build and the fixtures are, the fixture pages
 * served under real host URLs, and the in-page reader of the extension's database.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The build a browser loads: `.output/<target>`, or `$FG_OUT_DIR/<target>`. */
export const buildDir = (target: 'chrome-mv3' | 'firefox-mv3') => resolve(ROOT, process.env.FG_OUT_DIR ?? '.output', target);

/** A fixture file from tests/fixtures/. */
export function fixture(name: string): string {
  return readFileSync(join(ROOT, 'tests/fixtures', name), 'utf8');
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.idl': 'text/plain; charset=utf-8',
};

/** Every file under `dir` (relative to the repo): its path there (with `/`), text and content type. */
export function filesUnder(dir: string): { path: string; body: string; contentType: string }[] {
  const root = join(ROOT, dir);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(root, file)).isFile())
    .map((file) => ({ path: file.split(sep).join('/'), body: readFileSync(join(root, file), 'utf8'), contentType: CONTENT_TYPES[extname(file)] ?? 'text/plain' }));
}

export interface Served {
  match: string | RegExp;
  body: string;
  contentType: string;
}

/** Fixture bodies by URL: an exact URL or every URL a RegExp matches; later entries win. */
export class ServedPages {
  private readonly served: Served[] = [];

  add(match: string | RegExp, body: string, contentType = 'text/html; charset=utf-8'): void {
    this.served.unshift({ match, body, contentType });
  }

  find(url: string): Served | undefined {
    return this.served.find((s) => (typeof s.match === 'string' ? s.match === url : s.match.test(url)));
  }

  /** The same pages for a browser started again. */
  copyTo(other: ServedPages): void {
    other.served.push(...this.served);
  }
}

/**
 * Every row of a table in the extension's IndexedDB: evaluated in one of its pages (same origin
 * as the background). Self-contained, as the browser receives its source text.
 */
export const readTableInPage = (name: string): Promise<unknown[]> =>
  new Promise((res, rej) => {
    const open = indexedDB.open('focusgate');
    open.onerror = () => rej(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(name)) {
        db.close();
        return res([]);
      }
      const req = db.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => {
        db.close();
        res(req.result as unknown[]);
      };
      req.onerror = () => rej(req.error);
    };
  });
