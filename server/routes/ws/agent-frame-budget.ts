import type { AgentClientFrame, ErrorFrame } from '../../../protocol/index.ts';
import type { LimitRule } from '../../cluster/types.ts';
import { fullBucket, takeToken, type TokenBucket } from '../../cluster/token-bucket.ts';

/**
 * One console socket's budget of frames (kept by the socket, in this process: a socket lives on one node). Every
 * parsed frame but ping takes a token; over the budget a frame is refused with `rate_limited` and nothing is done.
 * A reply or note refused in a watched conversation marks it "refused from" that clientId: its later writes are
 * refused too until that one comes again, so a refused write is never overtaken (the console resends from it, in
 * order). Only watched conversations are marked (the console writes in no other): the marks are bounded.
 */
export class AgentFrameBudget {
  private readonly bucket: TokenBucket;
  /** Per watched conversation: the clientId of its first refused write, until that write is let through. */
  private readonly refusedFrom = new Map<string, string>();

  constructor(
    private readonly rule: LimitRule,
    private readonly watching: (conversationId: string) => boolean,
    /** The clock the bucket refills by. */
    private readonly now: () => number,
  ) {
    this.bucket = fullBucket(rule, now());
  }

  /** null: handle the frame; otherwise the refusal to send instead. */
  refusal(frame: AgentClientFrame): ErrorFrame | null {
    if (frame.type === 'ping') return null; // answered with one small frame, what a refusal would cost
    const wait = takeToken(this.bucket, this.rule, this.now());
    if (frame.type !== 'send' && frame.type !== 'note') return wait === 0 ? null : refused(wait, 'ref' in frame ? frame.ref : undefined);
    const { conversationId, clientId } = frame;
    const first = this.refusedFrom.get(conversationId);
    if (wait === 0 && (first === undefined || first === clientId)) {
      this.refusedFrom.delete(conversationId);
      return null;
    }
    if (first === undefined && this.watching(conversationId)) this.refusedFrom.set(conversationId, clientId);
    return refused(Math.max(wait, 1), clientId);
  }

  /** The conversation is no longer watched. */
  forget(conversationId: string): void {
    this.refusedFrom.delete(conversationId);
  }
}

const refused = (retryAfter: number, ref: string | undefined): ErrorFrame => ({
  type: 'error',
  code: 'rate_limited',
  message: 'too many frames on this connection; wait a moment',
  retryAfter,
  ...(ref === undefined ? {} : { ref }),
});
