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
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
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
