import type { AgentClientFrame } from '../protocol/index.ts';

/** What a claim, release, close or transfer came to: done, refused (its error code), or its socket was lost first. */
export type ActResult = { ok: true } | { ok: false; code: string };

export type ActFrame = Extract<AgentClientFrame, { type: 'claim' | 'release' | 'close' | 'transfer' }> & { ref: string };

/** One act on one conversation (a transfer with its target): a second ask of it while the first is unanswered is the same ask. */
const actOf = (frame: ActFrame) => `${frame.type}:${frame.conversationId}:${frame.type === 'transfer' ? frame.agentId : ''}`;

/**
 * Claims, releases, closes and transfers sent on the current socket and not yet answered, by ref. The same act asked
 * again before its answer (a double click on Hand back, Close confirmed twice) is not sent again: it gets the first
 * one's answer (sent twice, the second was refused — "changed meanwhile", "closed" — and that refusal was shown).
 */
export class AwaitedActs {
  private acts = new Map<string, { act: string; settle: (r: ActResult) => void; answer: Promise<ActResult> }>();

  /** @param send sends a frame on the socket: false when there is no open socket. */
  constructor(private readonly send: (frame: AgentClientFrame) => boolean) {}

  /** Sent now, answered by `done` or a refusal with its ref; not resent after a drop (the caller looks again and decides). */
  ask(frame: ActFrame): Promise<ActResult> {
    const act = actOf(frame);
    const asked = [...this.acts.values()].find((a) => a.act === act);
    if (asked) return asked.answer;
    if (!this.send(frame)) return Promise.resolve({ ok: false, code: 'disconnected' });
    let settle!: (r: ActResult) => void;
    const answer = new Promise<ActResult>((resolve) => (settle = resolve));
    this.acts.set(frame.ref, { act, settle, answer });
    return answer;
  }

  awaits(ref: string | undefined): boolean {
    return ref !== undefined && this.acts.has(ref);
  }

  settle(ref: string, result: ActResult): void {
    this.acts.get(ref)?.settle(result);
    this.acts.delete(ref);
  }

  /** The socket is gone: answers owed on it never come. */
  lost(): void {
    for (const act of this.acts.values()) act.settle({ ok: false, code: 'disconnected' });
    this.acts.clear();
  }
}
