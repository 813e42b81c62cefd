import { defineConfig, type UserConfig } from 'vite';

/**
 * Four builds:
 * - default: the widget iframe app (also the full-page /chat) and the console, as a multi-page app into
 *   dist/app (hashed assets);
 * - `--mode loader`: the host-page loader, one framework-free IIFE, into dist/loader/loader.js;
 * - `--mode loader-frame`: the loader's second part, fetched on intent, an ES module beside it;
 * - `--mode sdk`: the same API as an ES module for single-page apps, into dist/sdk (types: tsconfig.sdk.json).
 */
const lib = (entry: string, outDir: string, fileName: string, format: 'iife' | 'es', emptyOutDir = true): UserConfig => ({
  build: { outDir, emptyOutDir, target: 'es2020', lib: { entry, formats: [format], name: 'KefuLoader', fileName: () => fileName } },
});

export default defineConfig(({ mode }) => {
  switch (mode) {
    case 'loader':
      return lib('widget/loader/index.ts', 'dist/loader', 'loader.js', 'iife');
    case 'loader-frame':
      return lib('widget/loader/frame.ts', 'dist/loader', 'loader-frame.js', 'es', false);
    case 'sdk':
      return lib('widget/sdk/index.ts', 'dist/sdk', 'kefu.js', 'es');
    default:
      return {
        base: '/',
        build: {
          outDir: 'dist/app',
          emptyOutDir: true,
          target: 'es2020',
          modulePreload: { polyfill: false },
          manifest: true,
          rollupOptions: { input: { widget: 'widget/app/index.html', console: 'console/index.html' } },
        },
      };
  }
});
