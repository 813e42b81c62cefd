/** Data-subject requests and retention: the port both adapters implement (sqlite-visitor-data.ts, postgres-visitor-data.ts). */
export type Row = Record<string, unknown>;

export interface VisitorExport {
  visitor: Row;
  conversations: (Row & { messages: Row[]; notes: Row[]; tickets: Row[]; rating: Row | null; events: Row[] })[];
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

export interface VisitorDataStore {
  exportVisitor(visitorId: string): Promise<VisitorExport | null>;
  /** Null when there is no such visitor. Audit records keep who did what, no longer which conversation. */
  eraseVisitor(visitorId: string): Promise<Erased | null>;
  /** Delete conversations not updated since `before` (ms), and visitors left with none; returns how many conversations. */
  purgeConversationsBefore(before: number): Promise<number>;
  close(): Promise<void>;
}

/** Columns never exported: credentials, not facts about the person. */
const SECRET_COLUMNS = new Set(['token_hash']);
export const withoutSecrets = (row: Row): Row => Object.fromEntries(Object.entries(row).filter(([k]) => !SECRET_COLUMNS.has(k)));
