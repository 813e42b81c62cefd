import { normalizeText } from './normalize.ts';
import { foldTraditional } from './t2s.ts';
import { EN, EN_ALONE, ES } from './handoff-en-es.ts';
import { ALONE, JA, KO, ZH } from './handoff-cjk.ts';
import { OTHER } from './handoff-other.ts';

/**
 * "I want a human": a short, explicit request for a person, in any of the pack languages.
 * Checked on normalised text (so 轉人工 = 转人工, full width and accents do not matter) before
 * ranking. A request names a person (human, agent, 人工, オペレーター, 상담원, asesor…) together
 * with asking for one (talk to, connect me, 转, 代わって, 연결, pásame…); sentences that merely
 * mention a person ("someone stole my card", "가짜 상담원한테 알려줬어요") are not requests.
 */

/** Requests are short: at most this many words (spaced scripts) or characters (CJK; Japanese, whose keigo is long, a few more). */
const MAX_WORDS = 12;
const MAX_CJK_CHARS = 24;
const MAX_KANA_TEXT_CHARS = 32;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Regex sources may contain Traditional characters: fold them as the text is folded. */
const re = (source: string) => new RegExp(foldTraditional(source), 'u');

const PATTERNS: readonly RegExp[] = [...EN, ...ES, ...ZH, ...JA, ...KO, ...OTHER].map(re);
/** Requests only as the whole message, never as a long message's first or last sentence. */
const ALONE_PATTERNS: readonly RegExp[] = [...EN_ALONE, ...ALONE].map(re);

/** Words that alone are a request ("人工", "真人？") once politeness is stripped, but not inside "人工智能". */
const BARE_ZH = new Set(['人工', '真人', '客服', '人类', '专人', '专员', '客服人员', '人工服务', '真人客服', '人工客服']);
const ZH_FILLERS = /我要|我想|请|帮我|给我|麻烦|谢谢|一下|可以|呢|吧|啊|吗|呀|嘛/g;

/** Where a sentence ends: a long message's first or last sentence may be the request ("… nothing works. Human please"). */
const SENTENCE_END = /[.!?。！？\n]+/u;

/**
 * Where a clause ends inside a sentence. A long sentence's last clause may be the request, the way a polite one is
 * built ("恐れ入りますが、…担当者の方におつなぎいただけますか", "I tried everything, can I talk to a human");
 * its first clause is not taken ("Don't connect me to an agent, just tell me the fee").
 */
const CLAUSE_END = /[,，、;；]+/u;

/** `normalized`: normalizeText(text), when the caller has it already. */
export function isHandoffRequest(text: string, normalized = normalizeText(text)): boolean {
  if (isShortRequest(normalized) || ALONE_PATTERNS.some((p) => p.test(joinCjk(normalized)))) return true;
  const sentences = text.split(SENTENCE_END).filter((part) => part.trim() !== '');
  if (sentences.length === 0) return false;
  const last = sentences[sentences.length - 1]!;
  if (sentences.length > 1 && (isShortRequest(normalizeText(sentences[0]!)) || isShortRequest(normalizeText(last)))) return true;
  const clauses = last.split(CLAUSE_END).filter((part) => part.trim() !== '');
  return clauses.length > 1 && isShortRequest(normalizeText(clauses[clauses.length - 1]!));
}

function isShortRequest(normalized: string): boolean {
  if (normalized === '') return false;
  const cjkChars = normalized.replace(/[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, '').length;
  if (normalized.split(' ').length > MAX_WORDS || cjkChars > (KANA.test(normalized) ? MAX_KANA_TEXT_CHARS : MAX_CJK_CHARS)) return false;
  const joined = joinCjk(normalized);
  if (PATTERNS.some((p) => p.test(joined))) return true;
  // "agent agent agent" and "真人真人真人" ask as plainly as "agent" and "真人".
  const compact = normalized.replace(/ /g, '');
  const unit = repeatedUnit(compact);
  if (unit !== compact && PATTERNS.some((p) => p.test(unit))) return true;
  return BARE_ZH.has(repeatedUnit(compact.replace(ZH_FILLERS, '')));
}

/** "转 人工": CJK words typed apart are one phrase. */
function joinCjk(normalized: string): string {
  return normalized.replace(/(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]) (?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu, '');
}

/** "真人真人真人" → "真人": the shortest unit the text repeats (the text itself when it repeats none), without backtracking. */
function repeatedUnit(text: string): string {
  const period = `${text}${text}`.indexOf(text, 1);
  return period > 0 && period < text.length ? text.slice(0, period) : text;
}
