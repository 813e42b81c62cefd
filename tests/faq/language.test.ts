import { describe, expect, it } from 'vitest';
import { detectLanguage, walletWordsOf } from '../../faq/language.ts';
import { normalizeText } from '../../faq/normalize.ts';
import { loadPackFromDir } from '../../server/services/faq-pack-files.ts';

const locale = (text: string) => detectLanguage(text).locale;

describe('detectLanguage', () => {
  it.each([
    ['怎么转账给朋友', 'zh-CN'],
    ['帐号被冻结了怎么办', 'zh-CN'],
    ['要怎麼轉帳給朋友', 'zh-TW'],
    ['帳號被凍結了怎麼辦', 'zh-TW'],
    ['パスワードを忘れました', 'ja'],
    ['暗証番号変更', 'ja'],
    // A simplified form Japanese writes too (携, 号) is no Chinese evidence against 変 and 帯
    ['携帯番号変更', 'ja'],
    ['手机号码变更', 'zh-CN'],
    ['手機號碼變更', 'zh-TW'],
    ['비밀번호를 잊어버렸어요', 'ko'],
    ['How do I reset my password?', 'en'],
    ['¿Cómo cambio mi contraseña?', 'es'],
    ['no me llega el dinero de la transferencia', 'es'],
    ['Как перевести деньги', 'ru'],
    // Spanish whose only stopwords English shares too ("me", "no"), or with none of the old list
    ['me cobraron 15 euros y yo no compré nada', 'es'],
    ['transfiéreme a un representante', 'es'],
    ['tienes novia?', 'es'],
    ['Não consigo entrar na minha conta', 'pt'],
    ['Pourquoi mon paiement a été refusé', 'fr'],
    ['is my résumé ok', 'en'],
    // Short questions of the close Latin languages: ê and ç are Portuguese as much as French, è and ù Italian as much
    ['Você pode me ajudar', 'pt'],
    ['vocês aceitam boleto', 'pt'],
    ['como faço para sacar', 'pt'],
    ['qual é a taxa', 'pt'],
    ['mon paiement a échoué', 'fr'],
    ['aidez-moi', 'fr'],
    ['puedes ayudarme', 'es'],
    ['necesito ayuda', 'es'],
    ['sabes cantar', 'es'],
    ['il mio conto è bloccato', 'it'],
    ['come prelevo i soldi', 'it'],
    ['perché la mia carta è stata rifiutata', 'it'],
    ['tell me a joke', 'en'],
  ])('%s → %s', (text, expected) => {
    expect(locale(text)).toBe(expected);
  });

  it('counts a CJK question with a Latin brand name as Chinese', () => {
    expect(locale('我的app怎么登录')).toBe('zh-CN');
    // More Latin letters than Han, but no English in them: a name, a word borrowed (were answered in English).
    expect(detectLanguage('google pay 付款失敗')).toEqual({ locale: 'zh-TW', confident: true });
    expect(detectLanguage('wechat pay 退款')).toEqual({ locale: 'zh-CN', confident: true, eitherScript: true });
    expect(locale('我要 human')).toBe('zh-CN');
    expect(locale('app 一直 crash')).toBe('zh-CN');
    expect(locale('帮我翻译一下 thank you very much')).toBe('zh-CN');
    // English with a Chinese word stays English.
    expect(locale('my 转账 failed')).toBe('en');
    expect(locale('what is the fee for 提现')).toBe('en');
    // Chinese grammar around the English (a particle, a negation, a question word) makes a Chinese sentence quoting it.
    expect(locale('Your account has been locked 是什麼意思')).toBe('zh-TW');
    expect(locale('log in 不了')).toBe('zh-CN');
    expect(locale('an error occurred 怎麼辦')).toBe('zh-TW');
    expect(locale('how much is the fee 可以少一點嗎')).toBe('zh-TW');
  });

  // Characters Simplified writes for a Traditional one that Traditional also writes in other words: 周 (週), 向 (嚮), 注
  // (註), 秘, 喂, 愈, 霉, 准 are no evidence of Simplified ("周末可以轉帳嗎" was a tie, "圓周率" Simplified).
  it('takes characters both scripts write for no evidence of Simplified', () => {
    expect(locale('圓周率是多少')).toBe('zh-TW');
    expect(detectLanguage('周末可以提款嗎')).toEqual({ locale: 'zh-TW', confident: true });
    expect(detectLanguage('周末去哪里玩好')).toEqual({ locale: 'zh-CN', confident: true, eitherScript: true });
    expect(locale('注意转账安全')).toBe('zh-CN');
    // 着 is Taiwan's too (its input methods offer it beside 著): a question with no other character of either script
    // is either script, not Simplified.
    expect(detectLanguage('我一直在等着客服回覆')).toMatchObject({ locale: 'zh-CN', eitherScript: true });
    expect(locale('等着退款等了好久，怎麼還沒到')).toBe('zh-TW');
    expect(locale('睡着了没看到转账')).toBe('zh-CN');
    // So are 佣 (佣金, a commission) and 污 (污染) as Taiwan writes them.
    expect(detectLanguage('提款的佣金多少')).toMatchObject({ eitherScript: true });
    expect(locale('轉帳有佣金嗎')).toBe('zh-TW');
  });

  it('marks a Latin word without stopwords as a guess', () => {
    expect(detectLanguage('refund')).toEqual({ locale: 'en', confident: false });
    expect(detectLanguage('where is my refund').confident).toBe(true);
    // An accent alone leans Spanish but is no evidence.
    expect(detectLanguage('café')).toEqual({ locale: 'es', confident: false });
  });

  // Kanji-only Japanese was read as Chinese whatever the visitor's UI (返金, 手数料): such text is marked, and the
  // engine follows a Japanese UI (engine.test.ts); words that only Japanese writes are Japanese whatever the UI.
  it('marks Han text all of whose characters Japanese writes too, and no other', () => {
    for (const text of ['今何時？', '送金 上限', '現金', '利用明細']) expect(detectLanguage(text).japaneseToo, text).toBe(true);
    // 么 and 吗 are no kanji; 你 and 呢 are none of the Jōyō kanji; Latin or Hangul with the Han is no Han-only text.
    for (const text of ['怎么退款', '退款了吗', '你好', '在哪里呢', 'App更新', '잔액 残高']) expect(detectLanguage(text).japaneseToo, text).toBeUndefined();
    expect(detectLanguage('送金上限')).toEqual({ locale: 'zh-CN', confident: true, eitherScript: true, japaneseToo: true });
    expect(detectLanguage('現金')).toEqual({ locale: 'zh-TW', confident: true, japaneseToo: true });
  });

  it('reads words only Japanese writes (残高, 手数料, 返金, 口座) as Japanese, and の beside Chinese as Chinese', () => {
    for (const text of ['残高不足', '手数料', '返金', '口座番号']) expect(detectLanguage(text), text).toEqual({ locale: 'ja', confident: true, chineseToo: true });
    expect(detectLanguage('口座の残高')).toEqual({ locale: 'ja', confident: true });
    // Chinese words around them, or gold coins given back, are Chinese.
    for (const text of ['手数料多少钱', '返金币', '怎么送金币']) expect(locale(text), text).toBe('zh-CN');
    // Taiwan writes の for 的: with Chinese-only characters beside it, the text is Chinese.
    expect(locale('我の帳戶被凍結了嗎')).toBe('zh-TW');
    // One form only Chinese writes is enough (號: Japanese writes 号; the rest are Jōyō kanji).
    expect(locale('我の帳號被鎖')).toBe('zh-TW');
    expect(locale('LINE Payの儲值怎麼用')).toBe('zh-TW');
    expect(locale('今日の天気')).toBe('ja');
    // 証 is Taiwan's variant of 證 as much as Japan's form: without kana words it is Traditional (Japanese too when every
    // character is a Jōyō kanji), beside kana Japanese; another Japanese form keeps Han text Japanese.
    expect(detectLanguage('我的身分証到期了')).toEqual({ locale: 'zh-TW', confident: true, japaneseToo: true });
    expect(locale('認証一直沒過')).toBe('zh-TW');
    expect(locale('身分証の写真')).toBe('ja');
    expect(locale('運転免許証')).toBe('ja');
    // Kana that are marks only (a Japanese input method's middle dot and long vowel mark, a kaomoji's) leave the text to
    // its Han characters; Japanese words around them stay Japanese.
    expect(locale('LINE・Pay可以綁嗎')).toBe('zh-TW');
    expect(locale('付款一直失敗ーー怎麼辦')).toBe('zh-TW');
    expect(locale('付款失敗了ヽ(`Д´)ﾉ')).toBe('zh-TW');
    expect(locale('錢還沒到(ﾟдﾟ)')).toBe('zh-TW');
    expect(locale('送金・振込')).toBe('ja');
    expect(locale('送金できないヽ(`Д´)ﾉ')).toBe('ja');
  });

  // "zhuan rengong" was read as a guess at English, and the request for a person was answered in English.
  it('reads pinyin as Chinese of either script, and English that holds none as English', () => {
    // "wo de shoujihao huan le" was Spanish by "de", "tuikuan" an English guess: the wallet's nouns in pinyin (see ../../faq/pinyin.ts).
    for (const text of ['zhuan rengong', 'wo yao ren gong kefu', 'zhuan ren gong a', 'xiexie', 'wo de shoujihao huan le', 'tuikuan', 'chong zhi shibai le']) {
      expect(detectLanguage(text), text).toEqual({ locale: 'zh-CN', confident: true, eitherScript: true });
    }
    for (const text of ['can i talk to a person', 'my name is long', 'bang bang', 'my tip: check the zhang family bank']) expect(locale(text), text).toBe('en');
    expect(locale('mi abuela me mima mucho')).toBe('es');
  });

  // One Traditional and one Simplified character ("登入密码忘記": 码, 記) was a tie read as Simplified: Taiwan's words decide it.
  it('reads a tie of the two scripts by Taiwan\'s words, else as Simplified, either script both ways', () => {
    for (const text of ['登入密码忘記', '儲值没到', '簡讯收不到']) expect(detectLanguage(text), text).toEqual({ locale: 'zh-TW', confident: true, eitherScript: true });
    expect(detectLanguage('密码忘記')).toEqual({ locale: 'zh-CN', confident: true, eitherScript: true });
    // No tie: the script with more characters of its own.
    expect(detectLanguage('登录密码忘記')).toEqual({ locale: 'zh-CN', confident: true });
  });

  // Hong Kong's Cantonese: a tie of the scripts, or text of neither, was read as Simplified ("有冇真人", and the alternate
  // "我想取消帳户，以后唔再用": 户 is a form Hong Kong writes), and English words around it made it English.
  it('reads written Cantonese as Traditional Chinese, its Hong Kong forms no sign of Simplified, Latin words beside it or not', () => {
    for (const text of ['有冇真人', '去便利店增值得唔得', 'can you check 我嘅 account']) expect(detectLanguage(text), text).toEqual({ locale: 'zh-TW', confident: true, eitherScript: true });
    for (const text of ['我想取消帳户，以后唔再用', '户口冇錢', '錢唔够', 'I want to cancel咗個account']) {
      expect(detectLanguage(text), text).toEqual({ locale: 'zh-TW', confident: true });
    }
    // Cantonese in Simplified characters stays Simplified; the Hong Kong forms outside Cantonese are Simplified as before.
    expect(locale('点解我个户口用唔到')).toBe('zh-CN');
    expect(detectLanguage('户口钱')).toEqual({ locale: 'zh-CN', confident: true });
    expect(detectLanguage('开户要多久')).toEqual({ locale: 'zh-CN', confident: true });
    expect(locale('can you check my account')).toBe('en');
  });

  // Zhuyin letters alone had no language ("ㄅㄅ" was answered in Simplified Chinese); only Taiwan writes them.
  it('reads zhuyin as Taiwan\'s Chinese: a letter counts as a Traditional character does', () => {
    for (const text of ['ㄅㄅ', 'ㄏㄏ', '好ㄉ', '錢不見ㄌ', '好ㄉ 謝謝']) expect(detectLanguage(text), text).toEqual({ locale: 'zh-TW', confident: true });
    expect(locale('钱没到账ㄌ')).toBe('zh-CN');
  });

  it('has no language for text without letters', () => {
    expect(detectLanguage('1234 ?!').locale).toBeNull();
  });

  // A Spanish question read as English, Portuguese or Italian was answered in that language, or not at all: "me
  // estafaron" (me, no and a are English words too), "activar verificación en dos pasos" (pt "dos").
  it.each([
    ['me estafaron', 'es'],
    ['pago no autorizado', 'es'],
    ['no me deja pagar, da error', 'es'],
    ['contactando a soporte', 'es'],
    ['activar verificación en dos pasos', 'es'],
    ['cuenta inhabilitada por actividad inusual', 'es'],
    ['le di mi código a un estafador', 'es'],
    ['este robot no me entiende', 'es'],
    ['agente', 'es'],
    ['asesor humano', 'es'],
    ['max amount per transfer', 'en'],
    ['someone posing as customer service scammed me', 'en'],
    ['me transfere para um atendente', 'pt'],
    ['vous pouvez me rappeler ?', 'fr'],
  ])('reads %j as %s', (text, expected) => {
    expect(locale(text)).toBe(expected);
  });

  // "me sale pago no exitoso" scored en 2, es 2 ("me" and "no" are both) and the tie went to English: it was answered
  // in English. A tie is no evidence; the engine then takes the language of the alternate the question matches
  // (engine.test.ts).
  it('a tie between two languages is no confident guess', () => {
    expect(detectLanguage('me sale pago no exitoso')).toMatchObject({ confident: false });
    expect(detectLanguage('no me deja pagar')).toEqual({ locale: 'es', confident: true });
  });

  it('reads every English and Spanish question and alternate of the wallet pack as its own language', async () => {
    const pack = await loadPackFromDir(`${import.meta.dirname}/../../faq/packs/wallet`);
    const misread: string[] = [];
    for (const entry of pack.entries) {
      for (const language of ['en', 'es']) {
        const { question, alternates } = entry.locales[language]!;
        for (const text of [question, ...alternates]) {
          const guess = detectLanguage(text);
          if (guess.confident && guess.locale !== language) misread.push(`${language} → ${guess.locale}: ${text}`);
        }
      }
    }
    expect(misread).toEqual([]);
  });

  // Search-box keywords in languages without the pack's questions were English or Spanish guesses (answered with an
  // English or Spanish article, or "no answer" in English): a payment app's words and these languages' word shapes.
  it.each([
    ['Konto sperren', 'de'],
    ['Passwort vergessen', 'de'],
    ['Auszahlung Bank', 'de'],
    ['App aktualisieren', 'de'],
    ['frais', 'fr'],
    ['virement échoué', 'fr'],
    ['mot de passe oublié', 'fr'],
    ['esqueci senha', 'pt'],
    ['pagamento falhou', 'pt'],
    ['biaya admin', 'id'],
    ['pengaturan akun', 'id'],
    ['verifikasi data', 'id'],
    ['xác minh danh tính', 'vi'],
    // A stopword shared with English ("an") no longer ties German with it; French, Portuguese, Indonesian wallet words;
    // Vietnamese typed without its marks; Italian by -tà; Turkish by its letters, endings and words.
    ['OTP kommt nicht an', 'de'],
    ['service client', 'fr'],
    ['plafond de transfert', 'fr'],
    ['top up deu erro', 'pt'],
    ['excluir conta', 'pt'],
    ['quanto tempo demora o saque', 'pt'],
    ['tambah kartu', 'id'],
    ['top up khong duoc', 'vi'],
    ['ung dung bi loi', 'vi'],
    ['verifica identità', 'it'],
    ['şifremi unuttum', 'tr'],
    ['OTP kodu gelmedi', 'tr'],
    ['uygulama çöküyor', 'tr'],
    ['ödeme başarısız', 'tr'],
    // German verbs with ö/ü (Turkish ends no word in -en so), participles in ge-…-t, more words; Dutch, Catalan, Malay;
    // Italian and Portuguese wallet words that Spanish does not write; Vietnamese words typed without marks.
    ['Limit erhöhen', 'de'],
    ['Account löschen bitte', 'de'],
    ['falsche Person Geld geschickt', 'de'],
    ['telefoon kwijt', 'nl'],
    ['ik kan niet inloggen', 'nl'],
    ['he perdut el mòbil', 'ca'],
    ['reclamar una transacció', 'ca'],
    ['tak boleh login', 'ms'],
    ['cambiare numero di telefono', 'it'],
    ['bloccare il conto subito', 'it'],
    ['mudar o numero de telemovel', 'pt'],
    ['taxa de saque', 'pt'],
    ['rut tien ve ngan hang the nao', 'vi'],
  ])('reads the keywords "%s" as %s, confidently', (text, expected) => {
    expect(detectLanguage(text)).toEqual({ locale: expected, confident: true });
  });

  // Russian, Arabic, Thai beside the app's English words are those languages ("top up ошибка" was answered with the
  // Chinese top-up article); English that quotes a word of theirs, with English words of its own, stays English.
  it.each([
    ['top up ошибка', 'ru'],
    ['OTP لم يصل', 'ar'],
    ['top up ไม่ได้', 'th'],
    ['my card says ошибка when I pay', 'en'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(detectLanguage(text)).toEqual({ locale: expected, confident: true });
  });

  it('reads Hindi and Tagalog beside English app words as theirs, never confidently (the English words are read)', () => {
    expect(detectLanguage('payment fail ho gaya kya karu')).toEqual({ locale: 'hi', confident: false, mixedWithEnglish: true });
    expect(detectLanguage('paano mag withdraw sa bank')).toEqual({ locale: 'fil', confident: false, mixedWithEnglish: true });
  });

  it('leaves English and Spanish keywords of like shapes to English and Spanish', () => {
    for (const text of ['pelican', 'between', 'given', 'young', 'open account']) expect(locale(text), text).toBe('en');
    for (const text of ['olvidé contraseña', 'él no pagó', 'recarga fallida', 'mi saldo desapareció', 'el monto fijo']) expect(locale(text), text).toBe('es');
  });

  it('holds no word of the wallet pack’s English or Spanish questions among the other languages’ wallet words', async () => {
    const pack = await loadPackFromDir(`${import.meta.dirname}/../../faq/packs/wallet`);
    const packWords = new Set<string>();
    for (const entry of pack.entries) {
      for (const language of ['en', 'es']) {
        const { question, alternates } = entry.locales[language]!;
        for (const text of [question, ...alternates]) for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) packWords.add(word);
      }
    }
    const shared = ['de', 'fr', 'pt', 'id', 'it', 'tr', 'vi', 'ms', 'ca', 'nl'].flatMap((language) => walletWordsOf(language).filter((word) => packWords.has(word) || packWords.has(normalizeText(word))));
    expect(walletWordsOf('de').length).toBeGreaterThan(0);
    expect(shared).toEqual([]);
  });
});
