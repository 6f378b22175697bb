import { DIAGNOSTIC_ATTRIBUTES, MAX_NODES, TOKEN_RE, type StructureNode } from './model';

/*
 * The page structure around a composer or editor, for the diagnostic a user can attach to a
 * bug report: tag names, roles, structural attributes (data-qa, data-tid, g_editable…), classes,
 * and which selector chains matched each element. Never text, labels, names or ids: only
 * attributes on a fixed list are read, and a value or class is kept only when it is a word
 * of the adapters' own selectors or an ARIA role (a page could put a name in a class or a
 * data-testid); other values show as present without their value, other classes as a count.
 * The background parses the result again (./report.ts).
 */

/** ARIA roles and boolean values: a fixed vocabulary, safe to show whatever the page does. */
const ROLES = [
  'alert', 'application', 'button', 'checkbox', 'combobox', 'dialog', 'document', 'form', 'grid', 'group', 'link', 'list',
  'listbox', 'listitem', 'log', 'main', 'menu', 'menubar', 'menuitem', 'navigation', 'option', 'presentation', 'region',
  'row', 'search', 'status', 'switch', 'tab', 'tablist', 'tabpanel', 'textbox', 'toolbar', 'tree', 'treeitem', 'true', 'false',
];

/** The words a page's attribute values and classes may be shown as: those of the adapter's selectors, and ROLES. */
function vocabularyOf(chains: Readonly<Record<string, readonly string[]>>): Set<string> {
  const words = new Set(ROLES);
  for (const chain of Object.values(chains)) for (const selector of chain) for (const w of selector.match(/[A-Za-z_][\w-]*/g) ?? []) words.add(w);
  return words;
}

/** How far above the composer the description starts, and how deep below that it goes. */
const LEVELS_UP = 4;
const MAX_DEPTH = 8;
/** Inside the editor itself only its first lines' shapes are shown. */
const EDITOR_CHILDREN = 3;
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const TAG_RE = /^[a-z][a-z0-9-]{0,30}$/;

const shown = (value: string, vocabulary: Set<string>) => TOKEN_RE.test(value) && vocabulary.has(value);

function attrsOf(el: Element, vocabulary: Set<string>): StructureNode['attrs'] {
  const attrs: NonNullable<StructureNode['attrs']> = {};
  for (const name of DIAGNOSTIC_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value === null) continue;
    attrs[name] = shown(value, vocabulary) ? value : '';
  }
  return Object.keys(attrs).length ? attrs : undefined;
}

/** Which link of which chain matches `el`, as "chain:link". */
function matchedBy(el: Element, chains: Readonly<Record<string, readonly string[]>>): string[] | undefined {
  const marks: string[] = [];
  for (const [name, chain] of Object.entries(chains)) {
    const link = chain.findIndex((selector) => {
      try {
        return el.matches(selector);
      } catch {
        return false;
      }
    });
    if (link >= 0 && link < 8) marks.push(`${name}:${link}`);
  }
  return marks.length ? marks : undefined;
}

/** The structure around `around`: from a few levels above it, depth-first, bounded. */
export function describeStructure(around: Element, chains: Readonly<Record<string, readonly string[]>>): StructureNode[] {
  let root = around;
  for (let i = 0; i < LEVELS_UP && root.parentElement && root.parentElement !== root.ownerDocument.documentElement; i++) root = root.parentElement;
  const nodes: StructureNode[] = [];
  const vocabulary = vocabularyOf(chains);
  const walk = (el: Element, depth: number, inEditor: boolean): void => {
    if (nodes.length >= MAX_NODES || SKIP.has(el.tagName)) return;
    const tag = el.tagName.toLowerCase();
    const node: StructureNode = { depth, tag: TAG_RE.test(tag) ? tag : 'x-unknown' };
    const attrs = attrsOf(el, vocabulary);
    const classes = Array.from(el.classList);
    const known = classes.filter((c) => shown(c, vocabulary)).slice(0, 8);
    const matched = matchedBy(el, chains);
    if (attrs) node.attrs = attrs;
    if (known.length) node.classes = known;
    if (classes.length > known.length) node.otherClasses = Math.min(classes.length - known.length, 99);
    if (matched) node.matched = matched;
    nodes.push(node);
    if (depth >= MAX_DEPTH || tag === 'svg') return;
    const editor = inEditor || el === around;
    const children = Array.from(el.children);
    for (const child of editor ? children.slice(0, EDITOR_CHILDREN) : children) walk(child, depth + 1, editor);
  };
  walk(root, 0, false);
  return nodes;
}
