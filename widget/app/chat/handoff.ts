import type { ContactKind, ErrorFrame, Reach, VisitorClientFrame, VisitorServerFrame } from '../../../protocol/index.ts';

/** A ticket the server stored: what it holds (masked as stored) and when a reply can be expected. */
export interface SavedTicket {
  contactKind: ContactKind;
  contact: string;
  text: string;
  /** The next opening when the site is closed (a reply comes after it); null: as soon as someone is free. */
  replyAfter: number | null;
}

/** What the widget shows about the human side of the chat. */
export interface HandoffView {
  /** Whether a person can answer now (online with a typical reply time, or away until a time); null until told. */
  reach: Reach | null;
  /** While waiting and someone can answer: 1 = next in line. */
  queuePosition: number | null;
  /** The measured wait estimate; null until enough chats were measured. */
  estimateSec: number | null;
  /** When closed: already rated. */
  rated: boolean | null;
  /** An agent typing, until this time (ms since epoch); cleared when their message arrives. */
  typingUntil: number;
  /** Who, as the typing frame names them (their name now: renamed since the chat's state said it), or null. */
  typingName: string | null;
  /** The agent has read the visitor's messages up to this seq. */
  readSeq: number;
  /** A leave_message was sent and not yet answered. */
  ticketSending: boolean;
  ticket: SavedTicket | null;
  /** The server refused the ticket (the reason, with the field in `path`), or it could not be sent. */
  ticketError: ErrorFrame | null;
}

export const EMPTY_HANDOFF: HandoffView = {
  reach: null,
  queuePosition: null,
  estimateSec: null,
  rated: null,
  typingUntil: 0,
  typingName: null,
  readSeq: 0,
  ticketSending: false,
  ticket: null,
  ticketError: null,
};

export type HandoffServerFrame = Extract<VisitorServerFrame, { type: 'state' | 'typing' | 'read' | 'ticket_saved' }>;
export type HandoffClientFrame = Extract<VisitorClientFrame, { type: 'cancel_handoff' | 'leave_message' | 'rate' | 'typing' | 'read' }>;

export function reduceHandoff(view: HandoffView, frame: HandoffServerFrame, now = Date.now()): HandoffView {
  switch (frame.type) {
    case 'state':
      return {
        ...view,
        reach: frame.reach ?? view.reach,
        queuePosition: frame.queuePosition ?? null,
        estimateSec: frame.estimateSec ?? null,
        rated: frame.rated ?? null,
        typingUntil: 0,
      };
    case 'typing':
      return { ...view, typingUntil: now + 4000, typingName: frame.name };
    case 'read':
      return { ...view, readSeq: Math.max(view.readSeq, frame.seq) };
    case 'ticket_saved':
      return { ...view, ticketSending: false, ticketError: null, ticket: { contactKind: frame.contactKind, contact: frame.contact, text: frame.text, replyAfter: frame.replyAfter } };
  }
}

/** An error frame while a ticket was on its way is the ticket's: shown at its form (the field named by `path`). */
export function ticketRefused(view: HandoffView, error: ErrorFrame): HandoffView | null {
  return view.ticketSending && !error.ref ? { ...view, ticketSending: false, ticketError: error } : null;
}
