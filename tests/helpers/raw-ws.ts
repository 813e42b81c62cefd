import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { FRAME_WAIT_MS } from './ws-client.ts';

/** One WebSocket frame as it goes over the wire (RFC 6455 §5.2). */
export interface RawFrame {
  fin?: boolean;
  /** The three RSV bits as a number 0–7 (no extension is negotiated, so anything but 0 is a protocol error). */
  rsv?: number;
  opcode: number;
  payload: Buffer;
  /** Clients must mask; false sends an unmasked frame (a protocol error from a client). */
  mask?: boolean;
}

export const OP = { continuation: 0x0, text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa } as const;

export function encodeFrame({ fin = true, rsv = 0, opcode, payload, mask = true }: RawFrame): Buffer {
  const len = payload.length;
  const head = [((fin ? 0x80 : 0) | ((rsv & 7) << 4) | (opcode & 0xf)) & 0xff];
  const maskBit = mask ? 0x80 : 0;
  if (len < 126) head.push(maskBit | len);
  else if (len < 65536) head.push(maskBit | 126, len >> 8, len & 0xff);
  else {
    head.push(maskBit | 127, 0, 0, 0, 0);
    head.push((len >>> 24) & 0xff, (len >>> 16) & 0xff, (len >>> 8) & 0xff, len & 0xff);
  }
  if (!mask) return Buffer.concat([Buffer.from(head), payload]);
  const key = randomBytes(4);
  const body = Buffer.from(payload);
  for (let i = 0; i < body.length; i++) body[i]! ^= key[i % 4]!;
  return Buffer.concat([Buffer.from(head), key, body]);
}

/** A text frame with a JSON (or any string) payload, masked like a browser's. */
export const textFrame = (text: string): Buffer => encodeFrame({ opcode: OP.text, payload: Buffer.from(text) });

export interface ServerFrame {
  opcode: number;
  payload: Buffer;
}

/**
 * A WebSocket client over a bare TCP socket: it can send frames no browser would, and read what the
 * server answers (including the close code), or stop reading to play a slow consumer.
 */
export class RawSocket {
  readonly frames: ServerFrame[] = [];
  private readonly texts: { type: string; [k: string]: unknown }[] = [];
  ended = false;
  private buffer = Buffer.alloc(0);
  private listeners: (() => void)[] = [];

  private constructor(readonly tcp: Socket) {
    tcp.on('data', (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.parse();
    });
    tcp.on('close', () => {
      this.ended = true;
      this.notify();
    });
    tcp.on('error', () => undefined); // a reset after a close frame is expected
  }

  /** Open `ws://127.0.0.1:port{path}` with the given Origin (and headers, e.g. a cookie); rejects unless the server answers 101. */
  static open(port: number, path: string, origin: string, headers: Record<string, string> = {}): Promise<RawSocket> {
    return new Promise((resolve, reject) => {
      const tcp = connect(port, '127.0.0.1');
      const key = randomBytes(16).toString('base64');
      let head = Buffer.alloc(0);
      const onData = (chunk: Buffer) => {
        head = Buffer.concat([head, chunk]);
        const end = head.indexOf('\r\n\r\n');
        if (end < 0) return;
        tcp.off('data', onData);
        if (!head.subarray(0, 12).toString().includes('101')) return reject(new Error(head.subarray(0, end).toString()));
        const raw = new RawSocket(tcp);
        const rest = head.subarray(end + 4);
        if (rest.length) tcp.emit('data', rest);
        resolve(raw);
      };
      tcp.on('data', onData);
      tcp.once('error', reject);
      tcp.write(
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\nOrigin: ${origin}\r\n` +
          Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('') +
          '\r\n',
      );
    });
  }

  write(data: Buffer): void {
    if (!this.tcp.destroyed) this.tcp.write(data);
  }

  sendText(text: string): void {
    this.write(textFrame(text));
  }

  /** The text frames received so far, parsed as JSON (a live array: it grows as frames arrive). */
  json(): readonly { type: string; [k: string]: unknown }[] {
    return this.texts;
  }

  /** Wait until `done()` holds (checked on every frame and on close), at most `timeoutMs`. */
  until(done: () => boolean, timeoutMs = FRAME_WAIT_MS): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out; last frames: ${this.describe()}`)), timeoutMs);
      const check = () => {
        if (!done()) return;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== check);
        resolve();
      };
      this.listeners.push(check);
    });
  }

  /** The server's close code (from its close frame), waiting for it; null if the socket ended without one. */
  async closeCode(timeoutMs = FRAME_WAIT_MS): Promise<number | null> {
    await this.until(() => this.ended || this.frames.some((f) => f.opcode === OP.close), timeoutMs);
    const close = this.frames.find((f) => f.opcode === OP.close);
    return close && close.payload.length >= 2 ? close.payload.readUInt16BE(0) : null;
  }

  destroy(): void {
    this.tcp.destroy();
  }

  private describe(): string {
    return JSON.stringify(this.frames.slice(-3).map((f) => ({ op: f.opcode, text: f.payload.subarray(0, 120).toString() })));
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private parse(): void {
    for (;;) {
      if (this.buffer.length < 2) return;
      const opcode = this.buffer[0]! & 0xf;
      let len = this.buffer[1]! & 0x7f;
      let offset = 2;
      if (len === 126) {
        if (this.buffer.length < 4) return;
        len = this.buffer.readUInt16BE(2);
        offset = 4;
      } else if (len === 127) {
        if (this.buffer.length < 10) return;
        len = Number(this.buffer.readBigUInt64BE(2));
        offset = 10;
      }
      if (this.buffer.length < offset + len) return;
      const payload = this.buffer.subarray(offset, offset + len);
      this.frames.push({ opcode, payload });
      if (opcode === OP.text) this.texts.push(JSON.parse(payload.toString('utf8')));
      this.buffer = this.buffer.subarray(offset + len);
      this.notify();
    }
  }
}
