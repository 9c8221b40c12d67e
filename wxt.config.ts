import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Permissions are kept to what the extension uses; portal hosts come from lib/data/portal-hosts.ts.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Tenderlight',
    description:
      'Checks tender and contract pages for Real Living Wage, social value, FOI and fair-work clauses. Nothing leaves your browser.',
    permissions: ['activeTab', 'storage', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tenderlight@tenderlight.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
