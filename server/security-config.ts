import { isIP } from 'node:net';
import { z } from 'zod';
import type { LimitRule } from './cluster/types.ts';

/** Environment variables for identity signing, proxies and abuse limits (part of `loadConfig`). */
const count = (fallback: number) => z.coerce.number().int().min(1).max(1_000_000).default(fallback);

/** "10.0.0.5", "::1", "10.0.0.0/8", "fd00::/8". */
function isAddressOrRange(text: string): boolean {
  const [address, bits, ...rest] = text.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}

export const SecurityEnv = z.object({
  /** Comma-separated HMAC secrets for signed identity and app tokens; the first signs, all verify (rotation). */
  KEFU_IDENTITY_SECRETS: z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.string().min(32, 'each secret is at least 32 characters')).max(2, 'at most two secrets (current, previous)'))
    .optional(),
  /**
   * Take the client IP from X-Forwarded-For: a comma-separated list of the proxies' addresses (or CIDR ranges),
   * or a hop count (1 = one proxy in front). "true" (trust any sender) is refused: it lets every client choose
   * its IP and so step around every per-IP limit.
   */
  KEFU_TRUST_PROXY: z
    .string()
    .optional()
    .transform((v, ctx): false | number | string[] => {
      const value = v?.trim() ?? '';
      if (value === '' || value === 'false') return false;
      if (/^\d{1,2}$/.test(value) && Number(value) >= 1) return Number(value);
      const list = value.split(',').map((p) => p.trim()).filter(Boolean);
      const bad = list.filter((p) => !isAddressOrRange(p));
      if (value === 'true' || bad.length > 0 || list.length === 0) {
        ctx.addIssue({ code: 'custom', message: `name the proxies' addresses (e.g. 10.0.0.5,10.0.1.0/24) or a hop count (e.g. 1); got "${value}"` });
        return z.NEVER;
      }
      return list;
    }),
  /**
   * The key agents' TOTP secrets are sealed with in the database. Unset on one box: a random one kept in the data
   * directory (totp.key). Several nodes (KEFU_DATABASE_URL) must share one: required there.
   */
  KEFU_TOTP_KEY: z.string().min(32, 'at least 32 characters').optional(),
  KEFU_LIMIT_MESSAGES_PER_MIN: count(30),
  KEFU_LIMIT_MESSAGES_BURST: count(10),
  KEFU_LIMIT_IP_MESSAGES_PER_MIN: count(3000),
  KEFU_LIMIT_BOT_PER_MIN: count(20),
  KEFU_LIMIT_NEW_CONVERSATIONS_PER_12H: count(300),
  KEFU_LIMIT_SOCKETS_PER_IP: count(500),
  KEFU_LIMIT_REST_PER_MIN: count(600),
  KEFU_LIMIT_SOCKET_FRAMES_PER_MIN: count(300),
  KEFU_LIMIT_AGENT_FRAMES_PER_MIN: count(600),
  KEFU_LIMIT_IP_HELLOS_PER_MIN: count(600),
  KEFU_WS_HELLO_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(300).default(10),
});

export interface SecurityConfig {
  identitySecrets: string[];
  /** KEFU_TOTP_KEY, or null: the data directory's totp.key. */
  totpKey: string | null;
  /** false, the number of proxies in front, or their addresses: never "anyone". */
  trustProxy: false | number | string[];
  limits: {
    /** Messages per visitor. */
    visitorMessages: LimitRule;
    /** Messages per client IP (many visitors can share one IP: set well above one visitor's). */
    ipMessages: LimitRule;
    /** Bot answers per visitor. */
    botAnswers: LimitRule;
    /** New visitors/conversations per IP, over 12 hours. */
    newConversations: LimitRule;
    /** Open sockets per IP. */
    socketsPerIp: number;
    /**
     * Visitor sockets opened per IP, each taken when the socket opens, before its hello (a hello reads the visitor, its
     * conversation, history and state, with no other token; a socket's frame budget is a fresh one on each reconnect;
     * a socket that never says hello still holds a slot until helloTimeoutMs). Burst room for all of an IP's sockets
     * at once (a node that died).
     */
    ipHellos: LimitRule;
    /** A visitor socket that has not sent hello by then is closed (timed_out, 1013, come back after this long). */
    helloTimeoutMs: number;
    /** REST calls per IP. */
    rest: LimitRule;
    /**
     * Frames one visitor socket may send that can reach storage or the bus (all but ping and the unparsable), kept
     * by the socket itself, in this process: it bounds what a resend of a stored message (which takes no message
     * token) and the token-free frames (typing, read, rate, feedback…) can cost. Far above what the widget sends.
     */
    socketFrames: LimitRule;
    /**
     * The same for one console socket (/ws/agent): a watch (the conversation, its notes, removed files and a replay),
     * typing, read, a reply… Far above what a busy agent's console sends.
     */
    agentFrames: LimitRule;
  };
}

export function securityConfig(e: z.infer<typeof SecurityEnv>): SecurityConfig {
  return {
    identitySecrets: e.KEFU_IDENTITY_SECRETS ?? [],
    totpKey: e.KEFU_TOTP_KEY ?? null,
    trustProxy: e.KEFU_TRUST_PROXY,
    limits: {
      visitorMessages: { perMinute: e.KEFU_LIMIT_MESSAGES_PER_MIN, burst: e.KEFU_LIMIT_MESSAGES_BURST },
      ipMessages: { perMinute: e.KEFU_LIMIT_IP_MESSAGES_PER_MIN, burst: e.KEFU_LIMIT_IP_MESSAGES_PER_MIN },
      botAnswers: { perMinute: e.KEFU_LIMIT_BOT_PER_MIN, burst: e.KEFU_LIMIT_BOT_PER_MIN },
      newConversations: { perMinute: e.KEFU_LIMIT_NEW_CONVERSATIONS_PER_12H / 720, burst: e.KEFU_LIMIT_NEW_CONVERSATIONS_PER_12H },
      socketsPerIp: e.KEFU_LIMIT_SOCKETS_PER_IP,
      ipHellos: { perMinute: e.KEFU_LIMIT_IP_HELLOS_PER_MIN, burst: e.KEFU_LIMIT_IP_HELLOS_PER_MIN },
      helloTimeoutMs: e.KEFU_WS_HELLO_TIMEOUT_SECONDS * 1000,
      rest: { perMinute: e.KEFU_LIMIT_REST_PER_MIN, burst: e.KEFU_LIMIT_REST_PER_MIN },
      socketFrames: { perMinute: e.KEFU_LIMIT_SOCKET_FRAMES_PER_MIN, burst: e.KEFU_LIMIT_SOCKET_FRAMES_PER_MIN },
      agentFrames: { perMinute: e.KEFU_LIMIT_AGENT_FRAMES_PER_MIN, burst: e.KEFU_LIMIT_AGENT_FRAMES_PER_MIN },
    },
  };
}
