/**
 * loader-frame.js, the script tag's second part, imported by loader.js (./index.ts) on intent: the full API
 * (./core.ts, with ./frame.ts bundled in). It runs the calls loader.js queued, in order: a bad one is
 * reported on the console and the rest still run; the `init` loader.js drew a launcher for takes that
 * launcher over (or, if its options are wrong, takes it away). From then on loader.js passes calls here.
 */
import { createKefu } from './core.ts';
import { connectFrame } from './frame.ts';
import { removeLauncher, type Drawn } from './launcher.ts';

/** `window.Kefu`: the snippet's queue, then loader.js's function. */
export interface Queue {
  (...args: unknown[]): unknown;
  q?: ArrayLike<unknown>[];
  loaded?: boolean;
}
/** A call loader.js queued: its arguments, the launcher drawn for it, its result once run, `x` if unsubscribed before. */
export type Call = unknown[] & { d?: Drawn; r?: unknown; x?: 1 };
export interface TakenOver {
  kefu(...args: unknown[]): unknown;
  /** Intent on the launcher: load the chat iframe. */
  ensure(): void;
}

const COMMANDS = ['init', 'open', 'close', 'toggle', 'identify', 'setLocale', 'on', 'shutdown'] as const;

export function takeOver(src: string, calls: Call[]): TakenOver {
  let current: Call | undefined;
  const api = createKefu(src, async () => ({ connectFrame }), () => current?.d);
  const kefu = (command: unknown, a?: unknown, b?: unknown) => {
    // An allow-list of the API's own methods: never a name reaching the prototype.
    if (!(COMMANDS as readonly unknown[]).includes(command)) throw new Error(`Kefu: command must be one of ${COMMANDS.join(', ')} (got "${String(command)}")`);
    return (api[command as (typeof COMMANDS)[number]] as (a: unknown, b: unknown) => unknown)(a, b);
  };
  for (const call of calls.splice(0)) {
    if (call.x) continue;
    current = call;
    try {
      call.r = kefu(...(call as [unknown, unknown?, unknown?]));
    } catch (e) {
      if (call.d) removeLauncher(call.d);
      console.error(e);
    }
  }
  current = undefined;
  return { kefu, ensure: api.ensure };
}
