import type { VisitorClientFrame, VisitorServerFrame } from '../../../protocol/index.ts';

/** What the widget shows about the human side of the chat. */
export interface HandoffView {
  /** While waiting: 1 = next in line. */
  queuePosition: number | null;
  estimateSec: number | null;
  /** While waiting: false = nobody online, offer to leave a message. */
  agentsOnline: boolean | null;
  /** When closed: already rated. */
  rated: boolean | null;
  /** An agent typing, until this time (ms since epoch). */
  typingUntil: number;
  /** The agent has read the visitor's messages up to this seq. */
  readSeq: number;
  ticketSaved: boolean;
}

export const EMPTY_HANDOFF: HandoffView = {
  queuePosition: null,
  estimateSec: null,
  agentsOnline: null,
  rated: null,
  typingUntil: 0,
  readSeq: 0,
  ticketSaved: false,
};

export type HandoffServerFrame = Extract<VisitorServerFrame, { type: 'state' | 'typing' | 'read' | 'ticket_saved' }>;
export type HandoffClientFrame = Extract<VisitorClientFrame, { type: 'cancel_handoff' | 'leave_message' | 'rate' | 'typing' | 'read' }>;

export function reduceHandoff(view: HandoffView, frame: HandoffServerFrame, now = Date.now()): HandoffView {
  switch (frame.type) {
    case 'state':
      return {
        ...view,
        queuePosition: frame.queuePosition ?? null,
        estimateSec: frame.estimateSec ?? null,
        agentsOnline: frame.agentsOnline ?? null,
        rated: frame.rated ?? null,
        typingUntil: 0,
      };
    case 'typing':
      return { ...view, typingUntil: now + 4000 };
    case 'read':
      return { ...view, readSeq: Math.max(view.readSeq, frame.seq) };
    case 'ticket_saved':
      return { ...view, ticketSaved: true };
  }
}
