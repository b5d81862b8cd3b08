import { fileURLToPath } from 'node:url';
import { baseCompile } from '@intlify/message-compiler';
import vue from '@vitejs/plugin-vue';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = 'http://127.0.0.1:3000';
/** Unit tests read the locale files as plain JSON (and vue-i18n compiles them), as the specs compare texts. */
const testing = Boolean(process.env['VITEST']);

/**
 * Compiles the locale files' messages to vue-i18n's message AST at build time, so the browser never downloads
 * vue-i18n's message compiler (`__INTLIFY_DROP_MESSAGE_COMPILER__`). A malformed message fails the build.
 * This is the job @intlify/unplugin-vue-i18n does, in twenty lines.
 */
function precompileMessages(): Plugin {
  const compile = (value: unknown, path: string): unknown => {
    if (typeof value === 'string') {
      return baseCompile(value, {
        jit: true,
        location: false,
        minify: true,
        onError: (error) => {
          throw new Error(`Invalid message "${path}": ${error.message}`);
        },
      }).ast;
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, compile(item, `${path}.${key}`)]),
      );
    }
    return value;
  };
  return {
    name: 'parity:precompile-messages',
    enforce: 'pre',
    transform(source, id) {
      const match = /\/src\/locales\/(?:[^/]+\/)?([^/]+)\.json$/.exec(id);
      if (!match) return null;
      // Still JSON: Vite's JSON plugin turns it into a module afterwards.
      return { code: JSON.stringify(compile(JSON.parse(source), match[1] ?? '')), map: null };
    },
  };
}

export default defineConfig({
  root,
  plugins: [testing ? null : precompileMessages(), vue()],
  define: {
    // vue-i18n: composition API only, messages precompiled (no runtime compiler), no devtools hooks.
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_DROP_MESSAGE_COMPILER__: !testing,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_OPTIONS_API__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/health': { target: api, changeOrigin: false },
      // Lesson file uploads and downloads (REST, same origin as the app in production).
      '/files': { target: api, changeOrigin: false },
      // Certificate downloads (PDF, Open Badges credential) and the server-rendered public verification page.
      '/certificates': { target: api, changeOrigin: false },
      '/verify': { target: api, changeOrigin: false },
      // Open Badges: issuer profiles, keys and status lists (public), as verifiers fetch them.
      '/credentials': { target: api, changeOrigin: false },
      '/.well-known': { target: api, changeOrigin: false },
      // A coachee's engagement export (PDF); every other /coaching path is a page of the app.
      '^/coaching/engagements/[^/]+/export\\.pdf$': { target: api, changeOrigin: false },
      // Report downloads (CSV, XLSX, PDF); the reports page itself is /admin/reports.
      '/reports/': { target: api, changeOrigin: false },
    },
  },
  preview: { port: 4173 },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // The largest chunk is the charts (ECharts, ~520 kB, ~175 kB gzipped), which only the reports page loads.
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        // Framework code changes rarely: keep it in its own long-cached chunk, apart from the app's code. The charts
        // (ECharts, ~500 kB) are only for the reports page: their own chunk, never in the one every page loads.
        codeSplitting: {
          groups: [
            { name: 'charts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 2 },
            { name: 'framework', test: /node_modules/, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    root,
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
