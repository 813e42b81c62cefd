/**
 * The ceiling for the socket figures: a bare `ws` server with the same frame options as Kefu (16 KiB
 * maxPayload, no compression) that echoes every text frame. Started by the bench as its own process.
 */
import { WebSocketServer } from 'ws';
import { serveIpc } from './procs.ts';

const wss = new WebSocketServer({ host: '127.0.0.1', port: Number(process.env.PORT), maxPayload: 16 * 1024, perMessageDeflate: false });
wss.on('connection', (socket) => {
  socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary }));
});
const listening = new Promise<void>((resolve) => wss.once('listening', () => resolve()));

serveIpc(async (request) => {
  if (request.cmd === 'ready') return listening.then(() => true);
  if (request.cmd === 'heap') return { heapUsed: process.memoryUsage().heapUsed };
  throw new Error(`unknown command ${request.cmd}`);
});
