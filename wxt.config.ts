import { defineConfig } from 'wxt';

// Host pages Focusgate works on. Content scripts declare their own matches; these are the
// host permissions the background needs nothing more than.
export const HOSTS = [
  'https://app.slack.com/*',
  'https://mail.google.com/*',
  'https://calendar.google.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Helpers and CI can build into separate folders at once (FG_OUT_DIR), e2e reads the same.
  outDir: process.env.FG_OUT_DIR ?? '.output',
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Focusgate',
    description:
      'Async or sync? A compose coach, meeting coach, focus blocks and notification batching. Nothing leaves your machine.',
    permissions: ['storage', 'alarms', 'notifications', 'unlimitedStorage'],
    host_permissions: HOSTS,
    // The content scripts' heavy parts, imported on first use (utils/content/lazy-part.ts);
    // each is reachable only from its own site, through a per-session URL.
    web_accessible_resources: [
      { resources: ['calendar-coach.js'], matches: ['https://calendar.google.com/*'], use_dynamic_url: true },
      {
        resources: ['compose-coach.js'],
        matches: ['https://app.slack.com/*', 'https://mail.google.com/*'],
        use_dynamic_url: true,
      },
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
  webExt: {
    binaries: { chrome: '/usr/bin/chromium' },
    chromiumArgs: ['--no-first-run', '--disable-background-networking', '--disable-component-update'],
  },
});
