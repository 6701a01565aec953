import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

const TOOLBAR_TITLE = 'HipLens: show or hide the sidebar';

export const OFFLINE_STUBS = Object.fromEntries(
  ['sync-fetch', 'fetch-ponyfill'].map((name) => [name, fileURLToPath(new URL(`./core/offline-stubs/${name}.ts`, import.meta.url))]),
);

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Vite's modulepreload polyfill would fetch <link rel=modulepreload> addresses itself; every
  // browser we support preloads natively, and no code of ours should ever call fetch. citation-js
  // (the collection's exports) reads addresses with these two modules, which HipLens never asks
  // it to: stubs stand in for them, so no network API is bundled.
  vite: () => ({ build: { modulePreload: { polyfill: false } }, resolve: { alias: OFFLINE_STUBS } }),
  // Each target gets its own zip name so one build never overwrites another's.
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}-sources.zip',
  },
  hooks: {
    // The toolbar button toggles the sidebar, so the popup must not be its default action; the
    // background shows the popup only on pages where the sidebar cannot run.
    'build:manifestGenerated': (_wxt, manifest) => {
      delete manifest.action?.default_popup;
      delete manifest.browser_action?.default_popup;
      if (manifest.action) manifest.action.default_title = TOOLBAR_TITLE;
      if (manifest.browser_action) manifest.browser_action.default_title = TOOLBAR_TITLE;
    },
  },
  manifest: () => ({
    name: 'HipLens',
    description:
      'Suggests plain-language hip and groin articles for the page you are reading. Reads the page on your device; nothing leaves the browser.',
    // storage: settings and the collection. Nothing else: the page script on every page reads it,
    // and the sidebar is a frame of the extension's own panel page (features/sidebar-view.ts).
    permissions: ['storage'],
    // The panel is framed into the pages that show the sidebar; in Chrome its address changes
    // every session, so a page cannot use it to tell that HipLens is installed.
    web_accessible_resources: [{ resources: ['panel.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Show or hide the HipLens sidebar',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'hiplens@hiplens.example',
        // data_collection_permissions (declaring that we collect nothing) needs Firefox 142 on Android.
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
