import { maskCardNumbers, type CardMaskStyle } from '../../protocol/index.ts';
import { storedPageUrl } from '../services/visitor-context.ts';

/**
 * What `npm run mask-existing` rewrites, on either engine: every stored column a person typed into or a visitor's
 * browser sent. Free text gets its card numbers masked; a page address is also cut to origin + path (rows written
 * before the loader and the server dropped the query and fragment).
 */
export interface MaskedColumn {
  table: string;
  column: string;
  /** The primary key (PostgreSQL walks the table by it; SQLite by rowid). */
  key: { name: string; type: 'text' | 'bigint' };
  kind: 'text' | 'page_url';
}

const id = { name: 'id', type: 'text' } as const;
export const MASKED_COLUMNS: readonly MaskedColumn[] = [
  { table: 'messages', column: 'text', key: id, kind: 'text' },
  { table: 'notes', column: 'text', key: id, kind: 'text' },
  { table: 'tickets', column: 'text', key: id, kind: 'text' },
  { table: 'tickets', column: 'contact', key: id, kind: 'text' },
  { table: 'ratings', column: 'comment', key: { name: 'conversation_id', type: 'text' }, kind: 'text' },
  { table: 'conversation_events', column: 'comment', key: { name: 'id', type: 'bigint' }, kind: 'text' },
  { table: 'canned_replies', column: 'text', key: id, kind: 'text' },
  { table: 'conversations', column: 'page_url', key: id, kind: 'page_url' },
  { table: 'conversations', column: 'page_title', key: id, kind: 'text' },
  { table: 'conversations', column: 'user_agent', key: id, kind: 'text' },
];

/** One stored value as it would be written today. */
export function remasked(kind: MaskedColumn['kind'], value: string, style: CardMaskStyle): string {
  return kind === 'page_url' ? storedPageUrl(value, style) : maskCardNumbers(value, style);
}

export interface MaskReport {
  /** `table.column` → rows scanned and rows rewritten. */
  [column: string]: { scanned: number; masked: number };
}

/** Rows read per batch (each batch is rewritten in one short transaction). */
export const MASK_BATCH = 1000;
