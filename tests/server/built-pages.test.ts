import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer } from '../helpers/server.ts';

/**
 * The console page, the widget page (its HTML and the manifest its preload comes from) and the loader, from a
 * front-end folder of the test's own that it changes while the server runs: kept in memory while their files are
 * unchanged, read again once one changes (a redeploy of dist/ without a restart).
 */
const dist = mkdtempSync(path.join(tmpdir(), 'kefu-dist-'));
/** A file of the build written with `text`, dated `second` (whole seconds: exactly the time the server compares). */
function put(file: string, text: string, second: number): void {
  const where = path.join(dist, file);
  mkdirSync(path.dirname(where), { recursive: true });
  writeFileSync(where, text);
  utimesSync(where, second, second);
}
const CONSOLE = 'app/console/index.html';
const WIDGET = 'app/widget/app/index.html';
const MANIFEST = 'app/.vite/manifest.json';
const LOADER = 'loader/loader.js';
const widgetHtml = (title: string) => `<html><head><title>${title}</title></head><body></body></html>`;
const manifest = (enFile: string) => JSON.stringify({ 'widget/app/locales/en.json': { file: enFile, src: 'widget/app/locales/en.json' } });
const T = 1_800_000_000;

let server: RunningServer;
beforeAll(async () => {
  put(CONSOLE, '<html>console one</html>', T);
  put(WIDGET, widgetHtml('widget one'), T);
  put(MANIFEST, manifest('assets/en-1.json'), T);
  put(LOADER, 'window.loaderOne = 1;', T);
  put('loader/loader-frame.js', 'export {};', T);
  mkdirSync(path.join(dist, 'app/assets'), { recursive: true });
  server = await startServer({}, { frontEnd: dist });
});
afterAll(async () => {
  await server?.cleanup();
  rmSync(dist, { recursive: true, force: true });
});

const get = async (route: string) => {
  const res = await fetch(`${server.url}${route}`, { headers: { 'accept-language': 'en' } });
  expect(res.status).toBe(200);
  return res.text();
};
const pages = async () => ({ console: await get('/console'), widget: await get('/widget'), loader: await get('/loader.js') });

describe('built pages in memory', () => {
  it('are served from memory while their files keep their time, size and inode, and read again once a file changes', async () => {
    const first = await pages();
    expect(first).toEqual({
      console: '<html>console one</html>',
      widget: expect.stringContaining('<title>widget one</title>'),
      loader: 'window.loaderOne = 1;',
    });
    expect(first.widget).toContain('href="/assets/en-1.json"');

    // Other bytes of the same length, dated as before: a server reading the files on each request would serve these.
    put(CONSOLE, '<html>console two</html>', T);
    put(WIDGET, widgetHtml('widget two'), T);
    put(MANIFEST, manifest('assets/en-2.json'), T);
    put(LOADER, 'window.loaderTwo = 2;', T);
    expect(await pages()).toEqual(first);

    // A redeploy: each file's time moves, and the next request serves what it holds now.
    for (const file of [CONSOLE, WIDGET, MANIFEST, LOADER]) utimesSync(path.join(dist, file), T + 1, T + 1);
    const second = await pages();
    expect(second.console).toBe('<html>console two</html>');
    expect(second.widget).toContain('<title>widget two</title>');
    expect(second.widget).toContain('href="/assets/en-2.json"');
    expect(second.loader).toBe('window.loaderTwo = 2;');
  });

  it('a file replaced by a rename (another inode) is read again even with the same time and size', async () => {
    const staged = path.join(dist, 'app/console/index.html.new');
    writeFileSync(staged, '<html>console 3rd</html>');
    utimesSync(staged, T + 1, T + 1);
    renameSync(staged, path.join(dist, CONSOLE));
    expect(await get('/console')).toBe('<html>console 3rd</html>');
  });
});
