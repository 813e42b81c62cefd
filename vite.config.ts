import { defineConfig, type UserConfig } from 'vite';

/**
 * Six builds:
 * - default: the widget iframe app (also the full-page /chat) into dist/app (hashed assets, and the manifest
 *   the server reads to preload the visitor's locale);
 * - `--mode console`: the console, into the same dist/app, built on its own so the widget shares no chunk
 *   with it (a shared chunk would tie the two apps' code and names together for no caching gain);
 * - `--mode loader`: the host-page loader, one framework-free IIFE (queue and launcher), into dist/loader/loader.js;
 * - `--mode loader-frame`: the loader's second part (the API, badge, greeting, iframe), fetched on intent, an
 *   ES module beside it;
 * - `--mode sdk`: the same API as an ES module for single-page apps, into dist/sdk (types: tsconfig.sdk.json);
 * - `--mode server`: the server, into dist/server/main.js (what `npm start` runs).
 */
const lib = (entry: string, outDir: string, fileName: string, format: 'iife' | 'es', emptyOutDir = true): UserConfig => ({
  build: { outDir, emptyOutDir, target: 'es2020', lib: { entry, formats: [format], name: 'KefuLoader', fileName: () => fileName } },
});

/**
 * The apps run where the widget already needs ES2023 at run time (`Array#findLast`, `at`): Safari 15.4+,
 * Chrome 97+. So their syntax target is ES2022, and class fields stay native instead of becoming
 * `defineProperty` helper calls. The loader, on every host page, keeps ES2020.
 */
const app = (name: string, html: string, first: boolean): UserConfig => ({
  base: '/',
  build: {
    outDir: 'dist/app',
    emptyOutDir: first,
    target: 'es2022',
    modulePreload: { polyfill: false },
    // The widget's manifest is the one the server reads (to preload the visitor's locale); the console's is read by
    // its bundle budget test.
    manifest: first ? true : `.vite/${name}-manifest.json`,
    rollupOptions: { input: { [name]: html } },
  },
});

/**
 * The server as plain JavaScript for Node 20 (dependencies stay in node_modules): it starts without a
 * TypeScript compiler in the process, and its functions carry no `__name` wrappers (tsx adds them, and
 * each one makes a closure's properties a dictionary: ~2 KiB more heap per open socket).
 */
const server: UserConfig = {
  build: {
    ssr: true,
    outDir: 'dist/server',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    // The FAQ draft training worker is a file of its own beside main.js (server/services/faq-draft-trainer.ts starts it);
    // the code both use is one chunk beside them.
    rollupOptions: {
      input: { main: 'server/main.ts', 'faq-try-worker': 'server/services/faq-try-worker.ts' },
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
};

export default defineConfig(({ mode }) => {
  switch (mode) {
    case 'console':
      return app('console', 'console/index.html', false);
    case 'loader':
      return lib('widget/loader/index.ts', 'dist/loader', 'loader.js', 'iife');
    case 'loader-frame':
      return lib('widget/loader/take-over.ts', 'dist/loader', 'loader-frame.js', 'es', false);
    case 'sdk':
      return lib('widget/sdk/index.ts', 'dist/sdk', 'kefu.js', 'es');
    case 'server':
      return server;
    default:
      return app('widget', 'widget/app/index.html', true);
  }
});
