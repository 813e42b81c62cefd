/**
 * Japanese requests for a person read by their grammar: someone named by their role (STAFF) + a particle + what is
 * asked of them, as any verbal noun or contact verb in a request's conjugation (REQUEST_FORM): 担当者に本件をエスカレーション
 * していただけますか, オペレーターさんに質問してもいいですか, 人間のサポートにまわしてもらえますか, はよ人に代わってや. The
 * sources are built from the word lists below, not written one a sentence; ./handoff-cjk.ts adds them to its JA list.
 */

/**
 * Someone asked for by their role at the desk. Never a bare 人, 誰か or 上司 (a payee, a friend, the visitor's boss: 人に送金
 * してください): those ask only with a contact verb (JA_PERSON in ./handoff-cjk.ts, and PERSON below). Nor the desk itself
 * (カスタマーサポートに連絡したい: how to reach it, the contact article's; JA_DESK in ./handoff-cjk.ts).
 */
const STAFF_WORDS = [
  'オペレーター', 'オペレータ', 'オペさん', 'オペ(?![\\p{Script=Katakana}ー])', '担当者', '担当の方', '担当の人', '担当の者', '担当さん', '担当部署', 'スタッフ', '係の人', '係の方', '係員',
  '責任者', '管理者', '上の人', '上の方', '上の者', '上長', '中の人', '人間', '窓口の人', '窓口の方', 'サポートの人', 'サポートの方', '社員の方', '職員の方',
  '詳しい人', '詳しい方', '責任(?:の)?ある(?:方|人)', '専門の人', '専門の方', '(?:担当|対応|処理)(?:して|され(?:て)?)(?:い)?る(?:方|人)', '(?:見られる|見れる|調べられる|確認できる|対応できる|処理できる|判断できる|答えられる|わかる|分かる)(?:方|人)', 'チーム(?:の)?リーダー', '(?<![a-z])cs(?=の方|の人|さん|担当|スタッフ)',
];
/** The heads a complaint calls for by their title: 社長, 部長, 店長, 上司. */
const HEAD = '(?:社長|副社長|部長|課長|係長|支店長|店長|上司|上役|偉い(?:人|方)|えらい(?:人|方)|トップ)';
/** A role named with what kind of person it is: 人間のスタッフ, 有人のサポート, 生身の担当者. */
const STAFF = `(?:(?:人間|有人|生身|本物|実際)の(?:人|方|スタッフ|オペレーター|担当者|担当の方|サポート|対応|窓口)|有人(?:対応|チャット|サポート|窓口)|ヒューマン(?:サポート|対応|スタッフ)|ライブ(?:チャット|サポート)|(?:ご|お)?${alternation(STAFF_WORDS)})`;
/**
 * 人 as "a person", not the end of a word for someone else (友人, 知人, 他人, 本人, 個人, 法人, 受取人, 名義人, 外国人) nor
 * someone else's person (お店の人に聞いてください, 相手の人に確認してもらえますか; 受付の人, 社員の人 are the desk's).
 */
export const A_PERSON = '(?<!(?:店|相手|家族|近所|銀行|友達|友人|他|別|知らない|周り|周囲)の)(?<![有友知他恋主個本法犯商名住老大隣国証取義])人';
/** Anyone who might be asked: the desk's roles and the plain words for a person (人, 誰か), with a contact verb only; not 友人, nor お店の人. */
const PERSON = `(?:${STAFF}|(?<!の)${A_PERSON}|誰か人|誰か)`;
const POLITE = '(?:さん|さま|様|はん|の方|の人)?';
/** How the person is to be reached: directly, by phone or chat (電話つないで), calling back, right away. */
const MANNER = '(?:直接|じかに|直に|(?:お)?電話(?:で)?|チャット(?:で)?|折り返し|至急|すぐ(?:に)?|今すぐ|一度|ちょっと|少し)?';

/**
 * The endings that ask, after a verb's te-form: ください, くれ (not くれた, くれない… as a complaint), ほしい, もらえますか,
 * いただけますか, 〜てもらうことはできますか, 〜てもいいですか (asking leave), Kansai 〜てや, 〜てんか, 〜てくれへん, and the te-form alone at the end.
 */
const TE_ASKS =
  '(?:て|で)(?:ください|下さい|くださいませ|ちょうだい|くれ(?!た|ました|ませんでした|なかった|ないん|ないから|ないので|ないし|てる|ている)|くれへん|くれん|くんない|くんね|ほしい(?!と(?:言|いわ))|欲しい(?!と(?:言|いわ))|もらえ(?!た|ませんでした|なかった)|もらい(?:たい|ます)|もろて|いただけ(?!た|ませんでした|なかった)|いただき(?:たい|ます)|頂け(?!た|なかった)|頂き(?:たい|ます)|(?:もらう|いただく)(?:こと)?(?:は|って)?(?:でき|可能)|んか|や$|よ$|(?:え|ぇ|ー)?な$|$)';
/** 〜てもいいですか: leave asked, only with nothing to hand over (not スタッフにカード番号を共有してもいいですか). */
const TE_LEAVE = '(?:て|で)も(?:いい|良い|よい|よろしい|大丈夫|かまいません|構いません)';
/**
 * The honorific ask straight after a verbal noun, without する: (ご)対応いただきたく存じます, ご説明いただけますか, ご連絡頂きたい,
 * (お)取り次ぎ願えますか (not ご対応いただけなかった, ご連絡いただいた: told).
 */
const HONORIFIC_ASKS = '(?:いただ|頂)(?:きたい|きたく|け(?!た|ませんでした|なかった))|(?:願|ねが)(?:いたい|いたく|えますか|えませんか|えないでしょうか)';
/**
 * A verbal noun asked for with する: 〜してください, 〜させてください (お話しさせて), 〜したい (not 〜したいと言われた), asked whether it can be done
 * (お話しできませんか, 相談可能ですか), 〜をお願い (not お願いされた), 〜希望.
 */
const SURU_ASKS = `(?:を|が)?(?:(?:し|(?:し)?させ|さし)${TE_ASKS}|したい(?!と(?:言|いわ|思って))|(?:し|(?:し)?させ)(?:て(?:いただき|頂き|もらい))?たく(?:存じ|思い|お願い)|${HONORIFIC_ASKS}|(?:し)?(?:でき(?:ますか|ませんか|ない(?:か|の|でしょうか)|る(?:か|の)?$)|可能(?:ですか|でしょうか|か)?$)|お願い(?!さ)|願います|願えますか|希望|要望)`;

/** Verbal nouns one asks of a person: escalate, check, explain, take over, hand over, chat. */
const ASKED_OF = alternation([
  'エスカレーション', 'エスカレ', 'バトンタッチ', 'フォロー', 'チェック', 'コンタクト', '確認', '説明', '対応', '相談', '質問', '問い合わせ', '問合せ', '連絡', '報告',
  '調査', '判断', '回答', '電話', '伝え', '転送', '引き継ぎ', '引継ぎ', '取り次ぎ', '取次ぎ', '取り継ぎ', '取次', 'チャット', 'やり取り', 'やりとり', '会話', '案内', '交代', '交替', '切り替え', '切替', '接続', 'お話', '話',
]);
/** Contact verbs by their te-form: つないで, 代わって, 回して, 引き継いで, 伺って, バトンを渡して (not a thing handed over), 確認を取って. */
const CONTACT_TE = alternation(['つない', '繋い', 'つなげ', '繋げ', '代わっ', 'かわっ', '替わっ', '変わっ', '回し', 'まわし', 'バトンを渡し', '引き継い', '引継い', '聞い', '伺っ', '確認(?:を)?(?:取|と)っ', '確かめ', 'たしかめ', '調べ', '見', 'み']);
/** Contact verbs by their desire or causative form: 伺いたい, お伺いしたい, 聞きたい, 尋ねたい, 伺わせて. */
const CONTACT_WISH = `(?:お)?(?:伺い|聞き|尋ね|うかがい)(?:し)?たい|(?:お)?(?:伺わ|聞か)せ${TE_ASKS}`;

/** What is handed to the person first, kept short: 本件を, この件を, 状況を, この件の (確認をお願い). */
const OBJECT = '(?:[^ 、。？?！!]{1,8}(?:を|について|のことを|の))?';

/** What asks for the role by name alone: お願いします, 希望, 求む, を！, に / へ (put me through to). */
const WISH = '(?:を|で)?(?:お願い(?:します|いたします|致します|できますか|できませんか|したいです|したいのですが)?|希望(?:します|です)?|求む|求めます|カモン|かもん|頼む|頼みます|たのむ|ください|下さい|プリーズ|please|pls|plz|要請(?:します|したい|いたします)?|よろしく(?:お願いします|お願いいたします|です)?)|を|に|へ';
/** Said first, before the role alone: もう, 早く, 今すぐ, とりあえず. */
const URGING = '(?:もう|早く|はやく|はよ|今すぐ|すぐ|とにかく|とりあえず|至急)?';

export const JA_BY_GRAMMAR: readonly string[] = [
  // the role + に/へ/から + (what about) or と + a verbal noun asked for: 担当者に本件をエスカレーションしていただけますか (not
  // オペレーターと話した内容を確認したい: と opens a clause there)
  `${STAFF}${POLITE}(?:(?:に|へ|から|より)(?:も)?${MANNER}${OBJECT}|と(?:も)?${MANNER})(?:お|ご)?${ASKED_OF}${SURU_ASKS}`,
  // with nothing handed over, leave asked: オペレーターさんに質問してもいいですか
  `${STAFF}${POLITE}(?:に|へ|と)${MANNER}(?:お|ご)?(?:${ASKED_OF})(?:し|させ)${TE_LEAVE}`,
  // anyone + a contact verb: はよ人に代わってや, 人間のサポートにまわしてもらえますか, 担当者の方から直接伺いたい
  `${PERSON}${POLITE}(?:に|へ|と|から)${MANNER}${OBJECT}(?:${CONTACT_TE})${TE_ASKS}|${STAFF}${POLITE}(?:に|へ|から)${MANNER}${OBJECT}(?:${CONTACT_WISH})`,
  // anyone asked to hear the matter, or talked to first: 誰か人に事情を説明したい, 人と話して決めたい
  `${PERSON}${POLITE}に${MANNER}${OBJECT}(?:ご)?(?:説明|相談|質問)${SURU_ASKS}|${PERSON}${POLITE}と${MANNER}話して(?:から)?[^ ]{0,6}たい`,
  // talking to a person asked after, last: 人としゃべれんの？, オペレーターと話せないんですか (not 人と話せない時間は…)
  `${PERSON}${POLITE}と(?:は|も)?${MANNER}(?:話|はな|しゃべ|喋)(?:せ|れ)(?:ない|ん|へん|ません|る)(?:の|のか|んか|んですか|ですか|か)?$`,
  // the role called or made to come, in kana too: おぺれーたーさんよんでください, 責任者を出して
  `${STAFF}${POLITE}(?:を)?${MANNER}(?:呼ん|よん|お呼び|出し|だし|連れてき|つれてき)${TE_ASKS}|${STAFF}${POLITE}(?:が)?(?:出て|でて)(?:こい|来い|こいよ|こんかい)`,
  // the one at the top called for: 社長を出せ, 部長を呼んでください, 上司出して (the company's: one's own boss is no one to call here)
  `${HEAD}(?:さん|様)?(?:を)?(?:(?:呼ん|よん|お呼び|出し|だし|連れてき)${TE_ASKS}|出せ|だせ|呼べ|よべ|出てこい|を出して)`,
  // the chat made a person's: (ボットやめて)人にして, 人間に替えてください
  `${PERSON}${POLITE}に(?:し|替え|変え|代え|切り替え)${TE_ASKS}`,
  // a person preferred to the bot: AIより人間のほうがいい, ボットじゃなくて人でお願いします
  `(?:より(?:も)?|じゃなく(?:て)?|ではなく(?:て)?|でなく(?:て)?)${PERSON}${POLITE}(?:の)?(?:ほう|方)?(?:が|で)(?:いい|良い|お願い)`,
  // a person's eyes or hands: 人の目で確認してください (not 人間の目で見ても…)
  `${PERSON}の(?:目|手)で(?:直接|ちゃんと|きちんと)?(?:(?:お|ご)?${ASKED_OF}${SURU_ASKS}|(?:見|調べ)${TE_ASKS})`,
  // a call or word from the role awaited, as a letter asks it: 担当者様からのご連絡をお待ちしております
  `${STAFF}${POLITE}(?:から|より)(?:の)?(?:ご|お)?(?:連絡|電話|返信|返事|折り返し)(?:を)?(?:お待ちして(?:おり|い)?ます|待って(?:い)?ます|待ってる)`,
  // put through in the honorific (担当者さまへお繋ぎください, オペレーターにおつなぎ願えますか), or told there is something to ask
  // of the role (スタッフさんに質問があります, 担当の方に相談があるのですが)
  `${STAFF}${POLITE}(?:に|へ)${MANNER}お(?:繋ぎ|つなぎ|取り次ぎ|取次ぎ|取り継ぎ|回し|まわし)(?:ください|下さい|願います|願えますか|願えませんか|いただけ|頂け|をお願い)|${STAFF}${POLITE}(?:に|へ)${MANNER}(?:お|ご)?(?:質問|相談|話|確認したいこと|聞きたいこと|伺いたいこと)が(?:あります|あるんです|あるのです|ある$|ございます)`,
  // the bot refused as whom to talk to: もうボットとは話したくない, AIと喋りたくない
  '(?:ボット|チャットボット|ロボット|機械|\\bai|自動応答)(?:と|とは|とも)(?:もう)?(?:話し|はなし|しゃべり|喋り)たく(?:ない|ありません|ねえ|ねー|ねぇ)(?![人方場時とけ])',
  // the role alone, wished for: 人間さんを！, オペレーター希望, 担当者さんをお願いしたいです, 担当者に。
  `^${URGING}${STAFF}${POLITE}(?:${WISH})$`,
];

function alternation(words: readonly string[]): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`;
}

/**
 * A complaint about the chat's own replies, as the whole message (./handoff-cjk.ts JA_WHOLE): the writer gives up on the
 * bot, so a person is what they want. Read by its grammar — what the chat said (REPLY: 答え, 返事, 案内, 説明 …) × what is
 * wrong with it (FAULT: ずれてる, 的外れ, 役に立たない, 同じ …) — not one sentence at a time. Only the chat's reply: a reply
 * of someone named (加盟店から返事がない, お店の説明と違う金額) opens no complaint form, and whatever follows the complaint
 * must be kana or one of its own words (REST), so a question after it (回答が違うので返金方法を教えて) stays a question.
 */
const REPLY = '(?:答え|こたえ|回答|かいとう|返事|へんじ|返答|返信|レス|案内|説明|せつめい|定型文|テンプレート|テンプレ|コピペ|リンク|文面|一般論)';
/** The same, in all its spellings (同じ, おんなじ, 一緒). */
const SAME = '(?:同じ|おなじ|おんなじ|一緒|いっしょ)';
/** Which reply: this one, the last one, the bot's (never another's). */
const WHICH = '(?:(?:この|その)(?:ボット|チャット|ai)の|お前の|おまえの|同じ|そんな|こんな|この|その|あの|今の|いまの|さっきの|先ほどの|これまでの|今までの|あなたの|ボットの|チャットの|aiの|そっちの|そちらの|質問の|聞いたことの)?';
/** Said first: いや, だから, さっきから, 何を聞いても. */
const OPENER = '(?:なんで|なぜ|何で|いや|いやいや|うん|だから|もう|てか|ってか|あの|あのさ|えっ|え|はあ|はぁ|うーん|なんか|さっきから|いつも|毎回|ずっと|結局|何を聞いても|なにを聞いても|何聞いても|何回聞いても|何度聞いても|何回やっても|このチャット|このボット){0,2}';
/** How much or how often. */
const HOW = '(?:全然|ぜんぜん|全く|まったく|まるで|完全に|ちょっと|ずっと|いつも|毎回|さっきから|なんか|本当に|ほんとに|ほんまに|また|やっぱり|どれも|全部|ぜんぶ)?';
/** What is wrong with the reply. */
const FAULT =
  `(?:ずれ|的外れ|的はずれ|まとはずれ|見当違い|見当はずれ|ざっくり|大雑把|おおざっぱ|曖昧|あいまい|抽象的|一般論|一般的|ふわっと|長|くど|関係(?:の)?な|とんちんかん|トンチンカン|意味不明|意味が?(?:わから|分から)|(?:わかり|分かり)(?:にく|づら)|難し|むずかし|おかし|違[うい]|ちが[うい]|ちゃう|間違っ|まちがっ|足りな|たりな|不十分|雑|適当|役に立た|役にたた|役立た|使えな|参考に(?:も)?ならな|意味(?:が)?な|${SAME}|(?:噛み|かみ)?合(?:わな|って(?:い)?な|ってませ|いませ)|機械的|ワンパターン|テンプレ|定型文|マニュアル通り|的を(?:射|得)て(?:い)?な)`;
/** Of the reply: 同じ返事, 的外れな回答, お決まりの答え. */
const SUCH = `(?:${SAME}|違う|ちがう|全然違う|的外れな|的はずれな|まとはずれな|参考にならない|参考にもならない|見当はずれの|ずれた|ずれてる|見当違いの|見当違いな|意味不明な|意味のわからない|意味の分からない|わけのわからない|訳の分からない|お決まりの|決まり切った|決まりきった|定型の|定型的な|テンプレの|テンプレ通りの|テンプレみたいな|機械的な|役に立たない|役にたたない|使えない|関係ない|関係のない|とんちんかんな|トンチンカンな|ピント外れの|ピントはずれの|ありきたりの|一般的な|適当な|雑な|まともな|中身のない)`;
/** What may follow to the end: kana (なんだけど, ばかりで, しか返ってこないですね) and the complaint's own words. */
const REST = '[ぁ-んー返来出言繰続話意味困疲要戻役立解決貼参考結局何気笑]{0,20}$';

export const JA_CHAT_COMPLAINT: readonly string[] = [
  // the reply + what is wrong: 回答がずれてる, 返事がずっと同じ, 回答の内容が質問と合ってません, 説明が足りない
  `^${OPENER}${WHICH}${REPLY}(?:の内容|の中身)?(?:が|は|も|って)?${HOW}(?:(?:質問|聞いたこと|聞いてること)(?:と|に))?${FAULT}${REST}`,
  // such a reply: 何を聞いても同じ返事, 的外れな返事ばかり, お決まりの回答しか返ってこない, 定型文ばかりで話にならない
  `^${OPENER}${HOW}${SUCH}${REPLY}${REST}|^${OPENER}${REPLY}(?:ばかり|ばっかり|ばっか|しか)${REST}`,
  // the same thing again: 同じことしか言わへん, 毎回同じリンク貼るだけ
  `^${OPENER}${HOW}${SAME}(?:こと|もの|の|内容|話|メッセージ|文章|ページ)(?:ばかり|ばっかり|ばっか|しか|を|の繰り返し)${REST}`,
  // not the reply wanted: 求めてる答えと違う, そういう返事がほしいんじゃない
  `^${OPENER}(?:求めて(?:い)?る|欲しい|ほしい|聞きたい|知りたい|期待して(?:い)?た|聞いて(?:い)?る|質問した)${REPLY}(?:と|に|じゃ|では)?(?:は)?${HOW}${FAULT}${REST}|^${OPENER}(?:そういう|そんな)${REPLY}(?:が|を)(?:ほしい|欲しい|聞きたい|求めて(?:い)?る)(?:ん|の)?(?:じゃ|では|や)(?:な|ありませ)${REST}`,
  // talking past each other, no subject: なんか全然噛み合ってない, 的外れすぎ
  `^${OPENER}${HOW}(?:(?:噛み|かみ)合(?:わな|って(?:い)?な|ってませ|いませ)|的外れ|的はずれ|まとはずれ|見当違い|見当はずれ|とんちんかん|トンチンカン)${REST}`,
  // no answer at all: 返事になってない, 質問の答えになってません
  `^${OPENER}${WHICH}${REPLY}に(?:は)?${HOW}(?:なって(?:い)?な|なってませ|なっていませ|なってへん|なってね)${REST}`,
  // seen already, not wanted: その説明はもう読みました, その答えはもう見た, その案内はいらない
  `^${OPENER}(?:${WHICH}${REPLY}|それ|そんなの|そんなこと|そこ)(?:は|なら)?(?:もう|もー|既に|すでに|前(?:に)?も|さっきも|先ほども)?(?:読ん|読み|見|聞い|聞き|試し|やっ|やり|わかって|分かって|わかり|分かり|知って|いい|いら|要ら|いりませ|要りませ|結構|十分|じゅうぶん)${REST}`,
  // not enough to go on: この説明じゃわからん, その案内じゃ解決しない
  `^${OPENER}${WHICH}${REPLY}(?:だけ)?(?:じゃ|では|だと)${HOW}(?:何も|なにも)?(?:わから|分から|解決し|意味(?:が)?な|話にならな|納得でき|らちがあか|埒が明か|どうにもならな|困)${REST}`,
  // the question not read: 質問に答えてくれないんですね, こっちの質問ちゃんと読んでる？
  `^${OPENER}(?:こっちの|こちらの|私の|わたしの|俺の|僕の|人の)?(?:質問|話|聞いてること|聞いたこと|言ってること|書いたこと)(?:に|を|の意味|の意味を)?(?:ちゃんと|きちんと|よく|全然|ぜんぜん|まったく|本当に|ほんとに)?(?:答えて|こたえて|読んで|よんで|聞いて|きいて|理解して|わかって|分かって)(?:くれ|もらえ|い|る|ま|な|へ|ね|ん)${REST}`,
  // answer properly: もうちょっとまともに答えられないの？, ちゃんと答えてよ
  `^${OPENER}(?:もうちょっと|もう少し|もっと)?(?:まともに|ちゃんと|きちんと|真面目に|まじめに|普通に|しっかり)(?:答え|こたえ|回答し|返事し)(?:て|られ|れ|ろ|なさい)${REST}`,
  // sent to the same page again: 同じページに飛ばされるだけ
  `^${OPENER}${HOW}${SAME}(?:ページ|リンク)(?:に|へ|を)(?:飛ばされ|とばされ|戻され|誘導され|案内され|貼ら|出さ)${REST}`,
  // not that: いや、そういうことじゃなくて, 聞きたいのはそれじゃない, ちゃうねん、そういう答えちゃうねん
  `^(?:いや|いやいや|ちがう|違う|ちゃう|ちがいます|違います|ちゃうねん|だから){0,3}(?:(?:こっちが|こちらが|私が|わたしが|俺が|僕が)?(?:聞きたい|知りたい|聞いてる|聞いている|質問してる|言ってる)(?:の|こと)(?:は|って))?(?:そう|そういう(?:こと|意味|話|答え|回答|の)|それ|そこ)(?:(?:を|が)?(?:して(?:い)?る|聞いて(?:い)?る|言って(?:い)?る|聞きたい|知りたい)(?:ん|の))?(?:じゃ|では|や|と)?(?:な(?:い|く)|ありませ|ちゃ[うい])${REST}`,
  // said again: さっきと同じこと言ってる
  `^${OPENER}(?:さっき|前|先ほど|前回)(?:と|のと)(?:同じ|おなじ|一緒|いっしょ)(?:こと|の|話|内容|答え|回答|返事|説明|案内)?(?:を|ばかり|ばっかり|しか)?(?:言|書い|返し|繰り返|くりかえ|聞か|だ|です|じゃん|やん|なの|なん)${REST}`,
  // not understood, or not read: 全然わかってくれない, ちゃんと読んでますか, 何言ってるかわからない
  `^${OPENER}${HOW}(?:わかって|分かって|理解して)(?:くれ(?:ない|へん|ません)|もらえ(?:ない|ません))${REST}|^(?:ちゃんと|きちんと)(?:読んで|よんで|聞いて|きいて)(?:ます|る|くれて(?:い)?る|ますか)${REST}|^${OPENER}${HOW}(?:何|なに)(?:を)?言って(?:る|いる|ます)(?:の)?か(?:わから|分から|意味)${REST}`,
  // made to say it again: 何回同じこと言わせるの, 同じ質問を何度もしてます, さっきから説明してるじゃないですか, またいちから説明しないといけないの
  `^${OPENER}(?:何回|何度)(?:も)?${SAME}(?:こと|説明|質問|話)(?:を)?(?:言わ|書か|説明さ|聞か)せ${REST}|^${OPENER}${SAME}(?:こと|説明|質問|話|内容)(?:を)?(?:何度|何回)も(?:し|言|書|聞|繰り返|くりかえ|説明|伝え)${REST}|^${OPENER}(?:\\p{N}+|[二三四五六七八九十]|何)(?:回|度)も${SAME}(?:こと|説明|質問|話|内容)(?:を)?(?:し|言|書|聞|繰り返|くりかえ|説明|伝え)${REST}|^(?:さっき|先ほど|前)から(?:ずっと)?(?:${SAME}(?:こと|説明|話|質問)(?:を|ばかり|ばっかり)?)?(?:説明し|言っ|書い|聞い|繰り返し)て(?:る|います|ます)${REST}|^${OPENER}(?:(?:また|もう一度|もう一回)(?:一から|いちから|最初から)?|一から|いちから|最初から)説明し(?:ないと|なきゃ|なければ|直さ|なおさ)${REST}|^(?:もう|これ以上)説明(?:したくない|するの(?:は)?(?:疲れ|嫌|いや|めんど|面倒))${REST}`,
  // useless, alone: ぜんぜん役に立たへん
  `^${HOW}(?:役に立た|役にたた|役立た|やくにたた)(?:な|へ|ん|ね)${REST}`,
];
