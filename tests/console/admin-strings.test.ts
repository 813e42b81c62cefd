import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createI18nWithParts } from '../../ui/i18n-parts.ts';

/**
 * The admin screens' strings as a part of their own (console/locales/admin/), over a real HTTP server serving the
 * console's real files: a part comes whole before a screen uses it, in the console's language and in every language
 * switched to later; a key of a part not in yet shows nothing, never the raw key, and is drawn once the part is in.
 */
const DIR = path.resolve(import.meta.dirname, '../../console/locales');
const LOCALES = ['en', 'zh-CN', 'zh-TW'];
const ADMIN_KEY = 'audit_field_ip'; // the audit log's
const CORE_KEY = 'nav_inbox';
const strings = (file: string) => JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as Record<string, string>;

let server: Server;
let base = '';
const requested: string[] = [];
/** Paths answered 500 once each (a failed fetch). */
const failOnce = new Set<string>();

/** `use` sets the page's language on `document`: a stand-in of this file's own while it runs, and whatever was there
 * before put back after (files sharing the worker, such as tests/console/desk-client.test.ts, install documents of theirs). */
const g = globalThis as Record<string, unknown>;
const hadDocument = 'document' in g;
const documentBefore = g.document;
beforeAll(async () => {
  g.document = { documentElement: {} };
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    requested.push(url);
    if (failOnce.delete(url)) return void res.writeHead(500).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(path.join(DIR, url.slice(1))));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  if (hadDocument) g.document = documentBefore;
  else delete g.document;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const console_ = () =>
  createI18nWithParts(Object.fromEntries(LOCALES.map((l) => [`./locales/${l}.json`, `${base}/${l}.json`])), {
    admin: Object.fromEntries(LOCALES.map((l) => [`./locales/admin/${l}.json`, `${base}/admin/${l}.json`])),
  });

describe('the admin screens’ strings, fetched with those screens', () => {
  it('the admin keys are not in the files a first load fetches, and are in every language’s part', () => {
    for (const l of LOCALES) {
      expect(strings(`${l}.json`)).not.toHaveProperty(ADMIN_KEY);
      expect(strings(`admin/${l}.json`)[ADMIN_KEY]).toBeTruthy();
    }
  });

  it('a first load fetches one file; `need` resolves once the part is in, in the console’s language', async () => {
    const i18n = console_();
    requested.length = 0;
    await i18n.init('zh-CN', () => {});
    expect(requested).toEqual(['/zh-CN.json']);
    expect(i18n.t(CORE_KEY)).toBe(strings('zh-CN.json')[CORE_KEY]);
    await i18n.need('admin');
    expect(requested).toEqual(['/zh-CN.json', '/admin/zh-CN.json']);
    expect(i18n.t(ADMIN_KEY)).toBe(strings('admin/zh-CN.json')[ADMIN_KEY]);
  });

  it('a language switched to after a part was needed brings that part: both in before the switch shows', async () => {
    const i18n = console_();
    await i18n.init('zh-CN', () => {});
    await i18n.need('admin');
    requested.length = 0;
    const switched = i18n.change('zh-TW');
    expect(i18n.t(ADMIN_KEY)).toBe(strings('admin/zh-CN.json')[ADMIN_KEY]); // meanwhile the old language, whole
    await switched;
    expect(requested.sort()).toEqual(['/admin/zh-TW.json', '/zh-TW.json']);
    expect(i18n.t(ADMIN_KEY)).toBe(strings('admin/zh-TW.json')[ADMIN_KEY]);
    expect(i18n.t(CORE_KEY)).toBe(strings('zh-TW.json')[CORE_KEY]);
  });

  it('a key of a part not in yet shows nothing (never the key), then is drawn in the console’s language', async () => {
    const i18n = console_();
    let redrawn = 0;
    await i18n.init('zh-TW', () => void redrawn++);
    expect(i18n.t(ADMIN_KEY)).toBe('');
    await expect.poll(() => redrawn).toBe(1);
    expect(i18n.t(ADMIN_KEY)).toBe(strings('admin/zh-TW.json')[ADMIN_KEY]);
  });

  it('a part that failed to load rejects `need` with the reason, and comes on the next `need`; an unknown part is a clear error', async () => {
    const i18n = console_();
    await i18n.init('en', () => {});
    failOnce.add('/admin/en.json');
    await expect(i18n.need('admin')).rejects.toThrow('the en admin strings did not load (500)');
    await i18n.need('admin');
    expect(i18n.t(ADMIN_KEY)).toBe(strings('admin/en.json')[ADMIN_KEY]);
    await expect(i18n.need('reports')).rejects.toThrow('no strings part "reports"');
  });
});
