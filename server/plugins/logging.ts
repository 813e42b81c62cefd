import type { FastifyRequest, FastifyServerOptions } from 'fastify';

/** Where pino writes JSON lines; stdout unless a test captures them. */
export interface LogStream {
  write(line: string): void;
}

/** Query values that are credentials (an e-mail's reopen code, an unsubscribe token): never in a log line. */
const SECRET_QUERY = /([?&](?:reopen|token)=)[^&#]*/gi;
export const redactUrl = (url: string): string => url.replace(SECRET_QUERY, '$1[redacted]');

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
    // Fastify's own request serializer, with the secret query values taken out of the URL.
    serializers: {
      req: (req: FastifyRequest) => ({ method: req.method, url: redactUrl(req.url), host: req.host, remoteAddress: req.ip, remotePort: req.socket?.remotePort }),
    },
    ...(stream ? { stream } : {}),
  };
}
