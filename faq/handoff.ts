import { normalizeText } from './normalize.ts';

/**
 * "I want a human": a short, explicit request for a person, in any of the pack languages.
 * Checked on normalised text (so 轉人工 = 转人工, full width and accents do not matter) before
 * ranking. Long sentences that merely mention a person ("someone stole my card") are not requests.
 */

/** Requests are short: at most this many words (spaced scripts) or characters (CJK). */
const MAX_WORDS = 12;
const MAX_CJK_CHARS = 20;

const EN_TARGET =
  '(?:(?:a|an|the|some|your|one|of|real|live|actual|human|actual)\\s+)*' +
  '(?:human|humans|person|people|agent|agents|representative|rep|operator|someone|somebody|staff|advisor|adviser|' +
  'customer (?:service|support|care)(?: agent| rep| representative| team)?|support (?:agent|team|staff)|live chat|manager|supervisor)';
const EN_HUMAN = '(?:(?:a|an|the|real|live|actual)\\s+)*(?:human|agent|representative|operator|real person|live person|customer service|customer support)';

const SPACED_PATTERNS: readonly RegExp[] = [
  // en
  new RegExp(`\\b(?:talk|speak|chat|talking|speaking|chatting)(?: (?:to|with))? ${EN_TARGET}\\b`),
  new RegExp(`\\b(?:connect|transfer|put|pass|forward|escalate|redirect|switch)(?: me| this| it)?(?: (?:to|through to|with|over to)) ${EN_TARGET}\\b`),
  new RegExp(`\\b(?:get|want|need|give me|request|contact|call|reach|prefer|is there)(?: me)? ${EN_HUMAN}\\b`),
  /^(?:hi |hello |hey )?(?:please )?(?:a |an )?(?:real |live )?(?:human|agent|representative|operator|person|customer service|customer support|live chat|live agent|real person)(?: please| pls| now| asap)?$/,
  /\bhuman (?:please|pls|agent|support|being please)\b/,
  /\b(?:not|no|stop|dont want|dont want to talk to|hate) (?:a |the |this |talking to (?:a |the )?)?(?:bot|robot|machine)\b/,
  // es
  /\b(?:hablar|comunicarme|comunicar|chatear|contactar|hable|habla) (?:con )?(?:un |una |el |la |algun |alguna )?(?:persona|humano|agente|asesor|asesora|operador|operadora|representante|alguien|ejecutivo|ser humano|soporte|atencion al cliente)\b/,
  /\b(?:pasame|pasenme|paseme|comunicame|transfiereme|transfiere|quiero|necesito|dame|con) (?:con )?(?:un |una |el |la )?(?:persona real|agente|asesor|asesora|operador|operadora|humano|representante|ser humano)\b/,
  /^(?:hola )?(?:por favor )?(?:un |una )?(?:agente|asesor|operador|humano|persona real|atencion al cliente|servicio al cliente)(?: por favor)?$/,
  /\bno (?:quiero )?(?:hablar con )?(?:un |el |una |la )?(?:bot|robot|maquina)\b/,
];

/** Phrases for scripts without spaces (zh, ja) and for Korean, matched as substrings. */
const PHRASES: readonly string[] = [
  // zh-CN / zh-TW (Traditional folds onto these)
  '转人工', '转接人工', '接人工', '找人工', '要人工', '叫人工', '呼叫人工', '我要人工', '人工客服', '人工服务', '人工坐席',
  '人工台', '真人客服', '真人服务', '找真人', '要真人', '和真人', '跟真人', '同真人', '真人聊', '真人说', '活人', '转客服',
  '接客服', '找客服', '要客服', '叫客服', '我要客服', '客服在吗', '联系客服', '客服人员', '在线客服', '找专人', '专人服务',
  '不要机器人', '不想跟机器人', '别用机器人',
  // ja
  'オペレーター', 'オペレータ', '担当者', '有人対応', '有人チャット', '人間と話', '人と話', '人間に代わ', '人に代わ', '人間につな',
  '人につな', '係の人', '係員', 'スタッフと話', 'スタッフにつな', '窓口につな', 'サポートにつな', '相談員', 'ボットじゃなく',
  'ロボットじゃなく', '人間がいい', '人間に相談', '人に相談したい', '人間の方',
  // ko
  '상담원', '상담사', '상담 직원', '직원 연결', '직원과 통화', '직원이랑', '직원하고', '사람 연결', '사람이랑', '사람과 대화',
  '사람하고', '사람한테', '실제 사람', '진짜 사람', '사람 바꿔', '사람으로 바꿔', '사람 불러', '고객센터 연결', '챗봇 말고',
  '봇 말고', '인간 상담', '사람이랑 얘기', '사람과 얘기',
].map(normalizeText);

/** Words that alone are a request ("人工", "真人？") once politeness is stripped, but not inside "人工智能". */
const BARE_ZH = new Set(['人工', '真人', '客服', '人类'].map(normalizeText));
const ZH_FILLERS = /我要|我想|请|帮我|给我|麻烦|谢谢|一下|呢|吧|啊|吗|呀|转|找|接/g;

export function isHandoffRequest(text: string): boolean {
  const normalized = normalizeText(text);
  if (normalized === '') return false;
  const words = normalized.split(' ');
  const cjkChars = normalized.replace(/[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, '').length;
  if (words.length > MAX_WORDS || cjkChars > MAX_CJK_CHARS) return false;
  if (SPACED_PATTERNS.some((p) => p.test(normalized))) return true;
  const compact = normalized.replace(/ /g, '');
  if (BARE_ZH.has(compact.replace(ZH_FILLERS, ''))) return true;
  return PHRASES.some((phrase) => normalized.includes(phrase) || compact.includes(phrase.replace(/ /g, '')));
}
