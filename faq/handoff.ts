import { normalizeText } from './normalize.ts';
import { foldTraditional } from './t2s.ts';

/**
 * "I want a human": a short, explicit request for a person, in any of the pack languages.
 * Checked on normalised text (so 轉人工 = 转人工, full width and accents do not matter) before
 * ranking. A request names a person (human, agent, 人工, オペレーター, 상담원, asesor…) together
 * with asking for one (talk to, connect me, 转, 代わって, 연결, pásame…); sentences that merely
 * mention a person ("someone stole my card", "가짜 상담원한테 알려줬어요") are not requests.
 */

/** Requests are short: at most this many words (spaced scripts) or characters (CJK). */
const MAX_WORDS = 12;
const MAX_CJK_CHARS = 24;

/** Regex sources may contain Traditional characters: fold them as the text is folded. */
const re = (source: string) => new RegExp(foldTraditional(source), 'u');

const EN_PERSON =
  '(?:(?:a|an|the|some|your|one|of|real|live|actual|human|proper) ){0,4}' +
  '(?:human|humans|person|people|agent|agents|representative|rep|operator|someone|somebody|anyone|anybody|staff|advisor|adviser|' +
  'customer (?:service|support|care)(?: agent| rep| representative| team)?|support (?:agent|team|staff)|live chat|manager|supervisor)';
const EN_HUMAN =
  '(?:(?:a|an|the|real|live|actual) ){0,4}(?:human|agent|representative|operator|real person|live person|customer service rep)';

const ES_PERSON =
  '(?:(?:un|una|el|la|algun|alguna) )?(?:persona|humano|agente|asesor|asesora|operador|operadora|representante|alguien|' +
  'ejecutivo|ejecutiva|ser humano|soporte humano|atencion al cliente)';

const PATTERNS: readonly RegExp[] = [
  // en
  re(`\\b(?:talk|speak|chat|talking|speaking|chatting)(?: (?:to|with))? ${EN_PERSON}\\b`),
  re(`\\b(?:connect|transfer|put|pass|forward|escalate|redirect|switch)(?: me| this| it)? (?:to|through to|with|over to) ${EN_PERSON}\\b`),
  re(`\\b(?:get|want|need|give me|request|prefer)(?: me)? ${EN_HUMAN}\\b`),
  re(`\\bis there (?:a |an )?(?:anyone |someone |somebody |person |human )?(?:real|human|live)\\b`),
  re(
    '^(?:hi |hello |hey )?(?:please )?(?:a |an )?(?:real |live )?(?:human|agent|representative|operator|person|customer service|' +
      'customer support|live chat|live agent|real person)(?: please| pls| now| asap)?$',
  ),
  re('\\bhuman (?:please|pls|agent|support|being please)\\b'),
  re('\\b(?:not|no|stop|dont want|dont want to talk to|hate) (?:a |the |this |talking to (?:a |the )?)?(?:bot|robot|machine)\\b'),
  // es
  re(`\\b(?:hablar|comunicarme|chatear|contactar|hable|habla|pasar|pasarme|pasa) (?:con )?${ES_PERSON}\\b`),
  re(`\\b(?:pasame|pasenme|paseme|comunicame|transfiereme|quiero|necesito|dame|atienda|atiende)(?: con| que me atienda)? ${ES_PERSON}\\b`),
  re('\\b(?:alguien|persona) (?:real|de verdad|de carne y hueso)\\b'),
  re('^(?:hola )?(?:por favor )?(?:un |una )?(?:agente|asesor|operador|humano|persona real|atencion al cliente)(?: por favor)?$'),
  re('\\bno (?:quiero )?(?:hablar con )?(?:un |el |una |la )?(?:bot|robot|maquina)\\b'),
  // zh-CN, zh-TW: asking for 人工 / 真人 / 客服 / 专人
  re('(?:转|接|找|要|叫|呼叫|换)(?:接)?(?:个|一个|一下)?(?:人工|真人|专人|专员|客服|活人)'),
  re('人工(?:客服|服务|坐席|台|服务台)|真人(?:客服|服务)|专人服务|客服在吗'),
  re('(?:和|跟|同|与)(?:真人|人工|客服|活人|专人)(?:人员)?(?:直接)?(?:聊|说|讲|谈|对话|沟通)'),
  re('有没有(?:真人|人工|活人|专人)|有(?:真人|人工|活人)吗'),
  re('(?:不要|不想|别|不想要)(?:再)?(?:跟|和|同)?(?:机器人|机械人)'),
  // ja: a person + asking to talk to / be put through to / be switched to them
  re(
    '(?:オペレーター|オペレータ|担当者|担当の方|人間|人|スタッフ|係の人|係員|有人|窓口|相談員|サポートの方)(?:さん|の方|様|チャット|対応)?' +
      '(?:と|に|が|を|で)?(?:直接)?(?:話|代わ|代え|替わ|切り替え|切替|つな|繋|相談|お願い|希望|出し|対応|聞き)',
  ),
  re('^(?:オペレーター|オペレータ|有人対応|有人チャット|担当者)(?:を|で)?(?:お願い(?:します)?)?$'),
  re('(?:ボット|ロボット|機械)(?:じゃなく|では|だと解決しない|はいや|は嫌)'),
  // ko: a person + connect / switch / call / talk
  re(
    '(?:상담원|상담사|상담|직원|사람|담당자|인간|실제 사람|진짜 사람)(?:분|님)?(?:이랑|랑|과|와|하고|한테|을|를|이|가|으로|로)?' +
      ' ?(?:좀 |직접 )?(?:연결|바꿔|불러|대화|통화|채팅|얘기|이야기|말하|부탁|있어요|있나요)',
  ),
  re('^(?:상담원|상담사|직원)(?:요| 요청| 부탁)?$'),
  re('(?:챗봇|봇|로봇) (?:말고|싫어|아니고)'),
  // Languages without FAQ content: the phrase their "none" reply asks for, and the plain forms of asking.
  re('\\b(?:mit|zu) (?:einem |einer |einen )?(?:echten )?(?:mitarbeiter|mitarbeiterin|menschen?|berater|person)\\b'),
  re('^(?:einen? )?(?:mitarbeiter|mitarbeiterin|menschen?|berater|kundendienst)(?: bitte)?$'),
  re('\\bparler (?:a|avec) (?:un |une |quelqu un|le |la )?(?:vrai |vraie )?(?:conseiller|conseillere|humain|agent|personne|operateur|operatrice|service client)'),
  re('^(?:un |une )?(?:conseiller|conseillere|agent|humain|operateur)(?: svp| s il vous plait| please)?$'),
  re('\\b(?:falar|conversar|fale) com (?:um |uma |o |a )?(?:atendente|humano|pessoa|agente|operador|operadora)'),
  re('^(?:um |uma )?(?:atendente|humano)(?: por favor)?$'),
  re('\\b(?:bicara|berbicara|ngobrol|hubungkan|sambungkan)(?: saya)? (?:dengan |ke )?(?:petugas|manusia|agen|cs|customer service|orang)'),
  re('^(?:minta )?petugas(?: dong| tolong| please)?$'),
  re('\\b(?:gap|noi chuyen voi|ket noi voi|ket noi|chuyen sang|cho gap) (?:voi )?(?:nhan vien|nguoi that|tu van vien|tong dai vien)'),
  re('^(?:gap )?nhan vien$'),
  re('(?:التحدث|تحدث|اتحدث|أتحدث|اريد|أريد|وصلني|حولني)(?: إلى| الى| مع)? (?:موظف|انسان|إنسان|شخص|خدمة العملاء)'),
  re('^(?:موظف|خدمة العملاء)$'),
];

/** Words that alone are a request ("人工", "真人？") once politeness is stripped, but not inside "人工智能". */
const BARE_ZH = new Set(['人工', '真人', '客服', '人类', '专人']);
const ZH_FILLERS = /我要|我想|请|帮我|给我|麻烦|谢谢|一下|可以|呢|吧|啊|吗|呀|嘛/g;

/** `normalized`: normalizeText(text), when the caller has it already. */
export function isHandoffRequest(text: string, normalized = normalizeText(text)): boolean {
  if (normalized === '') return false;
  const cjkChars = normalized.replace(/[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, '').length;
  if (normalized.split(' ').length > MAX_WORDS || cjkChars > MAX_CJK_CHARS) return false;
  if (PATTERNS.some((p) => p.test(normalized))) return true;
  const bare = normalized.replace(/ /g, '').replace(ZH_FILLERS, '');
  // "真人真人真人" asks as plainly as "真人".
  return BARE_ZH.has(repeatedUnit(bare));
}

/** "真人真人真人" → "真人": the shortest unit the text repeats (the text itself when it repeats none), without backtracking. */
function repeatedUnit(text: string): string {
  const period = `${text}${text}`.indexOf(text, 1);
  return period > 0 && period < text.length ? text.slice(0, period) : text;
}
