import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer } from '../../helpers/server.ts';
import { TestClient } from '../../helpers/ws-client.ts';

/**
 * Two nodes in this process on one SQLite file, their hellos read in one event-loop turn (the freeze srv22 fixed in
 * sqlite-group-commit.ts). A node's group commit holds the file's write lock until its turn ends; were the other node's
 * first write of that turn to wait for it, it would wait synchronously, in the thread that is to commit it: the process
 * stood 5 s, then the write failed "database is locked". No Redis: every limit is in memory, so a hello reaches storage
 * without waiting on the network, and the turn the frames are read in is the turn both nodes write in.
 */
const dataDir = mkdtempSync(path.join(tmpdir(), 'kefu-one-file-'));
let a: RunningServer;
let b: RunningServer;
beforeAll(async () => {
  a = await startServer({}, { dataDir });
  b = await startServer({}, { dataDir });
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Hold this thread (the servers' too) for `ms`: frames sent meanwhile wait in the kernel, to be read in one turn. */
const holdThread = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

describe('two nodes on one SQLite file in one process', () => {
  it('hellos read in one turn on both nodes are all welcomed: neither node waits for the other’s write lock', async () => {
    const sockets = await Promise.all([a, b, a, b, a, b].map((node) => TestClient.connect(`${node.wsUrl}/ws/visitor`, node.url)));
    try {
      for (const [i, socket] of sockets.entries()) socket.send({ type: 'hello', v: 1, locale: 'en', page: { url: `https://shop.example/${i}`, title: 'Pay' } });
      holdThread(200);
      const first = await Promise.all(sockets.map((socket) => Promise.race([socket.next('welcome'), socket.next('error')])));
      expect(first.map((frame) => frame.type)).toEqual(sockets.map(() => 'welcome'));
      expect(new Set(first.map((frame) => (frame.type === 'welcome' ? frame.conversationId : null))).size).toBe(sockets.length);
    } finally {
      for (const socket of sockets) socket.close();
    }
  });
});
