/** Data-subject requests and retention: the port both adapters implement (sqlite-visitor-data.ts, postgres-visitor-data.ts). */
export type Row = Record<string, unknown>;

export interface VisitorExport {
  visitor: Row;
  conversations: (Row & { messages: Row[]; notes: Row[]; tickets: Row[]; rating: Row | null; events: Row[]; attachments?: object[] })[];
}

export interface EraseCounts {
  conversations: number;
  messages: number;
}

export interface Erased {
  counts: EraseCounts;
  /** The conversations that are gone (to close their sockets and drop them from the consoles). */
  conversationIds: string[];
}

/**
 * The rows are deleted, but the store could not make sure no copy stays in its files (SQLite: the WAL stayed busy).
 * Carries what was erased, so the caller finishes its side (sockets, consoles, audit) and then reports the failure.
 * The store wipes again at its next erasure or purge.
 */
export class CopyRemainsError extends Error {
  constructor(readonly erased: Erased | number) {
    // The visitor's ids stay out of the message: it is logged.
    super('the rows are deleted, but a copy may remain in the database files until the next wipe');
  }
}

export interface VisitorDataStore {
  exportVisitor(visitorId: string): Promise<VisitorExport | null>;
  /**
   * Null when there is no such visitor. Audit records keep who did what, no longer which conversation. Throws
   * CopyRemainsError when the rows are gone but a copy could not be wiped from the files (never claims it was).
   */
  eraseVisitor(visitorId: string): Promise<Erased | null>;
  /**
   * Delete conversations not updated since `before` (ms), and visitors left with none; returns how many conversations.
   * Throws CopyRemainsError (with the count) like eraseVisitor.
   */
  purgeConversationsBefore(before: number): Promise<number>;
  close(): Promise<void>;
}

/** Columns never exported: credentials, not facts about the person; the search index's folded copies of other columns. */
const SECRET_COLUMNS = new Set(['token_hash', 'folded', 'search_name', 'search_contact']);
export const withoutSecrets = (row: Row): Row => Object.fromEntries(Object.entries(row).filter(([k]) => !SECRET_COLUMNS.has(k)));
