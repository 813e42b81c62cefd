import { JOYO_KANJI } from './joyo.ts';
import { isSimplifiedOnly, isTraditionalOnly } from './t2s.ts';
import { gatedRegex } from './pattern-set.ts';
import { PINYIN_WORD } from './pinyin.ts';

/**
 * The language of a question, from its raw text: the script first (kana → ja, Hangul → ko,
 * Han → Chinese, Traditional vs Simplified by the characters that differ), then for Latin script
 * stopwords and letters peculiar to a language.
 */
export interface LanguageGuess {
  /** Canonical locale ("zh-CN", "en"…), or null when the text has no letters. */
  locale: string | null;
  /** False when the guess is a default rather than evidence (a Latin word that is no stopword). */
  confident: boolean;
  /** Chinese written the same in both scripts ("退款", "手机"… no character that only one of them uses). */
  eitherScript?: true;
  /** Han only, every character a Jōyō kanji: Japanese as much as Chinese ("今何時", "送金上限"). */
  japaneseToo?: true;
  /** Hindi or Tagalog in Latin letters, written beside English app words: read by them (see MIXED_WITH_ENGLISH). */
  mixedWithEnglish?: true;
  /** Japanese by a word Chinese does not write ("返金", "手数料", "残高"), in characters Chinese writes too. */
  chineseToo?: true;
}

/** Kanji in their Japanese (shinjitai) form: neither Traditional nor Simplified Chinese writes them. */
const JAPANESE_KANJI = new Set(
  Array.from(
    '証変済払続険歳込円様帰売営験銭駅図関鉄発気県楽総価経権読覧転択訳労働枠辺単対実拡応駆巻弾戻涙恵徳閲' +
      '悪圧囲隠栄塩桜殴穏壊懐渇陥寛歓勧観犠戯暁渓軽継鶏撃倹剣圏検顕厳黒砕斎剤雑賛歯児釈収従渋獣縦粛奨焼剰' +
      '畳縄壌嬢譲醸寝粋酔髄瀬斉摂専繊荘捜挿巣騒増臓蔵帯沢遅稲悩脳拝廃髪抜浜仏弁舗豊黙薬誉揺謡頼竜猟緑塁霊' +
      '齢暦録伝両戦乗庁鋳聴勅鎮逓闘弐覇歩毎',
  ),
);

/**
 * Japan's forms that Taiwan writes too, as the everyday variant of a Traditional character: 証 for 證 ("身分証過期",
 * "認証失敗"). Without kana words they are Traditional characters, not Japanese ("我的身分証到期了" was answered in
 * Japanese); beside kana they stay Japanese ("身分証の写真").
 */
const TAIWAN_TOO = '証';

/**
 * Words of kanji alone that Japanese writes and Chinese does not (Chinese says 余额, 手续费, 账户, 转账, 退款): Japanese
 * unless the visitor's UI is Chinese ("残高不足", "手数料" were read as Chinese whatever the UI). Not 返金币 (gold coins
 * given back).
 */
const JAPANESE_WORDS = /残高|手数料|口座|振込|振り込|引落|引き落|返金(?![币幣])/u;

const STOPWORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    ('the is are am was i my me you your it to of in on for and or not no how what why when where can could do does ' +
      'did have has had this that with a an be get got will would should there their they please want need per as someone ' +
      // a hesitation voice typing writes ("um top up balance" was Portuguese by its "um" and got no answer): a tie with
      // Portuguese's "um" goes to English, a Portuguese sentence has more of its own words
      'um uh')
      .split(' '),
  ),
  es: new Set(
    ('el la los las de del que mi mis me como cómo por para un una es esta está estoy no se puedo cuando cuándo donde ' +
      'dónde con al lo le qué quiero tengo hay mis ya pero porque cuánto cuanto mucho hacer y yo nada tu te su sus sí muy ' +
      'también tienes tiene va son algo alguien a puedes puede pueden necesito ayuda ayudarme sabes sabe en sin o di ' +
      'otra otro dice deja da dinero cuenta tarjeta cobro cargo eso esto este hoy ayer aquí así nos les ' +
      // the person a request names, often the whole message ("agente", "asesor"): the reply was in English
      'agente asesor asesora humano operador operadora ejecutivo ejecutiva ' +
      // how Argentina, Mexico and Spain address the reader (che, vos, wey; vosotros): "che aceptan mastercard?" was Italian
      // by its "che" and got no answer; "os" stays Portuguese's
      'che vos podés tenés tenes querés sabés wey güey vosotros vuestra vuestro vuestros vuestras podéis tenéis queréis').split(' '),
  ),
  pt: new Set(
    ('o os as meu minha meus não nao você voce vocês voces posso pode para de que uma um por é está estou com do da dos das quero ' +
      'tenho tem como quando onde já mas porque pelo pela ao aos seu sua ele ela isso isto qual quais muito também ' +
      'obrigado obrigada faço fazer vou vai sou foi nós ajuda ajudar dinheiro a me quanto quanta').split(' '),
  ),
  fr: new Set(
    ('le la les je mon ma mes est pas pour de comment un une des du et que ne vous il puis quand où ou mais ' +
      'pourquoi avec sur suis ai veux à au aux a aide aider aidez besoin merci en moi pouvez svp').split(' '),
  ),
  de: new Set(
    ('der die das ich mein meine ist nicht wie und zu ein eine kann mit für von warum wann wo habe bin sie es ' +
      'auf den dem möchte an ab kommt geht wird noch kein keine mir mich wenn aber oder schon hat bitte neue neu falsche falsch').split(' '),
  ),
  it: new Set(
    ('il lo la le i gli a di quale quali del della dei delle che non mi mio mia miei sono è ho hai ha come perché perche voglio posso puoi può ' +
      'un una per con ma anche questo questa quando dove cosa sei grazie aiuto aiutarmi funziona arriva parlare sul sulla nel nella alla ' +
      'allo sempre subito ancora').split(' '),
  ),
  // Indonesian, and the words Malay writes alike (saya, tidak, hilang): Malay text of those alone is answered as Indonesian.
  id: new Set('saya tidak bagaimana yang dan ini itu ke di dengan untuk bisa apa kenapa sudah belum mau gimana gak nggak kok aku ada salah orang lain lihat sampai'.split(' ')),
  // Turkish: not "o", "de", "da" (pt, es, fr write them too)
  tr: new Set('ve bu için icin ile mi mı mu değil degil var yok nasıl nasil neden niye ben benim bana beni çok cok ama gibi daha hiç'.split(' ')),
  vi: new Set('tôi không của là có được và cho với này thì bạn làm sao tại vì những một các mình đã'.split(' ')),
  // Catalan: none of the words it writes as Spanish does ("el", "la", "que", "no"), nor "compte" (French too).
  ca: new Set('amb vull puc meu meva teu encara molt perquè també aquest aquesta aquí els dels pel tinc fer sóc són com altra altre altres'.split(' ')),
  nl: new Set('de ik mijn niet het een naar nog wil heb geen moet hoe waarom wanneer zijn bij ook maar dat graag kunnen wordt steeds altijd weer'.split(' ')),
  // Malay where it is not Indonesian (tak, boleh, nak, macam: Indonesian says tidak, bisa, mau, seperti).
  ms: new Set('tak boleh nak macam'.split(' ')),
  // Hindi in Latin letters and Tagalog: written beside English app words, read by them (see MIXED_WITH_ENGLISH).
  hi: new Set('nahi nahin hai hain kaise kya karna karu kare karo mujhe aur hua raha rahi gaya gayi abhi baat kitna kab kyun bhej diye maine hoon meri baar'.split(' ')),
  fil: new Set('yung ng mag paano ako hindi ba sa naman lang ko gusto wala pwede saan kasi'.split(' ')),
};

/**
 * A payment app's words in languages the wallet pack has no questions in, which a search-box query holds without a
 * stopword ("Konto sperren", "frais", "esqueci senha", "biaya admin" were English or Spanish guesses, answered with their
 * articles or told "no answer" in them): each counts as a stopword does. None is a word of the pack's English or
 * Spanish questions (language.test.ts), whose articles the guess would otherwise pick.
 */
const WALLET_WORDS: Readonly<Record<string, readonly string[]>> = {
  de: 'konto karte handy guthaben auszahlung aufladen sperren verloren aktualisieren kontoauszug nummer handynummer geld'.split(' '),
  fr: 'mot passe oublié frais virement échoué téléphone perdu retrait banque arnaque moyens paiement identité prélèvement inconnu client plafond transfert relevé'.split(' '),
  pt: 'esqueci senha taxas falhou golpe pagamento identidade atendimento conta excluir erro deu caiu chegou extrato atendente taxa cartao cadastrar travando travou telemovel telemóvel cobranca estorno burlado reconheco'.split(' '),
  id: ('lupa biaya gagal hilang tarik penipuan metode pembayaran verifikasi hubungi tambah kartu ganti rekening akun tagihan aneh blokir ' +
    'sementara mutasi nomor aplikasi aplikasinya naikkan').split(' '),
  ms: 'akaun laluan nombor kad caj bayaran duit perkhidmatan tersalah bekukan asyik telefon naikkan'.split(' '),
  ca: 'diners contrasenya mòbil càrrec pagament reemborsament telèfon moviments tancar canviar afegir bloquejar'.split(' '),
  nl: ('wachtwoord telefoon inloggen betaling terugbetaling rekening opnemen geld ontvangen verhogen opwaarderen afschrijving ' +
    'overzicht transacties medewerker gestuurd wijzigen toevoegen bankpas opgelicht mislukt opzeggen limiet blokkeren kwijt').split(' '),
  it: ('dimenticata dimenticato prelievo ricarica rifiutato aggiungere carta conto prelevare bonifico commissioni addebito sconosciuto ' +
    'truffato sbagliata sbagliato bloccare bloccato cambiare aumentare ricaricare rimborso operatore movimenti').split(' '),
  tr: 'şifre şifremi sifremi unuttum hesap hesabım kart ekleme ödeme odeme çekme ücret kaybettim telefonum telefonumu uygulama kodu'.split(' '),
  // Vietnamese typed without its marks ("khong duoc", "ung dung bi loi"), which its letters below cannot tell.
  vi: ('khong duoc bi loi tien nap chuyen khoan mat khau xac danh tinh ung dung thoai dien roi quen dang nhap nhan ngan muon xoa hoan ' +
    'lau thanh toan muc vao treo lua giao vien nham nguoi nhieu khoa xem lich').split(' '),
};

/** Each word's languages: a word several languages use ("me", "de", "il") counts for each of them. */
const STOPWORD_LOCALES = new Map<string, string[]>();
for (const source of [STOPWORDS, WALLET_WORDS]) {
  for (const [locale, words] of Object.entries(source)) for (const word of words) STOPWORD_LOCALES.set(word, [...(STOPWORD_LOCALES.get(word) ?? []), locale]);
}

/** The wallet words of the languages the pack lacks (see WALLET_WORDS), for the test that the pack's questions hold none. */
export const walletWordsOf = (locale: string): readonly string[] => WALLET_WORDS[locale] ?? [];

/** The locale of Chinese in pinyin: the pack's Chinese by default, either script (the visitor's UI picks, see ../engine.ts). */
const PINYIN = 'zh-CN';

const LATIN_LOCALES = [...Object.keys(STOPWORDS), PINYIN];

/** Letters that only one of the Latin-script languages uses, and what finding them weighs. */
const LATIN_MARKERS: readonly [{ test(text: string): boolean }, string, number][] = (
  [
  [/[ñ¿¡]/u, 'es', 2],
  // An acute accent leans Spanish (Portuguese, French and Vietnamese have their own markers and stopwords): a tie-breaker.
  [/[áéíóú]/u, 'es', 0.5],
  // Spanish word endings: -ción (pt -ção, it -zione, fr/en -tion), the preterite's -aron/-ieron (pt -aram, it -arono); the
  // participle -ado/-ido and gerund -ando/-iendo, and -dor, lean Spanish over English (Portuguese and Italian share some).
  [/ci[oó]n\b/u, 'es', 1],
  [/\p{L}(?:aron|ieron)\b/u, 'es', 1],
  [/\p{L}(?:[ai]d[oa]s?|ando|iendo|dor)\b/u, 'es', 0.5],
  [/[ãõ]/u, 'pt', 2],
  // Portuguese "nh" (minha, senha, tenho); ê and ç are Portuguese as much as French (você, faço; être, ça).
  [/[a-z]nh[aeiou]/u, 'pt', 0.5],
  [/[êç]/u, 'pt', 0.5],
  [/[êç]/u, 'fr', 0.5],
  // ö and ü are Turkish as much as German (ödeme, müşteri): ß and ä are German alone.
  [/[ßä]/u, 'de', 2],
  [/[öü]/u, 'de', 1],
  [/[öü]/u, 'tr', 1],
  // German nouns in -ung (Auszahlung, Überweisung), verbs in -ieren (aktualisieren, stornieren), and ver-/auf-/aus-/ent-
  // verbs in -en (vergessen, verloren, aufladen). A word's ends are letters' ends, not \b's (ASCII word characters): after
  // an ä or é, \b would start a match inside a word, and a long word of them would be read again from each (quadratic).
  [/\p{L}{3}(?:ung|ungen|ieren)\b/u, 'de', 1],
  [/(?<!\p{L})(?:ver|auf|aus|ent|ein|zurück|hinzu|über)\p{L}{2,}en(?!\p{L})/u, 'de', 1],
  // German participles ge-…-t (geschickt, gesperrt, gemacht): no English or Spanish word is so made.
  [/(?<!\p{L})ge\p{L}{3,}t(?!\p{L})/u, 'de', 1],
  // Dutch "ij" before a consonant or at a word's end (mijn, kwijt, wijzigen, bij); Spanish writes it before a vowel (hijo, fijo).
  [/\p{L}ij(?![aeiouyáéíóú])/u, 'nl', 1],
  // Catalan nouns in -ació/-cció (aplicació, transacció; Spanish -ción, Portuguese -ção; not Spanish preterites in -eció,
  // -ució: "desapareció") and the middle dot of l·l.
  [/[ac]ció(?:ns)?(?!\p{L})|l·l/u, 'ca', 2],
  // è and ò are Catalan as much as Italian (telèfon, mòbil, què; è, può): Spanish writes neither.
  [/[èò]/u, 'ca', 1],
  // A word that begins with é (échoué, état, étranger): French; Spanish begins none but "él".
  [/(?<!\p{L})é(?!l\b)\p{L}/u, 'fr', 1],
  // Portuguese preterite in -ou (falhou, chegou, pagou): no Spanish or English word ends so after two letters but "thou".
  [/\p{L}{2}ou\b/u, 'pt', 1],
  // Indonesian nouns in pe(N)-…-an (penipuan, pembayaran, pengaturan) and loanwords in -asi (transaksi, verifikasi).
  [/(?<!\p{L})pe(?:m|n|r)\p{L}{3,}an(?!\p{L})/u, 'id', 1],
  [/\p{L}{3}asi\b/u, 'id', 1],
  [/[ëîïœ]/u, 'fr', 2],
  // Turkish letters (ğ, dotless ı, ş) and verb endings: the present -iyor/-ıyor/-uyor/-üyor (çöküyor, olmuyor), the
  // negative past -medi/-madı (gelmedi).
  [/[ğış]/u, 'tr', 2],
  [/\p{L}(?:[iıuü]yor|[iıuü]yorum)(?!\p{L})/u, 'tr', 1],
  [/\p{L}{2}m(?:edi|adı)(?!\p{L})/u, 'tr', 1],
  // Italian nouns in -tà (identità, attività, città) and ò (può, però): no Spanish, Portuguese or French word ends so.
  [/tà(?!\p{L})|ò/u, 'it', 1],
  // è and ù are Italian as much as French (è, può; très, où).
  [/[èù]/u, 'fr', 0.5],
  [/[èù]/u, 'it', 0.5],
  // Vietnamese letters and tone marks (ã, ê, ô… are shared with Portuguese and French: these outweigh them).
  [/[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u, 'vi', 4],
  // A syllable ending in -nh (minh, danh, tính, nhanh): Vietnamese words without the letters above ("xác minh danh tính"
  // was Spanish by its acute accents).
  [/\p{L}nh\b/u, 'vi', 1],
  // Chinese typed in pinyin, without its tones ("zhuan rengong", "wo yao ren gong kefu", "xiexie"): words no other
  // language writes. It names no script (see detectLatin).
  [/\b(?:ren ?gong|ke ?fu|zhen ?ren|zhuan|xie ?xie|ni ?hao|zen ?me|shen ?me|qing ?wen|wo (?:yao|xiang|de)|bang ?wo|mei ?you)\b/u, PINYIN, 2],
  // The wallet's nouns in pinyin ("tuikuan", "chong zhi shibai le"), see ./pinyin.ts. "wo de" (my) above: "wo de shoujihao
  // huan le" was Spanish by "de".
  [PINYIN_WORD, PINYIN, 2],
  ] as const
).map(([marker, locale, weight]) => [gatedRegex(marker), locale, weight]);

interface ScriptCounts {
  han: number;
  kana: number;
  hangul: number;
  bopomofo: number;
  latin: number;
  cyrillic: number;
  thai: number;
  arabic: number;
}

const inRange = (cp: number, ranges: readonly number[]) => {
  for (let i = 0; i < ranges.length; i += 2) if (cp >= ranges[i]! && cp <= ranges[i + 1]!) return true;
  return false;
};
const HAN = [0x3400, 0x4dbf, 0x4e00, 0x9fff, 0xf900, 0xfaff, 0x20000, 0x2ffff];
const KANA = [0x3040, 0x30ff, 0x31f0, 0x31ff, 0xff66, 0xff9f];
const HANGUL = [0xac00, 0xd7af, 0x1100, 0x11ff, 0x3130, 0x318f];
/** Zhuyin (ㄅㄆㄇ), Taiwan's phonetic letters: typed alone ("ㄅㄅ", "ㄏㄏ") or for a particle ("好ㄉ", "錢不見ㄌ"). */
const BOPOMOFO = [0x3100, 0x312f, 0x31a0, 0x31bf];
const LATIN = [0x41, 0x5a, 0x61, 0x7a, 0xc0, 0x24f, 0x1e00, 0x1eff, 0xff21, 0xff3a, 0xff41, 0xff5a];

function countScripts(text: string): ScriptCounts {
  const c: ScriptCounts = { han: 0, kana: 0, hangul: 0, bopomofo: 0, latin: 0, cyrillic: 0, thai: 0, arabic: 0 };
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x41 || (cp > 0x7a && cp < 0xc0)) continue;
    if (inRange(cp, LATIN)) c.latin++;
    else if (inRange(cp, HAN)) c.han++;
    else if (inRange(cp, KANA)) c.kana++;
    else if (inRange(cp, HANGUL)) c.hangul++;
    else if (inRange(cp, BOPOMOFO)) c.bopomofo++;
    else if (cp >= 0x400 && cp <= 0x4ff) c.cyrillic++;
    else if (cp >= 0xe00 && cp <= 0xe7f) c.thai++;
    else if (cp >= 0x600 && cp <= 0x6ff) c.arabic++;
  }
  return c;
}

/**
 * Kana that Chinese text holds as marks, not words: a Japanese input method's middle dot and long vowel mark ("LINE・Pay
 * 可以綁嗎", "App一直閃退ーー"), a kaomoji's (ヽ(`Д´)ﾉ, (ﾟдﾟ), ヾ(≧▽≦)). Text whose kana are all such marks is read by its
 * Han characters.
 */
const KANA_MARKS = /[・ーヽヾﾉﾟｰ]/gu;
/**
 * Chinese (Taiwan's above all) writes の for 的 ("我の帳戶"): kana that are all の or marks (see KANA_MARKS), beside Han
 * characters of which two or more are none of the Jōyō kanji (們, 嗎, 戶, 吗, 綁), or one a form only Chinese writes ("我の
 * 帳號被鎖": 號 is Japanese 号), leave the text to the Chinese reading.
 */
const NO = /[のノ]/gu;
const kanaMarks = (text: string) => text.match(KANA_MARKS)?.length ?? 0;
const chineseWithKanaMarks = (text: string, c: ScriptCounts) => {
  const marks = kanaMarks(text);
  if (marks === c.kana) return true;
  if (c.kana !== marks + (text.match(NO)?.length ?? 0)) return false;
  let notJoyo = 0;
  for (const ch of text) {
    if (!inRange(ch.codePointAt(0)!, HAN) || JOYO_KANJI.has(ch)) continue;
    if (isTraditionalOnly(ch) || isSimplifiedOnly(ch)) return true;
    notJoyo++;
  }
  return notJoyo >= 2;
};

/**
 * Words Taiwan writes and the mainland does not (网路 for 网络, 软体, 简讯 for 短信, 储值 for 充值, 提领, 门号, 登入 for 登录,
 * 超商, 讯息), in either script: a tie of Traditional and Simplified characters goes to Traditional by them.
 */
const TAIWAN_WORDS = /[網网]路|[軟软][體体]|[簡简][訊讯]|[儲储]值|提[領领]|[門门][號号]|登入|超商|[訊讯]息/u;

/**
 * Characters only written Cantonese uses (唔, 咗, 嘅, 喺, 冇, 佢, 啲, 俾…): Hong Kong's Chinese, which the pack's Traditional
 * answers serve. Text holding one is Chinese whatever Latin words stand beside it ("cancel咗個account", "can i cancel 咗
 * 佢"), and a tie of the scripts, or text of neither ("冇收到"), is read as Traditional, as Taiwan's words make it.
 */
const CANTONESE = /[唔咗嘅喺冇佢啲哋嘢嗰噉嚟㗎喎囉嘞啱睇攞諗搵冚攰俾畀]/u;

/**
 * Forms Hong Kong writes beside the Traditional ones (户口, 開户; 唔够; 吓 "huh?"; 揾 for 搵): in Cantonese text they
 * are no sign of Simplified writing ("户口冇錢", "唔够錢").
 */
const HONG_KONG_FORMS = '户够吓揾';

/**
 * Han text (or zhuyin: Taiwan's, as Traditional characters are), with other letters unless `hanOnly`, with kana words
 * (の) if `kanaWords`.
 */
function detectChinese(text: string, hanOnly: boolean, bopomofo: number, kanaWords: boolean): LanguageGuess {
  let traditional = bopomofo;
  let simplified = 0;
  let japanese = 0;
  // Forms of one Chinese script that Japanese does not write: one Japan shares (号, 携) tells nothing against Japanese.
  let traditionalNotJapanese = bopomofo;
  let simplifiedNotJapanese = 0;
  let joyo = hanOnly;
  const cantonese = CANTONESE.test(text);
  for (const ch of text) {
    const everyday = JOYO_KANJI.has(ch);
    if (isTraditionalOnly(ch)) {
      traditional++;
      if (!everyday) traditionalNotJapanese++;
    } else if (isSimplifiedOnly(ch) && !(cantonese && HONG_KONG_FORMS.includes(ch))) {
      simplified++;
      if (!everyday) simplifiedNotJapanese++;
    }
    if (JAPANESE_KANJI.has(ch) && (kanaWords || !TAIWAN_TOO.includes(ch))) japanese++;
    if (joyo && inRange(ch.codePointAt(0)!, HAN) && !everyday) joyo = false;
  }
  if (japanese > traditionalNotJapanese && japanese > simplifiedNotJapanese) return { locale: 'ja', confident: true };
  if (traditionalNotJapanese + simplifiedNotJapanese === 0 && JAPANESE_WORDS.test(text)) return { locale: 'ja', confident: true, chineseToo: true };
  const tied = traditional === simplified;
  // A tie of characters that differ (one of each: "轉帐失败") goes by Taiwan's words, else to Simplified; Cantonese text
  // to Traditional whether or not it has characters that differ.
  const taiwanese = tied && (cantonese || (traditional > 0 && TAIWAN_WORDS.test(text)));
  const guess: LanguageGuess = tied
    ? { locale: taiwanese ? 'zh-TW' : 'zh-CN', confident: true, eitherScript: true }
    : { locale: traditional > simplified ? 'zh-TW' : 'zh-CN', confident: true };
  return joyo ? { ...guess, japaneseToo: true } : guess;
}

/**
 * A German verb or plural with ö or ü (erhöhen, löschen, hinzufügen, Gebühren): Turkish, the other language of those
 * letters, ends no word so ("Limit erhöhen" tied German and Turkish and got the English article). Per word, not a regex
 * over the text: [öü]\p{L}*en would read a long word again from each of its letters.
 */
const germanVerb = (word: string) => (word.endsWith('en') || word.endsWith('ern')) && (word.includes('ö') || word.includes('ü'));

/**
 * Languages written beside English app words ("payment fail ho gaya", "paano mag withdraw sa bank"), whose speakers the
 * English articles serve: never a confident guess, so the question is read by the pack's words it holds, whatever the UI
 * language (see ../engine.ts), and, unanswered, filed under its language.
 */
const MIXED_WITH_ENGLISH = new Set(['hi', 'fil']);

function detectLatin(text: string): LanguageGuess {
  const lower = text.toLowerCase();
  const scores = new Map<string, number>();
  for (const [marker, locale, weight] of LATIN_MARKERS) if (marker.test(lower)) scores.set(locale, (scores.get(locale) ?? 0) + weight);
  for (const word of lower.split(/[^\p{L}]+/u)) {
    for (const locale of STOPWORD_LOCALES.get(word) ?? []) scores.set(locale, (scores.get(locale) ?? 0) + 1);
    if (germanVerb(word)) scores.set('de', (scores.get('de') ?? 0) + 1);
  }
  let best: string | null = null;
  let bestScore = 0;
  let tied = false;
  // Object order puts en first, then es: ties go to the more common language.
  for (const locale of LATIN_LOCALES) {
    const score = scores.get(locale) ?? 0;
    if (score > bestScore) [best, bestScore, tied] = [locale, score, false];
    else if (score === bestScore && score > 0) tied = true;
  }
  // A tie-breaker alone ("café") is no evidence, nor a tie ("me sale pago no exitoso": "me" and "no" are en and es
  // alike): the question is then in the language of the alternate it matches.
  if (best === null) return { locale: 'en', confident: false };
  if (MIXED_WITH_ENGLISH.has(best)) return { locale: best, confident: false, mixedWithEnglish: true };
  const guess: LanguageGuess = { locale: best, confident: bestScore >= 1 && !tied };
  return best === PINYIN ? { ...guess, eitherScript: true } : guess;
}

/** The first letter of the text is a Han character or zhuyin. */
const startsWithHan = (text: string) => /^[^\p{L}]*[\p{Script=Han}\p{Script=Bopomofo}]/u.test(text);

/**
 * Chinese grammar: particles, negation, the copula and question words. English quoting a Chinese word names a thing ("what
 * is the fee for 提现"); text whose Han characters hold these is a Chinese sentence about Latin words it quotes ("an error
 * occurred 是什麼意思", "log in 不了").
 */
const CHINESE_GRAMMAR = /[嗎吗呢吧了的是不沒没]|什[麼么]|怎[麼么樣样]|可以/u;

/**
 * Han text is Chinese (or Japanese) unless Latin letters outnumber it twice, come first and carry a language of their
 * own: "google pay 付款失敗", "wechat pay 退款" and "我要 human" are Chinese with a name or a word in English, "帮我翻译一下
 * thank you very much" Chinese quoting English; "my 转账 failed" is English.
 */
export function detectLanguage(text: string): LanguageGuess {
  const c = countScripts(text);
  if (c.kana > 0 && !chineseWithKanaMarks(text, c)) return { locale: 'ja', confident: true };
  if (c.hangul > 0 && c.hangul >= c.han) return { locale: 'ko', confident: true };
  const chinese = c.han + c.bopomofo;
  if (chinese > 0 && (chinese * 2 >= c.latin || startsWithHan(text) || CANTONESE.test(text) || CHINESE_GRAMMAR.test(text) || !detectLatin(text).confident)) {
    const hanOnly = c.latin + c.kana + c.hangul + c.bopomofo + c.cyrillic + c.thai + c.arabic === 0;
    return detectChinese(text, hanOnly, c.bopomofo, c.kana > kanaMarks(text));
  }
  const others: [number, string][] = [
    [c.cyrillic, 'ru'],
    [c.thai, 'th'],
    [c.arabic, 'ar'],
  ];
  // A script of its own beside Latin letters is the language, unless the Latin words outnumber it twice and carry a
  // language of their own: "top up ошибка", "app login مشكلة", "top up ไม่ได้" are Russian, Arabic, Thai with the app's
  // English words (they were read as English, or matched in the pack's default language).
  const [count, locale] = others.reduce((a, b) => (b[0] > a[0] ? b : a));
  if (count > 0 && (count * 2 >= c.latin || !detectLatin(text).confident)) return { locale, confident: true };
  if (c.latin > 0) return detectLatin(text);
  return { locale: null, confident: false };
}
