import type { FaqEdit, FaqFeedbackCount, UnansweredQuestion } from '../../protocol/index.ts';

/** A question to count as unanswered: `key` is its normalised text (the same key → the same row). */
export interface UnansweredNote {
  key: string;
  text: string;
  kind: UnansweredQuestion['kind'];
  locale: string;
}

export interface StoredFaqPack {
  json: string;
  version: number;
}

/** An edit to record (the agent's name is looked up as it is now). */
export interface NewFaqEdit {
  agentId: string | null;
  action: FaqEdit['action'];
  entryId: string | null;
  before: object | null;
  after: object | null;
  revertOf: string | null;
  /** With an import: the whole pack it replaced (JSON), so it can be reverted. */
  packBefore: string | null;
}

/** Storage for the FAQ: the admin-edited pack, the unanswered questions, the helpfulness votes. */
export interface FaqStore {
  /** The pack as admins last saved it (JSON text) with its version, or null: the shipped pack files are in use. */
  loadFaqPack(): Promise<StoredFaqPack | null>;
  /**
   * Store the pack, and record `edit` in the FAQ's history in the same transaction; resolves with the pack's
   * new version (each save adds one; the first is 1). With `ifVersion`, only when the stored version is still
   * that (0: nothing stored yet): otherwise nothing is written and it resolves with null (another node saved).
   */
  saveFaqPack(json: string, edit?: NewFaqEdit, ifVersion?: number): Promise<number | null>;
  /** The stored pack's version (0: none stored): cheap, for nodes checking whether to reload. */
  faqPackVersion(): Promise<number>;
  /** The FAQ's edits, newest first; of one entry when `entryId` is given. */
  listFaqEdits(query: { entryId?: string; limit: number }): Promise<FaqEdit[]>;
  /** One edit, with the whole pack before it when it was an import. */
  getFaqEdit(id: string): Promise<(FaqEdit & { packBefore: string | null }) | null>;
  /** How many unanswered questions are kept. */
  countUnanswered(): Promise<number>;
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

/**
 * The one statement that saves the pack (both adapters): unconditionally, or only from version `ifVersion`
 * (0: only when none is stored). It returns the new version, or no row when the version had moved.
 */
export function savePackSql(json: string, now: number, ifVersion: number | undefined, p: (n: number) => string): [string, unknown[]] {
  if (ifVersion === undefined) {
    return [
      `INSERT INTO faq_pack (id, json, updated_at, version) VALUES (1, ${p(1)}, ${p(2)}, 1)
       ON CONFLICT (id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at, version = faq_pack.version + 1 RETURNING version`,
      [json, now],
    ];
  }
  if (ifVersion === 0) return [`INSERT INTO faq_pack (id, json, updated_at, version) VALUES (1, ${p(1)}, ${p(2)}, 1) ON CONFLICT (id) DO NOTHING RETURNING version`, [json, now]];
  return [`UPDATE faq_pack SET json = ${p(1)}, updated_at = ${p(2)}, version = version + 1 WHERE id = 1 AND version = ${p(3)} RETURNING version`, [json, now, ifVersion]];
}
