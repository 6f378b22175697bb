/**
 * End-to-end harness for Firefox: the built extension in Firefox ESR, driven by puppeteer-core
 * over WebDriver BiDi. As in the Chromium harness (harness.ts), fixture pages are served under the
 * real host URLs and every other request is aborted and remembered.
 *
 * How Firefox is reached, and why:
 * - The build is installed the way a user's profile holds an add-on: a proxy file named by its
 *   gecko id in `<profile>/extensions/`, pointing at the unpacked build. Unlike a temporary
 *   install (BiDi `webExtension.install`), it survives a restart, so persistence can be tested.
 *   Unsigned, so only Firefox ESR/Developer/Nightly take it (`xpinstall.signatures.required`).
 * - `extensions.webextensions.uuids` fixes the moz-extension:// host, so its pages (and its
 *   IndexedDB origin) are known before the browser starts and stay the same across restarts.
 * - Extension pages are opened by navigating a tab there, which WebDriver allows only with
 *   `--remote-allow-system-access` (Firefox 153+), and without waiting for `load`: Firefox does
 *   not report the end of a moz-extension:// navigation to WebDriver, so we poll the document.
 */
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDir, filesUnder, fixture, readTableInPage, ServedPages } from './served';

export const FIREFOX_BUILD = buildDir('firefox-mv3');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const UUID = '0f6c1a52-8d4e-4c4b-9f27-5e3a7b1d2c90';

export interface FirefoxLaunchOptions {
  /** Reuse a profile (to test persistence); a fresh temporary one otherwise. */
  profileDir?: string;
  /** False: Firefox without the add-on (a baseline). */
  withExtension?: boolean;
}

export class FirefoxSession {
  /** Every request we aborted because no fixture serves it. */
  readonly blockedRequests: string[] = [];
  private readonly served = new ServedPages();
  private helper?: Page;

  private constructor(
    readonly browser: Browser,
    readonly profileDir: string,
  ) {}

  static async launch(options: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
    const manifestPath = join(FIREFOX_BUILD, 'manifest.json');
    if (!existsSync(manifestPath)) throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run \`npm run build:firefox\` first`);
    const geckoId = (JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings: { gecko: { id: string } } })
      .browser_specific_settings.gecko.id;
    const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'focusgate-firefox-'));
    const withExtension = options.withExtension ?? true;
    mkdirSync(join(profileDir, 'extensions'), { recursive: true });
    if (withExtension) writeFileSync(join(profileDir, 'extensions', geckoId), `${FIREFOX_BUILD}\n`);
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profileDir,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'xpinstall.signatures.required': false,
        // Take the add-on found in the profile without asking.
        'extensions.autoDisableScopes': 0,
        'extensions.enabledScopes': 15,
        'extensions.startupScanScopes': 15,
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
        // The pages' notifications are allowed, as the user would have allowed them.
        'permissions.default.desktop-notification': 1,
        // Firefox's own notification windows: headless, the system's alert service fails every one.
        'alerts.useSystemBackend': false,
        // Downloads (the stats export) go straight to a folder of the profile.
        'browser.download.folderList': 2,
        'browser.download.dir': join(profileDir, 'downloads'),
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        'browser.download.alwaysOpenPanel': false,
      },
    });
    const session = new FirefoxSession(browser, profileDir);
    if (withExtension) await session.helperPage(); // the add-on is up once its page answers
    return session;
  }

  url(path: string): string {
    return `moz-extension://${UUID}/${path.replace(/^\//, '')}`;
  }

  /** Serves `body` at an exact URL (or every URL a RegExp matches). Later calls win. */
  serve(match: string | RegExp, body: string, contentType = 'text/html; charset=utf-8'): void {
    this.served.add(match, body, contentType);
  }

  /** Serves every file under `dir` (relative to the repo) at `urlPrefix` + its path there. */
  serveDir(urlPrefix: string, dir: string): void {
    for (const f of filesUnder(dir)) this.serve(urlPrefix + f.path, f.body, f.contentType);
  }

  fixture(name: string): string {
    return fixture(name);
  }

  private handle(request: HTTPRequest): void {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (!/^https?:/.test(url)) {
      void request.continue();
      return;
    }
    const hit = this.served.find(url);
    if (hit) {
      void request.respond({ status: 200, contentType: hit.contentType, body: hit.body });
      return;
    }
    this.blockedRequests.push(url);
    void request.abort('blockedbyclient');
  }

  /**
   * A new tab. A notification opens an alert window (alerts.useSystemBackend is off), and while that
   * is the most recent window Firefox ESR 140.12 cannot open a tab in it ("getTabBrowser(...) is
   * undefined"): then the page opens in a window of its own.
   */
  private async newTab(): Promise<Page> {
    try {
      return await this.browser.newPage();
    } catch (error) {
      if (!(error instanceof Error && error.message.includes('getTabBrowser'))) throw error;
      return this.browser.newPage({ type: 'window' });
    }
  }

  /** A new tab at a host URL served by a fixture. */
  async openHostPage(url: string): Promise<Page> {
    const page = await this.newTab();
    await page.setRequestInterception(true);
    page.on('request', (r) => this.handle(r));
    // puppeteer sends the viewport with a screen-orientation override, a command Firefox ESR 140.12
    // does not know (it did not exist when this was written): the viewport itself is set all the same.
    await page.setViewport({ width: 1400, height: 900 }).catch((error: unknown) => {
      if (!(error instanceof Error && error.message.includes('unknown command emulation.setScreenOrientationOverride'))) throw error;
    });
    await page.goto(url);
    const width = await page.evaluate(() => window.innerWidth);
    if (width !== 1400) throw new Error(`Firefox kept a ${width} px wide viewport, not 1400`);
    return page;
  }

  /** A new tab on one of the extension's pages. */
  async openExtensionPage(path: string): Promise<Page> {
    const page = await this.newTab();
    await this.goToExtensionPage(page, path);
    return page;
  }

  /** Navigates `page` to an extension page (again, to reload it) and waits until it has loaded. */
  async goToExtensionPage(page: Page, path: string): Promise<void> {
    const url = this.url(path);
    // page.goto would wait for a `load` that never comes; BiDi's own navigate can skip the wait.
    // (puppeteer-core's BiDi frame exposes its browsing context; the version is pinned.)
    const frame = page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: 'none'): Promise<void> } };
    await frame.browsingContext.navigate(url, 'none');
    const deadline = Date.now() + 15_000;
    for (;;) {
      // Reading the document fails while the navigation swaps it; that is worth another look.
      const state = await page.evaluate(() => [location.href, document.readyState]).catch(() => []);
      if (state[0] === url && state[1] === 'complete') return;
      if (Date.now() > deadline) throw new Error(`${url} did not load (last seen: ${state.join(' ')})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** An extension page kept open to talk to the background and read the database. */
  async helperPage(): Promise<Page> {
    if (!this.helper || this.helper.isClosed()) this.helper = await this.openExtensionPage('options.html');
    return this.helper;
  }

  /** Sends a runtime message from an extension page, as the popup would, and returns the raw reply. */
  async sendMessage(type: string, payload: unknown): Promise<{ ok: boolean; data?: unknown; error?: string }> {
    const page = await this.helperPage();
    return page.evaluate(
      (t, p) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<never> } } }).browser.runtime.sendMessage({ type: t, payload: p }),
      type,
      payload,
    );
  }

  /** Which variant of the page-world guard the background has registered, if any. */
  async guardVariant(): Promise<'on' | 'off' | null> {
    const page = await this.helperPage();
    return page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { scripting: { getRegisteredContentScripts(): Promise<{ js?: string[] }[]> } } }).browser;
      const [script] = await api.scripting.getRegisteredContentScripts();
      return (script?.js?.[0]?.match(/notify-guard-(on|off)/)?.[1] as 'on' | 'off' | undefined) ?? null;
    });
  }

  /** Reads every row of a table straight from the extension's IndexedDB. */
  async readTable<T = Record<string, unknown>>(table: string): Promise<T[]> {
    return (await this.helperPage()).evaluate(readTableInPage, table) as Promise<T[]>;
  }

  /** Files the browser has finished downloading into the profile's download folder. */
  downloads(): string[] {
    const dir = join(this.profileDir, 'downloads');
    return existsSync(dir) ? readdirSync(dir).filter((f) => !f.endsWith('.part')).map((f) => join(dir, f)) : [];
  }

  /** Closes the browser and starts it again on the same profile. */
  async restart(): Promise<FirefoxSession> {
    await this.close();
    const next = await FirefoxSession.launch({ profileDir: this.profileDir });
    this.served.copyTo(next.served);
    return next;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

export function launchFirefox(options?: FirefoxLaunchOptions): Promise<FirefoxSession> {
  return FirefoxSession.launch(options);
}

/*
 * Reading and driving a page through puppeteer. Our panels sit in CLOSED shadow roots, which
 * neither the page nor puppeteer's selectors enter: a selector `focusgate-coach >>> X` means X
 * inside that host's closed root. The test reaches the root through WebDriver BiDi, which
 * serialises closed roots when asked (`includeShadowTree: 'all'`), and keeps it in a WeakMap in
 * the page's main world where these helpers look it up (as tests/e2e/panels.ts does for Chromium).
 */

const STASH = '__focusgateTestPanels';
const IN_PANEL = /^(focusgate-[a-z-]+) >>> (.+)$/;

interface BidiNode {
  type: string;
  sharedId?: string;
  value?: { shadowRoot?: BidiNode | null; mode?: string };
}
interface CoreRealm {
  callFunction(fn: string, awaitPromise: boolean, options?: object): Promise<{ type: string; result?: { value?: BidiNode[] } }>;
}

/** Keeps the closed root of each of our hosts on the page reachable for the test (see above). */
async function reachPanels(page: Page): Promise<void> {
  // puppeteer's own realm object for the page's main world (not public API: it sends BiDi as is).
  const realm = (page.mainFrame() as unknown as { mainRealm(): { realm: CoreRealm } }).mainRealm().realm;
  const found = await realm.callFunction(`() => [...document.querySelectorAll('focusgate-coach, focusgate-meeting')]`, false, {
    serializationOptions: { maxDomDepth: 1, maxObjectDepth: 1, includeShadowTree: 'all' },
    resultOwnership: 'none',
  });
  for (const host of found.result?.value ?? []) {
    const root = host.value?.shadowRoot;
    if (!host.sharedId || !root?.sharedId) continue;
    await realm.callFunction(`(host, root) => void (window.${STASH} ??= new WeakMap()).set(host, root)`, false, {
      arguments: [{ sharedId: host.sharedId }, { sharedId: root.sharedId }],
      resultOwnership: 'none',
    });
  }
}

/** Every element `selector` matches now, panels' closed roots included (a function for the page). */
function matchAll(stash: string, selector: string): Element[] {
  const inPanel = /^(focusgate-[a-z-]+) >>> (.+)$/.exec(selector);
  if (!inPanel) return [...document.querySelectorAll(selector)];
  const roots = (window as unknown as Record<string, WeakMap<Element, ShadowRoot> | undefined>)[stash];
  return [...document.querySelectorAll(inPanel[1]!)].flatMap((h) => [...(roots?.get(h)?.querySelectorAll(inPanel[2]!) ?? [])]);
}

/** The elements `selector` matches now, as one handle (panels' closed roots reached first). */
async function matching(page: Page, selector: string) {
  if (IN_PANEL.test(selector)) await reachPanels(page);
  return page.evaluateHandle(matchAll, STASH, selector);
}

/** How many elements match now. */
export const count = async (page: Page, selector: string) => (await matching(page, selector)).evaluate((els) => els.length);

/** An attribute of the first match (null when absent or when nothing matches). */
export const attr = async (page: Page, selector: string, name: string) =>
  (await matching(page, selector)).evaluate((els, n) => els[0]?.getAttribute(n) ?? null, name);

/** The text of every match. */
export const texts = async (page: Page, selector: string) => (await matching(page, selector)).evaluate((els) => els.map((e) => e.textContent ?? ''));

/** Whether the first match is rendered with a size. */
export const visible = async (page: Page, selector: string) =>
  (await matching(page, selector)).evaluate((els) => !!els[0] && (els[0] as HTMLElement).getClientRects().length > 0);

/** The first match once it is rendered with a size (within 10 s). */
async function waitForVisible(page: Page, selector: string) {
  const until = Date.now() + 10_000;
  for (;;) {
    const el = (await (await matching(page, selector)).evaluateHandle((els) => (els[0]?.getClientRects().length ? els[0] : null))).asElement() as ElementHandle<Element> | null;
    if (el) return el;
    if (Date.now() > until) throw new Error(`Nothing visible matches ${selector}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Clicks the first match (a real pointer click, as the user does). */
export async function click(page: Page, selector: string): Promise<void> {
  await (await waitForVisible(page, selector)).click();
}

/** Clicks near the start of an editor's first line, where the app puts the caret, and types. */
export async function typeIn(page: Page, selector: string, text: string): Promise<void> {
  const box = (await (await waitForVisible(page, selector)).boundingBox())!;
  await page.mouse.click(box.x + 12, box.y + 10);
  await page.keyboard.type(text, { delay: 15 });
}
