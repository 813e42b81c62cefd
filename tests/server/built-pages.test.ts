import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
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
const manifest = (enFile: string) =>
  JSON.stringify({
    'widget/app/locales/en.json': { file: enFile, src: 'widget/app/locales/en.json' },
    'widget/app/locales/ja.json': { file: 'assets/ja.json', src: 'widget/app/locales/ja.json' },
  });
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

const request = (route: string, headers: Record<string, string> = {}) => fetch(`${server.url}${route}`, { headers: { 'accept-language': 'en', ...headers } });
const get = async (route: string) => {
  const res = await request(route);
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

  it('answer If-None-Match with 304 while what they would send is unchanged, and 200 with a new ETag once it changes', async () => {
    for (const route of ['/console', '/widget', '/chat', '/loader.js']) {
      const first = await request(route);
      const etag = first.headers.get('etag')!;
      expect(etag, route).toMatch(/^"[\w-]{27}"$/);
      const body = await first.text();

      const again = await request(route, { 'if-none-match': etag });
      expect(again.status, route).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
      expect(again.headers.get('cache-control'), route).toBe(first.headers.get('cache-control'));
      // Weak comparison (a proxy may have weakened it), a list, and `*`.
      for (const held of [`W/${etag}`, `"other", ${etag}`, '*']) expect((await request(route, { 'if-none-match': held })).status, held).toBe(304);
      const other = await request(route, { 'if-none-match': '"other"' });
      expect([other.status, await other.text()], route).toEqual([200, body]);
    }
    // The widget's preload follows Accept-Language: another language is another page, another ETag.
    const en = await request('/widget');
    const ja = await request('/widget', { 'accept-language': 'ja', 'if-none-match': en.headers.get('etag')! });
    expect(en.headers.get('vary')).toBe('accept-language');
    expect(ja.status).toBe(200);
    expect(await ja.text()).toContain('href="/assets/ja.json"');

    const held = (await request('/console')).headers.get('etag')!;
    put(CONSOLE, '<html>console four</html>', T + 2);
    const changed = await request('/console', { 'if-none-match': held });
    expect([changed.status, await changed.text()]).toEqual([200, '<html>console four</html>']);
    expect(changed.headers.get('etag')).not.toBe(held);
  });

  it('serve the last good copy while a redeploy has removed or half-written their files, and 503 with Retry-After when none was read yet', async () => {
    const before = await pages();
    for (const file of [CONSOLE, WIDGET, LOADER]) unlinkSync(path.join(dist, file));
    put(MANIFEST, '{"widget/app/locales/en.json": {"fi', T + 3);
    expect(await pages()).toEqual(before);

    // Never read, now missing: a clear 503 that says to come back, not the error.
    unlinkSync(path.join(dist, 'loader/loader-frame.js'));
    const missing = await request('/loader-frame.js');
    expect(missing.status).toBe(503);
    expect(missing.headers.get('retry-after')).toBe('5');
    expect(missing.headers.get('cache-control')).toBe('no-store');
    const text = await missing.text();
    expect(text).toBe('Kefu is being updated. Try again in a few seconds.\n');
    expect(text).not.toContain(dist);

    // The redeploy ends: the new files are served.
    put(CONSOLE, '<html>console five</html>', T + 4);
    put(WIDGET, widgetHtml('widget five'), T + 4);
    put(MANIFEST, manifest('assets/en-5.json'), T + 4);
    put(LOADER, 'window.loaderFive = 5;', T + 4);
    put('loader/loader-frame.js', 'export const five = 5;', T + 4);
    const after = await pages();
    expect(after.console).toBe('<html>console five</html>');
    expect(after.widget).toContain('href="/assets/en-5.json"');
    expect(after.loader).toBe('window.loaderFive = 5;');
    expect(await get('/loader-frame.js')).toBe('export const five = 5;');
  });
});
