/**
 * Small talk: a message made only of greetings, thanks, goodbyes, "are you a bot?", "one moment" or "ok" (in the 12 UI
 * languages) gets a short reply in the visitor's language instead of an FAQ search. It is no question the bot
 * failed on: the server neither counts it towards the two-misses handoff nor lists it as unanswered.
 * Checked on normalised text (see normalize.ts: lower case, no accents, Traditional folded to Simplified).
 */
import { botQuestionLanguages } from './bot-question.ts';
import { botQuestionByWords } from './bot-question-words.ts';
import { normalizeText } from './normalize.ts';

export type SmallTalkKind = 'greeting' | 'thanks' | 'goodbye' | 'bot' | 'wait' | 'ok';

/** The 12 languages the widget speaks (its locales), and so the bot's own sentences. */
export const UI_LANGUAGES = ['zh-CN', 'zh-TW', 'en', 'ja', 'ko', 'es', 'ar', 'de', 'fr', 'pt-BR', 'id', 'vi'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Phrases by language; "*" holds the ones used in every language ("ok", "hi", "bye"). */
type Phrases = Partial<Record<UiLanguage | '*', string>>;

/**
 * A question announced and not yet asked, in either script ("請問", "我有個問題", "我想知道" were answered with contact-support
 * or a charge at 0.57–0.85): greeted, so that the visitor asks it.
 */
const ZH_ANNOUNCED = '请问|请问一下|想问|我想问|我想问一下|我想问下|想请教|请教一下|我有个问题|我有一个问题|有个问题|我想知道';

const PHRASES: Readonly<Record<SmallTalkKind, Phrases>> = {
  greeting: {
    '*': 'hi|hello|hey|helo|yo',
    en: 'hi there|hello there|hey there|good morning|good afternoon|good evening|morning|hiya|howdy|greetings|anyone there|is anyone there|hello anyone there|im here|i am here|here|still here|im still here|i am still here|im back|i am back|how are you|how are you doing|how r u|how are u|hows it going|whats up|good day|im back sorry|are you there|are you still there|you there|u there|still there|is this working|does this work|is it working|test|testing|test test',
    es: 'hola|buenas|buenos dias|buenas tardes|buenas noches|que tal|hola que tal|saludos|hay alguien|aqui estoy|estoy aqui|sigo aqui|aqui sigo|ya estoy aqui|ya volvi|como estas|como esta|como le va|que onda|hola de nuevo|aqui estoy de nuevo|sigues ahi|estas ahi|esta ahi|prueba|probando',
    'zh-CN': '你好|您好|哈喽|嗨|在吗|在不在|有人吗|早上好|早安|下午好|晚上好|大家好|你好呀|您好呀|哈啰|我在|我在呢|我在的|在的|在呢|我来了|我还在|还在|我回来了|你好吗|最近好吗|你还在吗|还在吗|你在吗|测试|' + ZH_ANNOUNCED,
    'zh-TW': '你好|您好|哈囉|嗨|在嗎|有人嗎|早安|午安|晚安|我在|我還在|還在|我來了|我回來了|你好嗎|你还在吗|还在吗|你在吗|测试|早晨|' + ZH_ANNOUNCED,
    ja: 'こんにちは|こんばんは|おはよう|おはようございます|はじめまして|もしもし|どうも|こんにちわ|います|いますよ|まだいます|ここにいます|お疲れ様です|お疲れさまです|おつかれさまです|お世話になっております|お世話になります|よろしくお願いします|よろしくおねがいします|よろしく|戻りました|ただいま|まだいますか|いますか|テスト',
    ko: '안녕하세요|안녕|하이|반가워요|반갑습니다|안녕하십니까|저기요|여보세요|왔어요|저 왔어요|여기 있어요|아직 있어요|있어요|좋은 아침|좋은 아침이에요|좋은 아침입니다|잘 지내세요|잘 지냈어요|다시 왔어요|아직 계세요|계세요|거기 있어요|테스트',
    de: 'hallo|guten tag|guten morgen|guten abend|servus|moin|gruss gott|hallo zusammen|ich bin da|bin da|ich bin hier|bin noch da|ich bin noch da|wie gehts|wie geht es|wie geht es ihnen|wie geht es dir|ich bin wieder da|bin wieder da|wieder da|bist du noch da|bist du da|sind sie noch da|sind sie da|noch da|test',
    fr: 'bonjour|salut|bonsoir|coucou|allo|bonjour a tous|je suis la|je suis ici|toujours la|je suis toujours la|me revoila|me revoici|je suis de retour|ca va|comment ca va|comment allez vous|rebonjour|re bonjour|tu es toujours la|tu es la|vous etes la|vous etes toujours la|t es la|test',
    'pt-BR': 'ola|oi|bom dia|boa tarde|boa noite|e ai|opa|estou aqui|to aqui|ainda estou aqui|tudo bem|tudo bom|tudo certo|como vai|estou de volta|voltei|ainda esta ai|esta ai|voce esta ai|ta ai|teste',
    id: 'halo|hai|selamat pagi|selamat siang|selamat sore|selamat malam|permisi|saya di sini|aku di sini|saya disini|aku disini|masih di sini|apa kabar|saya sudah kembali|aku sudah kembali|sudah kembali|masih di sana|masih ada|kamu masih di sana|tes|test',
    vi: 'xin chao|chao|chao ban|chao shop|alo|toi o đay|minh o đay|em o đay|toi van o đay|minh van o đay|ban khoe khong|khoe khong|xin chao ban|chao buoi sang|chao buoi chieu|chao buoi toi|minh đay|toi đay|em đay|ban con đo khong|con đo khong|ban co đo khong|ban o đo khong|thu|test',
    ar: 'مرحبا|مرحبًا|السلام عليكم|اهلا|أهلا|اهلا وسهلا|صباح الخير|مساء الخير|هلا|انا هنا|أنا هنا|كيف حالك|كيف الحال|انا موجود|أنا موجود|السلام عليكم ورحمة الله|السلام عليكم ورحمة الله وبركاته|وعليكم السلام|صباح النور|مساء النور|هل أنت هناك|هل انت هناك|انت هنا|أنت هنا',
  },
  thanks: {
    '*': 'thanks|thank you|thx|ty|tks|thank u|thanks a lot|thank you so much|thanks so much|thank you very much|many thanks|cheers|appreciate it|much appreciated|that helped|thanks for your help|thank you for your help|thanks for the help|thanks a bunch|thanks a ton|nice one|cheers mate',
    es: 'gracias|muchas gracias|mil gracias|te lo agradezco|muy amable|gracias por la ayuda|me sirvio|me ayudo mucho|gracias por todo|muchas gracias por todo',
    'zh-CN': '谢谢|多谢|谢了|感谢|谢谢你|谢谢您|非常感谢|太感谢了|谢谢啦|感谢感谢|谢谢谢谢|辛苦了|辛苦啦|辛苦你了|谢啦|谢谢客服|感谢客服|多谢客服|' +
      '谢谢你的帮助|谢谢你的帮忙|谢谢帮忙|感谢帮忙|谢谢你们|感谢你们',
    'zh-TW': '谢谢|多谢|感谢|谢谢你|谢谢您|非常感谢|感恩|谢啦|谢谢客服|谢谢你的帮助|谢谢你的帮忙|谢谢帮忙|感谢帮忙|谢谢你们|感谢你们|唔该|唔该晒|多谢晒|多谢你',
    ja: 'ありがとう|ありがとうございます|ありがとうございました|どうもありがとう|助かりました|助かります|サンキュー|助かった|いつもありがとう|いつもありがとうございます|' +
      '本当にありがとうございました|本当にありがとうございます|ほんとにありがとう|ご丁寧にありがとうございました|丁寧にありがとうございました|ご対応ありがとうございました|対応ありがとうございました',
    ko: '감사합니다|고마워요|고마워|감사해요|고맙습니다|땡큐|감사|ㄱㅅ',
    de: 'danke|danke schon|vielen dank|dankeschon|besten dank|danke dir|danke ihnen|danke sehr|danke fur die hilfe|vielen dank fur die hilfe|das hat geholfen|hat geholfen',
    fr: 'merci|merci beaucoup|merci bien|je vous remercie|merci a vous|merci a toi|merci pour votre aide|merci beaucoup pour votre aide|merci infiniment|merci pour tout|merci pour l aide',
    'pt-BR': 'obrigado|obrigada|valeu|muito obrigado|muito obrigada|brigado|obrigado pela ajuda|obrigada pela ajuda|valeu pela ajuda|muito obrigado pela ajuda|muito obrigada pela ajuda',
    id: 'terima kasih|makasih|trims|terimakasih|thanks ya|terima kasih banyak|makasih banyak|terima kasih atas bantuannya|makasih atas bantuannya',
    vi: 'cam on|cam on ban|cam on nhieu|cam on shop|cam on nhe|cam on ban nhieu|cam on ban nhe|cam on a|cam on shop nhieu|da cam on|vang cam on',
    ar: 'شكرا|شكرًا|شكرا جزيلا|شكرا لك|مشكور|شكرا جزيلا لك|وشكرا|شكرا على المساعدة|شكرا على مساعدتك|شكرا جزيلا على مساعدتك',
  },
  goodbye: {
    '*': 'bye|bye bye|goodbye|good bye|byebye|no|nope',
    en: 'see you|see ya|see you later|good night|take care|have a nice day|talk later|no thanks|no thank you|nothing else|thats all|that is all|thats it|all good|bye for now|see you soon|catch you later|gotta go|have a good one|see ya later|later|cya|never mind|nevermind|nvm|forget it|thanks anyway|thank you anyway|its fine|no worries',
    es: 'adios|chao|hasta luego|nos vemos|hasta pronto|buen dia|no gracias|nada mas|eso es todo|eso es todo gracias|olvidalo|no importa|gracias de todos modos|gracias igual|dejalo|dejalo asi',
    'zh-CN': '再见|拜拜|回头见|下次见|晚安|拜|88|不用了|没有了|没事了|没了|不用了谢谢|算了|算了吧|算了没事|没关系|没事没事',
    'zh-TW': '再见|拜拜|掰掰|回头见|晚安|不用了|没有了|没事了|算了|算了吧|算了没事|没关系|先这样|就这样|冇事了|冇嘢了|唔使了|唔洗了',
    ja: 'さようなら|またね|じゃあね|失礼します|それでは|では失礼します|おやすみなさい|いいえ|大丈夫です|結構です|以上です|やっぱりいいです|いいです|大丈夫|もういいです|なんでもないです|何でもないです',
    ko: '안녕히 계세요|잘 있어요|빠이|바이|수고하세요|수고하셨습니다|수고하셨어요|좋은 하루 되세요|좋은 하루 보내세요|안녕히 계십시오|아니요|아니에요|괜찮아요|없어요|됐어요|아니에요 됐어요|괜찮습니다|아무것도 아니에요',
    de: 'tschuss|auf wiedersehen|bis bald|bis dann|ciao|schonen tag noch|nein|nein danke|das wars|schonen abend|schonen abend noch|bis spater|bis morgen|schones wochenende|egal|schon gut|vergiss es',
    fr: 'au revoir|a bientot|bonne journee|bonne journee a vous|bonne soiree|a plus|non|non merci|c est tout|laisse tomber|pas grave|c est bon|tant pis',
    'pt-BR': 'tchau|ate logo|ate mais|falou|ate breve|nao|nao obrigado|nao obrigada|so isso|era isso|e so isso|deixa pra la|esquece|deixa',
    id: 'sampai jumpa|sampai jumpa lagi|dadah|sampai nanti|tidak|tidak ada|sudah cukup|gak jadi|tidak jadi|ga jadi|ya sudah|yaudah',
    vi: 'tam biet|bai bai|hen gap lai|khong|khong co|vay thoi|thoi khong can|khong sao|thoi',
    ar: 'مع السلامة|وداعا|الى اللقاء|إلى اللقاء|لا|لا شكرا|لا بأس|انس الأمر',
  },
  bot: {
    en: 'are you a bot|are you a robot|are you human|are you a human|are you a real person|are you real|is this a bot|is this a robot|am i talking to a bot|am i talking to a robot|is this an ai|are you an ai|are you ai|who are you|what are you|are you a machine',
    es: 'eres un bot|eres un robot|eres humano|eres una persona|eres real|estoy hablando con un bot|eres una ia|quien eres|es un bot',
    'zh-CN': '你是机器人吗|你是真人吗|你是谁|是机器人吗|你是ai吗|你是人吗|你是机器人|是真人吗|你是人工智能吗|机器人吗',
    'zh-TW': '你是机器人吗|你是真人吗|你是谁|是机器人吗|你是ai吗|你是人吗',
    ja: 'あなたはロボットですか|ロボットですか|ボットですか|人間ですか|aiですか|あなたは誰|あなたは誰ですか|機械ですか|ロボット',
    ko: '봇이에요|로봇이에요|사람이에요|너 누구야|누구세요|봇이야|로봇이야|사람이야|ai야|ai예요|챗봇이에요',
    de: 'bist du ein bot|bist du ein roboter|bist du ein mensch|bist du echt|wer bist du|ist das ein bot',
    fr: 'es tu un robot|etes vous un robot|es tu un bot|tu es un robot|etes vous humain|qui es tu|es tu humain',
    'pt-BR': 'voce e um robo|voce e um bot|vc e um robo|vc e um bot|e um robo|voce e humano|quem e voce',
    id: 'apakah kamu bot|kamu bot|kamu robot|apakah ini bot|kamu manusia|siapa kamu|ini bot ya',
    vi: 'ban la bot a|ban la robot a|ban la nguoi that khong|ban la ai|day la bot a|ban la may a',
    ar: 'هل أنت روبوت|هل انت روبوت|هل أنت بوت|هل انت بوت|هل أنت إنسان|من أنت|من انت',
  },
  wait: {
    en: 'wait|a sec|a second|a minute|wait a sec|wait a second|wait a minute|one moment|one moment please|a moment|just a moment|just a sec|one sec|1 sec|hold on|hang on|give me a sec|give me a minute|brb|be right back|let me check|moment please',
    es: 'un momento|espera|espere|un segundo|dame un momento|deme un momento|ya vuelvo|un momentito',
    'zh-CN': '等一下|等等|稍等|稍等一下|等我一下|请稍等|稍等片刻|等会|等一会',
    'zh-TW': '等一下|等等|稍等|稍等一下|等我一下|请稍等',
    ja: 'ちょっと待って|ちょっと待ってください|少々お待ちください|少し待ってください|待ってください|お待ちください|ちょっとまって',
    ko: '잠시만요|잠깐만요|잠시만|잠깐만|잠시만 기다려 주세요|잠깐 기다려 주세요|기다려 주세요',
    de: 'moment|einen moment|moment bitte|warte|warten sie|kurz warten|bin gleich zuruck',
    fr: 'un instant|un moment|attendez|attends|une seconde|je reviens',
    'pt-BR': 'um momento|espera|espere|so um minuto|ja volto|um instante',
    id: 'tunggu|tunggu sebentar|sebentar|bentar|tunggu ya',
    vi: 'đoi chut|cho chut|cho mot chut|đoi mot chut',
    ar: 'لحظة|لحظة من فضلك|انتظر|دقيقة|ثانية',
  },
  ok: {
    '*': 'ok|okay|k|kk|okk|oki|okie|ok ok|okey|oke|got it|alright|all right|cool|great|nice|fine|sure|perfect|i see|understood|noted|good|haha|hahaha|lol|lmao|hehe|hihi|xd|hmm|hm|hmmm|mmm|umm',
    es: 'vale|de acuerdo|entendido|perfecto|bueno|listo|genial|entiendo|ya veo|esta bien|ok gracias|jaja|jajaja|jeje',
    'zh-CN': '好|好的|好吧|嗯|嗯嗯|哦|噢|知道了|明白了|明白|行|可以|收到|了解|懂了|好滴|ok的|好嘞|哈哈|哈哈哈|呵呵|嘿嘿|嗯哼|知道|了解了|没问题|没问题了|没有问题|ok了',
    'zh-TW': '好|好的|好吧|嗯|嗯嗯|喔|哦|知道了|明白了|了解|收到|懂了|哈哈|哈哈哈|呵呵|嘿嘿|知道|了解了|没问题|没问题了|没有问题|ok了|无问题|冇问题|明白晒',
    ja: 'わかりました|分かりました|了解|了解です|了解しました|はい|オッケー|なるほど|承知しました|ok です|うん|笑|w|ww|www|はーい|はい はい',
    ko: '네|알겠어요|알겠습니다|오케이|응|넵|넹|예|알았어|알았어요|ㅇㅋ|ㅇㅇ|그렇군요|좋아요|ㅋㅋ|ㅋㅋㅋ|ㅎㅎ|ㅎㅎㅎ|넵넵|네네',
    de: 'alles klar|alles gut|verstanden|gut|super|in ordnung|ach so|prima',
    fr: 'd accord|dac|dacc|compris|parfait|tres bien|ca marche|super|genial|nickel|mdr|ptdr',
    'pt-BR': 'certo|entendi|beleza|ta bom|tudo bem|blz|show|kkk|kkkk|rsrs',
    id: 'baik|siap|paham|oke deh|sip|wkwk|wkwkwk',
    vi: 'duoc roi|hieu roi|ok a|oke',
    ar: 'حسنا|حسنًا|تمام|طيب|فهمت|ماشي|ههه|هههه',
  },
};

/** Words that may stand beside small talk ("thanks so much bot", "hi again"); not "yes" words: after "would you like a person?" a "yes" is a second miss, which hands the visitor over. */
const FILLERS = new Set('so very much again there bot guys team all everyone you a lot mate sorry 呀 啊 啦 哈 呢 嘛 啰 喔 唷 ね よ kak ya dong nhe nha madame monsieur atous avous et und'.split(' '));
/**
 * The person a Japanese visitor thanks or leaves by name (オペレーターさん、ありがとうございました; 担当者様、失礼します): they stand
 * beside small talk as the fillers do, and thanks said to them asks for no one (see isHandoffRequest).
 */
const ADDRESSED = 'オペレーター オペレーターさん オペレーターの方 担当者 担当者さん 担当者様 担当の方 担当者の方 スタッフさん スタッフの方 スタッフの皆さん 皆さん 皆様 みなさん'
  .split(' ')
  .map((word) => normalizeText(word));

/** Thanks or a goodbye said to the person by name (オペレーターさん、ありがとうございました): small talk that asks for no one. */
export function thanksThePerson(normalized: string): boolean {
  const kind = smallTalkOf(normalized)?.kind;
  if (kind !== 'thanks' && kind !== 'goodbye') return false;
  const text = normalized.replace(/ /g, '');
  return ADDRESSED.some((word) => text.includes(word));
}

/** Most specific first: "thanks bye" is a goodbye, "ok one moment" a wait, "ok thanks" thanks, "hi are you a bot" a question about the bot. */
const PRECEDENCE: readonly SmallTalkKind[] = ['bot', 'goodbye', 'wait', 'thanks', 'greeting', 'ok'];

interface Phrase {
  kind: SmallTalkKind;
  /** The languages that use it; empty when every language does ("*"). */
  languages: UiLanguage[];
}

const LEXICON: ReadonlyMap<string, Phrase[]> = (() => {
  const map = new Map<string, Phrase[]>();
  const universal = new Set<Phrase>();
  for (const kind of PRECEDENCE) {
    for (const [language, list] of Object.entries(PHRASES[kind])) {
      for (const raw of list.split('|')) {
        const key = normalizeText(raw).replace(/ /g, '');
        const phrases = map.get(key) ?? map.set(key, []).get(key)!;
        let own = phrases.find((p) => p.kind === kind);
        if (!own) phrases.push((own = { kind, languages: [] }));
        if (language === '*') universal.add(own);
        else if (!universal.has(own)) own.languages.push(language as UiLanguage);
      }
    }
  }
  for (const phrase of universal) phrase.languages = [];
  for (const filler of [...FILLERS, ...ADDRESSED]) if (!map.has(filler)) map.set(filler, []);
  return map;
})();

/** The longest phrase, in characters without spaces: the cut-off for the scan below. */
const LONGEST = Math.max(...[...LEXICON.keys()].map((k) => k.length));

/** The lengths of the phrases that start with each UTF-16 unit, longest first: the only ones worth looking up there. */
const LENGTHS_FROM: ReadonlyMap<number, readonly number[]> = (() => {
  const lengths = new Map<number, number[]>();
  for (const key of LEXICON.keys()) {
    const list = lengths.get(key.charCodeAt(0)) ?? lengths.set(key.charCodeAt(0), []).get(key.charCodeAt(0))!;
    if (!list.includes(key.length)) list.push(key.length);
  }
  for (const list of lengths.values()) list.sort((a, b) => b - a);
  return lengths;
})();

export interface SmallTalk {
  kind: SmallTalkKind;
  /** The languages the phrases point to (empty: any). */
  languages: readonly UiLanguage[];
  /** A question about the bot read by its words alone (bot-question-words.ts): the handoff rules read the message first. */
  byWords?: true;
}

/**
 * The small talk of a whole message, or null when any of it is something else: known phrases (see phrasesOf), or a
 * question about who or what is answering in a form no phrase spells out (bot-question.ts: "am I talking to a robot or
 * a human?", 这是真人在回复吗), or by its words alone (bot-question-words.ts: "be honest, are you a robot").
 */
export function smallTalkOf(normalized: string): SmallTalk | null {
  const phrases = phrasesOf(normalized);
  if (phrases) return phrases;
  const languages = botQuestionLanguages(normalized);
  if (languages) return { kind: 'bot', languages };
  const byWords = botQuestionByWords(normalized);
  return byWords && { kind: 'bot', languages: byWords, byWords: true };
}

/**
 * A whole message read as known phrases, or null. Spaces are ignored (so "thank you" and "thankyou", "谢 谢" match), and
 * the message is read as a sequence of known phrases and fillers, each the longest after which the rest still reads
 * ("ok i am still here" is "ok" + "i am still here", though "oki" is a phrase too).
 */
function phrasesOf(normalized: string): SmallTalk | null {
  // A long message is no small talk: told before its spaces are taken out (most messages are long).
  let letters = 0;
  let first = -1;
  for (let i = 0; i < normalized.length; i++) {
    if (normalized.charCodeAt(i) === 32) continue;
    if (letters++ === 0) first = normalized.charCodeAt(i);
  }
  // Nor is one whose first character starts no phrase (most clauses a request check looks at).
  if (letters === 0 || letters > 3 * LONGEST || !LENGTHS_FROM.has(first)) return null;
  const text = normalized.replace(/ /g, '');
  // Nor is one that no phrase starts (the rest below would read the whole text first).
  const opening = LENGTHS_FROM.get(first)!;
  if (!opening.some((length) => length <= text.length && LEXICON.has(text.slice(0, length)))) return null;
  // step[at]: the length of the longest phrase at `at` after which the rest reads as phrases too (0: none does).
  const step = new Array<number>(text.length + 1).fill(0);
  for (let at = text.length - 1; at >= 0; at--) {
    for (const length of LENGTHS_FROM.get(text.charCodeAt(at)) ?? []) {
      if (length <= text.length - at && (at + length === text.length || step[at + length]! > 0) && LEXICON.has(text.slice(at, at + length))) {
        step[at] = length;
        break;
      }
    }
  }
  if (step[0] === 0) return null;
  const found: Phrase[] = [];
  for (let at = 0; at < text.length; at += step[at]!) found.push(...LEXICON.get(text.slice(at, at + step[at]!))!);
  if (found.length === 0) return null;
  const kind = PRECEDENCE.find((k) => found.some((p) => p.kind === k))!;
  const named = found.filter((p) => p.languages.length > 0);
  // The languages every language-specific phrase agrees on; none: the phrases were universal ("ok", "hi").
  let languages: UiLanguage[] = named.length > 0 ? [...named[0]!.languages] : [];
  for (const p of named.slice(1)) {
    const both = languages.filter((l) => p.languages.includes(l));
    if (both.length > 0) languages = both;
  }
  return { kind, languages };
}

const REPLIES: Readonly<Record<SmallTalkKind, Readonly<Record<UiLanguage, string>>>> = {
  greeting: {
    'zh-CN': '您好！请问有什么可以帮您？',
    'zh-TW': '您好！請問有什麼可以幫您？',
    en: 'Hello! How can I help you today?',
    ja: 'こんにちは！ご用件をお聞かせください。',
    ko: '안녕하세요! 무엇을 도와드릴까요?',
    es: '¡Hola! ¿En qué puedo ayudarte?',
    ar: 'مرحبًا! كيف يمكنني مساعدتك؟',
    de: 'Hallo! Wie kann ich Ihnen helfen?',
    fr: 'Bonjour ! Comment puis-je vous aider ?',
    'pt-BR': 'Olá! Como posso ajudar?',
    id: 'Halo! Ada yang bisa saya bantu?',
    vi: 'Xin chào! Tôi có thể giúp gì cho bạn?',
  },
  thanks: {
    'zh-CN': '不客气！还有其他问题吗？',
    'zh-TW': '不客氣！還有其他問題嗎？',
    en: "You're welcome! Is there anything else I can help with?",
    ja: 'どういたしまして！ほかにご質問はありますか？',
    ko: '천만에요! 더 궁금한 점이 있으신가요?',
    es: '¡De nada! ¿Hay algo más en lo que pueda ayudarte?',
    ar: 'على الرحب والسعة! هل هناك شيء آخر يمكنني مساعدتك فيه؟',
    de: 'Gern geschehen! Kann ich sonst noch helfen?',
    fr: 'Avec plaisir ! Puis-je vous aider pour autre chose ?',
    'pt-BR': 'De nada! Posso ajudar em mais alguma coisa?',
    id: 'Sama-sama! Ada lagi yang bisa saya bantu?',
    vi: 'Không có gì! Bạn cần tôi giúp gì thêm không?',
  },
  goodbye: {
    'zh-CN': '再见！有需要随时来找我。',
    'zh-TW': '再見！有需要隨時來找我。',
    en: 'Goodbye! Come back any time you need help.',
    ja: 'ご利用ありがとうございました。またいつでもどうぞ。',
    ko: '안녕히 가세요! 도움이 필요하면 언제든 다시 찾아 주세요.',
    es: '¡Hasta pronto! Vuelve cuando necesites ayuda.',
    ar: 'مع السلامة! عد إلينا في أي وقت تحتاج فيه إلى مساعدة.',
    de: 'Auf Wiedersehen! Melden Sie sich jederzeit wieder.',
    fr: 'Au revoir ! Revenez quand vous voulez.',
    'pt-BR': 'Até logo! Volte sempre que precisar.',
    id: 'Sampai jumpa! Kembali kapan saja jika butuh bantuan.',
    vi: 'Tạm biệt! Hãy quay lại bất cứ khi nào bạn cần.',
  },
  bot: {
    'zh-CN': '我是自动客服助手，可以回答常见问题；如需真人服务，输入「转人工」即可。',
    'zh-TW': '我是自動客服助理，可以回答常見問題；如需真人服務，輸入「轉接真人客服」即可。',
    en: 'I am the automated assistant: I answer common questions, and a person from our team takes over whenever you type "talk to a person".',
    ja: '私は自動応答のアシスタントです。よくある質問にお答えします。担当者と話したいときは「担当者と話す」と入力してください。',
    ko: '저는 자동 상담 도우미입니다. 자주 묻는 질문에 답해 드리며, "상담원 연결"을 입력하시면 상담원이 이어받습니다.',
    es: 'Soy el asistente automático: respondo las preguntas frecuentes, y una persona del equipo te atiende si escribes "hablar con una persona".',
    ar: 'أنا المساعد الآلي: أجيب عن الأسئلة الشائعة، ويتولى أحد أفراد فريقنا المحادثة إذا كتبت "التحدث إلى موظف".',
    de: 'Ich bin der automatische Assistent: Ich beantworte häufige Fragen, und ein Mensch aus unserem Team übernimmt, wenn Sie „Mit einem Menschen sprechen“ schreiben.',
    fr: 'Je suis l’assistant automatique : je réponds aux questions fréquentes, et une personne de l’équipe prend le relais si vous écrivez « parler à un conseiller ».',
    'pt-BR': 'Sou o assistente automático: respondo às perguntas frequentes, e uma pessoa da equipe assume se você escrever "falar com um atendente".',
    id: 'Saya asisten otomatis: saya menjawab pertanyaan umum, dan petugas kami akan mengambil alih jika Anda mengetik "bicara dengan petugas".',
    vi: 'Tôi là trợ lý tự động: tôi trả lời các câu hỏi thường gặp, và nhân viên sẽ tiếp nhận khi bạn nhập "nói chuyện với nhân viên".',
  },
  wait: {
    'zh-CN': '好的，不着急，您准备好了随时告诉我。',
    'zh-TW': '好的，不急，您準備好了隨時告訴我。',
    en: 'Take your time. I am here whenever you are ready.',
    ja: 'かしこまりました。ごゆっくりどうぞ。準備ができたらお知らせください。',
    ko: '네, 천천히 하세요. 준비되시면 말씀해 주세요.',
    es: 'Tómate tu tiempo. Aquí estoy cuando lo necesites.',
    ar: 'خذ وقتك. أنا هنا متى كنت جاهزًا.',
    de: 'Lassen Sie sich Zeit. Ich bin da, wenn Sie so weit sind.',
    fr: 'Prenez votre temps. Je suis là quand vous êtes prêt.',
    'pt-BR': 'Sem pressa. Estou aqui quando precisar.',
    id: 'Silakan, tidak perlu terburu-buru. Saya di sini kapan pun Anda siap.',
    vi: 'Bạn cứ từ từ. Tôi luôn ở đây khi bạn cần.',
  },
  ok: {
    'zh-CN': '好的。还有什么可以帮您的吗？',
    'zh-TW': '好的。還有什麼可以幫您的嗎？',
    en: 'All right. Anything else I can help with?',
    ja: '承知しました。ほかにお手伝いできることはありますか？',
    ko: '알겠습니다. 더 도와드릴 일이 있을까요?',
    es: 'De acuerdo. ¿Algo más en lo que pueda ayudarte?',
    ar: 'حسنًا. هل هناك شيء آخر يمكنني مساعدتك فيه؟',
    de: 'Alles klar. Kann ich sonst noch etwas für Sie tun?',
    fr: 'Très bien. Puis-je vous aider pour autre chose ?',
    'pt-BR': 'Certo. Posso ajudar em mais alguma coisa?',
    id: 'Baik. Ada lagi yang bisa saya bantu?',
    vi: 'Vâng. Tôi có thể giúp gì thêm cho bạn?',
  },
};

export const isUiLanguage = (locale: string | null | undefined): locale is UiLanguage => (UI_LANGUAGES as readonly (string | null | undefined)[]).includes(locale);

export function smallTalkReply(kind: SmallTalkKind, language: UiLanguage): string {
  return REPLIES[kind][language];
}
