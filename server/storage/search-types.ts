import type { ChatMessage } from '../../protocol/index.ts';
import { normalizeText } from '../../faq/normalize.ts';

/**
 * Search over all history. What is indexed is a folded copy of the text, folded the way the FAQ engine folds
 * a question (faq/normalize.ts: NFKC so full width = half width, lower case, Traditional → Simplified, every
 * other non-letter/digit one space): 轉帳 finds 转账, ＴＸ-２０２４ finds tx 2024. The copy is kept next to
 * its source (messages.folded; visitors.search_name and search_contact) and indexed by character trigrams
 * (SQLite FTS5's trigram tokenizer, PostgreSQL's pg_trgm), so Chinese needs no word breaks.
 */
export const foldForSearch = (text: string): string => normalizeText(text);

/** The folded name and user id of a signed-in visitor (null for an anonymous one). */
export const visitorSearchName = (userId: string | null, name: string | null): string | null =>
  userId === null && name === null ? null : foldForSearch(`${name ?? ''} ${userId ?? ''}`);

/** The folded e-mail and the phone's digits only (so 138 0013 8000 and +86-13800138000 both hold 8613800138000). */
export const visitorSearchContact = (email: string | null, phone: string | null): string | null =>
  email === null && phone === null ? null : `${foldForSearch(email ?? '')} ${(phone ?? '').replace(/\D/g, '')}`.trim();

/** Only letters and digits: a term is used in LIKE patterns and must hold no wildcard. */
const TERM = /^[\p{L}\p{N}]+$/u;

export interface HistorySearch {
  /** Folded terms (see historySearch); every one must occur in the same field. */
  terms: string[];
  /** A phone-like query's digits: the contact matches them too (phones are kept as digits only). */
  digits: string | null;
  /** Look in visitors' e-mail and phone too (the caller's role may see contact details). */
  contact: boolean;
  limit: number;
}

export type SearchField = 'message' | 'visitor' | 'contact';

/** One conversation found: by its newest matching message, or by its visitor's name, user id or contact. */
export interface SearchHit {
  conversationId: string;
  field: SearchField;
  /** The newest matching message (field `message`), else null. */
  message: ChatMessage | null;
  /** When the match happened: the message's time, or the conversation's last update. */
  at: number;
}

export interface SearchStore {
  /** Conversations whose messages, or whose visitor, hold every term; newest first, one hit per conversation. */
  searchHistory(search: HistorySearch): Promise<SearchHit[]>;
  /** Fold up to `limit` rows stored without their folded copy (before the index existed, or edited since); returns how many. */
  foldPendingSearchText(limit: number): Promise<number>;
}

/** A typed query as the storage searches it: folded terms; a phone-like query's digits too (for the contact). */
export function historySearch(query: string, options: { contact: boolean; limit: number }): HistorySearch {
  const terms = foldForSearch(query)
    .split(' ')
    .filter((t) => TERM.test(t));
  const digits = /^[\s+()\d\uFF0B\uFF08\uFF09\uFF10-\uFF19.-]+$/u.test(query) ? query.normalize('NFKC').replace(/\D/g, '') : '';
  return { terms, digits: digits.length >= 4 ? digits : null, ...options };
}

/** Keep the newest hit per conversation, newest first, at most `limit`. */
export function mergeHits(hits: SearchHit[], limit: number): SearchHit[] {
  const best = new Map<string, SearchHit>();
  for (const h of hits) {
    const seen = best.get(h.conversationId);
    // A matching message says more than the visitor's name: it wins; else the newer wins.
    const better = !seen || (h.field === 'message') !== (seen.field === 'message') ? h.field === 'message' || !seen : h.at > seen.at;
    if (better) best.set(h.conversationId, h);
  }
  // Newest first; hits of the same millisecond keep the stores' order (each store lists its messages newest first).
  return [...best.values()].sort((a, b) => b.at - a.at).slice(0, limit);
}

/**
 * Where the terms occur in `text` as shown (ranges of UTF-16 offsets, sorted, merged), found on the folded
 * text as the index does: 轉帳 is marked when 转账 was searched. Folding goes one character at a time, so a
 * range maps back exactly.
 */
export function highlightRanges(text: string, terms: string[]): [number, number][] {
  let folded = '';
  const from: number[] = []; // from[i]: the offset in `text` of the character folded[i] came from
  let offset = 0;
  for (const ch of text) {
    const f = foldForSearch(ch);
    for (let i = 0; i < f.length; i++) from.push(offset);
    folded += f;
    offset += ch.length;
  }
  from.push(text.length);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      const last = from[at + term.length - 1]!;
      ranges.push([from[at]!, last + (text.codePointAt(last)! > 0xffff ? 2 : 1)]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const prev = merged.at(-1);
    if (prev && r[0] <= prev[1]) prev[1] = Math.max(prev[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}
