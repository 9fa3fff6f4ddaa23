import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SITE_MATCH_PATTERNS } from './utils/sites/registry';
import { quietContentScriptStart } from './scripts/build/quiet-start';

// Firefox is built as MV2: there, MV3 host permissions are opt-in after install, so the
// highlights would stay off until the user found a hidden setting. MV2 grants the listed
// news sites at install, like Chrome MV3 does.
export default defineConfig({
  srcDir: '.',
  // Every module names what it uses: no auto-imports, so the architecture tests can read imports.
  imports: false,
  outDir: '.output',
  // No modulepreload polyfill: it would fetch() the extension's own chunks; nothing here needs it.
  // quietContentScriptStart: no start event the page can see or send (see scripts/build/quiet-start.ts).
  vite: () => ({ plugins: [preact(), quietContentScriptStart()], build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser }) => ({
    name: 'VN News Annotator',
    description:
      'Highlights officials, bodies and resolutions in Vietnamese political news, and keeps your notes on them.',
    // unlimitedStorage: the browser never evicts the reader's notes when the disk fills.
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab', 'scripting', 'tabs'],
    host_permissions: SITE_MATCH_PATTERNS,
    optional_host_permissions: ['*://*/*'],
    // The card, note editor and panel are extension frames inside the page (the page cannot read
    // them); only their page is web-accessible, on any site the reader turns the extension on.
    web_accessible_resources:
      browser === 'firefox'
        ? ['frame.html']
        : [{ resources: ['frame.html'], matches: ['<all_urls>'], use_dynamic_url: false }],
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Highlight the selected text',
      },
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: 'Open or close the entity panel',
      },
    },
    ...(browser === 'firefox'
      ? {
          // MV2 has no optional_host_permissions: origins go in optional_permissions.
          optional_permissions: ['*://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'vn-news-annotator@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
