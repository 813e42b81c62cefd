import { patternSet } from './pattern-set.ts';
import { foldTraditional } from './t2s.ts';

/**
 * What a visitor says of being new to the app ("es la primera vez que uso la app", "just downloaded the app yesterday",
 * "初めて使うのですが", "我第一次用", "처음 써보는데요"), before or after what they ask. Alone, or before nothing more than
 * how it works, it is the usage guide's question: those are its alternates' words ("soy nuevo, cómo empiezo", "im new
 * here", "初めてで使い方がわかりません"). Before another question it is a detail of the story, yet it drew that question to
 * the usage guide: wrapped around the dev rows answered right (seed 77), "es la primera vez que uso la app, …" cost 150 of
 * 411 their answer, "just started using the app, …" 203 of 405, "まだ使い始めたばかりで、…" 102 of 403, "剛下載這個app，…"
 * 167 of 434, "초보인데요 …" 53 of 349. The engine reads the message without it and keeps that reading only when it is
 * answered (see beginnerRest): another entry's words followed.
 * Applied to normalised text (lower case, no accents, Traditional folded, punctuation a space).
 */

/** The app, as a visitor names the thing they are new to: see SPACED. */
const ES_APP = '(?:(?:la|esta|una|el|este|su|tu) )?(?:app|aplicacion|billetera|cartera|monedero|wallet)(?: (?:digital|virtual|de pagos|movil))?';
const EN_APP = '(?:(?:the|this|an?|your|my) )?(?:app|application|wallet|e ?wallet|digital wallet|mobile wallet|payment app)';
const EN_WHEN = '(?: (?:yesterday|today|this morning|last night|last week|recently|a few days ago))?';
const ZH_APP = '(?:这个|这|个|你们的?|贵司的?)?(?:app|应用|软件|软体|钱包|平台|程式)?';
const JA_VERB = '(?:使う|使います|使った|使って(?:い)?(?:る|ます)|利用する|利用します|利用した|使用する)';
const JA_SO = '(?:(?:ん|の)?(?:です|なん(?:です)?|なの(?:です)?)?(?:が|けど|けれど|けれども|ので|から)|で(?!も))';
const KO_SO = '(?:는데요?|서(?: 그런데요?)?|어서|해서|요)';

/** In scripts that space their words (es, en, ko): whole words. */
const SPACED = [
  // es: the first time (es la primera vez que uso la app, mi primera vez con la billetera), new (soy nuevo en la app, soy
  // usuaria nueva), just begun (acabo de descargar la aplicación, recién me registré, la instalé ayer, apenas estoy
  // empezando a usar la app) and never before (nunca había usado una billetera digital). Not "primera vez que me pasa"
  // (a first time of what happened) nor "primera vez que envío": only using the app itself.
  `(?:(?:es|sera|esta es) )?(?:la |mi )?primera vez (?:que (?:la |lo )?(?:uso|utilizo|ocupo|manejo|abro|pruebo)(?: ${ES_APP}| esto)?|(?:usando|utilizando)(?: ${ES_APP}| esto)?|(?:con|en) ${ES_APP})`,
  `(?:soy|somos) (?:muy )?(?:nuev[oa]s?|novat[oa]s?|principiantes?)(?: (?:usuari[oa]|cliente))?(?: (?:en|con|usando|utilizando) (?:${ES_APP}|esto)| por aqui| aqui| en esto)?|(?:soy )?(?:un |una )?(?:usuari[oa]|cliente) nuev[oa](?: aqui| por aqui)?`,
  `(?:(?:yo|me) )?(?:acabo de|recien|apenas|hace poco)(?: me)? (?:(?:la|lo) )?(?:descargue|baje|instale|descargar(?:la|lo)?|bajar(?:la|lo)?|instalar(?:la|lo)?|registre|registrar(?:me)?|inscribi|inscribir(?:me)?|di de alta|dar(?:me)? de alta|cree mi cuenta|crear(?:me)? (?:mi|la|una) cuenta|abri mi cuenta|abrir (?:mi|la|una) cuenta|empiezo|empece|comienzo|comence|estoy empezando|estoy comenzando)(?: a usar(?:la|lo)?)?(?: ${ES_APP})?(?: (?:ayer|hoy|anoche|hace poco))?`,
  `(?:la|lo) (?:descargue|baje|instale) (?:ayer|hoy|anoche|hace (?:poco|unos dias|un par de dias|una semana))|(?:estoy|ando) (?:empezando|comenzando|aprendiendo) a usar ${ES_APP}`,
  `nunca (?:antes )?(?:habia|he) usado (?:una |la |esta |ninguna )?(?:app|aplicacion|billetera|cartera|monedero)(?: (?:digital|virtual|de pagos|como esta))?(?: antes)?`,
  // en: it's my first time using the wallet, I'm new to the app, just downloaded the app yesterday, I only opened my
  // account last week, never used an e-wallet before, I'm a new user. Not "just got" or "just registered" before what
  // was got or registered ("i just got charged twice", "i just registered my card").
  `(?:(?:its|it is|this is) )?(?:my )?first time (?:using|on|with|in|trying) (?:${EN_APP}|this|it)|first time user here`,
  `(?:im|i am) (?:a )?(?:new|brand new|first time) (?:user|customer)|new (?:user|customer) here|(?:im|i am) (?:a )?(?:beginner|newbie|noob)|(?:im|i am) (?:totally |completely |very )?new(?: here| to (?:${EN_APP}|this|e ?wallets|mobile wallets))?`,
  `(?:i )?(?:only )?just (?:(?:downloaded|installed|got) (?:it|this|${EN_APP})|(?:joined|signed up|registered)(?: (?:for|on|with) (?:an account|${EN_APP}|this))?(?! (?:my|a|the|an|your|it|this|for|on|with)(?= |$))|started using (?:it|this|${EN_APP})|(?:opened|set up|created) (?:my|an) account(?! (?:at|with|in) ))${EN_WHEN}`,
  `(?:i )?(?:only )?(?:opened|created|made|set up) (?:my|an) account (?:yesterday|today|last week|recently|a few days ago)|(?:i )?(?:downloaded|installed) (?:it|${EN_APP}) (?:yesterday|today|this morning|last night)`,
  `(?:i )?(?:have )?never used ${EN_APP}(?: like this)? before|(?:im|i am) (?:just )?(?:starting|getting started|beginning) (?:out )?(?:with|to use) ${EN_APP}`,
  // ko: 처음 써보는데요, 이 앱 처음인데, 초보인데요, 방금 가입했는데, 어제 깔았는데, 신규 가입자인데요. Not 처음 보는 (never seen:
  // a charge one does not know).
  `(?:(?:이|그) )?(?:앱|어플|지갑)? ?처음 ?(?:(?:써 ?보|써 ?봤|써 ?봐|쓰|사용하|사용해 ?보|사용해 ?봤|이용하)${KO_SO}|이라서?|인데요?|이에요|입니다)`,
  `초보(?:자)?(?:인데요?|라서|예요|입니다)|신규 ?(?:가입자|회원|사용자|유저)(?:인데요?|예요|입니다|라서)`,
  `(?:방금|어제|오늘|얼마 전에|최근에|막) ?(?:가입했|설치했|다운받았|다운로드했|깔았)(?:는데요?|어요)`,
];

/** In scripts that do not space their words (ja, zh): the phrase wherever it stands. */
const UNSPACED = [
  // ja: 初めて使うのですが, 初めてなんですが, 初めて利用します。, 初心者なんですが, 昨日ダウンロードしたばかりなんですが, まだ
  // 使い始めたばかりで. Not 初めて見る (a charge never seen), 初心者でも (whether a beginner can).
  `(?:この)?(?:アプリ|ウォレット)?(?:は|を)?(?:初めて|はじめて)(?:${JA_VERB}?${JA_SO}|(?:${JA_VERB}|です|なんです)?(?= |$))|初心者(?:なん|なの)?(?:です|で(?!も))(?:が|けど|けれど)?`,
  `(?:昨日|最近|先週|さっき|今日|まだ|この前)?(?:アプリを|ウォレットを)?(?:ダウンロード|インストール|登録|入れた|始めた|使い始めた)(?:した)?ばかり(?:なのに|のに|なん|なの)?(?:です|で|だ)?(?:が|けど|けれど|ので)?`,
  // zh: 我第一次用, 第一次使用这个钱包, 我是新手, 新手小白, 刚下载这个app, 我刚注册, 昨天才装的, 我才刚开始用. Not 新手 before
  // its noun (新手教程, 新手机: a new phone).
  `(?:我)?(?:是)?第一次(?:用|使用|玩|下载)${ZH_APP}|(?:我(?:是|系))?(?:新手|新用户|小白|新来的)(?:小白|一枚)?(?= |$)|我(?:是|系)(?:新手|新用户|小白|新来的)(?:小白|一枚)?`,
  `(?:我)?(?:昨天|今天|前两天|前几天)?(?:才|刚|刚刚|才刚|啱啱){1,2}(?:下载|注册|装|安装|开始用|开始使用|开通|申请|加入)(?:的|了|好|咗)?${ZH_APP}(?:的)?`,
];

/** The phrases as a pattern set: a text is searched with the alternation of those whose literals it holds (see pattern-set.ts). */
const BEGINNER = patternSet([...SPACED.map((source) => `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`), ...UNSPACED].map(foldTraditional));
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
/** What joined the phrase to the rest (", y no entiendo", "and how do i…"). */
const LEADING = /^(?:[\s,，、;；.。:：]+|(?:y|and|but|so|pero|entonces)(?=\s))+/iu;

/** How many letters and digits a text has before `end`: the same in the text and its normalised form (see normalize.ts). */
const wordChars = (text: string, end = text.length) => {
  let count = 0;
  for (let i = 0; i < end; i++) if (WORD_CHAR.test(text[i]!)) count++;
  return count;
};

/** The index in `text` of its letter or digit number `n` (from 0), or its length when it has fewer. */
function indexOfWordChar(text: string, n: number): number {
  let seen = 0;
  for (let i = 0; i < text.length; i++) if (WORD_CHAR.test(text[i]!) && seen++ === n) return i;
  return text.length;
}

/**
 * The message without what it says of the visitor being new to the app, cut from the text as typed (its punctuation and
 * sentences kept), or null when it says none of that or nothing else with letters. `normalized`: normalizeText(text).
 */
export function beginnerRest(text: string, normalized: string): string | null {
  const typed = text.normalize('NFKC');
  let rest = '';
  let from = -1;
  const phrases = BEGINNER.alternationIn(normalized);
  phrases.lastIndex = 0;
  for (let m = phrases.exec(normalized); m !== null; m = phrases.exec(normalized)) {
    rest += `${typed.slice(Math.max(from, 0), indexOfWordChar(typed, wordChars(normalized, m.index)))} `;
    from = indexOfWordChar(typed, wordChars(normalized, m.index + m[0].length) - 1) + 1;
  }
  if (from < 0) return null;
  rest = (rest + typed.slice(from)).replace(LEADING, '').trim();
  return LETTER.test(rest) ? rest : null;
}
