/**
 * A question about who or what is answering ("am I talking to a robot or a human?", 这是真人在回复吗, 相手は本物の人間ですか,
 * 지금 사람이 답하는 거예요?, ¿las respuestas son automáticas?): small talk about the bot, in the pack's languages, in forms
 * the phrase list of smalltalk.ts cannot spell out. It asks for no one: the bot's reply says it is the bot and how to
 * reach a person. Asking whether a person is there to talk to ("is there a human I can talk to?", 有真人吗) is no such
 * question: it asks about the service, and the handoff rules read it; nor is "¿me atiende un humano?" (atender: to serve), nor 中の人いますか.
 * Checked on normalised text (lower case, no accents or punctuation, Traditional and kanji folded to Simplified).
 */
import { patternSet, type PatternSet } from './pattern-set.ts';
import { foldTraditional } from './t2s.ts';
import type { UiLanguage } from './smalltalk.ts';

/** Longer texts are never such a question alone (and are not read). */
const MAX_CHARS = 64;

const EN_WHAT = '(?:actually |really )?(?:a |an )?(?:real |actual |live )?(?:bot|robot|chatbot|chat bot|human|human being|person|machine|ai|program|computer|agent|(?:automated |virtual )(?:system|assistant|reply|response|service)|virtual agent|automated|automatic|real)';
/** What "is this/it ..." asks about the chat (not "is it automatic?", "is this real?": a feature, a message received). */
const EN_WHO = '(?:a |an )?(?:real |actual |live )?(?:bot|robot|chatbot|chat bot|human|human being|person|machine|ai|agent|(?:automated |virtual )(?:system|assistant|reply|response|message)|virtual agent)';
/** Whom or what the one answering answers ("is a human typing these answers?", "is an ai answering me?"). */
const EN_ANSWERED = '(?: to me| me| this| here| these (?:answers|replies|messages)| the (?:answers|replies|messages)| my (?:messages|questions))';
/** The second of two guesses ("a human or a bot?"). */
const EN_OR_WHO = '(?: or (?:a |an )?(?:bot|robot|chatbot|human|person|ai|machine|real person|agent))';
const ES_WHO = '(?:un |una )?(?:bot|robot|chatbot|humano|humana|persona|persona real|maquina|ia|asistente virtual|asistente automatico)(?: de verdad)?';
const ES_WHAT = '(?:un |una )?(?:bot|robot|chatbot|humano|humana|persona|persona real|maquina|ia|asistente virtual|asistente automatico|programa|computadora|real)(?: de verdad)?';
const ZH_WHAT = '(?:一个)?(?:真人|机器人|ai|人工智能|人工智慧|人|机器|程序|程式|电脑|自动回(?:复|覆)|真人客服|人工客服|人工|智能客服|客服机器人|聊天机器人|机器人客服|ai客服)';
const JA_WHAT = '(?:本物の|本当に|本当の)?(?:ボット|ロボット|チャットボット|ai|人間|人|機械|自動応答|自動返信|プログラム)';
const KO_WHAT = '(?:실제 |진짜 )?(?:(?:상담|채팅) ?(?:봇|챗봇|로봇)|봇|챗봇|로봇|ai(?: ?상담)?|자동 ?상담|사람|기계|자동 ?응답|자동 ?답변|프로그램|상담원|상담사|직원)';
const KO_IS = '(?: ?중)?(?:이에요|예요|이세요|세요|인가요|이신가요|신가요|가요|이야|야|이지|지|이죠|죠|입니까|이십니까|맞아요|맞나요|맞으세요|맞죠|맞지|인 거죠|인거죠|임|냐|이냐|이니)';

const SOURCES: Readonly<Partial<Record<UiLanguage, string>>> = {
  en:
    `^(?:(?:hi|hey|hello|ok|so|wait|um|sorry|quick question|just curious|honestly|seriously) )*(?:` +
    `(?:are|r) (?:you|u|ya) (?:even |actually |really |just )?${EN_WHAT}(?: or (?:a |an )?${EN_WHAT})?` +
    `|(?:youre|you are|ur|u r) (?:just )?(?:a |an )?(?:bot|robot|chatbot|ai|machine|program)(?: arent you| right| huh)?` +
    `|(?:am i|are we) (?:talking|chatting|speaking) (?:to|with) ${EN_WHAT}(?: or (?:to |with )?${EN_WHAT})?` +
    `|(?:is|was) (?:this|it) (?:chat )?(?:just )?${EN_WHO}(?: or ${EN_WHO})?(?: chat| reply| answer| response)?` +
    `|is this (?:chat )?(?:automated|an automated (?:chat|reply|answer))` +
    `|(?:is|are) (?:this|it|you|there) ${EN_WHO} (?:replying|answering|typing|responding|writing|reading this|talking|chatting)${EN_ANSWERED}?` +
    `|(?:is|are) ${EN_WHO} (?:replying|answering|typing|responding|writing|reading this|reading)${EN_ANSWERED}?` +
    `|(?:is|are) (?:this|this chat|it|you|these replies|the replies|your replies|your answers|these answers) (?:being )?(?:answered|run|handled|written|typed|sent) by ${EN_WHAT}(?: or ${EN_WHAT})?` +
    `|are (?:these|the|your) (?:replies|answers|responses|messages) (?:automatic|automated|from a bot|from a human|from a person|from ai|real)` +
    `|is there (?:an? )?(?:actual |real )?(?:human|person) (?:typing|answering|replying|writing|behind)(?: this| these| me| to me| the screen| this chat)?` +
    `|who (?:am i|are we) (?:talking|chatting|speaking) (?:to|with)(?: (?:a |an )?(?:bot|robot|human|person|ai|machine|real person|agent)${EN_OR_WHO}?)?` +
    `|who is (?:this|replying|answering|typing)(?: (?:a |an )?(?:bot|robot|human|person|ai|machine|real person|agent)${EN_OR_WHO}?)?` +
    `)(?: (?:lol|haha|right|right now|now|rn|then|or not|though|tho))?$`,
  es:
    `^(?:(?:hola|oye|oiga|una pregunta|disculpa|pregunta) )*(?:` +
    `(?:tu )?(?:eres|sos|es usted|usted es) ${ES_WHAT}(?: (?:o|u) ${ES_WHAT})?` +
    `|(?:(?:estoy|estamos) (?:hablando|chateando|conversando|escribiendo)|hablo|chateo) con ${ES_WHAT}(?: (?:o|u) (?:con )?${ES_WHAT})?` +
    `|(?:esto|este chat|aqui|esto de aqui) es ${ES_WHO}(?: (?:o|u) ${ES_WHO})?` +
    `|(?:me|nos) (?:contesta|responde|escribe) ${ES_WHAT}(?: (?:o|u) ${ES_WHAT})?` +
    `|(?:las |tus |sus |estas )?respuestas son (?:automaticas|de un bot|de una persona|de un humano|reales)` +
    `|(?:las |tus |sus |estas )?respuestas (?:las |me las )?(?:escribe|da|genera|manda|envia|contesta) ${ES_WHAT}(?: (?:o|u) ${ES_WHAT})?` +
    `|(?:es )?(?:un |una )?(?:chat|respuesta) automatic[oa]` +
    `|hay (?:un |una )?(?:humano|persona) (?:real )?(?:escribiendo|contestando|respondiendo|detras)(?: esto| de esto)?` +
    `|con quien (?:hablo|estoy hablando|chateo|estoy chateando)(?: (?:con )?${ES_WHO})?` +
    `|(?:me |nos )?(?:esta|estan) (?:respondiendo|contestando|escribiendo) ${ES_WHAT}` +
    `|(?:esto |este chat )?(?:lo|me) (?:contesta|responde|escribe) ${ES_WHAT}` +
    `|quien me (?:responde|contesta|escribe|esta respondiendo|esta contestando|esta escribiendo)(?: (?:un |una )?(?:bot|robot|persona|humano|maquina|ia)(?: (?:o|u) (?:un |una )?(?:bot|robot|persona|humano|maquina|ia))?)?` +
    `)(?: (?:verdad|cierto|o no|o que|jaja))?$`,
  'zh-CN':
    `^(?:请问|问一下|我问一下|想问一下|客服|你好|现在|目前|所以|那|那么)*(?:你|您|对面|这|这个|这边|(?:这个|这位|你们的?)?客服|(?:在)?(?:回(?:复|覆)|回答|(?:跟|和|同)我(?:说话|聊天|聊|对话|讲话))(?:我)?的(?:人)?)?(?:到底|真的|究竟)?(?:是不是|是)${ZH_WHAT}(?:还是${ZH_WHAT})?(?:在(?:回(?:复|覆)|回答|回)(?:我)?)?(?:吗|吧|啊|呀|呢|嘛|哦)*$` +
    `|^(?:你|您)(?:到底|究竟)?是不是(?:真)?人(?:啊|呀)?$` +
    // 我在跟谁说话，机器人吗: who is on the other side, maybe with a guess
    `|^(?:请问|现在|目前)*(?:我)?(?:现在)?(?:是)?在(?:跟|和|同)谁(?:聊天|聊|说话|讲话|对话)(?:啊|呀|呢)?(?:(?:是)?${ZH_WHAT}(?:还是${ZH_WHAT})?(?:吗|吧|啊|呀|呢)?)?$` +
    `|^(?:请问|现在|目前)*(?:跟|和|同)我(?:聊天|说话|讲话|对话)的是谁(?:啊|呀|呢)?(?:(?:是)?${ZH_WHAT}(?:还是${ZH_WHAT})?(?:吗|吧|啊|呀|呢)?)?$` +
    `|^我(?:是)?在(?:跟|和|同)${ZH_WHAT}(?:聊天|聊|说话|讲话|对话)?还是(?:在)?(?:跟|和)?${ZH_WHAT}(?:聊天|聊|说话|讲话|对话)?(?:啊|呀|呢)?$` +
    `|^(?:请问|现在|目前)*我(?:是|现在|是不是)?在(?:跟|和|同)${ZH_WHAT}(?:聊天|聊|说话|讲话|对话)(?:吗|吧|啊|呀|呢)$` +
    `|^(?:请问|现在|目前)*(?:是)?${ZH_WHAT}在(?:跟|和|同)我(?:聊天|聊|说话|讲话|对话)(?:吗|吧|啊|呀|呢)$` +
    `|^(?:是)?(?:程序|程式|电脑|机器人|ai|真人|机器)在(?:回答|回(?:复|覆)|回)(?:我)?(?:吗|吧|啊|呢)$` +
    `|^(?:这|这个|这些)(?:都)?是自动回(?:复|覆)(?:的)?(?:吗|吧|啊|呢)$` +
    `|^(?:这|这个|现在)?(?:对话|聊天|回复|回覆|回答|客服)(?:都)?是自动(?:的|回(?:复|覆)的?)(?:吗|吧|啊|呢)$`,
  ja:
    `^(?:あなたは|これは|これって|今|相手は|チャットの相手は|そちらは|(?:今|いま)?(?:返信|対応|回答|返事|チャット|話)(?:して(?:い)?る|しています)(?:の|方|相手)は)?${JA_WHAT}(?:ですか|なの|なんですか|でしょうか|ですよね|だよね|なのか|か)(?:${JA_WHAT}(?:ですか|なの|でしょうか))?(?:それとも${JA_WHAT}(?:ですか|なの)?)?$` +
    `|^(?:これって|これ|あなたって)${JA_WHAT}(?:なの|なん)?$` +
    `|^(?:本当に|ほんとに|ほんとうに|まさか)(?:人間|人|ボット|ロボット|ai|機械)(?:なの|なん|ですか|か)?$` +
    `|^(?:これって|これは|今)?(?:人間|人|ai|ボット|ロボット|機械|プログラム)が(?:返信|回答|答え|対応|返事)(?:して(?:い)?ます|してる|している|てる|ている)(?:んですか|の|のか|か)?$` +
    `|^(?:私は|今)?(?:ボット|ロボット|ai|機械|人間|人)と(?:話して|しゃべって|チャットして)(?:い)?(?:る|ます)(?:の|んですか|か)?(?:それとも${JA_WHAT}(?:ですか)?)?$`,
  ko:
    `^(?:(?:혹시|지금|너|님|당신|이거|여기|저기|근데|그쪽|상담원님|상담사님|상담원분|상담사분|(?:저랑 |나랑 )?(?:답하시는|답변하시는|대답하시는|채팅하시는|답하는|답변하는|채팅하는|대화하는|얘기하는|이야기하는|말하는) (?:분|사람|거|쪽|게|건|상대)(?:은|이|가|는)?) )*${KO_WHAT}${KO_IS}(?: (?:아니면 )?${KO_WHAT}${KO_IS})?$` +
    `|^(?:(?:혹시|지금|이거) )*(?:사람이|봇이|로봇이|ai가|기계가|챗봇이) (?:답하는|대답하는|답변하는|응답하는|채팅하는|쓰는|하는) (?:거예요|거에요|건가요|거죠|거야|건가|거임)(?: (?:아니면 )?(?:사람이|봇이|로봇이|ai가|기계가|챗봇이) (?:답하는|대답하는|답변하는|응답하는|하는) (?:거예요|거에요|건가요|거죠|거야))?$` +
    `|^(?:(?:혹시|지금) )*(?:로봇|봇|챗봇|기계|ai|사람)(?:이랑|하고|과|와) (?:대화하는|얘기하는|이야기하는|채팅하는|말하는|(?:대화|얘기|이야기|채팅)하고 있는) (?:건가요|거예요|거에요|거죠|거야|건가|거 맞죠|거 맞나요|거 맞아요|거 맞지)(?: (?:아니면 )?(?:사람|로봇|봇|기계)(?:이랑|하고) (?:하는|대화하는|얘기하는) (?:건가요|거예요|거에요|거죠|거야))?$` +
    `|^(?:(?:혹시|지금) )*(?:로봇|봇|챗봇|기계|ai|사람)(?:이랑|하고|과|와) (?:대화|채팅|얘기|이야기) ?중(?:인가요|이에요|이야|이죠|인 거죠|임)$` +
    `|^(?:상담원님|상담사님|상담원분|지금 채팅하는 분|채팅하는 분|답변하시는 분|답하시는 분) (?:실제 |진짜 )?사람 (?:맞으세요|맞나요|맞아요|이세요|인가요|맞죠)$` +
    `|^(?:이거 |지금 )?자동으로 (?:답하는|대답하는|답변하는) (?:거죠|거예요|거에요|거야|건가요|거지)$`,
};
// (zh-TW is read by the zh-CN patterns: normalised text folds Traditional to Simplified)

/** Each language's pattern, run only when the text holds a phrase every match of it holds (see pattern-set.ts). */
const PATTERNS: readonly [PatternSet, readonly UiLanguage[]][] = Object.entries(SOURCES).map(([language, source]) => [
  patternSet([foldTraditional(source.normalize('NFKC'))]),
  language === 'zh-CN' ? ['zh-CN', 'zh-TW'] : [language as UiLanguage],
]);

/** The languages of a question about who or what is answering (see above), or null when the text is no such question. */
export function botQuestionLanguages(normalized: string): readonly UiLanguage[] | null {
  if (normalized.length > MAX_CHARS) return null;
  const joined = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(normalized) ? normalized.replace(/ /g, '') : normalized;
  for (const [pattern, languages] of PATTERNS) if (pattern.test(joined)) return languages;
  return null;
}
