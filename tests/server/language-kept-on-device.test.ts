import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationSummary } from '../../protocol/index.ts';
import { ChatClient } from '../../widget/app/chat/client.ts';
import { ADMIN_ENV, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';
import { installBrowserGlobals, MemoryStorage } from '../soak/node-widget.ts';

/**
 * The visitor's own choice of language, kept on their device (the widget's storage, per site): the next conversation
 * on an English widget starts in it, as their choice; the site's setLocale does not replace it unless `override`, which
 * is later and wins (the device forgets it); an agent's or the site's choice is never kept; a choice on one site's widget leaves
 * another site's kept (up to 8 sites), and a device's older one-slot record is read as its site's; a storage that refuses
 * writes loses only the keeping. The widget's own ChatClient, a real server, real sockets.
 */
let server: RunningServer;
let cookie: string;
beforeAll(async () => {
  server = await startServer(ADMIN_ENV, FAST_SCRYPT);
  cookie = (await login(server)).cookie;
  installBrowserGlobals(server.url);
});
afterAll(() => server?.cleanup());

/** What the device keeps for a site (default: the shop's). */
const kept = (storage: Storage, site: string | null = 'shop') =>
  (JSON.parse(storage.getItem('kefu:v1') ?? '{}') as { languages?: { site: string | null }[] }).languages?.find((k) => k.site === site) ?? null;
async function spoken(conversationId: string) {
  const res = await api(server, cookie, 'GET', '/api/v1/conversations');
  const c = (res.body!.conversations as ConversationSummary[]).find((x) => x.id === conversationId)!;
  return { locale: c.spokenLocale, chosen: c.spokenLocaleChosen, bySite: c.spokenLocaleBySite };
}
/** A page view of an English widget on this device (its storage): online, welcomed. */
async function pageView(storage: Storage, site: string | null = 'shop') {
  const widget = new ChatClient({ url: `${server.wsUrl}/ws/visitor`, locale: 'en', site, storage });
  widget.start();
  await waitFor(() => widget.snapshot.connection === 'online', 'online');
  return widget;
}
/** The visitor picks Japanese in a first conversation, which an agent then closes. */
async function pickedJapaneseThenClosed(storage: Storage) {
  const first = await pageView(storage);
  first.send('my card was charged twice');
  first.chooseLanguage('ja');
  await waitFor(() => first.snapshot.language?.locale === 'ja' && first.snapshot.pending.length === 0, 'the choice and the message stored');
  const id = first.snapshot.conversationId!;
  first.stop();
  expect((await api(server, cookie, 'POST', `/api/v1/conversations/${id}/close`)).status).toBe(200);
  return id;
}

describe("the visitor's own language choice, kept on their device", () => {
  it('the next conversation on the English widget starts in Japanese, as theirs, shown from the first paint', async () => {
    const storage = new MemoryStorage();
    const closed = await pickedJapaneseThenClosed(storage);
    expect(kept(storage)).toEqual({ site: 'shop', locale: 'ja' });
    const next = new ChatClient({ url: `${server.wsUrl}/ws/visitor`, locale: 'en', site: 'shop', storage });
    expect(next.snapshot.language).toEqual({ locale: 'ja', chosen: true }); // before any socket
    next.start();
    try {
      await waitFor(() => next.snapshot.conversationId !== null && next.snapshot.conversationId !== closed, 'a new conversation');
      await waitFor(async () => (await spoken(next.snapshot.conversationId!)).locale === 'ja', 'the new conversation speaks Japanese');
      expect(await spoken(next.snapshot.conversationId!)).toEqual({ locale: 'ja', chosen: true, bySite: false });
      expect(next.snapshot.language).toEqual({ locale: 'ja', chosen: true });
    } finally {
      next.stop();
    }
  });

  it("the host's setLocale without override keeps Japanese; with override the site's language wins and the device forgets the choice", async () => {
    const storage = new MemoryStorage();
    await pickedJapaneseThenClosed(storage);
    const next = await pageView(storage);
    try {
      await waitFor(async () => (await spoken(next.snapshot.conversationId!)).locale === 'ja', 'Japanese, kept');
      next.chooseLanguage('es', { override: false });
      next.send('hola'); // the socket handles frames in order: acknowledged, the choice before it was answered
      await waitFor(() => next.snapshot.pending.length === 0, 'the message after the choice stored');
      expect(next.snapshot.language).toEqual({ locale: 'ja', chosen: true });
      expect(kept(storage)).toEqual({ site: 'shop', locale: 'ja' });
      next.chooseLanguage('es', { override: true });
      await waitFor(() => next.snapshot.language?.locale === 'es', "the site's language, the host said so");
      expect(kept(storage)).toBeNull();
    } finally {
      next.stop();
    }
  });

  it("a choice made for the widget of another site, or before the host's setLocale arrives, is used where it belongs", async () => {
    const storage = new MemoryStorage();
    await pickedJapaneseThenClosed(storage);
    const elsewhere = new ChatClient({ url: `${server.wsUrl}/ws/visitor`, locale: 'en', site: 'other', storage });
    expect(elsewhere.snapshot.language).toBeNull();
    // On its own site, the host's setLocale said before the socket is up (without override) does not replace it.
    const here = new ChatClient({ url: `${server.wsUrl}/ws/visitor`, locale: 'en', site: 'shop', storage });
    here.chooseLanguage('es', { override: false });
    here.start();
    try {
      await waitFor(() => here.snapshot.connection === 'online', 'online');
      await waitFor(async () => (await spoken(here.snapshot.conversationId!)).locale === 'ja', 'Japanese, kept over the site');
      expect(here.snapshot.language).toEqual({ locale: 'ja', chosen: true });
    } finally {
      here.stop();
    }
  });

  it("a choice on another site's widget keeps this site's too, and a device that kept one language before keeps it for its site", async () => {
    const storage = new MemoryStorage();
    // As a device stored it before it kept one per site: one slot, the shop's Japanese.
    storage.setItem('kefu:v1', JSON.stringify({ token: null, outbox: [], language: { site: 'shop', locale: 'ja' } }));
    const bank = await pageView(storage, 'bank');
    try {
      expect(bank.snapshot.language).toBeNull(); // the shop's choice is not the bank's
      bank.chooseLanguage('ko');
      await waitFor(async () => (await spoken(bank.snapshot.conversationId!)).locale === 'ko', 'Korean on the bank');
    } finally {
      bank.stop();
    }
    expect([kept(storage), kept(storage, 'bank')]).toEqual([{ site: 'shop', locale: 'ja' }, { site: 'bank', locale: 'ko' }]);
    expect(JSON.parse(storage.getItem('kefu:v1')!)).not.toHaveProperty('language');
    // Each site's widget opens in its own: the shop's in Japanese, the bank's in Korean.
    for (const [site, locale] of [['shop', 'ja'], ['bank', 'ko']] as const) {
      expect(new ChatClient({ url: `${server.wsUrl}/ws/visitor`, locale: 'en', site, storage }).snapshot.language, site).toEqual({ locale, chosen: true });
    }
  });

  it('a conversation already under way that does not speak the kept language: the widget follows the server, not the device', async () => {
    const storage = new MemoryStorage();
    const first = await pageView(storage);
    first.send('my card was charged twice');
    await waitFor(() => first.snapshot.pending.length === 0, 'stored');
    first.stop();
    // Japanese kept on this device by a choice the server never heard (another tab that never connected, say).
    storage.setItem('kefu:v1', JSON.stringify({ ...JSON.parse(storage.getItem('kefu:v1')!), languages: [{ site: 'shop', locale: 'ja' }] }));
    const again = new ChatClient({ url: `${server.wsUrl}/ws/visitor`, locale: 'en', site: 'shop', storage });
    expect(again.snapshot.language).toEqual({ locale: 'ja', chosen: true });
    again.start();
    try {
      await waitFor(() => again.snapshot.status === 'bot' && again.snapshot.messages.length > 0, 'the conversation resumed');
      await waitFor(() => again.snapshot.language?.locale !== 'ja', "the server's language");
      expect((await spoken(again.snapshot.conversationId!)).locale).not.toBe('ja');
    } finally {
      again.stop();
    }
  });

  it('a storage that refuses every write: the choice works for this page view, and nothing is kept', async () => {
    const refusing = Object.assign(new MemoryStorage(), {
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    });
    const widget = await pageView(refusing);
    try {
      widget.chooseLanguage('ja');
      await waitFor(async () => (await spoken(widget.snapshot.conversationId!)).locale === 'ja', 'Japanese for this conversation');
      expect(refusing.getItem('kefu:v1')).toBeNull();
    } finally {
      widget.stop();
    }
  });
});
