import { defineConfig } from 'wxt';
import { contentScriptMatches, matchesFor } from './utils/platform/sites';
import { PARTS_SCRIPT } from './utils/platform/parts-script';

/**
 * The content scripts' parts that carry UI (imported on first use, see utils/platform/lazy-part.ts)
 * render the same React components through preact/compat: React DOM alone is ~58 KB gzipped, and
 * with the analyser (36 KB, chrono-node included) the compose coach came to 112 KB, over the
 * 100 KB-per-site budget. Extension pages keep React itself.
 */
const CONTENT_PARTS = [PARTS_SCRIPT];
/**
 * The parts' script is built as an ES module, not an IIFE, so its dynamic imports (each coach,
 * and the compose coach's Spanish, German, French and Portuguese rules) become chunks of their
 * own in a folder beside it, fetched only when needed; the script is imported as a module, and
 * its chunks resolve against its URL.
 */
const PARTS_CHUNKS = `${PARTS_SCRIPT}/*.js`;
const COACHED = [...new Set([...matchesFor('compose'), ...matchesFor('meeting')])];
const PREACT_FOR_REACT = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Helpers and CI can build into separate folders at once (FG_OUT_DIR), e2e reads the same.
  outDir: process.env.FG_OUT_DIR ?? '.output',
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Focusgate',
    description:
      'Async or sync? A compose coach, meeting coach, focus blocks and notification batching. No servers: data stays in your browser.',
    permissions: ['storage', 'alarms', 'notifications', 'unlimitedStorage', 'scripting'],
    // utils/focus/shortcut.ts; Alt+Shift+F is the coach panel's key inside a composer.
    commands: {
      'toggle-focus': { suggested_key: { default: 'Alt+Shift+G' }, description: 'Start 25 minutes of focus, or end the running block' },
    },
    // Every covered site (utils/platform/sites.ts), nothing more; content scripts take theirs there too.
    host_permissions: matchesFor(),
    // The content scripts' heavy parts, imported on first use (utils/platform/lazy-part.ts), reachable
    // only from the coached sites; the script itself only through a per-session URL.
    web_accessible_resources: [
      { resources: [`${PARTS_SCRIPT}.js`], matches: COACHED, use_dynamic_url: true },
      // Chrome resolves a module's imports against the extension's fixed URL even when the module
      // came from its per-session one, so the chunks are reachable at the fixed URL (names hashed).
      { resources: [PARTS_CHUNKS], matches: COACHED },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'focusgate@focusgate.app',
              // 140: the first Firefox that reads data_collection_permissions (we collect nothing).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // Content scripts get their matches here, from the site table, not in their own files: a
    // script's definition ships in its bundle, and the table is needed only for the manifest.
    'entrypoints:resolved'(_wxt, entrypoints) {
      for (const entry of entrypoints) {
        if (entry.type !== 'content-script') continue;
        const matches = contentScriptMatches(entry.name);
        if (matches) entry.options.matches = matches;
      }
    },
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((e) => CONTENT_PARTS.includes(e.name))) return;
      const alias = config.resolve?.alias ?? [];
      const existing = Array.isArray(alias)
        ? alias
        : Object.entries(alias).map(([find, replacement]) => ({ find, replacement: replacement as string }));
      config.resolve = { ...config.resolve, alias: [...PREACT_FOR_REACT, ...existing] };
      if (config.build?.lib) {
        config.build.lib = { ...config.build.lib, formats: ['es'] };
        const output = config.build.rollupOptions?.output;
        // An ES library build keeps its whitespace for other bundlers; this one ships as is.
        // The learned model's weights (in English's chunk) are a file of their own: gzip then codes
        // them with their own tables, ~1 KB less than mixed in with the rules' code.
        const codeSplitting = { groups: [{ name: 'model-weights', test: /learned[\\/]weights\.ts$/ }] };
        if (output && !Array.isArray(output)) Object.assign(output, { chunkFileNames: `${PARTS_SCRIPT}/[name]-[hash].js`, minify: true, codeSplitting });
      }
    },
  },
  // `npm start` opens the user's own Chrome as WXT finds it (CHROME_PATH picks another one);
  // `npm run start:firefox` opens Firefox (FIREFOX_PATH picks another one).
  webExt: {
    binaries: process.env.FIREFOX_PATH ? { firefox: process.env.FIREFOX_PATH } : {},
    chromiumArgs: ['--no-first-run', '--disable-background-networking', '--disable-component-update'],
  },
});
