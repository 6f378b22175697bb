/**
 * End-to-end harness: the built extension in Debian's Chromium, driven by playwright-core.
 * Fixture pages are served under the real host URLs (so the real manifest matches apply) and
 * every other request is aborted and remembered: nothing here touches the network.
 */
import { chromium, type BrowserContext, type Page, type Route, type Worker } from 'playwright-core';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDir, filesUnder, fixture, readTableInPage, ServedPages } from './served';
import { reachPanels, registerPanelEngine } from './panels';

export { ROOT } from './served';
export const EXTENSION_DIR = buildDir('chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** Reuse a profile (to test persistence); a fresh temporary one otherwise. */
  profileDir?: string;
  /** The unpacked extension to load (the build by default); `null` launches with none (benchmarks' baseline). */
  extensionDir?: string | null;
  /** The browser binary (a pinning wrapper in benchmarks); CHROMIUM_PATH or Debian's by default. */
  executablePath?: string;
  /**
   * The browser's locale (its language, and how every extension page writes dates and times);
   * en-US unless a test asks for another, whatever the machine's is.
   */
  locale?: string;
}

const DEFAULT_LOCALE = 'en-US';

export class ExtensionSession {
  /** Every request we aborted because no fixture serves it. */
  readonly blockedRequests: string[] = [];
  /** Requests to anything but the extension itself, made by its pages or its service worker. */
  readonly extensionRequests: string[] = [];
  private readonly served = new ServedPages();

  private constructor(
    readonly context: BrowserContext,
    readonly extensionId: string,
    readonly profileDir: string,
    readonly locale: string,
  ) {}

  static async launch(options: LaunchOptions = {}): Promise<ExtensionSession> {
    const extensionDir = options.extensionDir === undefined ? EXTENSION_DIR : options.extensionDir;
    if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) {
      throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first`);
    }
    // Lets Playwright report the service worker's own requests too.
    process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
    await registerPanelEngine(); // before any page: `panel=` works in extension pages too (open roots there)
    const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'focusgate-e2e-'));
    const locale = options.locale ?? DEFAULT_LOCALE;
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: options.executablePath ?? CHROMIUM,
      headless: true,
      locale,
      args: [
        `--lang=${locale}`,
        ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    let extensionId = '';
    if (extensionDir) {
      let [worker] = context.serviceWorkers().filter((w) => w.url().startsWith('chrome-extension://'));
      worker ??= await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: 15_000 });
      extensionId = new URL(worker.url()).host;
    }
    const session = new ExtensionSession(context, extensionId, profileDir, locale);
    const own = `chrome-extension://${extensionId}/`;
    context.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(own)) return;
      let fromExtension = !!request.serviceWorker()?.url().startsWith(own);
      try {
        fromExtension ||= request.frame().url().startsWith(own);
      } catch {
        // requests without a frame (service worker) are covered above
      }
      if (fromExtension) session.extensionRequests.push(url);
    });
    await context.route('**/*', (route) => session.handle(route));
    return session;
  }

  private async handle(route: Route): Promise<void> {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    const hit = this.served.find(url);
    if (hit) return route.fulfill({ status: 200, contentType: hit.contentType, body: hit.body });
    this.blockedRequests.push(url);
    return route.abort('blockedbyclient');
  }

  /** Serves `body` at an exact URL (or every URL a RegExp matches). Later calls win. */
  async serve(match: string | RegExp, body: string, contentType = 'text/html; charset=utf-8'): Promise<void> {
    this.served.add(match, body, contentType);
  }

  /** Serves every file under `dir` (relative to the repo) at `urlPrefix` + its path there. */
  async serveDir(urlPrefix: string, dir: string): Promise<void> {
    for (const f of filesUnder(dir)) await this.serve(urlPrefix + f.path, f.body, f.contentType);
  }

  /** A fixture file from tests/fixtures/. */
  fixture(name: string): string {
    return fixture(name);
  }

  url(path: string): string {
    return `chrome-extension://${this.extensionId}/${path.replace(/^\//, '')}`;
  }

  async openExtensionPage(path: string): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(this.url(path));
    return page;
  }

  /** Opens a page at a host URL served by a fixture; the test can reach our closed panels in it (tests/e2e/panels.ts). */
  async openHostPage(url: string): Promise<Page> {
    const page = await this.context.newPage();
    await reachPanels(page);
    await page.goto(url);
    return page;
  }

  /** Sends a runtime message from an extension page, as the popup would, and returns the raw reply. */
  async sendMessage(type: string, payload: unknown): Promise<{ ok: boolean; data?: unknown; error?: string }> {
    const page = await this.helperPage();
    return page.evaluate(
      ([t, p]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<never> } } }).chrome.runtime.sendMessage({ type: t, payload: p }),
      [type, payload] as const,
    );
  }

  private helper?: Page;
  /** A blank extension page used to talk to the background and read the database. */
  async helperPage(): Promise<Page> {
    if (!this.helper || this.helper.isClosed()) this.helper = await this.openExtensionPage('popup.html');
    return this.helper;
  }

  /** The focus state the page-world guard is registered for now ('on' / 'off'), null before it is registered. */
  async guardVariant(): Promise<'on' | 'off' | null> {
    const page = await this.helperPage();
    return page.evaluate(async () => {
      const chromeApi = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ js?: string[] }[]> } } }).chrome;
      const [script] = await chromeApi.scripting.getRegisteredContentScripts();
      return (script?.js?.[0]?.match(/notify-guard-(on|off)/)?.[1] as 'on' | 'off' | undefined) ?? null;
    });
  }

  /** Waits until the background has registered the guard (it does at every start), as for a page opened after install. */
  async guardRegistered(): Promise<void> {
    for (let i = 0; i < 100 && !(await this.guardVariant()); i++) await new Promise((r) => setTimeout(r, 100));
  }

  /** Reads every row of a table straight from the extension's IndexedDB (same origin as the background). */
  async readTable<T = Record<string, unknown>>(table: string): Promise<T[]> {
    const page = await this.helperPage();
    return page.evaluate(readTableInPage, table) as Promise<T[]>;
  }

  worker(): Worker | undefined {
    return this.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${this.extensionId}/`));
  }

  /**
   * Stops the extension's service worker through CDP, as Chrome does when it idles out.
   * (Playwright keeps listing a stopped worker, so the CDP status is the truth here.)
   */
  async stopWorker(): Promise<void> {
    const page = await this.helperPage();
    const cdp = await this.context.newCDPSession(page);
    try {
      const stopped = new Promise<void>((resolve) => {
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          const ours = versions.filter((v) => v.scriptURL.startsWith(this.url('')));
          if (ours.length && ours.every((v) => v.runningStatus === 'stopped')) resolve();
        });
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await Promise.race([
        stopped,
        new Promise((_, reject) => setTimeout(() => reject(new Error('Service worker did not stop')), 10_000)),
      ]);
    } finally {
      await cdp.detach().catch(() => {});
    }
  }

  /** Whether the extension's service worker is running now (from CDP's target list). */
  async isWorkerRunning(): Promise<boolean> {
    const page = await this.helperPage();
    const cdp = await this.context.newCDPSession(page);
    try {
      const { targetInfos } = await cdp.send('Target.getTargets');
      return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(this.url('')));
    } finally {
      await cdp.detach().catch(() => {});
    }
  }

  /** Closes the browser and starts it again on the same profile. */
  async restart(): Promise<ExtensionSession> {
    await this.close();
    const next = await ExtensionSession.launch({ profileDir: this.profileDir, locale: this.locale });
    this.served.copyTo(next.served);
    return next;
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

export function launch(options?: LaunchOptions): Promise<ExtensionSession> {
  return ExtensionSession.launch(options);
}
