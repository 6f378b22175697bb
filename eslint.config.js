import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import autoImports from './.wxt/eslint-auto-imports.mjs';
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = import.meta.dirname;

/*
 * Boundaries, enforced here rather than written in comments (tests/unit/platform/boundaries.test.ts
 * proves each rule fails on a violation):
 * - Pure cores are data in, data out: they import only other pure cores and the packages below
 *   (type-only imports aside), and use no DOM, no `browser`, no storage.
 * - utils/ never imports components/ (components render what utils decide, not the reverse).
 */
export const PURE_CORES = [
  'utils/compose/analysis/**',
  'utils/compose/gate.ts',
  'utils/compose/pause.ts',
  'utils/compose/types.ts',
  'utils/meeting/analysis/**',
  'utils/meeting/limits.ts',
  'utils/meeting/panel.ts',
  'utils/meeting/types.ts',
  'utils/focus/schedule/**',
  'utils/focus/badge.ts',
  'utils/notify/policy.ts',
  'utils/stats/rollup.ts',
  'utils/stats/summary.ts',
  'utils/stats/day-key.ts',
  'utils/stats/metric-keys.ts',
  'utils/stats/export-file.ts',
  'utils/stats/import-preview.ts',
  'utils/health/model.ts',
  'utils/health/report.ts',
  'utils/health/diagnostic.ts',
  'utils/platform/sites.ts',
  'utils/platform/norms.ts',
  'utils/platform/datetime.ts',
  'utils/platform/plural.ts',
  'utils/platform/zod.ts',
  'utils/platform/db/records.ts',
  'utils/platform/messaging/protocol.ts',
  'utils/platform/settings/schema.ts',
  'utils/platform/settings/migrations.ts',
];
const PURE_PACKAGES = ['date-fns', '@date-fns/tz', 'zod', 'chrono-node'];
const DOM_GLOBALS = [
  ...['window', 'document', 'navigator', 'location', 'self', 'browser', 'chrome', 'storage', 'localStorage', 'sessionStorage'],
  ...['indexedDB', 'fetch', 'XMLHttpRequest', 'MutationObserver', 'ResizeObserver', 'IntersectionObserver', 'DOMParser'],
  ...['requestAnimationFrame', 'requestIdleCallback', 'getComputedStyle', 'customElements', 'HTMLElement', 'Element', 'Node'],
  ...['createShadowRootUi', 'createIntegratedUi', 'createIframeUi', 'injectScript', 'defineContentScript', 'defineBackground'],
];

const globRegExp = (glob) =>
  new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '.*')}$`);
const PURE_RE = PURE_CORES.map(globRegExp);
const isPure = (file) => PURE_RE.some((re) => re.test(file));

/** The repo-relative file an import names (`./x`, `@/utils/x`, `~~/x`), or null for a package. */
function importedFile(from, source) {
  const alias = /^(?:@@|~~|@|~)\//.exec(source);
  if (!alias && !source.startsWith('.')) return null;
  const base = alias ? resolve(ROOT, source.slice(alias[0].length)) : resolve(dirname(from), source);
  const found = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((f) => existsSync(f) && /\.tsx?$/.test(f));
  return relative(ROOT, found ?? base).split(sep).join('/');
}

const boundaries = {
  meta: { type: 'problem', schema: [], messages: { impure: '{{file}} is a pure core: {{why}}', components: 'utils/ must not import components/ ({{source}}).' } },
  create(context) {
    const file = relative(ROOT, context.filename).split(sep).join('/');
    if (!file.startsWith('utils/')) return {};
    const pure = isPure(file);
    const check = (node, source, typeOnly) => {
      if (typeof source !== 'string') return;
      const target = importedFile(context.filename, source);
      if (target?.startsWith('components/')) context.report({ node, messageId: 'components', data: { source } });
      if (!pure || typeOnly) return;
      if (target === null) {
        if (!PURE_PACKAGES.some((p) => source === p || source.startsWith(`${p}/`))) {
          context.report({ node, messageId: 'impure', data: { file, why: `it may not import "${source}" (only ${PURE_PACKAGES.join(', ')})` } });
        }
      } else if (!isPure(target)) {
        context.report({ node, messageId: 'impure', data: { file, why: `it may import only other pure cores, not ${target}` } });
      }
    };
    const typeOnly = (node) => node.importKind === 'type' || node.exportKind === 'type' || (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));
    return {
      ImportDeclaration: (node) => check(node, node.source.value, typeOnly(node)),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, typeOnly(node)),
      ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source.value : '(computed)', false),
    };
  },
};

export default tseslint.config(
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', '.e2e-profiles/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  autoImports,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Build nodes; never innerHTML.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never dangerouslySetInnerHTML.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
      ],
    },
  },
  {
    files: ['utils/**/*.{ts,tsx}'],
    plugins: { focusgate: { rules: { boundaries } } },
    rules: { 'focusgate/boundaries': 'error' },
  },
  {
    files: PURE_CORES,
    rules: {
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'Pure cores use no DOM, no `browser`, no storage: take what you need as arguments.' }))],
    },
  },
  {
    // Conformance tests for pages, in testharness.js style: classic scripts sharing its globals.
    files: ['tests/wpt/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: Object.fromEntries(
        ['add_completion_callback', 'assert_equals', 'step_timeout'].map((name) => [name, 'readonly']),
      ),
    },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^(assert_custom_data|next_event|notification_for|registration_for|fakeCustomData)$' }] },
  },
);
