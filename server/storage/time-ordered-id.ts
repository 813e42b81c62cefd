import { randomUUID } from 'node:crypto';

let lastMs = -1;
let counter = 0;

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, a 12-bit counter, then 62 random bits. New ids
 * sort after older ones, and the ids one process makes within one millisecond sort in the order it made them
 * (the counter, RFC 9562's method 1; past 4,096 in one millisecond it wraps). A primary-key index grows at its
 * end (one page written per batch of messages, not one random page per message), and messages stored in the
 * same millisecond keep their order. The random part keeps ids unguessable.
 */
export function timeOrderedId(now = Date.now()): string {
  counter = now === lastMs ? (counter + 1) & 0xfff : 0;
  lastMs = now;
  const time = now.toString(16).padStart(12, '0');
  // A v4 UUID is `xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`: keep its random part from the variant group on.
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${counter.toString(16).padStart(3, '0')}${randomUUID().slice(18)}`;
}
