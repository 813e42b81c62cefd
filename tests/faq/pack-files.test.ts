import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FaqPackError } from '../../faq/index.ts';
import { loadPackFromDir } from '../../server/services/faq-pack-files.ts';

const MINI = join(import.meta.dirname, '../fixtures/faq-mini');
let dir = '';

async function copyOfMini(): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'kefu-faq-'));
  await cp(MINI, dir, { recursive: true });
  return dir;
}

async function editJson(file: string, edit: (data: any) => void): Promise<void> {
  const data = JSON.parse(await readFile(file, 'utf8'));
  edit(data);
  await writeFile(file, JSON.stringify(data));
}

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = '';
});

describe('loadPackFromDir', () => {
  it('loads pack.json and entries/*.json', async () => {
    const pack = await loadPackFromDir(MINI);
    expect(pack.id).toBe('mini');
    expect(pack.locales).toEqual(['zh-CN', 'zh-TW', 'en', 'ja', 'ko', 'es']);
    expect(pack.entries.map((e) => e.id).sort()).toEqual(['password-reset', 'refund', 'transfer']);
  });

  it('names the entry file and the field', async () => {
    const copy = await copyOfMini();
    await editJson(join(copy, 'entries/refund.json'), (d) => (d.locales.ja.alternates = d.locales.ja.alternates.slice(0, 3)));
    await expect(loadPackFromDir(copy)).rejects.toThrow('entries/refund.json: locales.ja.alternates: at least 8 required');
  });

  it('requires the file name to be the id', async () => {
    const copy = await copyOfMini();
    await editJson(join(copy, 'entries/refund.json'), (d) => (d.id = 'refunds'));
    await expect(loadPackFromDir(copy)).rejects.toThrow('entries/refund.json: id: must equal the file name "refund"');
  });

  it('reports invalid JSON and a missing pack.json by file', async () => {
    const copy = await copyOfMini();
    await writeFile(join(copy, 'entries/transfer.json'), '{ "id": "transfer",');
    await rm(join(copy, 'pack.json'));
    const error = await loadPackFromDir(copy).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaqPackError);
    const sources = (error as FaqPackError).issues.map((i) => i.source);
    expect(sources).toEqual(['pack.json', 'entries/transfer.json']);
    expect((error as FaqPackError).message).toMatch(/entries\/transfer\.json: \(root\): invalid JSON/);
  });

  it('names the entry whose followUps point nowhere', async () => {
    const copy = await copyOfMini();
    await editJson(join(copy, 'entries/transfer.json'), (d) => (d.followUps = ['refund', 'gone']));
    await expect(loadPackFromDir(copy)).rejects.toThrow('entries/transfer.json: followUps.1: unknown entry id "gone"');
  });
});
