import { createRequire } from 'node:module';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { PORTAL_MATCHES } from './lib/data/portal-hosts';
import { OCR_DIR, OCR_FILES } from './lib/documents/ocr-files';
import { HIGHLIGHT_STYLE_FILE, highlightStyleFor } from './lib/page/highlight';

const OCR_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";

// Permissions are kept to what the extension uses: known portals up front, any other site only when the user asks.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // A separate output folder lets a test run keep its build while another build runs in the same tree.
  outDir: process.env.TENDERLIGHT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // No modulepreload polyfill: it is the only fetch() in the build, and both browsers preload natively.
  vite: () => ({ plugins: [preact()], build: { modulePreload: { polyfill: false } } }),
  hooks: {
    // The highlight style is a file listed with the content script, so it applies with the page's first style.
    'build:publicAssets': (wxt, files) => {
      files.push({ relativeDest: HIGHLIGHT_STYLE_FILE, contents: highlightStyleFor(wxt.config.browser) });
      // The OCR engine (tesseract.js worker, core and English data) ships inside the extension, never fetched.
      const resolve = createRequire(import.meta.url).resolve;
      for (const [name, from] of Object.entries(OCR_FILES))
        files.push({ relativeDest: `${OCR_DIR}/${name}`, absoluteSrc: resolve(from) });
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? [])
        if (script.js?.includes('content-scripts/content.js'))
          script.css = [...(script.css ?? []), HIGHLIGHT_STYLE_FILE];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Tenderlight',
    description:
      'Checks tender and contract pages for Real Living Wage, social value, FOI and fair-work clauses. Nothing leaves your browser.',
    permissions: ['activeTab', 'storage', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: [...PORTAL_MATCHES],
    ...(browser === 'firefox'
      ? {
          optional_permissions: ['*://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'tenderlight@tenderlight.org',
              // 140: the CSS Custom Highlight API and data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { optional_host_permissions: ['*://*/*'] }),
    // The default policy plus 'wasm-unsafe-eval', which only lets the extension's own WebAssembly (the OCR
    // engine in ocr/) compile; no remote code and no JavaScript eval.
    content_security_policy: browser === 'firefox' ? OCR_CSP : { extension_pages: OCR_CSP },
    action: { default_title: 'Tenderlight' },
    commands: {
      'scan-page': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Scan this page with Tenderlight',
      },
    },
  }),
});
