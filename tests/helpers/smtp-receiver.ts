import { createServer as createTcpServer, type Socket } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** How the test SMTP server answers RCPT TO for one address: refuse for a while (4xx, try later) or for good (5xx). */
export interface Refusal {
  address: string;
  code: 451 | 550;
  times: number;
}

/** A real SMTP server (the `smtp-server` package) on 127.0.0.1 that parses every mail it accepts. */
export async function startSmtp() {
  const mails: ParsedMail[] = [];
  /** Each accepted mail's envelope sender (MAIL FROM, its return path), by the mail. */
  const returnPaths = new Map<ParsedMail, string>();
  const refusals = new Map<string, Refusal>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const refusal = refusals.get(address.address);
      if (refusal && refusal.times > 0) {
        refusal.times--;
        return callback(Object.assign(new Error(refusal.code === 451 ? 'mailbox busy, try later' : 'no such user here'), { responseCode: refusal.code }));
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          returnPaths.set(mail, session.envelope.mailFrom ? session.envelope.mailFrom.address : '');
          mails.push(mail);
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    returnPath: (mail: ParsedMail) => returnPaths.get(mail),
    refuse(refusal: Refusal) {
      refusals.set(refusal.address, { ...refusal });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An "SMTP server" that accepts connections and never says a word. */
export async function startSilentSmtp() {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    connections: () => sockets.size,
    close() {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The operator's mail server for the bounce address, as a real SMTP server: every message it accepts is handed, raw,
 * to `deliver` (what a Postfix alias piping to curl does); a failed hand-over is a 451, so the sender tries again.
 */
export async function startPipeSmtp(deliver: (raw: Buffer, recipients: string[]) => Promise<void>) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        deliver(Buffer.concat(chunks), session.envelope.rcptTo.map((r) => r.address)).then(
          () => callback(),
          (err: Error) => callback(Object.assign(err, { responseCode: 451 })),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
