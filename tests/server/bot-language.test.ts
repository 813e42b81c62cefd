import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { askBot, visitor } from '../helpers/ws-client.ts';
import { ADMIN_ENV, FAST_SCRYPT } from '../helpers/agent-client.ts';
import { botReply } from '../../server/services/bot-replies.ts';
import { systemLine } from '../../server/services/system-lines.ts';
import { botLanguage, spokenLanguageFor } from '../../server/services/written-language.ts';

/**
 * The bot's own lines follow the language the visitor writes in, not only the widget's: a real server (nobody online,
 * the idle sweep every 250 ms with 3 s idle: far above the one round trip between a visitor's two questions, in which
 * a chat could close too soon; 6 s made the idle test 6 s long) and real visitor sockets on a zh-CN widget.
 */
const IDLE_MS = 3_000;
const HAN = /\p{Script=Han}/u;
let server: RunningServer;
beforeAll(async () => {
  server = await startServer(ADMIN_ENV, { ...FAST_SCRYPT, idleSweep: { everyMs: 250, seenMs: 200, times: { closeMs: IDLE_MS, abandonMs: 0 } } });
});
afterAll(() => server.cleanup());

describe("the bot's lines to a zh-CN widget's visitor who writes English", () => {
  it('answers "ok" in English, and says nobody is online in English when the widget\'s button asks for a person; a visitor who wrote only "ok" is told in Chinese', async () => {
    const english = await visitor(server.wsUrl, server.url, { locale: 'zh-CN' });
    expect(HAN.test((await askBot(english.client, 'my card was charged twice')).text)).toBe(false);
    // "ok" shows no language: the reply follows the one the visitor writes in.
    expect(HAN.test((await askBot(english.client, 'ok')).text)).toBe(false);
    const from = english.client.frames.length;
    english.client.send({ type: 'handoff' });
    const line = await english.client.next('message', (m) => m.message.author === 'bot', undefined, from);
    expect(line.message.text).toBe(botReply('handoff_away', 'en'));
    await english.client.next('state', (s) => s.status === 'waiting', undefined, from);

    const silent = await visitor(server.wsUrl, server.url, { locale: 'zh-CN' });
    await askBot(silent.client, 'ok');
    const before = silent.client.frames.length;
    silent.client.send({ type: 'handoff' });
    expect((await silent.client.next('message', (m) => m.message.author === 'bot', undefined, before)).message.text).toBe(botReply('handoff_away', 'zh-CN'));
    english.client.close();
    silent.client.close();
  });

  it('closes the idle chat in English, the visitor\'s last "ok" notwithstanding', async () => {
    const { client } = await visitor(server.wsUrl, server.url, { locale: 'zh-CN' });
    await askBot(client, 'how do I top up my wallet');
    await askBot(client, 'ok');
    const notice = await client.next('message', (m) => m.message.author === 'system', IDLE_MS + 15_000);
    expect(notice.message.text).toBe(systemLine('idle_closed', 'en', { minutes: 1 }));
    client.close();
  });
});

describe('the language of the lines that answer no message', () => {
  it('is the conversation\'s own spoken language (the written one the widget speaks, or the visitor\'s choice), else the widget\'s', () => {
    expect(botLanguage({ locale: 'zh-CN', botLocale: 'en' })).toBe('en');
    expect(botLanguage({ locale: 'zh-CN', botLocale: null })).toBe('zh-CN');
    expect(botLanguage({ locale: 'en', botLocale: 'zh-TW' })).toBe('zh-TW');
  });

  it('follows a written language only when the widget speaks it', () => {
    expect(spokenLanguageFor('en')).toBe('en');
    expect(spokenLanguageFor('zh-TW')).toBe('zh-TW');
    // Russian is detected, but neither the widget nor the bot has sentences in it.
    expect(spokenLanguageFor('ru')).toBeNull();
    // Portuguese is detected as "pt"; the widget's and the bot's Portuguese is pt-BR.
    expect(spokenLanguageFor('pt')).toBe('pt-BR');
  });
});
