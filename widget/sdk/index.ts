/**
 * Kefu as an ES module, for single-page apps: the same code as the script-tag loader's second part
 * (../loader/core.ts, ../loader/launcher.ts and ../loader/frame.ts), bundled together, with types.
 *
 *   import { createKefu } from 'kefu/sdk';
 *   const kefu = createKefu('https://chat.example.com');
 *   kefu.init({ site: 'shop', locale: 'zh-CN' });
 *   kefu.on('unread', (n) => console.log(n));
 */
import { createKefu as create, type Kefu } from '../loader/core.ts';
import { connectFrame } from '../loader/frame.ts';

export type { Kefu, KefuEvent, KefuEvents, KefuOptions } from '../loader/core.ts';

/** The widget for the Kefu server at `server` (e.g. "https://chat.example.com"); make one per page. */
export function createKefu(server: string): Kefu {
  return create(server, async () => ({ connectFrame }));
}
