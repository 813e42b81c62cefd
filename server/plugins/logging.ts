import type { FastifyServerOptions } from 'fastify';

/** Where pino writes JSON lines; stdout unless a test captures them. */
export interface LogStream {
  write(line: string): void;
}

/**
 * Fastify's pino logger: one JSON line per event, each request's lines (and, for a socket, the whole
 * connection's) carrying its `reqId`. Credentials are censored should a header ever be logged; message
 * bodies are never logged by our code at info level.
 */
export function loggerOptions(level: string, stream?: LogStream): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["sec-websocket-protocol"]', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
    ...(stream ? { stream } : {}),
  };
}
