import type { AgentClientFrame } from '../protocol/index.ts';

/** What a claim, release, close or transfer came to: done, refused (its error code), or its socket was lost first. */
export type ActResult = { ok: true } | { ok: false; code: string };

export type ActFrame = Extract<AgentClientFrame, { type: 'claim' | 'release' | 'close' | 'transfer' }> & { ref: string };

/** Claims, releases, closes and transfers sent on the current socket and not yet answered, by ref. */
export class AwaitedActs {
  private acts = new Map<string, (r: ActResult) => void>();

  /** @param send sends a frame on the socket: false when there is no open socket. */
  constructor(private readonly send: (frame: AgentClientFrame) => boolean) {}

  /** Sent now, answered by `done` or a refusal with its ref; not resent after a drop (the caller looks again and decides). */
  ask(frame: ActFrame): Promise<ActResult> {
    if (!this.send(frame)) return Promise.resolve({ ok: false, code: 'disconnected' });
    return new Promise((settle) => this.acts.set(frame.ref, settle));
  }

  awaits(ref: string | undefined): boolean {
    return ref !== undefined && this.acts.has(ref);
  }

  settle(ref: string, result: ActResult): void {
    this.acts.get(ref)?.(result);
    this.acts.delete(ref);
  }

  /** The socket is gone: answers owed on it never come. */
  lost(): void {
    for (const settle of this.acts.values()) settle({ ok: false, code: 'disconnected' });
    this.acts.clear();
  }
}
