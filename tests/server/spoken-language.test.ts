import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { askBot, settled, visitor, type Frame, type TestClient } from '../helpers/ws-client.ts';
import { ADMIN_ENV, FAST_SCRYPT } from '../helpers/agent-client.ts';
import { botReply } from '../../server/services/bot-replies.ts';

/**
 * The widget speaks one language at a time: the server tells the visitor's screens the language the bot speaks when it
 * is not the widget's own (after welcome, and when it changes), and the visitor's choice of language sticks, for the
 * bot too. A real server (nobody online) and real visitor sockets.
 */
const HAN = /\p{Script=Han}/u;
let server: RunningServer;
beforeAll(async () => {
  server = await startServer(ADMIN_ENV, FAST_SCRYPT);
});
afterAll(() => server.cleanup());

const languages = (client: TestClient, from = 0) => client.frames.slice(from).filter((f) => f.type === 'language');
/** The frames after the welcome of a socket that said hello with this token and lastSeq (a reload), once settled. */
async function reload(token: string, lastSeq: number, locale: string): Promise<{ client: TestClient; frames: Frame[] }> {
  const { client } = await visitor(server.wsUrl, server.url, { locale, token, lastSeq });
  await client.next('state');
  return { client, frames: await settled(client) };
}

describe('a zh-CN widget whose visitor writes English', () => {
  it('is told "en" once, after the visitor\'s message and before the bot\'s answer; English again, "ok" and Russian tell it nothing', async () => {
    const { client } = await visitor(server.wsUrl, server.url, { locale: 'zh-CN' });
    await client.next('state');
    expect(languages(client)).toEqual([]);
    const from = client.frames.length;
    const answer = await askBot(client, 'my card was charged twice');
    expect(HAN.test(answer.text)).toBe(false);
    const order = client.frames.slice(from).map((f) => (f.type === 'message' ? `message:${f.message.author}` : f.type));
    expect(order.filter((t) => t !== 'state')).toEqual(['message:visitor', 'ack', 'language', 'message:bot']);
    expect(languages(client, from)).toEqual([{ type: 'language', locale: 'en', chosen: false }]);

    const later = client.frames.length;
    await askBot(client, 'how do I top up my wallet');
    await askBot(client, 'ok');
    await askBot(client, 'Привет, как дела');
    await settled(client);
    expect(languages(client, later)).toEqual([]);
    client.close();
  });

  it('keeps "en" over a reload, a resume and a fresh view alike: the language frame comes right after the welcome', async () => {
    const { client, welcome } = await visitor(server.wsUrl, server.url, { locale: 'zh-CN' });
    const last = await askBot(client, 'my card was charged twice');
    client.close();
    for (const lastSeq of [last.seq, 0]) {
      const again = await reload(welcome.token, lastSeq, 'zh-CN');
      expect(again.frames[0]?.type).toBe('welcome');
      expect(again.frames[1]).toEqual({ type: 'language', locale: 'en', chosen: false });
      expect(languages(again.client)).toHaveLength(1);
      again.client.close();
    }
  });

  it('goes back to Chinese when the visitor chooses it: every tab is told, English no longer moves it, the bot\'s lines are Chinese, a reload keeps it', async () => {
    const { client, welcome } = await visitor(server.wsUrl, server.url, { locale: 'zh-CN' });
    await askBot(client, 'my card was charged twice');
    const other = (await reload(welcome.token, 0, 'zh-CN')).client;
    const [from, otherFrom] = [client.frames.length, other.frames.length];

    client.send({ type: 'language', locale: 'zh-CN' });
    const chosen = { type: 'language', locale: 'zh-CN', chosen: true };
    expect(await client.next('language', () => true, undefined, from)).toEqual(chosen);
    expect(await other.next('language', () => true, undefined, otherFrom)).toEqual(chosen);

    await askBot(client, 'how do I top up my wallet');
    const handoff = client.frames.length;
    client.send({ type: 'handoff' });
    const line = await client.next('message', (m) => m.message.author === 'bot', undefined, handoff);
    expect(line.message.text).toBe(botReply('handoff_away', 'zh-CN'));
    await settled(client);
    expect(languages(client, from)).toEqual([chosen]);

    const again = await reload(welcome.token, 0, 'zh-CN');
    expect(again.frames[1]).toEqual(chosen);
    for (const c of [client, other, again.client]) c.close();
  });
});

describe('the languages a widget speaks', () => {
  it('an en widget whose visitor writes Chinese is told "zh-CN"; a zh-CN widget whose visitor writes Chinese is told nothing', async () => {
    const en = (await visitor(server.wsUrl, server.url, { locale: 'en' })).client;
    await askBot(en, '我的卡被扣了两次');
    expect(languages(en)).toEqual([{ type: 'language', locale: 'zh-CN', chosen: false }]);
    const zh = (await visitor(server.wsUrl, server.url, { locale: 'zh-CN' })).client;
    await askBot(zh, '我的卡被扣了两次');
    await settled(zh);
    expect(languages(zh)).toEqual([]);
    en.close();
    zh.close();
  });

  it('a choice of a language the widget does not ship is refused and changes nothing; a malformed one is a bad frame', async () => {
    const { client, welcome } = await visitor(server.wsUrl, server.url, { locale: 'zh-CN' });
    await askBot(client, 'my card was charged twice');
    for (const locale of ['ru', 'en US']) {
      const from = client.frames.length;
      client.send({ type: 'language', locale });
      expect(await client.next('error', () => true, undefined, from)).toMatchObject({ code: 'bad_frame' });
    }
    client.close();
    const again = await reload(welcome.token, 0, 'zh-CN');
    expect(again.frames[1]).toEqual({ type: 'language', locale: 'en', chosen: false });
    again.client.close();
  });
});
