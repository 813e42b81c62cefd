import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatClient } from '../../widget/app/chat/client.ts';
import { ConnectFront } from '../helpers/connect-front.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';
import { installBrowserGlobals, MemoryStorage } from '../soak/node-widget.ts';

/**
 * The widget's own ChatClient, in Node, through a TCP front that first holds its WebSocket handshake, then lets the
 * handshake and the hello through to the real server but never the welcome, then lets everything through. The
 * heartbeat alone (20 s: silent twice that) would leave each hung attempt 40-50 s; the connect timeout gives each up.
 */
let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
  installBrowserGlobals(server.url);
});
afterAll(() => server?.cleanup());

describe('the widget socket when the server does not answer', () => {
  it('a hung handshake, then a hello never answered: each given up after the connect timeout, then the message typed meanwhile is stored once', async () => {
    const front = new ConnectFront(Number(new URL(server.url).port), ['hold', 'mute']);
    const port = await front.listen();
    const connectTimeoutMs = 1000;
    const widget = new ChatClient({ url: `ws://127.0.0.1:${port}/ws/visitor`, locale: 'en', site: null, storage: new MemoryStorage(), connectTimeoutMs });
    const states: string[] = [];
    widget.subscribe((s) => states.at(-1) !== s.connection && states.push(s.connection));
    const text = 'my top-up has not arrived yet';
    widget.send(text); // typed before any socket: queued
    const started = Date.now();
    widget.start();
    try {
      await waitFor(() => widget.snapshot.connection === 'online' && widget.snapshot.pending.length === 0, 'online, the message acknowledged', 15_000);
      const attempts = front.attempts;
      expect(attempts.slice(0, 3).map((a) => a.kind)).toEqual(['hold', 'mute', 'pass']);
      // Neither hung attempt was given up before its timeout: each next socket is opened after the last waited it out.
      expect(attempts[1]!.at - started).toBeGreaterThanOrEqual(connectTimeoutMs);
      expect(attempts[2]!.at - started).toBeGreaterThanOrEqual(2 * connectTimeoutMs);
      expect(states.slice(0, 2)).toEqual(['connecting', 'reconnecting']);
      expect(states.at(-1)).toBe('online');
      expect(widget.snapshot.messages.filter((m) => m.text === text)).toHaveLength(1);
      // Stored once on the server, in the conversation the widget was welcomed into (the muted hello's stays empty).
      const db = new Database(path.join(server.dataDir, 'kefu.sqlite'), { readonly: true });
      try {
        const rows = db.prepare<[string], { conversation_id: string }>('SELECT conversation_id FROM messages WHERE text = ?').all(text);
        expect(rows).toEqual([{ conversation_id: widget.snapshot.conversationId }]);
      } finally {
        db.close();
      }
    } finally {
      widget.stop();
      await front.close();
    }
  });
});
