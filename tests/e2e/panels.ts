import { selectors, type CDPSession, type Locator, type Page } from 'playwright-core';

/*
 * Our panels on host pages live in CLOSED shadow roots: neither the page nor Playwright's own
 * selectors can enter them. Tests reach them from outside the page instead, through the
 * DevTools protocol, which sees every shadow root (`DOM.getDocument` with `pierce`): each closed
 * root under one of our hosts is resolved to an object and kept in a WeakMap in that page's main
 * world, where the `panel=` selector engine registered below looks it up. Only pages opened
 * through the harness get this; nothing of it is in the extension.
 */

/** Where the test keeps each host's closed root, in the page's main world. */
const STASH = '__focusgateTestPanels';
const OUR_HOST = /^focusgate-/;

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  localName?: string;
  shadowRootType?: 'open' | 'closed' | 'user-agent';
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

let engine: Promise<void> | undefined;

/** `panel=<host selector>`: the content of each matching host's shadow root (the container WXT mounts into). */
export function registerPanelEngine(): Promise<void> {
  engine ??= selectors.register(
    'panel',
    `({
      queryAll(root, selector) {
        const roots = window.${STASH};
        const hosts = [...(root.matches?.(selector) ? [root] : []), ...root.querySelectorAll(selector)];
        // An open root (the playground, our own page) needs no keep.
        return hosts.map((h) => roots?.get(h) ?? h.shadowRoot).filter(Boolean).map((r) => [...r.children].find((c) => c.localName === 'div')).filter(Boolean);
      },
      query(root, selector) {
        return this.queryAll(root, selector)[0] ?? null;
      },
    })`,
  );
  return engine;
}

async function keep(cdp: CDPSession, root: DomNode): Promise<void> {
  try {
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId });
    if (!object.objectId) return;
    await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () { (window.${STASH} ??= new WeakMap()).set(this.host, this); }`,
    });
    await cdp.send('Runtime.releaseObject', { objectId: object.objectId });
  } catch {
    // the node went away before it could be kept
  }
}

function visit(cdp: CDPSession, node: DomNode | undefined): void {
  if (!node) return;
  for (const root of node.shadowRoots ?? []) {
    if (root.shadowRootType === 'closed' && OUR_HOST.test(node.localName ?? '')) void keep(cdp, root);
    visit(cdp, root);
  }
  for (const child of node.children ?? []) visit(cdp, child);
  visit(cdp, node.contentDocument);
}

/** Starts keeping this page's closed panel roots reachable for the test (see the top of this file). */
export async function reachPanels(page: Page): Promise<void> {
  await registerPanelEngine();
  const cdp = await page.context().newCDPSession(page);
  const scan = async () => {
    try {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      visit(cdp, root as DomNode);
    } catch {
      // the page is closing
    }
  };
  cdp.on('DOM.documentUpdated', () => void scan());
  cdp.on('DOM.childNodeInserted', ({ node }) => visit(cdp, node as DomNode));
  cdp.on('DOM.setChildNodes', ({ nodes }) => (nodes as DomNode[]).forEach((n) => visit(cdp, n)));
  cdp.on('DOM.shadowRootPushed', ({ hostId, root }) => {
    void cdp
      .send('DOM.describeNode', { nodeId: hostId })
      .then(({ node }) => visit(cdp, { ...(node as DomNode), shadowRoots: [root as DomNode] }))
      .catch(() => undefined);
  });
  await cdp.send('DOM.enable');
  await scan();
  // A host inserted with its root already attached is not always reported with it (the DOM
  // agent knows only the nodes it has sent): a periodic full scan catches every panel.
  const timer = setInterval(() => void scan(), 250);
  page.once('close', () => clearInterval(timer));
}

/** The inside of a panel: `panel(page, 'focusgate-coach').locator('[data-testid="x"]')`. */
export const panel = (page: Page, host: 'focusgate-coach' | 'focusgate-meeting'): Locator => page.locator(`panel=${host}`);

/** Whether focus inside a host's closed root is on an element with `attribute` (read through the test's keep). */
export function panelFocusHas(page: Page, host: string, attribute: string): Promise<boolean> {
  return page.evaluate(
    ([stash, h, a]) => {
      const el = document.querySelector(h);
      const root = el && ((window as unknown as Record<string, WeakMap<Element, ShadowRoot> | undefined>)[stash]?.get(el) ?? el.shadowRoot);
      return !!root?.activeElement?.hasAttribute(a);
    },
    [STASH, host, attribute] as const,
  );
}
