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
  '(?:human|humans|person|people|agent|agents|representative|representitive|rep|operator|you guys|u guys|your people|employee|employees|specialist|consultant|expert|someone|somebody|anyone|anybody|staff|advisor|adviser|colleague|colleagues|' +
  'customer (?:services?|support|care)(?: agent| rep| representative| team)?|support (?:agent|team|staff)|team|live chat|manager|supervisor|ppl)';
const EN_HUMAN =
  '(?:(?:a|an|the|real|live|actual|some|your) ){0,4}(?:human|agent|representative|representitive|rep|operator|person|staff|real person|live person|customer service rep|manager|supervisor|' +
  'customer (?:service|support|care))';
/** What one is put through to, besides a person: the support desk itself. */
const EN_DESK = `(?:${EN_PERSON}|(?:the |your )?(?:support|customer service|customer support|customer care|help desk|helpdesk))`;

const ES_PERSON =
  '(?:(?:un|una|el|la|algun|alguna) )?(?:persona|humano|agente|asesor|asesora|operador|operadora|representante|alguien|' +
  'ejecutivo|ejecutiva|ser humano|soporte humano|atencion al cliente|supervisor|supervisora|encargado|encargada|gerente|ustedes)';
/** What one is put through to, besides a person: the support desk itself. */
const ES_DESK = `(?:${ES_PERSON}|(?:el |la )?(?:(?:area|equipo|departamento) de )?(?:soporte|atencion al cliente|servicio al cliente))`;

const PATTERNS: readonly RegExp[] = [
  // en
  re(`\\b(?:talk|speak|chat|talking|speaking|chatting)(?: (?:to|with))? ${EN_PERSON}\\b`),
  re(`\\b(?:connect|transfer|put|pass|forward|escalate|redirect|switch|hand)(?: me| this| it| my chat| this chat| the chat| my case| my call)?(?: off| over)? (?:to|through to|with|over to) ${EN_PERSON}\\b`),
  re('\\b(?:can|could|would|will|need|want|like|let|have|get) (?:someone|somebody|anyone|anybody|a person|a human|an agent) (?:from|of|on|in) (?:the |your )?(?:support|customer (?:service|support|care)|staff|team|support team|service team)\\b'),
  re('\\b(?:is|are) there (?:any |a |an )?(?:humans?|real (?:people|persons?)|live agents?|agents?|people|persons?|staff|representatives?|operators?) (?:working|there|available|around|online|(?:i|we) (?:can|could|may|might)|to)\\b'),
  re(`\\b(?:get|want|need|give me|request|prefer|id like|would like|(?:can|could|may) i have)(?: me)? ${EN_HUMAN}\\b`),
  re('\\b(?:contact|reach|ring|message) (?:a |an |some )?(?:real |live |actual )?(?:human|person|agent|representative|operator|people|ppl)\\b'),
  re('^(?:please )?escalate(?: please| pls| now)?$|^(?:live|human|real) (?:support|help|chat|person|agent)(?: please| pls| now)?$'),
  // A call back: "i want a callback", "can you call me back"
  re('\\b(?:want|need|like|get|request|arrange|book|schedule|have) (?:a )?call ?back\\b|\\b(?:can|could|would|will|please) (?:you |someone |somebody |an agent )?(?:call|phone|ring) me\\b'),
  re('\\b(?:help|assistance|support) from (?:a |an |the |some |your )?(?:real |live |actual )?(?:person|human|agent|staff|representative|someone|somebody)\\b'),
  re('\\bput (?:a |an )?(?:real |live )?(?:person|human|agent) on\\b'),
  re('\\b(?:get me|find me|send me|i need|i want) (?:someone|somebody|a person|a human) (?:who can|to talk|to speak|real|from)\\b'),
  re('\\bis (?:a |an )?(?:live |real |human )?(?:person|human|agent|someone|anyone|representative|operator) (?:available|there|online|around)\\b'),
  re(`\\bis there (?:a |an )?(?:anyone |someone |somebody |person |human )?(?:real|human|live)\\b`),
  re(
    '^(?:hi |hello |hey )?(?:please )?(?:a |an )?(?:real |live )?(?:human|agent|representative|rep|operator|person|customer service|' +
      'customer support|live chat|live agent|live rep|real person)(?: please| pls| plz| now| asap)?$',
  ),
  re('\\bhuman (?:please|pls|agent|support|being please)\\b'),
  // "is there someone i can talk to", "any humans around?", "is anybody there who can help me"
  re('\\b(?:is|are) (?:there )?(?:someone|somebody|anyone|anybody)(?: real)? (?:there )?(?:i can|i could|who can|who could|to) (?:talk|speak|chat|help)\\b'),
  re('^(?:are there )?any (?:humans?|real people|people|agents?|staff|reps?) (?:around|there|here|available|online)\\b'),
  // "i'd like to be transferred to an agent", "can i be connected to support"
  re(`\\b(?:be|get|getting|being) (?:transferred|connected|put through|passed|sent|forwarded|escalated) (?:to|over to) ${EN_DESK}\\b`),
  re(`\\b(?:connect|transfer|put|pass|forward) me (?:to|through to|with) ${EN_DESK}$`),
  // "please have a person contact me", "can someone from support call me" (a call back)
  re('\\b(?:have|get|can|could|may|will|would) (?:a |an |some |your |one of your )?(?:real |live )?(?:person|human|agent|someone|somebody|representative|rep|staff|manager|supervisor)(?: from (?:the |your )?(?:support|team|customer service))? (?:contact|call|phone|ring|email|reach|get back to) me\\b'),
  // "i want to make a complaint to a manager", "please escalate this", "can a real person look at my case"
  re('\\bcomplain(?:t)? (?:to|with) (?:a |an |the |your )?(?:manager|supervisor|human|person|someone|somebody)\\b'),
  re('\\bescalate (?:this|it|my (?:case|issue|problem|complaint|ticket)|the (?:case|issue|problem))\\b'),
  re('\\b(?:want|need|like|get|can|could|may|have|let) (?:a|an|some|one) (?:real |live |actual )?(?:human|person|agent|staff member|representative) (?:to )?(?:look at|looks at|check|review|handle|take over|take a look|see to)\\b'),
  re('\\bbring (?:in )?(?:a |an |some )?(?:real |live )?(?:human|person|agent|someone|somebody|manager|supervisor)(?: in)?\\b'),
  re('\\b(?:not|no|stop|dont want|dont want to talk to|hate) (?:a |the |this |talking to (?:a |the )?)?(?:bot|robot|machine)\\b'),
  // es
  re(`\\b(?:hablar|comunicarme|comunicame|comunica|comuniqueme|chatear|contactar|hable|habla|pasar|pasarme|pasa|atenderme|atenderte) (?:con )?${ES_PERSON}\\b`),
  re(`\\b(?:transfiereme|transfierame|transferirme|derivame|pasame|paseme|pasas|pasan|ponme|pongame|ponganme) (?:a|con) ${ES_PERSON}\\b`),
  re(`\\batencion (?:de|con|por parte de) ${ES_PERSON}\\b`),
  re('\\bhay (?:algun |alguna |un )?(?:humano|persona real|ser humano)\\b|\\bhay (?:algun|alguna) (?:agente|asesor|operador)\\b'),
  re(`\\b(?:pasame|pasenme|paseme|comunicame|transfiereme|quiero|necesito|dame|atienda|atiende)(?: con| que me atienda)? ${ES_PERSON}\\b`),
  re('\\b(?:alguien|persona) (?:real|de verdad|de carne y hueso)\\b'),
  re('\\bhay alguien (?:con quien|que) (?:pueda|puedo|me pueda) (?:hablar|atender|atenderme|ayudar)'),
  re(`\\b(?:que|lo|me) (?:vea|atienda|revise|resuelva) ${ES_PERSON}\\b`),
  re('^(?:hola )?(?:por favor )?(?:un |una )?(?:agente|asesor|operador|humano|persona real|atencion al cliente)(?: por favor)?$'),
  re('\\bno (?:quiero )?(?:hablar con )?(?:un |el |una |la )?(?:bot|robot|maquina)\\b'),
  // "me comunicas con atención al cliente", "hablar con soporte", "¿me pasas con el área de soporte?"
  re(`\\b(?:hablar|comunicame|comuniqueme|comuniquenme|conectame|conecteme|transfiereme|transfierame|derivame|pasame|paseme|pasenme|me (?:comunicas|comunica|comunican|conectas|conecta|pasas|pasa|pasan|transfieres|transfiere|derivas|deriva)) (?:con|a) ${ES_DESK}\\b`),
  // "me puede atender una persona", "necesito que me ayude una persona", "quiero que me llame un asesor"
  re(`\\b(?:atender|atenderme|me atienda|me atiendan|me ayude|ayudarme|me llame|me llamen|me contacte|me contacten|me escriba|llamarme|contactarme) ${ES_PERSON}\\b`),
  re(`^(?:con )?${ES_PERSON}(?: por favor| porfa| ya)?$`),
  re('\\bhay (?:un |una |algun |alguna )?(?:agente|asesor|asesora|operador|operadora|persona|ejecutivo|ejecutiva|humano)s? (?:disponibles?|conectad[oa]s?|en linea)\\b'),
  re(`\\b(?:queja|reclamo|reclamacion) (?:con|a|ante) ${ES_PERSON}\\b`),
  re('\\batencion (?:personalizada|humana|personal)\\b|\\bchat en vivo con\\b|^(?:un )?chat en vivo(?: por favor)?$'),
  // A call back, a person reviewing it: "me pueden llamar", "quiero que un agente revise mi caso"
  re('\\bme (?:pueden|puede|podrian|podria|puedes) (?:llamar|contactar|marcar)\\b|\\b(?:llamenme|llamame|contactenme|contactame)\\b'),
  re(`\\bque ${ES_PERSON} (?:revise|vea|atienda|resuelva|mire|me atienda|me llame|me ayude|me contacte)\\b`),
  // zh-CN, zh-TW: asking for 人工 / 真人 / 客服 / 专人
  re('(?:转|接|找|要|叫|呼叫|换|让|请|安排|帮我联系|接通)(?:接|给|到)?(?:个|一个|一下|一位|位)?(?:人工|真人|专人|专员|客服|活人|工作人员|员工|服务人员|负责人|主管|经理)'),
  re('(?:叫|让|请|转给|接通)你们的?(?:人工|真人|专人|专员|客服|工作人员|员工)|找你们的?(?:负责人|主管|经理)|(?:让|叫|找)(?:个)?人来(?:处理|帮|回复|回答|吧|$)'),
  re('人工(?:介入|处理|来)|找个人(?:来|过来|帮|吧|$)'),
  // 叫你们经理出来, 我要找你们领导, 换个人来回答, 有没有客服可以聊, 有人可以帮我吗
  re('(?:叫|找|让|请)你们的?(?:经理|领导|主管|负责人|老板|上级)'),
  re('换(?:一)?(?:个|位)?人(?:来|回答|处理|跟我|和我|吧|$)'),
  re('(?:有没有|有)(?:客服|工作人员|真人|人工)(?:可以|能|在线)(?:聊|说|回复|回答|帮|处理|跟我|和我)'),
  re('有(?:没有)?人(?:可以|能|在线)(?:帮(?:我|忙)|回复|回答|处理)(?:一下)?(?:吗|嘛|么|吧|呢)?$'),
  re('人工(?:客服|服务|坐席|台|服务台)|真人(?:客服|服务)|专人服务|客服在吗'),
  re('(?:和|跟|同|与)(?:你们的?)?(?:真人|人工|客服|活人|专人|员工|工作人员)(?:人员|小姐姐|小哥哥|小姐|小哥|妹妹)?(?:直接)?(?:聊|说|讲|谈|对话|沟通)'),
  // "客服在不在" asks for one; "怎么联系客服呢" asks how (contact-support).
  re('^(?:你们的?)?(?:客服|人工|真人)(?:小姐姐|小哥哥|小姐|小哥)?(?:在吗|在不在|在嘛|在么|在线吗|人呢)$'),
  re('有没有(?:真人|人工|活人|专人)|有(?:真人|人工|活人)(?:在线|在)?吗'),
  // A call back: 请客服给我回个电话, 可以电话联系我吗 (not 可以打电话给客服吗)
  re('(?:可以|能|能不能|请|麻烦|让|叫)(?:客服|人工|你们|工作人员)?(?:给我(?:打|回)(?:个)?电话|(?:打|回)(?:个)?电话给我|(?:电话|致电|回电)(?:联系)?我)'),
  re('(?:不要|不想|别|不想要)(?:再)?(?:跟|和|同)?(?:机器人|机械人)'),
  // ja: a person + asking to talk to / be put through to / be switched to them
  re(
    '(?:オペレーター|オペレータ|担当者|担当の方|人間の担当|担当|人間|人|誰か|スタッフ|係の人|係の方|係員|責任者|有人|窓口|相談員|サポートの方)(?:さん|の方|様|チャット|対応|サポート)?' +
      '(?:と|に|が|を|で)?(?:直接)?(?:お|ご)?(?:話|代わ|代え|替わ|切り替え|切替|つな|繋|相談|お願い|希望|出し|対応|聞き|呼)',
  ),
  re('^(?:オペレーター|オペレータ|有人対応|有人チャット|担当者)(?:を|で)?(?:お願い(?:します)?)?$'),
  re('(?:オペレーター|オペレータ|担当者|担当の方|スタッフ|人間|誰か人|係の方)(?:さん|の方|様)?(?:は|が)?(?:いますか|いませんか|いらっしゃいますか|おりますか|いない[?？]?$|いる[?？]?$)'),
  // A call back: 担当者から電話がほしい, 折り返し電話をお願いします
  re('折り返し(?:の)?(?:お)?(?:電話|連絡)(?:を|が)?(?:お願い|ください|下さい|ほしい|欲しい|もらえ|いただけ)'),
  re('(?:担当者|担当の方|オペレーター|スタッフ|係の方)(?:さん)?(?:から|より|に)(?:の)?(?:電話|連絡|折り返し)(?:が|を)?(?:ほしい|欲しい|ください|下さい|お願い|して(?:ほしい|欲しい|もらえ|いただけ))'),
  re('(?:ボット|ロボット|機械)(?:じゃなく|では|だと解決しない|はいや|は嫌)'),
  // ko: a person + connect / switch / call / talk
  re(
    '(?:상담원|상담사|상담|직원|사람|담당자|책임자|매니저|관리자|전문가|인간|실제 사람|진짜 사람)(?:분|님)?(?:이랑|랑|과|와|하고|한테|에게|께|을|를|이|가|으로|로)?' +
      ' ?(?:좀 |직접 )?(?:연결|바꿔|불러|대화|통화|채팅|얘기|이야기|말하|부탁|있어요|있나요|계세요|계신가요|계십니까|필요해|필요합|호출|있어[?？]?$|있음|있니|문의하고 싶|문의 ?드리고|물어보|답해|답변해|상담 ?(?:해|하|받|가능))',
  ),
  re('^(?:상담원|상담사|직원)(?:요| 요청| 부탁)?$'),
  re('고객센터(?:랑|와|하고|에|로|으로)? ?(?:좀 |직접 )?(?:연결 ?(?:해|시켜|부탁|좀|요청)|통화하고|바꿔|대화하고|채팅하고)'),
  re('(?:직접|실시간|전화|유선|채팅|일대일|1:1|1대1) ?상담 ?(?:받|을|해|하|가능|요청|신청|부탁|연결)'),
  // A call back: 전화 좀 주세요
  re('(?:전화|연락|콜백) ?(?:좀 )?(?:주세요|줘요|주실|해 ?주세요|부탁)'),
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

/** Where a sentence ends: a long message's first or last sentence may be the request ("… nothing works. Human please"). */
const SENTENCE_END = /[.!?。！？\n]+/u;

/** `normalized`: normalizeText(text), when the caller has it already. */
export function isHandoffRequest(text: string, normalized = normalizeText(text)): boolean {
  if (isShortRequest(normalized)) return true;
  const sentences = text.split(SENTENCE_END).filter((part) => part.trim() !== '');
  if (sentences.length < 2) return false;
  return isShortRequest(normalizeText(sentences[0]!)) || isShortRequest(normalizeText(sentences[sentences.length - 1]!));
}

function isShortRequest(normalized: string): boolean {
  if (normalized === '') return false;
  const cjkChars = normalized.replace(/[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, '').length;
  if (normalized.split(' ').length > MAX_WORDS || cjkChars > MAX_CJK_CHARS) return false;
  // "转 人工": CJK words typed apart are one phrase.
  const joined = normalized.replace(/(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]) (?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu, '');
  if (PATTERNS.some((p) => p.test(joined))) return true;
  const bare = normalized.replace(/ /g, '').replace(ZH_FILLERS, '');
  // "真人真人真人" asks as plainly as "真人".
  return BARE_ZH.has(repeatedUnit(bare));
}

/** "真人真人真人" → "真人": the shortest unit the text repeats (the text itself when it repeats none), without backtracking. */
function repeatedUnit(text: string): string {
  const period = `${text}${text}`.indexOf(text, 1);
  return period > 0 && period < text.length ? text.slice(0, period) : text;
}
