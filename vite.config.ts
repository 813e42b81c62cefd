import { defineConfig } from 'vite';

/**
 * Two builds:
 * - default: the widget iframe app and the console, as a multi-page app into dist/app (hashed assets);
 * - `--mode loader`: the host-page loader, one framework-free IIFE, into dist/loader/loader.js.
 */
export default defineConfig(({ mode }) =>
  mode === 'loader'
    ? {
        build: {
          outDir: 'dist/loader',
          emptyOutDir: true,
          target: 'es2019',
          lib: { entry: 'widget/loader/index.ts', formats: ['iife'], name: 'KefuLoader', fileName: () => 'loader.js' },
        },
      }
    : {
        base: '/',
        build: {
          outDir: 'dist/app',
          emptyOutDir: true,
          target: 'es2020',
          modulePreload: { polyfill: false },
          manifest: true,
          rollupOptions: { input: { widget: 'widget/app/index.html', console: 'console/index.html' } },
        },
      },
);
