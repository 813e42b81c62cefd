import type { AgentClientFrame } from '../../../protocol/index.ts';

/**
 * Whether each console frame changes something the visitor or other agents see (a reply, a note, a claim, a read
 * receipt, typing, presence) or only reads (hello, watch, unwatch, viewing, ping). A read-only account (a viewer) is refused
 * every writing frame. Typed over every frame type, so a new frame must say which it is.
 */
export const AGENT_FRAME_WRITES: Readonly<Record<AgentClientFrame['type'], boolean>> = Object.freeze({
  hello: false,
  watch: false,
  unwatch: false,
  ping: false,
  viewing: false, // a viewer is shown as viewing (the server never marks one replying)
  send: true,
  note: true,
  typing: true,
  read: true,
  claim: true,
  release: true,
  close: true,
  transfer: true,
  presence: true,
});
