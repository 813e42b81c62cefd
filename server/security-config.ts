import { z } from 'zod';
import type { LimitRule } from './services/rate-limit.ts';

/** Environment variables for identity signing, proxies and abuse limits (part of `loadConfig`). */
const count = (fallback: number) => z.coerce.number().int().min(1).max(1_000_000).default(fallback);

export const SecurityEnv = z.object({
  /** Comma-separated HMAC secrets for signed identity and app tokens; the first signs, all verify (rotation). */
  KEFU_IDENTITY_SECRETS: z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.string().min(32, 'each secret is at least 32 characters')).max(2, 'at most two secrets (current, previous)'))
    .optional(),
  /** Trust X-Forwarded-For from a reverse proxy: "true" or a comma-separated list of proxy addresses. */
  KEFU_TRUST_PROXY: z.string().optional(),
  KEFU_LIMIT_MESSAGES_PER_MIN: count(30),
  KEFU_LIMIT_MESSAGES_BURST: count(10),
  KEFU_LIMIT_IP_MESSAGES_PER_MIN: count(3000),
  KEFU_LIMIT_BOT_PER_MIN: count(20),
  KEFU_LIMIT_NEW_CONVERSATIONS_PER_12H: count(300),
  KEFU_LIMIT_SOCKETS_PER_IP: count(500),
  KEFU_LIMIT_REST_PER_MIN: count(600),
});

export interface SecurityConfig {
  identitySecrets: string[];
  trustProxy: boolean | string[];
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
    /** REST calls per IP. */
    rest: LimitRule;
  };
}

export function securityConfig(e: z.infer<typeof SecurityEnv>): SecurityConfig {
  const proxy = e.KEFU_TRUST_PROXY?.trim();
  return {
    identitySecrets: e.KEFU_IDENTITY_SECRETS ?? [],
    trustProxy: !proxy || proxy === 'false' ? false : proxy === 'true' ? true : proxy.split(',').map((p) => p.trim()),
    limits: {
      visitorMessages: { perMinute: e.KEFU_LIMIT_MESSAGES_PER_MIN, burst: e.KEFU_LIMIT_MESSAGES_BURST },
      ipMessages: { perMinute: e.KEFU_LIMIT_IP_MESSAGES_PER_MIN, burst: e.KEFU_LIMIT_IP_MESSAGES_PER_MIN },
      botAnswers: { perMinute: e.KEFU_LIMIT_BOT_PER_MIN, burst: e.KEFU_LIMIT_BOT_PER_MIN },
      newConversations: { perMinute: e.KEFU_LIMIT_NEW_CONVERSATIONS_PER_12H / 720, burst: e.KEFU_LIMIT_NEW_CONVERSATIONS_PER_12H },
      socketsPerIp: e.KEFU_LIMIT_SOCKETS_PER_IP,
      rest: { perMinute: e.KEFU_LIMIT_REST_PER_MIN, burst: e.KEFU_LIMIT_REST_PER_MIN },
    },
  };
}
