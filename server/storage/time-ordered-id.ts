import { randomUUID } from 'node:crypto';

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. New ids sort after older
 * ones, so a primary-key index grows at its end (one page written per batch of messages, not one random
 * page per message); the random part keeps them unguessable.
 */
export function timeOrderedId(now = Date.now()): string {
  const time = now.toString(16).padStart(12, '0');
  // A v4 UUID is `xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`: keep its random tail after the version digit.
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${randomUUID().slice(15)}`;
}
