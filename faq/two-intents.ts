/**
 * A question that asks two things ("I forgot my password, and also how do I change my number?"): where it turns to
 * the second one. The engine answers the first and offers the second as a follow-up when each part alone is answered
 * with a different entry; a question that merely contains "and" ("add and remove a card"), or a question followed by
 * a sentence about it ("Where is my card? I have been waiting a week"), is one question.
 */

/**
 * A word that opens a second question, in the pack languages (after a comma, a sentence end or a space). A match
 * never starts inside a run of spaces (`(?<!\s)`), so each run is scanned once: linear time (regex-safety.test.ts).
 */
const CONNECTOR = new RegExp(
  [
    '(?:[?？!！。.;；,，、]\\s*|\\s)(?:and also|also|and then|oh and|plus|besides that|and another thing|another thing|' +
      'one more thing|another question|by the way|btw|' +
      'and (?=(?:what|how|where|when|why|which|who|can|could|should|would|is|are|do|does|will)\\b)|' +
      'y también|y ademas|y además|además|aparte|otra cosa|y (?=(?:cómo|como|qué|que|cuánto|cuanto|dónde|donde|cuándo|cuando|puedo)\\b))[,，]?\\s*',
    // Words that also mean "still have", "extra", "after" (还有钱, 另外收费, チャージしたあと) turn only after a mark or a space.
    '(?<!\\s)[?？!！。.;；,，、\\s]\\s*(?:还有一个问题|還有一個問題|还有|還有|另外问一下|另外問一下|另外|以及|あと|それと|それから)[,，、]?',
    '(?<!\\s)[?？!！。.;；,，、]?\\s*(?:顺便问一下|順便問一下|顺便问下|順便問下|顺便问问|順便問問|顺便|順便|再问一下|再問一下|ついでに)[,，、]?',
    '(?<!\\s)(?:^|[?？!！。.;；,，\\s])\\s*(?:그리고|또한|아울러)\\s',
    // Words that also sit inside one question ("¿puedo agregar también otra tarjeta?", 我还想问一下退款多久到账, カードを
    // もう一つ, 한도를 추가로) turn only after a mark: a sentence or clause that opens with them.
    '(?<!\\s)[?？!！。.;；,，、]\\s*(?:(?:también|tambien|por cierto|de paso|otra pregunta|una cosa más|una cosa mas)(?!\\p{L})|' +
      '我?(?:还想问|還想問)(?:一下|下)?|对了|對了|もう(?:一つ|ひとつ|1つ)(?:質問ですが|聞きたいのですが|聞きたいんですが)?|' +
      '그리고요|하나 더|또 하나|추가로)[,，、:：]?\\s*',
    // "…のやり方と、…" and "… 어떻게 하고, …": the way to do one thing, then another question.
    '(?<=方法|やり方|仕方|手順)と[、,，]\\s*',
    '(?<=어떻게\\s?하고)[,，]\\s*',
  ].join('|'),
  'giu',
);
const isQuestionMark = (c: string | undefined) => c === '?' || c === '？';

/**
 * Two questions typed as such: the question mark before the last one, when the text ends with a question mark
 * ("Where is my refund? Can I cancel it?"). Found by one scan from the end, not a regex with a look-ahead over the
 * rest of the text at every question mark (quadratic).
 */
function questionThenQuestion(text: string): number {
  const end = text.trimEnd();
  if (!isQuestionMark(end.at(-1))) return -1;
  for (let i = end.length - 2; i >= 0; i--) if (isQuestionMark(end[i])) return i;
  return -1;
}

/** Letters (any script) a part needs to be a question of its own. */
const MIN_LETTERS = 3;
const letters = (text: string) => text.replace(/[^\p{L}]/gu, '').length;

/** The text before a turn at `at` and after its `length` characters, when each is a question of its own. */
function partsAround(text: string, at: number, length: number): [string, string] | null {
  const first = text.slice(0, at).trim();
  const second = text.slice(at + length).trim();
  return letters(first) >= MIN_LETTERS && letters(second) >= MIN_LETTERS ? [first, second] : null;
}

/**
 * The question's first and second parts, or null when it does not turn to a second question: the first connector, in
 * order, with a question on either side, else the question mark before the last one. (exec, not matchAll: matchAll
 * copies the expression and makes an iterator and an array a call.)
 */
export function splitIntents(text: string): [string, string] | null {
  CONNECTOR.lastIndex = 0;
  for (let m = CONNECTOR.exec(text); m !== null; m = CONNECTOR.exec(text)) {
    const parts = partsAround(text, m.index, m[0].length);
    if (parts) return parts;
  }
  const question = questionThenQuestion(text);
  return question >= 0 ? partsAround(text, question, 1) : null;
}

/**
 * Where a message without a connector may turn to a second question: after a mark that ends a sentence or a clause
 * ("how do I top up, why was my payment declined", "密码忘了，退款怎么申请", "パスワードを忘れました。返金は？"), at a line
 * break, or before the next item of a list ("1) … 2) …", "a) … b) …", "①… ②…", "一、… 二、…", "Second, …", 第二, 둘째).
 * A run of spaces is never a match's start twice (`(?<!\s)`): one scan, linear time.
 */
const MARK_TURN = new RegExp(
  [
    '[?？!！。;；,，、\\n]\\s*',
    '\\.\\s+',
    '(?<!\\s)\\s+(?=(?:[2-9]|[b-e]|[二三四五六])[).、．]|second\\b|segundo\\b|第二|둘째)',
    '(?=[②-⑩])',
  ].join('|'),
  'giu',
);
/**
 * A message with more places to turn than this tells a story in clauses ("I bought shoes online, they never arrived,
 * and the shop won't answer. How do I get my money back?"), not two questions side by side.
 */
const MAX_MARK_TURNS = 3;
/** The first item's label of a list alone ("First, how do I …"): no question of its own. */
const LIST_OPENER = /^(?:first(?:ly)?|primero|首先|第一|첫째|まず)$/iu;

/** The text before and after each turn `pattern` finds, in order; none when it finds more than `most` turns. */
function splitsAt(pattern: RegExp, most: number, text: string): [string, string][] {
  const splits: [string, string][] = [];
  let turns = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    if (++turns > most) return [];
    const parts = partsAround(text, m.index, m[0].length);
    if (parts && !LIST_OPENER.test(parts[0])) splits.push(parts);
  }
  return splits;
}

/**
 * The ways a message without a connector may be two questions, in order: the text before and after each mark (see
 * MARK_TURN) with a question's letters on either side; none for a message with more marks than MAX_MARK_TURNS.
 * Which of them (if any) is two questions is the engine's to tell: each part must be answered with another entry.
 */
export const splitsAtMarks = (text: string): [string, string][] => splitsAt(MARK_TURN, MAX_MARK_TURNS, text);

/**
 * A word that joins two things, which may be two questions ("how do I reset my password and how long does a refund
 * take", "忘记密码了和退款要多久", "パスワードを忘れたのと返金はいつ", "비밀번호 변경이랑 환불은 어떻게 해요", "cómo recargo y
 * cuánto tarda un reembolso") or two things of one question ("add and remove a card", "收款和付款记录", "登録と解除のやり方",
 * "신용카드랑 체크카드", "cobros y pagos"): only the engine tells them apart (see splitsAtConnectors). Japanese と and や
 * join what a noun, a katakana word or the nominaliser の ends (not the conditional "チャージすると"); Korean 랑, 이랑
 * and 하고 end a word. A run of spaces is never a match's start twice (`(?<!\s)`): one scan, linear time.
 */
/** The Hangul syllables that end in ㅆ, the past tense's (했, 됐, 렸, 있…): 19 initials × 21 vowels, final ㅆ (20 of 28). */
const PAST_SYLLABLES = Array.from({ length: 19 * 21 }, (_, i) => String.fromCharCode(0xac00 + i * 28 + 20)).join('');
const CONNECTOR_TURN = new RegExp(
  [
    '(?<!\\s)\\s+(?:and|also|plus|as well as|y|e|además|ademas|también|tambien)\\s+',
    '(?<!\\s)\\s*(?:和|跟|以及|还有|還有|另外|顺便|順便)\\s*',
    '(?<=[\\p{Script=Han}\\p{Script=Katakana}ーの])[とや][、,，]?\\s*',
    '(?<!\\s)\\s*(?:それと|あと|ついでに)[、,，]?\\s*',
    '(?<=\\p{L})(?:이랑|랑|하고)[,，]?\\s+',
    // A clause told in the past or with 되다 and joined by 고, which it keeps ("송금이 실패했고 …", "휴대폰을 잃어버렸고 …",
    // "결제가 안 되고 …").
    `(?<=[${PAST_SYLLABLES}되]고)[,，]?\\s+`,
    '(?<!\\s)\\s+(?:또|그리고요?)[,，]?\\s+',
  ].join('|'),
  'giu',
);
/** A message joining more things than this is a list or a story ("I topped up and paid and it failed and…"), not two questions. */
const MAX_CONNECTOR_TURNS = 3;

/**
 * What a part asks with: a question mark, a question word, a wish or a request ("how", "can", "I want", 怎么, 多久, 吗,
 * 想, どう, いつ, 教えて, 方法, 어떻게, 언제, 알려주세요, cómo, cuánto, quiero…). Of two parts a joining word divides,
 * one that asks nothing is a thing named beside the other ("チャージと出金の履歴", "hackers and scammers") or told before
 * it ("I topped up and the payment failed", "recargué saldo y el pago falló"), not a question of its own.
 */
const ASKS = new RegExp(
  [
    '[?？¿]',
    '\\b(?:how|what|whats|where|when|why|which|who|can|could|should|would|will|is there|are there|does|want|need|help|tell me|let me know|wanna|any)\\b',
    '怎|如何|哪|什么|什麼|吗|嗎|多少|多久|几|幾|能否|能不能|可以|可不可以|有没有|有沒有|是不是|呢|想|请|請|帮|幫',
    'どう|どこ|どの|どれ|いつ|何|なに|いくら|(?:です|ます|でしょう|の)か|教え|知りたい|たい|ください|下さい|方法|やり方|仕方|手順',
    '어떻게|어디|언제|뭐|무엇|무슨|얼마|왜|몇|나요|까요|가요|주세요|알려|궁금|싶|방법|\\s법',
    '(?<!\\p{L})(?:cómo|como|qué|cuánto|cuanto|cuánta|cuántos|cuándo|cuando|dónde|donde|cuál|cual|cuáles|por qué|puedo|se puede|quiero|quisiera|necesito|hay|ayuda)(?!\\p{L})',
  ].join('|'),
  'iu',
);

export const asksSomething = (part: string): boolean => ASKS.test(part);

/**
 * The ways a message may be two questions a joining word divides (see CONNECTOR_TURN), in order; none when it has more
 * joining words than MAX_CONNECTOR_TURNS. As with the marks, the engine keeps only a pair whose parts are answered
 * with two entries, each part surer than the whole, and the part beside the whole's reading asks (see asksSomething):
 * the two things of one question ("转账和提现有什么区别", "收款和付款记录") are no such pair.
 */
export const splitsAtConnectors = (text: string): [string, string][] => splitsAt(CONNECTOR_TURN, MAX_CONNECTOR_TURNS, text);

/**
 * A part that says what the visitor did not do or what it is not about ("没忘记密码", "不是手续费的问题", "I didn't lose
 * my phone", "no es que haya olvidado la clave", "パスワードを忘れたわけじゃない", "비밀번호를 잊어버린 건 아니고"): its entry
 * is the one thing not asked, never offered after the answer. Failures told with a negation ("没收到验证码", "I didn't
 * get the code", "안 돼요") are their matter and are not matched: only a denial ("不是", "not about", "no es", "じゃない",
 * "아니") or a negated forgetting, losing or theft, and not "not me" (see NOT_ME).
 */
const DENIAL = new RegExp(
  [
    '(?<!是)不是|并非|並非|(?:没|沒|并没|並沒)有?(?:忘|丢|丟|弄丢|弄丟|被盗|被盜|被偷)',
    '(?:じゃ|では)な(?:い(?!(?:です|でしょう)?か)|く)|わけでは|(?:忘れ|なくし|無くし|失くし|落とし|盗まれ)て[はも]?(?:い)?ない',
    '아니(?!면)|(?:잊|잃)[^\\s]{0,8}\\s?않|안\\s?(?:잊|잃)',
    "\\b(?:not (?:that|about|because)|(?:it|that)(?:'s| is) not|isn'?t (?:about|that)|(?:didn'?t|did not|haven'?t|have not|hasn'?t|has not|never) (?:forg[eo]t|forgotten|lost|lose|been stolen|got stolen|get stolen))\\b",
    '\\bno (?:es (?:que|por|sobre|eso|un problema de)|(?:he |se me (?:ha )?)?(?:olvidad[oa]|olvid[éeó]|perdid[oa]|perd[ií]))(?!\\p{L})',
  ].join('|'),
  'iu',
);
/** "Not me" is a charge's matter, not a denial of it ("有一笔扣款不是我付的", "私じゃない", "제가 결제한 게 아니에요"). */
const NOT_ME = /不是我|不是本人|(?:私|自分|本人)[^、。,，\s]{0,8}(?:じゃ|では)な|(?:제가|내가|저는|본인이)[^,.，。]{0,12}아니|\b(?:not me|wasn'?t me|no fui yo)\b/iu;
export const deniesItsMatter = (part: string): boolean => DENIAL.test(part) && !NOT_ME.test(part);

/**
 * What went wrong, told as such: a payment or transfer that failed or was declined, a phone lost or stolen, a password
 * forgotten, a scam, a charge not recognised, money sent to the wrong person, a code that does not come ("付款老是失败",
 * "my top-up failed", "スマホをなくした", "송금이 안 되고", "no me llega el código"). A problem stated before a question
 * about another matter, joined by "and" ("密码忘了还有提现要手续费吗"), is that other entry's matter too: it is offered
 * beside the question's answer (see the engine's twoIntents). Runs between words are bounded: linear time.
 */
const PROBLEM = new RegExp(
  [
    "\\b(?:fail(?:ed|s|ing)?|declined|rejected|(?:did ?n[o']?t|didn't|won'?t|doesn'?t|does not|can'?t|cannot|couldn'?t) (?:go through|work|log ?in|get|receive|arrive)|not working|lost|stolen|forg[eo]t(?:ten)?|scammed|tricked|hacked|by mistake|wrong (?:person|account|number|recipient)|(?:don'?t|do not) recogni[sz]e|never made|stuck|crash(?:es|ed|ing)?)\\b",
    '失败|失敗|不成功|没成功|沒成功|被拒|拒绝|拒絕|丢了|丟了|不见了|不見了|被偷|被盗|被盜|忘了|忘记|忘記|想不起|被骗|被騙|诈骗|詐騙|转错|轉錯|转给了别人|轉給別人|不认识的|不認識的|不认得|不認得|没付过|沒付過|莫名|被扣|收不到|没收到|沒收到|闪退|閃退',
    'できな|できませ|通らな|拒否|なくし|無くし|失くし|落とし|盗まれ|忘れ|分からなくな|わからなくな|騙さ|だまさ|詐欺|間違え|間違った|覚えのない|知らない(?:請求|引き落とし|決済)|届かな|落ちる',
    '실패|안\\s?(?:되|돼|와|나)|거절|잃어버|잃었|도난|분실|잊어|잊었|까먹|사기|잘못\\s?(?:보|송금)|모르는\\s?(?:결제|출금|거래)|이상한\\s?(?:결제|출금)|안\\s?한\\s?결제|못\\s?받',
    '(?<!\\p{L})(?:fall[óoa]|fallid[oa]|rechaz\\p{L}{0,6}|no (?:me )?(?:llega|funciona|pas[óo]|recib\\p{L}{0,4})|perd[íi]|se me (?:perdi[óo]|olvid[óo])|me (?:robaron|estafaron|engañaron)|olvid[éeó]|no recuerdo|estaf\\p{L}{0,4}|engañ\\p{L}{0,4}|equivocad[oa]|por error|no reconozco|no hice)(?!\\p{L})',
  ].join('|'),
  'iu',
);
export const statesProblem = (part: string): boolean => PROBLEM.test(part);
