import type { SecurityConfig } from '../security-config.ts';
import { ConcurrencyLimiter, RateLimiter, type TakeResult } from './rate-limit.ts';

/**
 * Every abuse limit in one place. Per-visitor limits protect the bot and the agents from one noisy
 * visitor; per-IP limits are set high enough that many visitors behind one NAT each get their own quota.
 */
export interface AbuseLimits {
  message(visitorId: string, ip: string): TakeResult;
  botAnswer(visitorId: string): TakeResult;
  newConversation(ip: string): TakeResult;
  rest(ip: string): TakeResult;
  openSocket(ip: string): boolean;
  closeSocket(ip: string): void;
}

export function createAbuseLimits(limits: SecurityConfig['limits']): AbuseLimits {
  const visitorMessages = new RateLimiter(limits.visitorMessages);
  const ipMessages = new RateLimiter(limits.ipMessages);
  const bot = new RateLimiter(limits.botAnswers);
  const conversations = new RateLimiter(limits.newConversations);
  const rest = new RateLimiter(limits.rest);
  const sockets = new ConcurrencyLimiter(limits.socketsPerIp);
  return {
    message(visitorId, ip) {
      const own = visitorMessages.take(visitorId);
      return own.ok ? ipMessages.take(ip) : own;
    },
    botAnswer: (visitorId) => bot.take(visitorId),
    newConversation: (ip) => conversations.take(ip),
    rest: (ip) => rest.take(ip),
    openSocket: (ip) => sockets.acquire(ip),
    closeSocket: (ip) => sockets.release(ip),
  };
}
