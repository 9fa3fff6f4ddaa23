import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE_MATCH_PATTERNS } from './utils/sites/registry';
import { quietContentScriptStart } from './scripts/build/quiet-start';
import { manifestIcons, writeIcons } from './scripts/build/icons';
import { collectBundledPackages, describePackages, NOTICES_FILE, renderNotices } from './scripts/build/notices';
import { PRIVACY_PAGE, privacyPageFrom } from './scripts/build/privacy-page';

const root = path.dirname(fileURLToPath(import.meta.url));
const bundled = collectBundledPackages(root);

/**
 * Rollup warns, on every build and in eight multi-line blocks, that zod 4 has `@__PURE__`
 * comments where it cannot use them, and drops them; nothing changes in the bundle. Only that
 * warning, only for zod's files, is left out: every other log goes on to Vite (and to the Preact
 * preset's `onwarn`, which would replace an `onwarn` of ours: hence `onLog`).
 */
const quietZodAnnotations: import('vite').Rollup.LogHandlerWithDefault = (level, log, handler) => {
  if (level === 'warn' && log.code === 'INVALID_ANNOTATION' && /[\\/]node_modules[\\/]zod[\\/]/.test(log.id ?? ''))
    return;
  handler(level, log);
};

// Firefox is built as MV2: there, MV3 host permissions are opt-in after install, so the highlights
// would stay off until the user found a hidden setting. MV2 grants the listed news sites at
// install, like Chrome MV3 does.
//
// Permissions are exactly the list in store/permissions.md (tests/build/manifest.test.ts checks the
// built manifests against it): no `tabs` (host permissions already show the listed sites' tab
// addresses, and activeTab the one the popup was opened on) and, in Firefox, no `scripting`
// (MV2 injects with tabs.executeScript and contentScripts.register).
// Name, description and command names come from public/_locales (default English; Vietnamese for
// browsers in Vietnamese). The version is package.json's, for both browsers.
export default defineConfig({
  srcDir: '.',
  // Every module names what it uses: no auto-imports, so the architecture tests can read imports.
  imports: false,
  outDir: '.output',
  // No modulepreload polyfill: it would fetch() the extension's own chunks; nothing here needs it.
  // quietContentScriptStart: no start event the page can see or send (see scripts/build/quiet-start.ts).
  vite: () => ({
    plugins: [preact(), quietContentScriptStart(), bundled.plugin],
    build: { modulePreload: { polyfill: false }, rollupOptions: { onLog: quietZodAnnotations } },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: manifestIcons(),
    // unlimitedStorage: the browser never evicts the reader's notes when the disk fills.
    permissions: [
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'activeTab',
      ...(browser === 'firefox' ? [] : ['scripting']),
    ],
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
        description: '__MSG_cmdHighlightSelection__',
      },
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_cmdTogglePanel__',
      },
      // U for "unmark": Obsidian Web Clipper takes Alt+Shift+H/O/R, Dark Reader Alt+Shift+D/A.
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+U' },
        description: '__MSG_cmdToggleHighlights__',
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
              // Nothing is collected or transmitted (PRIVACY.md).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The toolbar button: the same icon and the localised name (the popup's <title> would be English).
    'build:manifestGenerated': (_wxt, manifest) => {
      const key = manifest.manifest_version === 3 ? 'action' : 'browser_action';
      const action = (manifest as Record<string, unknown>)[key] as Record<string, unknown> | undefined;
      if (action) Object.assign(action, { default_icon: manifestIcons(), default_title: '__MSG_extName__' });
    },
    // Runs after every entrypoint is bundled, so the notices cover the whole build.
    'build:publicAssets': async (wxt, files) => {
      for (const [relativeDest, absoluteSrc] of await writeIcons(root, path.join(wxt.config.wxtDir, 'icons-out')))
        files.push({ relativeDest, absoluteSrc });
      files.push({ relativeDest: 'LICENSE.txt', absoluteSrc: path.join(root, 'LICENSE') });
      files.push({ relativeDest: PRIVACY_PAGE, contents: privacyPageFrom(root) });
      files.push({ relativeDest: NOTICES_FILE, contents: renderNotices(root, describePackages(root, bundled.dirs)) });
    },
  },
});
