import type { FaqFeedbackCount, UnansweredQuestion } from '../../protocol/index.ts';

/** A question to count as unanswered: `key` is its normalised text (the same key → the same row). */
export interface UnansweredNote {
  key: string;
  text: string;
  kind: UnansweredQuestion['kind'];
  locale: string;
}

/** Storage for the FAQ: the admin-edited pack, the unanswered questions, the helpfulness votes. */
export interface FaqStore {
  /** The pack as admins last saved it (JSON text), or null: the shipped pack files are in use. */
  loadFaqPack(): Promise<string | null>;
  saveFaqPack(json: string): Promise<void>;
  /** Count one more ask of this question (a new row the first time). Keeps at most `cap` rows, dropping the least asked. */
  noteUnanswered(note: UnansweredNote, cap: number): Promise<void>;
  /** Most asked first, then most recent. */
  listUnanswered(limit: number): Promise<UnansweredQuestion[]>;
  getUnanswered(id: string): Promise<UnansweredQuestion | null>;
  deleteUnanswered(id: string): Promise<boolean>;
  /**
   * Record (or change) the visitor's vote on a bot message. False when there is no such bot message in one
   * of this visitor's conversations (someone else's message looks the same as a missing one).
   */
  voteOnBotMessage(visitorId: string, messageId: string, helpful: boolean): Promise<boolean>;
  /** Votes per entry the voted messages answered with. */
  feedbackSummary(): Promise<FaqFeedbackCount[]>;
}
