import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFaqEngine, type FaqEngine, type FaqPack } from '../../faq/index.ts';
import { ID_DOCUMENTS_TAG, OTHER_CARDS_TAG, OTHER_SERVICES_TAG, OWN_MONEY_TAG } from '../../faq/matcher.ts';
import { normalizeText } from '../../faq/normalize.ts';
import { namesElsewhere, namesOwn, namesService } from '../../faq/services.ts';
import { walletEngine, WALLET_PACK } from '../helpers/faq-model-seed.ts';

/**
 * Questions about another service's account (#18): "how do i reset my netflix password" differs from a password-reset
 * alternate by one name the pack does not know, and was answered at 0.9–1.0 in every language. A name of another
 * service (faq/services.ts) is answered only with an entry tagged other-services (a payment at a shop, an impostor).
 * Since session 14: a money entry (own-money) answers it only when the wallet or only shops are named; a thing's
 * password or a service's login gets "did you mean" whatever the entry; legal action threatened is a complaint.
 */
const names = (text: string) => namesService(normalizeText(text));

describe('names of other services', () => {
  it.each([
    'forgot my gmail password', 'my Instagram got hacked', 'IG密碼忘記了', '臉書帳號被盜', '微博账号被封了', 'ネトフリ解約したい',
    'ニンテンドーアカウントにログインできない', 'インスタアカウント', '카톡 계정이 정지됐어요', '넷플릭스를 해지하려면', 'olvidé mi contraseña de hotmail',
    'Disney+帳號', 'pagué en Mercado Libre', 'LINEのアカウントが消えた', '快手账号被封了',
    // A ride named as the company: its account, a payment on it, its charge.
    'my uber account was hacked', 'i paid on uber', 'me cobraron dos veces en uber',
    // A crypto exchange, a money-transfer company, a game's currency (session 29).
    'cant withdraw from coinbase', '币安的钱提不出来', 'ビットフライヤーに送金したい', '빗썸 입금이 안 돼요', 'comisión de western union',
    'bought vbucks and nothing came', '手游点券怎么买',
    // Taiwan's games (session 32).
    '天堂M的鑽石儲值了沒到', '傳說對決帳號被盜',
    // A broker's app, an airline (session 31).
    'my webull account is locked', 'airasia cancelled my flight when will they refund me',
    // The second-hand market by its short name with its trade (session 33): a meeting or a seller of a 당근 trade.
    '당근 직거래 약속했는데 상대가 안 나왔어요', '당근 거래한 의자가 사진이랑 달라요', '당근거래 판매자가 답이 없어요',
    // A forex broker's margin, FX in a question written in Japanese or Chinese (session 29).
    '証拠金を追加で入れたい', 'FX口座に入金したい',
  ])('finds one in "%s"', (text) => {
    expect(names(text)).toBe(true);
  });

  it.each([
    // A bank, a payment method, a word that holds a name: the wallet's own questions.
    'can i pay with apple pay', 'LINE Payで払える？', '楽天銀行に送金したら相手を間違えた', 'オンラインで払った', 'インスタントに送金',
    '온라인 쇼핑몰에서 결제했어요', '카카오뱅크 계좌로 잘못 송금했어요', 'my password', 'finding my card', 'prime minister',
    // An English word in English, a name in Chinese, Japanese or Korean; 快手 (Kuaishou) in 最快手续费 (the quickest fee).
    'is there a phone line i can call', '提现最快手续费多少',
    // 哈囉 (hello) folds to 哈啰, the name of a bike app: left out of the list.
    '哈囉，我剛剛付款失敗',
    // A ride said as a place where the phone was (session 17): the phone's loss, not the ride company's.
    'left my phone in an uber', 'someone stole my phone in the lyft', 'me robaron el celular en un didi',
    // An FX rate in English is a currency conversion's (session 29).
    'what fx rate do you use for euros',
    // 당근 alone is a carrot, or "of course" (당근이지): only the market's trade names it (session 33).
    '당근 먹으면 눈에 좋아요', '당근이지 충전했지',
  ])('finds none in "%s"', (text) => {
    expect(names(text)).toBe(false);
  });
});

describe('what a question asks about', () => {
  it.each([
    // A thing's password, before or after the password word.
    ['forgot my router admin password', 'login'], ['how do i find my wifi password', 'login'], ['reset windows password', 'login'],
    ['how to open a password protected pdf', 'login'], ['the admin password on my home router', 'login'], ['WiFi密码忘了怎么查看', 'login'], ['手机锁屏密码忘了', 'login'], ['我忘了電子信箱的密碼', 'login'],
    ['パソコンのログインパスワードを忘れた', 'login'], ['Wi-Fiのパスワードがわからない', 'login'], ['공유기 비밀번호를 잊어버렸어요', 'login'],
    ['olvidé la contraseña del router', 'login'], ['olvidé el pin de bloqueo de mi celular', 'login'],
    ['forgot my car radio pin', 'login'],
    // A SIM's PUK is the carrier's whatever locks it (session 22); not a word that holds the letters.
    ['my sim card wants a puk code', 'login'], ['手機卡輸入PUK碼', 'login'], ['PUKコードってどこに書いてある', 'login'], ['유심 PUK 번호 찾는 법', 'login'],
    ['pide el puk del chip', 'login'], ['pukul berapa', null],
    // A workplace's or a school's mailbox is theirs, whatever is asked of it; another app asked for is another's (session 22).
    ['my school email says my mailbox is full', 'login'], ['单位邮箱收不到邮件', 'login'], ['大学のメールが見られない', 'login'], ['학교 이메일 비번 바꾸는 법', 'login'],
    ['el correo institucional no me deja entrar', 'login'], ['my work email gets the wallet codes', null],
    ['can you recommend an app for learning french', 'thing'], ['有没有推荐的记账软件', 'thing'], ['家計簿アプリでおすすめは？', 'thing'], ['운동 앱 추천 좀 해주세요', 'thing'],
    ['¿qué app me recomiendas para editar fotos?', 'thing'], ['can you recommend features in this app', null], ['推荐几个好用的功能', null], ['おすすめの使い方はありますか', null],
    ['how do i top up the oil', 'thing'], ['paid for oil at the gas station and it failed', null],
    // A service's login, an account word between; a service's account, plan or payment method, or cancelling it.
    ['錢包綁了 LINE，現在 LINE 帳號登不進去', 'login'], ['ウォレットと連携しているLINEにログインできない', 'login'], ['no puedo entrar a rappi', 'login'],
    ['how do i delete my instagram account, my wallet uses the same email', 'account'], ['cómo borro mi cuenta de instagram', 'account'],
    ['how do I cancel my Netflix plan', 'account'], ['넷플릭스 멤버십 해지하고 싶어요', 'account'], ['ウォレットで払っているネトフリを解約したい', 'account'], ['アマプラの支払い方法を変更したい', 'account'],
    // The wallet's own: a lost phone without a lock, a membership paid, a link to a service, a code sent by e-mail.
    ['my phone was stolen and it has no screen lock', null], ['用钱包付爱奇艺会员一直失败', 'named'], ['I linked my wallet to Lyft and now my wallet password doesnt work', 'named'],
    ['I did not get the email code', null], ['用邮箱找回密码', null], ['forgot my wallet password', null], ['the password for my wallet account', null],
  ])('"%s": %s', (text, what) => {
    expect(namesElsewhere(normalizeText(text))).toBe(what);
  });

  // A Google account written with the Latin name is another's login (session 30); Google Play
  // (updating the app) and signing in with Google are not named.
  it.each([
    ['Googleアカウントにログインできなくなった', 'login'], ['google账号密码忘了', 'login'], ['google 계정 비밀번호를 잊어버렸어요', 'login'],
    ['Google Playでアプリを更新できない', null], ['Googleでログインできますか', null], ['マイナンバーカードで本人確認できますか', 'document'],
  ])('"%s": %s', (text, what) => {
    expect(namesElsewhere(normalizeText(text))).toBe(what);
  });

  // A Japanese bank's transfer limit after の, an employer's expense claim paid back or its system, an office's telephone
  // not answered are theirs (session 30); a limit on sending to a bank, a receipt for a claim, the wallet's support are not.
  it.each([
    ['ゆうちょ銀行の送金限度額はいくらですか', 'thing'], ['楽天銀行に送金する上限はありますか', null],
    ['みずほ銀行への出金上限', null], ['会社の経費の払い戻しが遅れている', 'thing'], ['経費精算システムにログインできない', 'thing'], ['公司的报销款还没到账', 'thing'],
    ['経費精算用に明細がほしい', null], ['税務署に電話がつながらない', 'thing'], ['병원에 전화 연결이 안 돼요', 'thing'], ['サポートに電話がつながらない', null],
    ['ホテルで携帯をなくした、電話番号を変えたい', null],
  ])('"%s": %s', (text, what) => {
    expect(namesElsewhere(normalizeText(text))).toBe(what);
  });

  // Google and Apple in Japanese script before their own code or login, an Apple ID in katakana, another's two-step
  // verification, an employer's advance paid back and the state's benefits are theirs (session 31); signing in with
  // Google, Google Play, Apple Pay, the wallet's own two-step verification, a friend's advance or benefits taken into the
  // wallet are not.
  it.each([
    ['グーグルの確認コードがSMSで届きません', 'login'], ['ぐーぐるのあかうんとにろぐいんできない', 'login'], ['アップルのパスワードを忘れた', 'login'],
    ['アップルIDの二段階認証のコードが来ない', 'login'], ['LINEの二段階認証ができない', 'login'], ['グーグルのアカウントを消したい', 'named'],
    ['グーグルでログインできますか', null], ['グーグルプレイでアップデートできない', null], ['アップルペイが使えない', null], ['ウォレットの二段階認証を設定したい', null],
    ['経費精算の立替金がまだ振り込まれていません', 'thing'], ['会社の立替金の精算はいつになりますか', 'thing'], ['友達の立替金を送金したい', null],
    ['給付金はいつ振り込まれますか', 'thing'], ['児童手当が口座に入金されていない', 'thing'], ['給付金をウォレットで受け取れますか', null],
  ])('"%s": %s', (text, what) => {
    expect(namesElsewhere(normalizeText(text))).toBe(what);
  });

  it.each([
    ['paid netflix with my wallet and it got declined', true], ['用錢包付 Netflix 一直失敗', true], ['지갑으로 넷플릭스 결제', true], ['Steamの返金はウォレットにいつ戻りますか', true],
    ['pagué netflix con la billetera', true],
    // Only shops, where one pays in person: the payment is the wallet's.
    ['my payment at starbucks failed', true], ['ユニクロで払った履歴を確認したい', true],
    // A marketplace said in Chinese to be where the visitor bought something (session 23): a story, as a shop is.
    ['我在momo買了東西，忘記登入密碼', true], ['我常常在蝦皮上購物 付款失敗', true], ['我的蝦皮帳號被盜了', false], ['momo訂單要怎麼取消', false],
    // A shop or delivery app opening a clause, then paying there (session 26); not a messenger, nor the shop's own account.
    ['美团点外卖付钱的时候提示支付失败', true], ['唯品会买的衣服退了，退款退到哪里了', true], ['刚在美团团购了一个套餐，付款时显示超出限额', true],
    ['饿了么付款一直转圈', true], ['微信付款失败', false], ['淘宝账号被盗了', false], ['京东白条怎么还款', false],
    // A shop's charge counted among the wallet's (session 39): one charge, the shop, the charge's word; not the shop's own record.
    ['账单里多了一笔拼多多的扣款', true], ['有兩筆 foodpanda 的消費不是我的', true], ['淘宝的扣款记录在哪看', false], ['美团会员扣费怎么取消', false],
    // A marketplace or delivery service said in Japanese to be where the visitor bought, ordered or paid (session 38); not its
    // way of paying, nor what was sold there or its order alone.
    ['楽天で買った靴を返品したけど返金されない', true], ['Amazonで注文したものをキャンセルした', true], ['楽天市場で購入した商品', true],
    ['アマゾンで払おうとしたらエラーになる', true], ['Uber Eatsで頼んだのに届かない', true],
    ['楽天で支払い方法を変えたい', false], ['Amazonで決済方法を変更したい', false], ['メルカリで売ったお金を引き出したい', false], ['楽天の注文をキャンセルしたい', false],
    // …and in Korean (session 39: 쿠팡에서 반품했는데 돈이 안 들어와요 was a "did you mean" at 0.96); not its way of paying,
    // nor a refund asked of it, its login or its own app.
    ['쿠팡에서 반품했는데 돈이 안 들어와요', true], ['11번가에서 산 옷 환불 언제 돼요', true], ['배민에서 시켰는데 결제가 두 번 됐어요', true],
    ['무신사 앱에서 주문 취소했어요', true], ['G마켓에서 결제하려는데 자꾸 실패해요', true],
    ['쿠팡에서 결제 수단 바꾸는 법', false], ['쿠팡에서 환불 받는 법', false], ['쿠팡 로그인이 안 돼요', false], ['배민 앱이 안 열려요', false],
    // A service billing on its own, or a shop beside one.
    ['hulu keeps saying my card was declined', false], ['Steamで買ったゲームを返金したい', false], ['paid at starbucks and then on netflix', false],
    // The app the visitor writes to, called "your" or "this" app beside another service (session 19).
    ['spotify takes my visa but your app says the card is invalid', true], ['i came from venmo, what can this app do', true],
    ['ya cerré mi cuenta de facebook, ahora quiero cerrar la de su aplicación', true], ['mi tarjeta sirve en amazon pero en su app no', true],
    // Another app's own words: "the app" is not said to be the wallet.
    ['the spotify app keeps crashing', false], ['la app de netflix no carga', false], ['mi instagram no carga, esta app está fallando', false],
  ])('"%s" names the wallet or a shop only: %s', (text, own) => {
    expect(namesOwn(normalizeText(text))).toBe(own);
  });
});

/**
 * Other cards, other wallets, a bank's products, home network devices (#18, session 15; faq/other-money.ts): a transit
 * card's top-up, another wallet's balance or limit, a credit card's bill and a modem's password hold a wallet question's
 * words and are somebody else's.
 */
describe('an English possessive and a card company between (session 31)', () => {
  it.each([
    // "'s" reaches the matching as a bare "s" (normalizeText drops apostrophes): the name is still the name.
    ["hsbc's app keeps crashing after the update", 'thing'], ["my paypal's balance is wrong", 'named'], ["how do i reset netflix's password", 'login'],
    // The card's company and what it did between the card and its own thing (the company acting: its thing since session
    // 32); an insurer's claim; a tax office's identity check.
    ['my credit card company charged me an annual fee', 'thing'], ['my credit card company sends the annual fee bill', 'thing'], ['my insurance claim was rejected', 'thing'],
    ['how do i verify my identity for the tax office', 'thing'], ['how do i update my passport details with immigration', 'thing'],
    // A thing unlocked with its credential after it; a mail account hacked (not with the wallet named).
    ['how do i unlock my iphone if i forgot the passcode', 'login'], ['my email account got hacked', 'login'],
    ['i unlock my iphone with face id and the wallet asks for a pin', null], ['my email account got hacked and now my wallet is empty', null],
    // The wallet's own stay the wallet's.
    ['is there an annual fee for the wallet', null], ['does the wallet charge an annual fee', null], ['the wallet app keeps crashing after the update', null],
    ['your app keeps crashing when i open it', null], ['how do i close my wallet account', null], ['i was charged twice in the wallet for one purchase', null],
    ['how do i verify my identity in the wallet', null], ['why is identity verification failing in the app', null],
    ['my credit card linked to the wallet was declined', null], ['can i add my company card to the wallet', null],
    ["can i top up from my bank's mobile app", null], ['can i pay my insurance premium with the wallet', null], ['which banks can i link to the wallet', null], ['i have two credit cards, which one can i add', null],
  ])('"%s": %s', (text, what) => {
    expect(namesElsewhere(normalizeText(text))).toBe(what);
  });
});

describe('money that is not the wallet\'s', () => {
  it.each([
    // A transit card is another way to pay (with its card word: "Suicaカード"); a toll card, a product of its own. Reloading
    // the card itself is its operator's (session 35: see CARD_TOP_UPS).
    ['八達通可以增值嗎', 'card'], ['Suicaカードをなくした', 'card'], ['where do i reload my metro card', 'thing'],
    ['recargar la tarjeta de transporte', 'thing'], ['ETC卡怎么办', 'named'], ['하이패스 카드 분실', 'named'],
    // Singapore's and Manila's (session 31).
    ['where do i reload my ezlink', 'thing'], ['my beep card balance is wrong', 'named'],
    // What it holds.
    ['교통카드 잔액 환불', 'named'], ['悠遊卡的餘額', 'named'],
    // A card the wallet is compared with; an identity card shown to verify, its PIN.
    ['교통카드처럼 찍어서 결제돼요?', null], ['マイナンバーカードで本人確認したい', 'document'], ['マイナンバーカードの暗証番号', 'login'],

    // Another wallet named as a way to pay: the entry that takes them answers it (see OTHER_CARDS_TAG).
    ['is samsung pay accepted', 'card'], ['用微信支付可以吗', 'card'], ['mercado pago falla al transferir', 'card'],
    // What another wallet holds: its balance, points, limit or account; its password or code.
    ['how much is in my venmo balance', 'named'], ['支付宝的余额怎么查', 'named'], ['メルペイのポイントの期限', 'named'], ['네이버페이 충전 한도', 'named'],
    // Taiwan calls points 點數 and cash back 回饋金 ("Line Pay的點數要怎麼用" was a way to pay: payment-methods at 0.69).
    ['Line Pay的點數要怎麼用', 'named'], ['街口的回饋金怎麼用', 'named'], ['可以用LINE Pay付款嗎', 'card'],
    // The card bound to it; a Taiwan shop's points programme or members' card, named with its points or alone (session 26).
    ['LINE Pay 綁的卡要怎麼換', 'named'], ['街口綁定的銀行卡可以改嗎', 'named'], ['全聯福利卡的點數怎麼查', 'named'], ['全家會員App的點數可以轉給朋友嗎', 'card'],
    // A transfer gone wrong in another wallet is that wallet's to recall, its thing, which the wallet's wrong-transfer entry
    // does not answer (sessions 32, 33); with the wallet named it is the wallet's money; one gone wrong in the wallet is no other's.
    ['街口轉帳轉錯人了', 'thing'], ['LINE Pay轉錯人了', 'thing'], ['用錢包轉帳到街口 轉錯人了', 'named'],
    ['轉帳轉錯人了 可以要回來嗎', null], ['我的錢包轉錯人了', null],
    ['el límite de bizum', 'thing'], ['paypal account limited', 'named'], ['forgot my paypal password', 'login'], ['토스 비밀번호 변경', 'login'],
    // What another wallet does: the sentence's subject.
    ['google pay keeps rejecting my card', 'named'], ['venmo says i need to verify', 'named'], ['支付宝提示风险交易', 'named'],
    // The mainland's and Korea's other wallets and credit lines, and what is done with their own money (session 26).
    ['抖音钱包怎么提现', 'named'], ['QQ钱包余额怎么提现', 'named'], ['花呗怎么关闭', 'named'], ['白条逾期了', 'named'], ['可以用抖音支付吗', 'card'],
    ['토스 탈퇴하고 싶어요', 'named'], ['애플페이 되나요', 'card'], ['쿠팡페이 잔액 환불', 'named'],
    // A bank card's bill, due date, fee or points (its annual fee, the issuer's thing: session 35); getting a bank card or opening an account.
    ['what day is my credit card bill due', 'named'], ['銀行卡年費怎麼算', 'thing'], ['クレジットカードの締め日はいつ', 'named'],
    ['신용카드 포인트 사용처', 'named'], ['la anualidad de mi tarjeta de crédito', 'thing'], ['帮老人办张银行卡', 'named'],
    ['how do i open a savings account', 'named'], ['口座開設したい', 'named'], ['where do i pay off my credit card', 'named'],
    ['quiero pagar mi tarjeta de crédito', 'named'], ['이번 달 신용카드값', 'named'],
    // Its credit line (session 21); not a limit on paying with one, nor a bank card's limit in Chinese (the wallet's: 额度 alone).
    ['how do i raise the credit limit on my credit card', 'named'], ['クレジットカードの利用枠を増やしたい', 'named'], ['¿cómo aumento el cupo de mi tarjeta de crédito?', 'named'],
    ['信用卡的信用额度怎么提高', 'named'], ['is there a limit for paying with a credit card', null], ['銀行卡的額度可以請你們調嗎', null],
    ['what is the transfer limit for a credit card', null], ['is there a limit on my credit card top up', null],
    // Paying with a card is the wallet's; so is a way (办法) to add or use one, and what to do (怎么办) about one.
    ['can i pay for this with my credit card', null], ['pagar con tarjeta de crédito', null], ['沒辦法綁定銀行卡', null],
    ['有没有办法用信用卡付款', null], ['怎么办 银行卡一直绑不上', null], ['申请退款信用卡会退吗', null], ['想辦一張信用卡', 'named'],
    // Online banking is the bank's (its password, its limit, applying for it), but the wallet's when bound or topped up from.
    ['網銀怎麼申請', 'named'], ['网银转账限额是多少', 'named'], ['網銀密碼忘了', 'login'], ['怎麼綁定網銀', null], ['網銀帳戶可以綁定嗎', null],
    ['可以用網銀轉帳儲值嗎', null], ['用网上银行充值到钱包', null],
    // A home network device named at all, its own trouble; its password, words between and "my router's".
    ['el módem parpadea en rojo', 'named'], ['el módem se reinicia solo', 'thing'], ['the password for my routers settings page', 'login'],
    // A home network device's password, words between; another service's code.
    ['分享器後台的登入密碼', 'login'], ['what is the login password on the admin page of my router', 'login'], ['モデムの設定画面に入るパスワード', 'login'],
    ['didnt get the verification code from lyft', 'login'], ['no me llega el código de verificación de didi', 'login'], ['蝦皮的驗證碼收不到', 'login'],
    // A bank's, a card issuer's, a carrier's or another company's own credential, app login, limit or customer service
    // (session 26): not when the wallet's side (a card linked, a top-up, a withdrawal, a payment), "your" or an impostor is named.
    ['forgot the pin for my hsbc debit card', 'login'], ['招行信用卡的密码锁了', 'login'], ['楽天カードの暗証番号がわからない', 'login'], ['우리카드 비밀번호 5회 오류', 'login'],
    ['la aplicación de Bancolombia no me deja iniciar sesión', 'login'], ['りそな銀行のアプリにログインできません', 'login'], ['中信的APP登不進去', 'login'],
    ['what number do i call for barclays customer service', 'thing'], ['淘宝客服怎么找', 'thing'], ['ソフトバンクのサポートセンターの電話番号', 'thing'], ['쿠팡 고객센터 번호', 'thing'],
    ['necesito el número de atención al cliente de Davivienda', 'thing'], ['광주은행 말고 농협 한도 올리는 법', 'thing'], ['永豐信用卡額度不夠用', 'thing'],
    ['my santander card wont link', null], ['can i withdraw to my 台新 account', null], ['用工行卡充值要密码吗', null], ['三井住友カードでチャージできない', null],
    ['신한카드로 결제가 안 돼요', null], ['someone pretending to be chase bank customer service called me', null],
    // An issuer's app updated, crashing or not opening is the issuer's (session 30); not with the wallet's side named, nor an app alone.
    ['台新銀行的App更新之後就打不開了', 'thing'], ['玉山銀行的app一直閃退', 'thing'], ['りそな銀行のアプリがアップデートできない', 'thing'],
    ['신한은행 앱 업데이트 후 튕겨요', 'thing'], ['the hsbc app keeps crashing after the update', 'thing'], ['la app de BBVA se cierra sola', 'thing'],
    ['台新App更新後錢包綁的卡不見了', null], ['用台新的app轉帳到錢包失敗', null], ['App更新之後就打不開了', null],
    // Another company's matter (session 30, the ko writers' off-topic set): a bank's own transfer limit, a company card's
    // limit, a government portal's login or identity check, a number moved to a Korean carrier.
    ['카카오뱅크 이체 한도 어떻게 올려요', 'thing'], ['우리은행 계좌 송금 한도 얼마예요', 'thing'], ['工商银行转账限额是多少', 'thing'],
    ['みずほ銀行の振込限度額', 'thing'], ['bank of america wire transfer limit', 'thing'], ['límite de transferencia de BBVA', 'thing'],
    ['회사 법인카드 한도 올려 주세요', 'thing'], ['法人カードの利用限度額', 'thing'], ['my corporate card limit', 'thing'], ['公司卡额度不够了', 'thing'],
    ['el límite de mi tarjeta corporativa', 'thing'],
    ['정부24 본인인증이 안 돼요', 'login'], ['홈택스 로그인이 안 돼요', 'login'], ['マイナポータルにログインできない', 'login'],
    ['个人所得税app实名认证失败', 'login'], ["can't sign in to login.gov", 'login'], ['no puedo entrar al portal del SAT', 'login'],
    ['알뜰폰으로 번호이동 하려면', 'thing'], ['통신사 갈아타면 번호 유지돼요', 'thing'],
    // Korean banks by their short names (session 33): 카뱅 (카카오뱅크), 케뱅 (케이뱅크).
    ['카뱅 앱 업데이트하고 로그인이 안 돼요', 'login'], ['케뱅 이체 한도 어떻게 올려요', 'thing'],
    // ... not with the wallet's side named, a portal named alone, nor the wallet's number changed after moving carrier.
    ['카카오뱅크 계좌로 송금 한도', null], ['카뱅 계좌에서 지갑으로 충전이 안 돼요', null], ['招商银行卡转账到钱包限额', null], ['can i add my corporate card', null], ['法人カードを登録したい', null],
    ['홈택스 연말정산용 거래내역', null], ['정부24 인증서로 지갑 본인인증 돼요?', null], ['알뜰폰으로 옮기면서 번호가 바뀌었는데 계정 번호도 바꿔야 하나요', null],
    // What a government portal issues, a Korean carrier's perks and contract, a company card's receipts and expense claims
    // (session 31, the ko off-topic check set); not a portal named with the wallet, a payment with the carrier's points, a
    // company card added to the wallet or named with it, nor a receipt for an expense claim without a company card.
    ['정부24에서 주민등록등본 떼는 방법', 'thing'], ['マイナポータルで住民票を取りたい', 'thing'],
    ['SKT 멤버십 포인트 어디서 써요', 'thing'], ['LG U+ 약정 끝나기 전에 해지하면 위약금 있어요', 'thing'],
    ['법인카드 영수증 처리는 어떻게 해요', 'thing'], ['법인카드로 결제한 거 경비 정산 어떻게 올려요', 'thing'], ['法人カードの領収書をなくした', 'thing'],
    ['公司卡报销怎么弄', 'thing'], ['corporate card expense report', 'thing'],
    ['정부24에 낼 주민등록등본 말고 지갑 거래내역 필요해요', null], ['KT 멤버십 포인트로 결제돼요?', null],
    ['법인카드 등록하고 영수증은 어디서 봐요', null], ['법인카드로 지갑에서 결제한 영수증', null], ['경비 정산용 영수증 어디서 받아요', null],
    // A housing subscription account and a Korean carrier's phone billing (session 32, the ko off-topic check set); not a
    // purchase withdrawn (청약철회), nor phone billing with the wallet's side named or a code for it.
    ['청약통장 매달 얼마씩 넣어야 1순위 돼요', 'named'], ['주택청약 해지하면 넣은 돈 돌려받나요', 'account'], ['청약저축 소득공제', 'named'],
    ['SKT 휴대폰 소액결제 한도 올리고 싶어요', 'thing'], ['KT 소액결제 내역에 모르는 게 찍혀 있어요', 'thing'], ['통신사 소액결제 차단 신청', 'thing'],
    ['청약철회 되나요', null], ['KT 소액결제로 지갑 충전돼요?', null], ['SKT 소액결제 인증번호가 안 와요', null], ['휴대폰 소액결제로 충전 돼요?', null],
    // An issuer's own charges beside its name: its fees, reissuing or replacing its card (session 28); not with the
    // wallet's side named. A broker's and trading shares' fees are the broker's; 株式会社 on a charge is no trade.
    ['三井住友のキャッシュカードを再発行したい', 'thing'], ['국민은행 카드 재발급 받으려면', 'thing'], ['citibank card replacement fee', 'thing'],
    ['comisión por reponer mi tarjeta de Banorte', 'thing'], ['建设银行卡补办要多久', 'thing'], ['交通银行卡挂失', 'thing'],
    ['fee to withdraw to my barclays account', null], ['用招行卡充值有手续费吗', null], ['hsbc fee for topping up the wallet', null],
    ['炒股的手续费怎么算', 'named'], ['what does a brokerage charge per trade', 'thing'], ['주식 수수료 싼 증권사', 'thing'],
    ['株式会社ABCからの請求に覚えがない', null],
    // Another company's matter in Taiwan's words (session 31): a phone's insurance claim, a fund's monthly plan, a coin by its
    // ticker, a card used by a thief beside its issuer's name, a citizen certificate's PIN, a food delivery app by its one word.
    ['手機摔壞了 手機保險怎麼理賠', 'thing'], ['保險理賠要準備哪些文件', 'named'], ['基金定期定額每個月幾號扣款', 'named'], ['基金定投怎么停', 'named'],
    ['BTC要去哪裡買', 'card'], ['以太幣的手續費怎麼這麼高', 'thing'], ['玉山信用卡被盜刷了 要怎麼停卡', 'thing'], ['自然人憑證的PIN碼鎖住了', 'login'],
    ['UberEats的外送員一直沒來', 'thing'],
    // ... not the wallet's own: a charge nobody made, the wallet's card stolen, a certificate to verify with, a scam.
    ['被盜刷了 有一筆不是我付的', null], ['手機不見了 錢包會被盜刷嗎', null], ['國泰的卡綁在錢包被盜刷了', null], ['用自然人憑證可以做身分認證嗎', null],
    ['有人冒充快遞理賠騙我轉了錢', null],
    // The wallet's own customer service on a messenger: a service named, as before.
    ['你们的微信客服在哪里', 'named'],
    // The wallet's own: a card added, a fee for paying by card, its statement, its code.
    ['how do i add a credit card', null], ['fee for paying with a credit card', null], ['download my statement', null], ['没收到验证码', null],
  ])('"%s": %s', (text, what) => {
    expect(namesElsewhere(normalizeText(text))).toBe(what);
  });

  it.each([
    // Another's balance is not the wallet's.
    ['微信零钱可以转到银行卡吗', false], ['悠遊卡餘額不夠了', false], ['PayPayの残高', false], ['余额宝', false],
    // The wallet's balance beside another wallet.
    ['用支付宝给钱包余额充值', true], ['can i move my paypal balance into my wallet', true],
  ])('"%s" names the wallet: %s', (text, own) => {
    expect(namesOwn(normalizeText(text))).toBe(own);
  });
});

/** A pack of two entries; the password entry tagged other-services or not, the refund entry tagged. */
const pack = (tagged: boolean): FaqPack => ({
  id: 'services',
  name: 'Services',
  defaultLocale: 'en',
  locales: ['en'],
  entries: [
    {
      id: 'password-reset',
      tags: tagged ? [OTHER_SERVICES_TAG] : [],
      followUps: [],
      locales: { en: { question: 'How do I reset my password?', answer: 'Tap "Forgot password".', alternates: ['forgot my password', 'reset password', 'cant remember my password', 'change my password', 'new password', 'password reset link', 'lost my password', 'i need a new password'] } },
    },
    {
      id: 'refund',
      tags: [OTHER_SERVICES_TAG],
      followUps: [],
      locales: { en: { question: 'How do I get a refund?', answer: 'Open the order.', alternates: ['refund', 'get my money back', 'return an order', 'where is my refund', 'refund not received', 'cancel an order and get money back', 'money back for a purchase', 'refund status'] } },
    },
  ],
});

/**
 * The engine of a pack, trained once per pack: the tests below ask for nine engines of six packs (the pack with both
 * entries tagged twice, the one whose refund entry is also tagged own-money three times: 'own' in one test, 'untagged'
 * in the two after). A training is seeded: the same pack trains the same engine.
 */
const trainedEngines = new Map<string, FaqEngine>();
const engineOf = (p: FaqPack): FaqEngine => {
  const key = JSON.stringify(p);
  let engine = trainedEngines.get(key);
  if (!engine) trainedEngines.set(key, (engine = createFaqEngine(p)));
  return engine;
};

describe('an entry tagged other-services', () => {
  it('answers a question naming another service only with it, and as before in a pack with no entry so tagged', () => {
    const text = 'i need a new password, i use spotify';
    const tagged = engineOf(pack(true)).answer(text);
    // The question is answered on its words when the entry may name other services...
    expect(tagged).toMatchObject({ kind: 'answer', faqId: 'password-reset' });
    // ... and gets a "did you mean" at the same confidence when it may not.
    const untagged = engineOf(pack(false)).answer(text);
    expect(untagged).toMatchObject({ kind: 'suggest', confidence: tagged.confidence });
    expect(untagged.suggestions.map((s) => s.faqId)).toContain('password-reset');
    // A pack stored before the tag existed: no entry has it, and nothing changes.
    const none = pack(false);
    none.entries[1]!.tags = [];
    expect(engineOf(none).answer(text)).toMatchObject({ kind: 'answer', faqId: 'password-reset' });
  }, 120_000); // three trainings: 31 s at load 22 (past the default 30 s, 1 run of 2), a budget for the loaded box
});

describe('an entry tagged own-money', () => {
  it('answers a question naming another service only when it names the wallet too', () => {
    const base = (ownMoney: boolean): FaqPack => {
      const p = structuredClone(pack(true));
      if (ownMoney) p.entries[1]!.tags.push(OWN_MONEY_TAG);
      return p;
    };
    const service = 'where is my refund from spotify';
    const tagged = engineOf(base(false)).answer(service);
    expect(tagged).toMatchObject({ kind: 'answer', faqId: 'refund' });
    // The service's own billing, maybe: a "did you mean" at the same confidence, the entry first.
    const own = engineOf(base(true));
    const untold = own.answer(service);
    expect(untold).toMatchObject({ kind: 'suggest', confidence: tagged.confidence });
    expect(untold.suggestions[0]?.faqId).toBe('refund');
    // Paid with the wallet: answered.
    expect(own.answer('where is my refund from spotify, i paid with my wallet')).toMatchObject({ kind: 'answer', faqId: 'refund' });
  });
});

describe.each([
  [OTHER_CARDS_TAG, 'i paid with venmo', 'i paid with my health insurance card 保険証'],
  [ID_DOCUMENTS_TAG, 'i showed my 保険証', 'i paid with venmo'],
])('an entry tagged %s', (tag, named, other) => {
  it('answers a question naming what it takes; an entry not so tagged, or another name, only when the wallet is named too', () => {
    const base = (tagged: boolean): FaqPack => {
      const p = structuredClone(pack(true));
      p.entries[1]!.tags.push(OWN_MONEY_TAG);
      if (tagged) p.entries[1]!.tags.push(tag);
      return p;
    };
    const text = `where is my refund, ${named}`;
    const taking = engineOf(base(true));
    const tagged = taking.answer(text);
    expect(tagged).toMatchObject({ kind: 'answer', faqId: 'refund' });
    expect(taking.answer(`where is my refund, ${other}`).kind).toBe('suggest');
    const untagged = engineOf(base(false));
    expect(untagged.answer(text)).toMatchObject({ kind: 'suggest', confidence: tagged.confidence });
    expect(untagged.answer(`where is my wallet refund, ${named}`)).toMatchObject({ kind: 'answer', faqId: 'refund' });
  });
});

/**
 * Another's thing with nothing of the wallet's (#18, session 16; faq/other-money.ts): getting or losing an identity
 * document, a device's own trouble, a parcel or a delivery hold a wallet question's words (lost, renew, failed, wrong,
 * never arrived) and are the issuer's, the maker's or the courier's; a question with the wallet's part in them is the
 * wallet's.
 */
describe('an unnamed party acting (session 32)', () => {
  it.each([
    // The visitor's bank, card issuer, employer or phone company, a store, a hotel or an airline did it, or owns it.
    ['my bank blocked my debit card after one purchase abroad', 'thing'], ['the hotel charged my card a cleaning fee', 'thing'],
    ['my card issuer still hasnt sent the replacement', 'thing'], ['my employer paid me less than my contract says', 'thing'],
    ['the phone company keeps billing me for a line i closed', 'thing'], ["my bank's app asks me to log in every day", 'thing'],
    ['the airline took the money for the bags twice', 'thing'],
    // The wallet mentioned beside the party, or the party's name as a card or account of the visitor's: the wallet's.
    ['my bank blocked the top up to my wallet', null], ['the store charged me twice through the app', null],
    ['my bank wont let me link my card', null], ['my bank card was declined when i paid', null], ['my bank account is not on the list', null],
    ['the store said they refunded me but i dont see it', null], ['can i send my bank login so you can fix it', null],
    ['someone pretending to be my bank asked for my code', null],
  ])('"%s": %s', (text, what) => {
    expect(namesElsewhere(normalizeText(text))).toBe(what);
  });
});

describe('an unnamed party asked about (session 33)', () => {
  it.each([
    // A question about what the party does, getting it to do something, or the party's thing one word after its possessive.
    ['does my bank charge for a replacement debit card', 'thing'], ['why did my bank reverse the payment from my client', 'thing'],
    ['will my card issuer raise my limit if i ask', 'thing'], ['is the store allowed to keep my deposit', 'thing'],
    ['why wont my bank let me open a second account', 'thing'], ['how do i get my employer to send my tax form', 'thing'],
    ["my bank's business portal is down today", 'thing'], ['why has my phone company doubled the price', 'thing'],
    // The wallet beside the party, or the party's name as the visitor's card or account: the wallet's.
    ['why did my bank decline my top up', null], ['does my bank charge a fee when i withdraw to it', null],
    ['can the store refund me to my wallet', null], ['why did my bank card fail at the checkout', null],
    ["is it ok to type my bank's card number here", null], ['did the hotel charge me through the app twice', null],
  ])('"%s": %s', (text, what) => {
    expect(namesElsewhere(normalizeText(text))).toBe(what);
  });
});

describe('an unnamed party, the next forms (session 33)', () => {
  it.each([
    // The party doing something (is/was/keeps + -ing), a party's party, more of the party's things, a matter taken to it.
    ['my card issuer is still freezing my credit line', 'thing'], ['the supermarket was refusing my coupon', 'thing'],
    ["my employer's bank bounced my paycheck", 'thing'], ["why is my card issuer's statement so late this month", 'thing'],
    ["the restaurant's card reader took my card twice", 'thing'], ['how do i appeal a late fee with my credit union', 'thing'],
    ['should i ask my bank for a fee refund', 'thing'],
    // The wallet beside the party, or the matter taken to the wallet: the wallet's.
    ['my bank is rejecting my top up', null], ['how do i dispute a payment with you', null], ['how do i report my stolen card in the app', null],
    ["can i pay my phone company's bill from my wallet", null], ['i want to complain to my bank about a failed transfer to the wallet', null],
  ])('"%s": %s', (text, what) => {
    expect(namesElsewhere(normalizeText(text))).toBe(what);
  });
});

describe("another company's matter in Spanish (session 33)", () => {
  it.each([
    // Leaving a carrier or its service, a charge on its bill; with the wallet named, the wallet's.
    ['quiero darme de baja de Telcel', 'thing'], ['me salió un cargo de Movistar en mi factura que no reconozco', 'thing'],
    ['me doy de baja de Movistar, ¿pierdo mi cuenta de la billetera?', null], ['pagué mi recibo de Telcel con la billetera y me cobraron dos veces', null],
    // A utility bill's payment refused at a shop; paid with the wallet's balance, the wallet's.
    ['en el Oxxo no me aceptaron el pago del agua', 'thing'], ['¿puedo hacer el pago de la luz con mi saldo?', null],
    // Another's wallet by "billetera de": that one's; the wallet topped up at or through another, or another's wallet moved into it, the wallet's.
    ['la billetera de Coinbase no me deja retirar', 'named'], ['cómo recargo mi billetera en Mercado Pago', 'card'],
    // Compulsory vehicle insurance bought from an insurer: another's product.
    ['¿cuánto cuesta el SOAT para un carro?', 'named'], ['el seguro de la moto se vence mañana', 'named'],
    // A gym chain by its name and its monthly fee: the gym's; paid from the balance, the wallet's (session 33, round 2).
    ['¿cuánto sale la mensualidad en Bodytech?', 'thing'], ['pago la mensualidad de Smart Fit con mi saldo', null],
    // A bank's machine and an account at that bank by its name: the bank's; an account of the wallet, the wallet's.
    ['el cajero automático me descontó el retiro de mi cuenta de Banorte y no salió el dinero', 'thing'],
    ['el cajero automático me descontó el retiro de mi cuenta y no salió el dinero', null],
  ])('"%s": %s', (text, what) => {
    expect(namesElsewhere(normalizeText(text))).toBe(what);
  });
  it.each([
    ['la billetera de Coinbase no me deja retirar', false], ['mi billetera de Binance no muestra lo que me enviaron', false],
    ['¿puedo pasar dinero de mi billetera de Mercado Pago a esta billetera?', true], ['¿puedo pagar el SOAT con la billetera?', true],
  ])('"%s" names the wallet: %s', (text, own) => {
    expect(namesOwn(normalizeText(text))).toBe(own);
  });
});

describe("another's thing", () => {
  it.each([
    ['my passport expired, where do i renew it', 'thing'], ['驾照丢了怎么补办', 'thing'], ['在留カードを紛失しました', 'thing'],
    ['여권 재발급 받으려면 어디로 가요', 'thing'], ['perdí mi cédula, dónde la saco de nuevo', 'thing'],
    // India's (session 31): lost and applied for again; shown to verify.
    ['aadhaar card lost, how to apply for a new one', 'thing'], ['can i verify with my pan card', null],
    // a broken screen (session 31); the wallet's app beside it is the wallet's
    ['my tablet screen is broken, where do i get it fixed', 'thing'], ['screen is cracked and i cant open the app to pay', null],
    ['my laptop wont turn on', 'thing'], ['手机电池不耐用', 'thing'], ['スマホのバッテリーがすぐ切れる', 'thing'], ['mi celular se calienta mucho', 'thing'],
    ['my parcel never arrived', 'thing'], ['快递一直没到', 'thing'], ['荷物が届かない', 'thing'], ['택배가 아직 안 왔어요', 'thing'],
    // The wallet's part: verifying with the document, a payment or the wallet, a refund, a scam, the seller.
    ['护照过期了需要重新认证吗', null], ['can i verify with my drivers license', null], ['パスポートを更新したので本人確認をやり直したい', null],
    ['운전면허증으로 인증할 수 있나요', null], ['my battery died while paying', null], ['快递员让我扫码付款是不是骗子', null], ['包裹没收到怎么退款', null],
    ['the seller never shipped my package', null],
    // Another trade's fee, a ticket, food, a pet, a phone's photos moved; a credit card applied for is the bank's.
    ['how much does a notary charge for a deed', 'thing'], ['房仲的服務費怎麼算', 'thing'], ['弁護士の相談料', 'thing'], ['コンサートのチケットを払い戻したい', 'thing'],
    ['高铁票可以退吗', 'thing'], ['how do i defrost a freezer', 'thing'], ['고양이를 잃어버렸어요', 'thing'], ['새 폰으로 사진 옮기는 법', 'thing'],
    ['me negaron la tarjeta de crédito', 'named'], ['クレジットカードの審査に落ちた', 'named'], ['信用卡申请没通过', 'named'],
    // A card declined when paying is the wallet's.
    ['信用卡付款被拒', null], ['카드 거절됐어요', null], ['rechazaron mi tarjeta de crédito', null], ['my payment was declined for a credit card purchase', null],
    // The wallet's part: the app, a charge, a scam, a document's photo, the wallet moved to a new phone.
    ['paid the notary through the app', null], ['charged twice for concert tickets', null], ['bought concert tickets from a stranger and they were fake', null],
    ['上传证件照片失败', null], ['새 폰으로 지갑 옮기는 법', null], ['need a pdf statement for my accountant', null],
    // A household's appliance, luggage or bill; money lent to someone (not a transfer gone wrong, nor a bill paid with the wallet).
    ['the washing machine wont drain', 'thing'], ['預け荷物は何キロまで', 'thing'], ['水費怎麼突然變貴', 'thing'], ['la factura de la luz llegó carísima', 'thing'],
    ['my roommate owes me rent', 'thing'], ['친구가 빌려간 돈을 안 줘요', 'thing'],
    ['can i pay my electricity bill from my wallet balance', null], ['借给朋友的钱转错人了', null], ['違う口座に振り込んで相手が返してくれない', null],
    // Since session 17: a document's name or address changed, a vehicle's inspection, a journey's ticket or a cancelled flight, a bank's
    // machine or branch, a bank account opened at the bank; not with the wallet's part (verifying again, paying with it, a refund to it).
    ['how do i change my last name on my id card', 'thing'], ['护照地址怎么变更', 'thing'], ['주민등록증 주소 변경하려면', 'thing'], ['quiero cambiar el apellido del dni', 'thing'],
    ['how much does an mot cost', 'thing'], ['车检要去哪里做', 'thing'], ['車検って何年ごと', 'thing'], ['la itv me salió desfavorable', 'thing'],
    ['the airline cancelled my flight, will i get a refund', 'thing'], ['欠航になった便の払い戻し', 'thing'], ['결항돼서 환불 받고 싶어요', 'thing'],
    ['quiero devolver el billete de avion', 'thing'], ['航空公司不给退改', 'thing'], ['航空会社に払い戻しを頼みたい', 'thing'], ['항공사에 환불 요청하는 법', 'thing'],
    ['the train was cancelled this morning, do i get compensation', 'thing'],
    ['an atm ate my debit card', 'thing'], ['提款机吞了我的卡', 'thing'], ['현금인출기 수수료 얼마예요', 'thing'], ['el cajero automatico no me dio billetes', 'thing'],
    ['abro una cuenta de banco para mi hijo', 'named'], ['can i open an account with a bank online', 'named'],
    // …and at a bank named after the word "banco" (session 26: "¿cómo abro una cuenta en Banco Galicia?" was withdraw-to-bank 0.66-0.78).
    ['como abro una cuenta en banco galicia', 'named'], ['quiero abrir una cuenta en el banco nacion', 'named'],
    ['주민등록증 분실했어요', 'thing'], ['카드 등록하려면 신분증이 필요한가요', null],
    ['my passport name changed, do i need to verify again', null], ['pay the mot with my wallet balance', null], ['refund for a flight i paid in the app', null],
    ['提款机取不了钱包里的钱吗', null],
    // An ATM card is the bank card added or paid with; the machine named apart from it is still the bank's (session 20).
    ['remove my old atm card', null], ['can i pay using atm card', null], ['the atm swallowed my atm card', 'thing'],
    // Sent to an ATM by an impostor (Taiwan's "ATM 解除分期" script) is a scam, not the bank's machine (session 19).
    ['有個自稱客服的人叫我去ATM操作', null], ['對方冒充銀行叫我去ATM', null], ['去ATM解除分期付款', null],
    // A carrier's bill by Taiwan's names, an ATM that ate the card, a metro card (session 19: "中華電信的帳單可以用超商繳嗎" was
    // answered with the records at 0.74); not paid with the wallet.
    ['中華電信的帳單可以用超商繳嗎', 'thing'], ['電信帳單為什麼多扣了一百', 'thing'], ['手機月租費為什麼變貴', 'thing'],
    ['郵局的提款卡被吃掉了', 'thing'], ['捷運卡可以退押金嗎', 'card'], ['可以用錢包繳電信帳單嗎', null],
    // Session 25: a transfer made at a bank's machine is the bank's, as its fee is; not one that tops the wallet up. A
    // marketplace's seller not shipping is the marketplace's; a seller alone, or a charge or a scam with one, may be the wallet's.
    ['ATM轉帳的手續費要多少', 'thing'], ['提款机跨行转账要手续费吗', 'thing'], ['用ATM轉帳儲值要手續費嗎', null], ['ATM转账到钱包要多久', null],
    // Session 39: cash paid in at a bank's machine in Japanese is the wallet's top-up; the machine's own fee, and 入金 of
    // anything else (a salary, money lent), are not.
    ['セブン銀行ATMから入金したい', null], ['ローソン銀行のATMで現金を入金できますか', null],
    ['ATMでお金をおろしたら手数料を取られた', 'thing'], ['給料がまだ入金されない', 'thing'], ['友達に貸したお金がまだ入金されない', 'thing'],
    ['蝦皮的賣家一直不出貨，我要怎麼跟蝦皮申訴', 'thing'], ['淘宝卖家一直不发货', 'thing'], ['卖家一直不发货怎么办', null],
    ['在蝦皮買的東西賣家不出貨，錢已經扣了', 'named'], ['蝦皮賣家收了錢不出貨是詐騙嗎', 'named'],
    // Since session 18: taxes, dues, their slips and a salary; a belonging lost that is no phone or card; a school's ID; a bank's
    // deposits, loans and insurance; gift and library cards; an account opened "new"; a Japanese credit card's PIN. Not with the
    // wallet's part (its balance, a phone or a card lost with it, verifying with the ID or the insurance card).
    ['固定資産税の納付書が届いた', 'thing'], ['재산세는 언제까지 내야 해요', 'thing'], ['払込票ってコンビニで払える？', 'thing'], ['관리비가 너무 많이 나왔어요', 'thing'],
    ['給料日なのに給料が入ってない', 'thing'], ['월급날인데 급여가 안 들어왔어요', 'thing'], ['住民税をウォレットの残高で払いたい', null], ['월급 받은 돈을 지갑에 충전하고 싶어요', null],
    ['電車に傘を置き忘れた', 'thing'], ['지하철에 우산 놓고 내렸어요', 'thing'], ['i left my umbrella on the train', 'thing'], ['사원증 분실했어요', 'thing'],
    ['学生証をなくしてしまった', 'thing'], ['傘とスマホを電車に忘れた', null], ['가방을 잃어버렸는데 폰도 그 안에 있었어요', null], ['i lost my bag with my card in it', null],
    ['잔액을 통장으로 옮기고 싶어요', null], ['学生証で本人確認できますか', null], ['保険証で本人確認したい', 'document'],
    ['投資信託の手数料', 'named'], ['적금 만기가 언제예요', 'named'], ['대출 한도 조회', 'named'], ['口座を新規で開設したい', 'named'], ['계좌를 새로 하나 만들고 싶어요', 'named'],
    ['携帯料金の支払いが遅れるとどうなりますか', 'thing'], ['スマホ代をウォレットで払いたい', null],
    ['図書館のカードで支払えますか', 'card'], ['상품권으로 결제 돼요?', 'card'], ['クレジットカードの暗証番号を忘れた', 'login'], ['クレジットカードを登録したい', null],
    // Since session 19: a place's or an institution's own fee, limit or account (a library card made there too); not with the
    // wallet's part (paying there with it, a charge on it, a transfer), nor a hotel or a gym (they bill the wallet) or a landlord.
    ['how much is the entrance fee at the aquarium', 'thing'], ['图书馆借书超过上限怎么办', 'thing'], ['美術館の入館料の上限', 'thing'],
    ['수영장 자유수영 요금이 얼마예요', 'thing'], ['el estacionamiento del hospital cobra por hora?', 'thing'], ['my student portal got locked', 'thing'],
    ['図書館のカードを作りたい', 'thing'], ['滑雪场的缆车票能退吗', 'thing'],
    ['paid the parking fee with my wallet twice', null], ['在停车场扫码付款失败', null], ['駐車場の料金が二重に引き落とされた', null],
    ['주차비 결제가 두 번 됐어요', null], ['el estacionamiento me hizo un cobro que no reconozco', null], ['sent rent to my landlord by mistake', null],
    ['the car park keeps charging me after i left', null], ['the hotel has not refunded my deposit', null], ['the gym took money from my account', null],
    // A car's fluids and tyres (topped up: not the wallet's there), a course at a school, a flight alone.
    ['how do i top up the brake fluid', 'thing'], ['轮胎漏气了去哪补', 'thing'], ['クーラントの補充方法', 'thing'], ['엔진오일 교체 주기', 'thing'],
    ['¿cada cuánto se revisan los neumáticos?', 'thing'], ['i want to withdraw from the course', 'thing'], ['수강 취소하면 환불되나요', 'thing'],
    ['my flight was overbooked, what now', 'thing'], ['perdí el vuelo por llegar tarde', 'thing'],
    ['paid for the tyres with the wallet and it failed', null], ['the course fee was charged twice to my wallet', null], ['of course i want to top up', null],
    ['la transferencia sigue en curso', null], ['refund for a flight i paid in the app', null],
    // A thing named in the plural (English and Spanish).
    ['las tuberías de la cocina se congelaron', 'thing'], ['are museums open on mondays', 'thing'], ['how much do barbers charge for a beard trim', 'thing'],
    ['pagué dos entradas del museo con la billetera y me cobraron dos veces', null],
    ['dónde tramito el pasaporte nuevo', 'thing'], ['el dni vencido, ¿dónde se tramita?', 'thing'], ['¿puedo verificar con el dni que acabo de tramitar?', null],
    // Since session 20: another trade's fee (a carpenter, a locksmith, an architect, movers), food kept cold, a home appliance, a
    // used car checked before buying, a tax refund or income tax; not with the wallet's part (a charge on it, paying with it, its
    // balance), nor a statement for the tax office.
    ['what does a carpenter charge per hour', 'thing'], ['请锁匠换锁芯要多少钱', 'thing'], ['建築士への設計料の相場', 'thing'], ['이삿짐센터 비용 얼마 정도예요', 'thing'],
    ['is it safe to refreeze fish', 'thing'], ['剩饭可以冷冻吗', 'thing'], ['牛乳は冷凍できますか', 'thing'], ['우유 냉동 보관해도 되나요', 'thing'],
    ['¿se puede congelar el queso?', 'thing'], ['the kettle keeps switching off', 'thing'], ['扫地机器人充不上电', 'thing'], ['給湯器のエラーが消えない', 'thing'],
    ['보일러 에러 코드가 떠요', 'thing'], ['la aspiradora no funciona', 'thing'], ['what should i look at on a used car before buying', 'thing'],
    ['二手车过户要多久', 'thing'], ['중고차 주행거리 조작 확인하는 법', 'thing'], ['when do i get my tax refund', 'thing'], ['退税什么时候到', 'thing'],
    ['所得税の還付金はいつ振り込まれる', 'thing'], ['소득세 환급금 조회', 'thing'], ['¿cuándo llega la devolución de impuestos?', 'thing'],
    ['the locksmith charged my wallet twice', null], ['用钱包付烤箱的钱被扣了两次', null], ['can i pay for a used car with my wallet balance', null],
    // Since session 46: money sent to a trade, or the limit on sending it, is the wallet's transfer with no word of the wallet's.
    ['限额是多少啊，我要给装修师傅转三万', null], ['付给装修师傅的钱转错人了', null], ['인테리어 업체에 삼백 보내야 하는데 한도가 얼마예요', null],
    ['装修师傅一天收多少钱', 'thing'], ['健身房年卡能转让吗', 'thing'],
    ['my tax refund went to my wallet but the balance did not change', null], ['冷凍食品をウォレットで払ったら決済エラー', null],
    ['necesito un extracto para hacienda', null],
    // Groceries and appliances are bought with the wallet: a charge or a refund for one is the wallet's.
    ['i was charged twice for milk at the store', null], ['超市买牛奶被扣了两次', null], ['スーパーで牛乳を買ったら二重に引き落とされた', null],
    ['refund for the oven i sent back', null], ['me cobraron dos veces el arroz en el super', null],
    // Since session 21: an auction's bidding, a rented home's deposit, a player's transfer, a game's currency, airline miles, a
    // pension, a utility company, an exam's fee, a job in customer service or the best bank; a humidifier's or a dishwasher's
    // top-up. Not with the wallet's part (paying with it, a charge, money sent), nor a seller on an auction site, the wallet's
    // own customer service or its fees, nor a store's refund said with the verb.
    ['can i retract a bid once the auction has ended', 'thing'], ['竞拍成功后能反悔吗', 'thing'], ['オークションで落札したけどキャンセルしたい', 'thing'],
    ['the landlord is keeping my whole security deposit', 'thing'], ['my landlord wont give back my deposit', 'thing'], ['退租的时候房东不退押金', 'thing'], ['敷金はいつ戻ってきますか', 'thing'],
    ['who is the most expensive footballer ever', 'thing'], ['그 선수 이적료 역대 최고예요?', 'thing'], ['is a battle pass worth buying', 'thing'],
    ['ゲーム課金しすぎた', 'thing'], ['when can i take money out of my pension', 'thing'], ['公积金提取需要什么材料', 'thing'],
    ['the electric company raised its prices', 'thing'], ['検定料は返金されますか', 'thing'], ['tips for a customer service job interview', 'thing'],
    ['当客服压力大吗', 'thing'], ['which bank has the best savings rate', 'thing'], ['¿qué banco tiene la mejor tasa de ahorro?', 'thing'],
    ['how do i top up the salt in my dishwasher', 'thing'], ['大学のポータルサイトのパスワードが分からない', 'login'], ['olvidé la contraseña del portal de alumnos', 'login'],
    ['paid my bid at the auction with the wallet and it failed', null], ['房东不退押金，我是用钱包转的', null], ['charged twice for gems in a game', null],
    ['網拍賣家收了錢就封鎖我', null], ['客服工作时间', null], ['what is the transfer fee', null], ['can i pay my power company from the wallet', null],
    ['el horno que devolví no me lo han reembolsado', null],
    // A computer slow, stuck loading or infected, a gym's membership, a post office, the best credit card; not the wallet's web
    // version or the wallet on a computer, a payment, a charge or a refund at a gym, a post office's bank card, the cards it takes.
    ['my desktop is so laggy since yesterday', 'thing'], ['笔记本电脑中毒了怎么办', 'thing'], ['ノートパソコンが重い', 'thing'], ['컴퓨터가 자꾸 버벅거려요', 'thing'],
    ['el portátil va lentísimo', 'thing'], ['can my wife use my gym membership', 'thing'], ['健身房年卡能转让吗', 'thing'], ['ジムの会員をやめたい', 'thing'],
    ['where is the nearest post office', 'thing'], ['which credit card has the best cashback', 'thing'],
    ['在电脑上打开网页版很慢', null], ['the wallet is slow on my laptop', null], ['lost my phone, can i freeze the app from a computer', null],
    ['la computadora se queda cargando cuando pago', null], ['the gym charged my wallet twice for the membership', null],
    ['健身房会员费扣了两次', null], ['郵局的卡可以綁嗎', null], ['哪张信用卡可以绑定', null],
    // Since session 24: an organisation's own thing (its membership, course, fees, portal, bill, booking, policy, password)
    // with no word of the wallet's product, whatever is asked of it, a refund too; not paying it, a charge, a balance, the app.
    ['refund for my gym membership', 'thing'], ['can i get my money back for the college course i quit', 'thing'],
    ['the university fees portal keeps saying payment unsuccessful', 'thing'], ['my hotel booking was cancelled, will they refund it', 'thing'],
    ['the insurance company rejected my claim', 'thing'], ['学校的缴费系统显示支付失败', 'thing'], ['病院の予約をキャンセルしたい', 'thing'],
    ['대학교 등록금 환불은 언제 되나요', 'thing'], ['la universidad no me devuelve la matrícula', 'thing'],
    ['can i pay my school fees with the wallet', null], ['paid the college course fee and my balance did not change', null],
    ['the hotel booking refund went to my wallet but i cant see it', null], ['can my son at university open an account', null],
    ['大学生怎么注册账号', null], ['学校の授業料をアプリで払いたい', null], ['병원비를 앱으로 결제했는데 두 번 빠져나갔어요', null],
    ['pagué la colegiatura con la billetera y no aparece', null],
    // A shopping centre's own rules and a cheque paid in at a bank; not paying at one, a refund from one, a cheque into the wallet.
    ['what time does the shopping mall open on sunday', 'thing'], ['商场几点关门', 'thing'], ['デパートの営業時間', 'thing'], ['백화점 주차 몇 시간 무료예요', 'thing'],
    ['can i deposit a cheque at any branch', 'thing'], ['支票多久能兑现', 'thing'],
    ['paid at the mall and got charged twice', null], ['can i use this at the mall', null], ['商场可以用吗', null], ['デパートで使えますか', null],
    ['which bank is best for withdrawals', null], ['哪家银行最好绑', null], ['在商场付款失败了', null], ['refund from the department store hasnt arrived', null],
    ['can i deposit a cheque into my wallet', null], ['쇼핑몰에 물건 반품했는데 아직 돈이 안 들어왔어요', null],
    // A credit bureau's report or score, a bond, an insurance policy (a bank's or an insurer's product), a season ticket, a
    // smartwatch; not paying with one, nor 保险 alone ("is it safe").
    ['what is a good credit score to rent an apartment', 'named'], ['征信报告上有逾期记录', 'named'], ['信用情報に傷がついた', 'named'], ['신용등급 조회', 'named'],
    ['¿cómo subo mi puntaje crediticio?', 'named'], ['我想退保', 'named'], ['when do savings bonds mature', 'named'], ['lost my monthly train pass', 'thing'],
    ['定期券の区間を変更したい', 'thing'], ['my smartwatch keeps disconnecting', 'thing'],
    ['can i pay with my smartwatch', null], ['スマートウォッチで決済できますか', null], ['can i top up my wallet to buy a season ticket', null], ['这样转账保险吗', null],
    // A phone line's credit topped up and a bank's counter (a top-up, a balance or a transfer there is the phone's or the bank's);
    // not with the wallet or a charge on it named, nor a shop's counter.
    ['手机话费怎么充值', 'thing'], ['携帯の料金をチャージしたい', 'thing'], ['phone bill top up', 'thing'], ['recargar saldo al celular', 'thing'],
    ['휴대폰 요금 충전하는 법', 'thing'], ['银行柜台转账手续费多少', 'thing'], ['銀行の窓口で振込したい', 'thing'],
    ['可以用钱包充话费吗', null], ['话费扣款两次', null], ['can i pay my phone bill with the wallet', null], ['便利店柜台可以充值吗', null],
    // A phone bill's autopay set with the carrier from a card is the carrier's; not with the wallet named (session 33).
    ['遠傳的月租費可以改成信用卡扣款嗎', 'thing'], ['電信帳單要怎麼設定自動扣款', 'thing'], ['電信帳單可以用錢包自動扣款嗎', null],
    // a SIM the carrier blocked (session 31); not one the visitor asks to block, nor with the wallet named
    ['my sim was deactivated by smart, how do i get it back', 'thing'], ['should i block my sim after losing my phone', null],
    ['my sim got blocked and now i cant get the otp for the wallet', null],
    // A wedding venue, a vending machine, a university application, eggs frozen, a car alarm's PIN; not a student's account.
    ['the wedding venue kept our deposit', 'thing'], ['自动售货机不出货', 'thing'], ['can i cancel my college application', 'thing'],
    ['is egg freezing painful', 'thing'], ['olvidé la clave de la alarma', 'login'],
    ['paid the vending machine with the wallet qr and got nothing', null], ['大学生可以开钱包账户吗', null], ['i am a college student can i sign up', null],
    // Activating a card, a question word between (session 29); binding one is the wallet's.
    ['工行信用卡要如何激活', 'named'], ['玉山的信用卡要怎麼開卡', 'named'], ['信用卡怎么绑定到钱包', null],
    // A bank's card lost or frozen, by the bank's name, is the bank's (session 29); the wallet's when it is named too.
    ['みずほ銀行のキャッシュカードを落としました', 'thing'], ['국민카드 분실했어요', 'thing'], ['quiero congelar mi tarjeta de débito de Santander', 'thing'],
    ['perdí mi tarjeta de crédito de Banorte', 'thing'], ['can i freeze my wallet after losing my hsbc card', null],
    // A transfer made to the wrong account at a bank's machine, the bank's word before it (session 29); in the wallet, its own.
    ['在郵局ATM轉帳轉錯帳號了', 'thing'], ['用錢包轉帳轉錯帳號了', null],
    // A crypto currency is another way to pay (session 29): named alone a card's, its withdrawal or fee the exchange's.
    ['can i pay with bitcoin', 'card'], ['비트코인 출금이 안 돼요', 'named'], ['比特币提现一直没到账', 'named'],
    // Session 30: a SIM's PIN is the carrier's, as its PUK is; a landlord's deposit refunded or kept is the landlord's; a copy
    // of an identity document for a landlord or an employer, and a bank's or a card's own charges with no bank named, are the
    // visitor's and the bank's. Not with the wallet's part (its password, paying, a transfer, verifying, a top-up).
    ['i need the pin for my new sim', 'login'], ['SIM卡PIN码是多少', 'login'], ['手機卡的PIN碼是什麼', 'login'], ['SIMカードのPINがロックされた', 'login'],
    ['유심 핀번호 몰라요', 'login'], ['necesito el pin de la tarjeta sim', 'login'], ['换了新SIM卡以后钱包的密码要改吗', null], ['i put in a new sim, do i need a new wallet pin', null],
    ['the landlord still has not refunded my deposit', 'thing'], ['房东扣着押金不还', 'thing'], ['大家さんから保証金が戻ってこない', 'thing'],
    ['el arrendador no me regresa el deposito', 'thing'], ['paid my landlord the deposit with the wallet', null], ['付给房东的押金转错人了', null],
    ['my landlord asked for a photocopy of my drivers license', 'thing'], ['入职要交护照复印件吗', 'thing'], ['집주인이 여권 사본 보내 달래요', 'thing'],
    ['el arrendador quiere copia de mi pasaporte', 'thing'], ['can i upload a copy of my passport for verification', null], ['身份证复印件可以用来实名认证吗', null],
    ['my bank charges an overdraft fee every time', 'thing'], ['银行的账户管理费怎么免', 'thing'], ['銀行の口座維持手数料が高い', 'thing'], ['은행 계좌 유지 수수료 얼마예요', 'thing'],
    ['el banco me cobra comisión por sobregiro', 'thing'], ['does the wallet have an annual fee', null], ['银行卡充值到钱包要年费吗', null],
    // An account overdrawn at the bank (session 32); one after a withdrawal from the wallet, in any tense, is the wallet's.
    ['my bank says im overdrawn by 40 dollars', 'thing'], ['i withdrew to my bank and now it says im overdrawn', null],
    // Taipower by its bill or company (not 台电 alone: 一台电脑), not paid with the wallet.
    ['台電帳單可以晚幾天繳嗎', 'thing'], ['可以用錢包繳台電帳單嗎', null], ['買了一台電腦', null],
    // A bill paid at a convenience store's counter, a railway's booking (session 32); not a top-up at the store, nor paid with the wallet.
    ['超商繳費的收據不見了', 'thing'], ['繳費單不見了', 'thing'], ['台鐵訂票付款失敗', 'thing'], ['可以去超商儲值嗎', null],
    ['超商繳費可以用錢包付嗎', null], ['台鐵訂票用錢包付款失敗', null],
    // Session 30, Spanish. A bank's card frozen "desde su app" right after its name: its app, not "your app".
    ['¿cómo bloqueo mi tarjeta de Santander desde su app?', 'thing'], ['quiero bloquear la tarjeta de BBVA que tengo en su app', null],
    // A bank's cash machine or branch by its name, a withdrawal there too; not with the wallet named, nor an ATM card.
    ['¿cuánto puedo retirar en un cajero de BBVA al día?', 'thing'], ['¿a qué hora cierra la sucursal de Banorte?', 'thing'],
    ['is there a wells fargo atm near me', 'thing'], ['retirar de la billetera en un cajero de Banamex', null],
    ['can i take cash out of my wallet at a bbva atm', null], ['my hsbc atm card wont link', null],
    // Claro is a carrier after a preposition or a phone's word, not "of course" or "clear".
    ['el número de servicio al cliente de Claro', 'thing'], ['claro que sí, ¿cómo recargo la billetera?', null], ['no me queda claro cuánto es la comisión', null],
    // A carrier with a phone line's credit; not with the wallet named, nor a carrier alone (a new line).
    ['¿cómo le recargo tiempo aire a mi Telcel?', 'thing'], ['se me acabaron los megas de Movistar', 'thing'], ['how do i top up my vodafone prepaid', 'thing'],
    ['¿puedo recargar saldo Telcel con la app?', null], ['me pasé de Movistar a Claro con una línea nueva', null],
    // A bank's NIP (Mexico's PIN) and token, with its product between or not; the wallet's own NIP.
    ['se me olvidó el NIP de mi tarjeta Banorte', 'login'], ['el token del banco BBVA no me llega', 'login'], ['olvidé mi nip', null],
    // A bank's card stolen; a phone stolen with the card in the app is the wallet's.
    ['me robaron la tarjeta de Bancolombia', 'thing'], ['me robaron el celular y tenía la tarjeta de Bancolombia en la app', null],
    // Asking how to get a credit card; a new debit card told of before adding it is the wallet's.
    ['¿dónde saco una tarjeta de crédito?', 'named'], ['tuve que sacar una tarjeta de débito nueva, cómo la agrego', null],
    // A salary in Spanish, as 給料 and 월급; not one paid into the account.
    ['no me han pagado la quincena en el trabajo', 'thing'], ['me depositaron el sueldo en la cuenta y no aparece', null],
    // Session 31, Spanish. A bank's statement by its name; the wallet's own, or one its balance went to, is the wallet's.
    ['no me llega el estado de cuenta de Santander', 'thing'], ['Bancolombia extracto del mes pasado', 'thing'],
    ['¿dónde veo el estado de cuenta de mi billetera?', null], ['pasé mi saldo a BBVA y no sale en el estado de cuenta de BBVA', null],
    // Session 33, Japanese. A bank's passbook and its entries by its name; the wallet's balance sent to that account is the wallet's.
    ['ゆうちょ銀行で通帳記入したい', 'thing'], ['みずほの通帳を記帳したい', 'thing'], ['楽天銀行の記帳はどうやるの', 'thing'],
    ['ゆうちょの通帳に残高を出金したい', null], ['ウォレットの残高をゆうちょ銀行の通帳に移せる？', null],
    // A deposit to a bank's account or card (at a shop or its branch); not the wallet's balance sent there, nor with the wallet named.
    ['en la tienda no me aceptaron el depósito para mi tarjeta de Bancoppel', 'thing'], ['hice un deposito a mi cuenta de BBVA en el oxxo y no cae', 'thing'],
    ['quiero depositar mi saldo a mi cuenta de Banorte', null], ['deposité a mi cuenta de Santander desde la billetera y no llega', null],
    // A carrier's plans, data abroad, coverage and customer service, Claro after a charge too; with the wallet named, or a number moved, not.
    ['qué planes tiene Telcel para estudiantes', 'thing'], ['Movistar no tiene cobertura en mi pueblo', 'thing'], ['cuánto cobra Claro por el roaming', 'thing'],
    ['pago mi plan de Movistar con la billetera', null], ['cambié mi número de Telcel a Movistar, cómo lo actualizo', null],
    // Session 33, zh-TW: a Taiwan carrier's contract, plan or bill, by its Han name; with the wallet named, or its number moved, not.
    ['遠傳的合約還沒到期 提前解約要付多少', 'thing'], ['台灣之星的資費方案哪個比較便宜', 'thing'], ['台哥大續約可以換什麼手機', 'thing'],
    ['用錢包繳遠傳的月租費被扣了兩次', null], ['遠傳門號轉到台哥大 登入的手機號碼要改嗎', null],
    // Taiwan's tax filing signed in to is the government's; the wallet's statement fetched for it, or its login, the wallet's.
    ['報稅網站一直登入不了', 'login'], ['報稅的時候認證一直失敗', 'login'], ['報稅要用的錢包交易明細去哪裡下載', null], ['錢包登入不了 報稅要用', null],
    // Tax and social security offices with a thing of theirs; paid with the wallet, theirs no more. SAT only after an article.
    ['olvidé mi contraseña del IMSS', 'login'], ['cómo saco cita en el SAT', 'thing'], ['¿puedo pagar mis impuestos del SAT con la billetera?', null],
    ['i sat down and my password stopped working', null],
    // Mexico's voter card and population key replaced or fetched; shown to verify the account, the wallet's.
    ['se me perdió la INE, cómo la repongo', 'thing'], ['cómo imprimo mi CURP', 'thing'], ['¿puedo verificar mi cuenta con la CURP?', null],
    // A bank's app updated, a card blocked by the bank with a pronoun between; not with the wallet named.
    ['no se actualizó la app de Santander y no abre', 'thing'], ['Banorte me bloqueó la tarjeta de débito', 'thing'],
    ['BBVA me bloqueó la tarjeta cuando quise recargar la billetera', null],
    // Session 32, Spanish. Banco Azteca and Nu by their short names; not when the wallet's side is named.
    ['olvidé el NIP de mi tarjeta Azteca', 'login'], ['¿cómo le subo el límite a mi tarjeta Nu?', 'thing'],
    ['¿puedo vincular mi tarjeta Azteca a la billetera?', null], ['quiero pasar mi saldo a mi cuenta de Nu', null],
    // A bank's one-time key by its kind; the wallet's own code.
    ['la clave dinámica de Bancolombia no me genera el código', 'login'], ['no me llega el código para la billetera', null],
    // A bank's own charge by the bank's name; not one on the wallet.
    ['BBVA me cobró comisión por manejo de cuenta', 'thing'], ['¿la billetera cobra anualidad como Santander?', null],
    // A savings club among people (tanda, cundina, natillera, pandero); not paid with the wallet or sent to the wrong person.
    ['la que organiza la tanda no me quiere dar mi número', 'thing'], ['¿cuánto se pone en la natillera cada mes?', 'thing'],
    ['pagué la tanda con mi saldo de la billetera', null], ['le mandé lo de la cundina a la persona equivocada', null],
    ['un amigo me debe plata y se la mandé a la persona equivocada', null],
    // Session 31, zh-CN: a landlord who 扣 part of a deposit keeps it (a charge on the wallet, paying or sending it is the
    // wallet's); an insurer's policy claimed; social insurance paid in (not paid with the wallet, nor its card).
    ['租房押金房东扣了一半', 'thing'], ['付给房东的押金被扣了两次', null], ['房东的押金用钱包付的 扣了两次', null],
    ['手机碎屏险怎么理赔', 'thing'], ['买的手机保险理赔要多久', 'thing'], ['手机丢了 有手机保险 钱包里的钱怎么办', null],
    ['社保缴费记录在哪查', 'thing'], ['社保断缴了怎么补', 'thing'], ['能用钱包交社保吗', null], ['社保卡过期了怎么换', 'document'],
    // Session 32, zh-CN: a line suspended for arrears and brought back, a ticket refunded or changed, a road's toll, a fine,
    // a toll card by its Latin name in Chinese (et cetera in English), a mortgage; not with the wallet named, nor a number
    // no longer used (the change-phone-number entry's).
    ['联通欠费停机了怎么复机', 'thing'], ['停机保号怎么办理', 'thing'], ['火车票改签差价怎么退', 'thing'], ['演出退票手续费多少', 'thing'],
    ['高速过路费扣错了', 'thing'], ['违章罚款怎么交', 'thing'], ['ETC扣费扣了两次', 'named'], ['房贷扣款失败会算逾期吗', 'named'], ['车贷月供怎么提前还', 'named'],
    ['复机以后钱包绑的号码还能用吗', null], ['旧号码停机了收不到验证码怎么换绑', null], ['用钱包付的火车票退票了钱退到余额了吗', null],
    ['过路费可以用钱包付吗', null], ['能用钱包交违章罚款吗', null], ['which cards can i add visa mastercard etc', null],
  ])('"%s": %s', (text, what) => {
    expect(namesElsewhere(normalizeText(text))).toBe(what);
  });
});

describe.skipIf(!existsSync(`${WALLET_PACK}/pack.json`))('other services on the wallet pack', () => {
  let wallet: FaqEngine;
  beforeAll(async () => {
    wallet = await walletEngine();
  });

  it.each([
    'how do i reset my snapchat password', 'my tiktok account was suspended', '抖音账号被封了怎么办', '微博密码忘了', 'Facebook帳號被停用了',
    'メルカリのパスワードを忘れた', 'ツイッターのアカウントを消したい', '인스타 계정이 해킹당했어요', '넷플릭스 비밀번호 바꾸는 법',
    'olvidé la contraseña de mi facebook', 'cómo cierro mi cuenta de netflix',
  ])('does not answer a question about another service\'s account: "%s"', (text) => {
    expect(wallet.answer(text).kind).not.toBe('answer');
  });

  // The whole names another's login; the sentence after the dot in "id.me" does not, and was answered with
  // identity-verification at ten seeds of ten (session 37: see asksAnothersLogin in ../../faq/matcher.ts).
  it.each(['id.me wont verify my identity for unemployment', 'ID.me says it cant verify me, what do i do for my benefits'])(
    'answers no part of a question about a government portal\'s login: "%s"',
    (text) => {
      expect(wallet.answer(text).kind).not.toBe('answer');
    },
  );

  // Pinyin of another company's matter (see ../../faq/pinyin.ts): the refund or top-up entry answered it by its wallet word (session 33).
  it.each(['huochepiao tuikuan dao nar le', 'gao tie piao tui kuan yao ji tian', 'shouji huafei chongzhi bu dao zhang'])(
    'does not answer another company\'s matter in pinyin: "%s"',
    (text) => {
      expect(wallet.answer(text).kind).not.toBe('answer');
    },
  );

  it.each([
    // Session 30: answered with password-reset, refund, identity-verification, safe-to-share or fees before.
    'forgot the pin of my sim card', '合同到期了房东拖着不退押金', '집주인이 신분증 복사본을 달라는데 줘도 돼요?', 'el banco me cobró comisión por manejo de cuenta otra vez',
    '搬走以後房東說押金要扣一半', '新しい会社に入社するのでパスポートのコピーを出す',
    // Session 31: answered with unrecognized-charge or lost-phone before.
    '租房押金房东扣了一半', '买的手机保险理赔要多久',
    // Session 32: answered with transaction-failed or wrong-transfer before.
    '房贷扣款失败了怎么办', '交管12123交罚款老是失败', '联通号码停机了充了钱还没复机',
  ])('does not answer another\'s matter in a wallet question\'s words: "%s"', (text) => {
    expect(wallet.answer(text).kind).not.toBe('answer');
  });

  it.each([
    ['my payment at starbucks failed', 'transaction-failed'],
    ['someone pretending to be amazon support scammed me', 'scam-report'],
    ['在淘宝用钱包付款失败了', 'transaction-failed'],
    ['ローソンでチャージできますか', 'top-up'],
    ['I lost my phone at starbucks', 'lost-phone'],
    // The wallet named beside a service: its payment, or its password with a service named in passing.
    ['my wallet is linked to uber eats, how do i reset my wallet password', 'password-reset'],
    // ... or calls the wallet "your app" or "this app" (session 19).
    ['i added my card to spotify fine but your app will not let me link it', 'bind-bank-card'],
    ['i use cash app too, how do i close my account in this app', 'close-account'], ['me pasé a nequi, cómo elimino mi cuenta de su app', 'close-account'],
    ['我的钱包绑了滴滴，钱包支付密码忘了', 'password-reset'],
    // A marketplace said in Japanese to be where the visitor bought or paid (session 38: a "did you mean" before).
    ['楽天で買った靴を返品したけど返金されない', 'refund'], ['アマゾンで払おうとしたらエラーになる', 'transaction-failed'],
    // A shop's charge counted among the wallet's (session 39: a "did you mean" before).
    ['账单里多了一笔饿了么的扣款，我没点过外卖', 'unrecognized-charge'], ['帳單裡有一筆蝦皮的消費不是我買的', 'unrecognized-charge'],
    // …and in Korean (session 39), and cash paid in at a bank's machine in Japanese.
    ['쿠팡에서 반품했는데 돈이 안 들어와요', 'refund'], ['무신사에서 주문 취소했는데 환불이 안 와요', 'refund'],
    ['セブン銀行ATMから入金したい', 'top-up'],
  ])('still answers a wallet question that names a shop or a service: "%s" with %s', (text, faqId) => {
    expect(wallet.answer(text)).toMatchObject({ kind: 'answer', faqId });
  });

  it.each([
    // Another service's billing, maybe: the wallet is not named.
    ['spotify declined my card', 'transaction-failed'], ['Disney+の支払いができない', 'transaction-failed'],
    ['유튜브 프리미엄 환불 받고 싶어요', 'refund'], ['Apple Music 的退費怎麼申請', 'refund'],
    ['모르는 넷플릭스 결제가 있어요', 'unrecognized-charge'], ['me cobraron dos veces en uber y no reconozco un cargo', 'unrecognized-charge'],
    // A thing's password.
    ['forgot the wifi password', 'password-reset'], ['电脑开机密码忘了', 'password-reset'], ['ルーターのパスワードを変えたい', 'password-reset'],
    ['노트북 비밀번호 잊어버림', 'password-reset'], ['olvidé la clave del wifi', 'password-reset'],
    // A service's password, the wallet named in passing.
    ['钱包绑了微博，微博密码忘了', 'password-reset'],
  ])('offers "did you mean" for "%s", %s first', (text, faqId) => {
    const result = wallet.answer(text);
    expect(result.kind).toBe('suggest');
    expect(result.suggestions[0]?.faqId).toBe(faqId);
  });

  it.each([
    '八達通增值失敗', 'how do i reload my oyster card', 'Suicaのチャージができない', '티머니 충전이 안 돼요', 'no puedo recargar mi tarjeta de transporte',
    'PayPayの残高を銀行に戻したい', '微信零钱可以转到银行卡吗', 'venmo payment pending', '카카오페이 송금 한도 올리기', 'bizum falla al enviar',
    'when is the payment due on my credit card', '信用卡帳單什麼時候出', 'クレジットカードの年会費', '신용카드 결제일 바꾸기', 'cuándo es el pago mínimo de mi tarjeta de crédito',
    '數據機的管理頁面登入密碼是什麼', 'マイナンバーカードを更新したい', '社保卡过期了怎么换',
    '在留カードを紛失しました', '여권 재발급 받으려면 어디로 가요', 'perdí mi cédula, dónde la saco de nuevo', 'スマホのバッテリーがすぐ切れる',
    'mi celular se calienta mucho', '弁護士の相談料はいくら', '演唱會的票可以退嗎', 'how long does frozen chicken last', 'クレジットカードの審査に落ちた',
    'can i retract a bid once the auction has ended', '退租的时候房东不退押金', 'when can i take money out of my pension', 'which bank has the best savings rate',
    '当客服压力大吗', 'olvidé la contraseña del portal de alumnos', 'can my wife use my gym membership', 'my desktop is so laggy since yesterday',
    // Session 29: a crypto exchange's withdrawal, a money-transfer company's fee, a game's currency.
    'my kraken withdrawal has been pending for two days', '火币提现一直没到账', 'コインチェックから出金できない', '코인원 출금 수수료 얼마예요',
    'cuánto cobra moneygram por envío', 'robux purchase failed twice',
    // Session 29: a crypto currency's withdrawal or fee, a forex margin, a bank's card lost or frozen, a wrong transfer at its machine.
    'my bitcoin withdrawal from the exchange is pending', 'イーサリアムの送金手数料は？', 'FXの証拠金を追加で入金したい', 'みずほ銀行のキャッシュカードを落としました',
    'quiero congelar mi tarjeta de débito de Santander', '用郵局ATM轉帳轉錯帳號怎麼辦',
    // Session 30: a bank's card frozen from its app, its cash machine's limit, a carrier's customer service and credit.
    'cómo bloqueo mi tarjeta de Santander desde su app', 'cuál es el límite para retirar en cajeros de Bancomer', 'el número de servicio al cliente de Claro',
    'cómo le recargo tiempo aire a mi línea Telcel',
    // Session 31: a bank's statement, a deposit to a bank's account at a shop, a carrier's data abroad, a tax office's password.
    'cómo descargo el estado de cuenta de Santander', 'cuánto cobra el Oxxo por depositar a una cuenta de BBVA', 'cuánto cobra Claro por usar datos en otro país',
    'olvidé mi contraseña del SAT',
    // Session 33: a bank's passbook entry.
    'みずほ銀行の通帳記入ってどこでできる',
  ])('does not answer a question about another card, wallet, bank product, document or device: "%s"', (text) => {
    expect(wallet.answer(text).kind).not.toBe('answer');
  });

  // Session 26: a Japanese credit card by its issuer's name is a credit card: its PIN, its bill and its contract are the
  // issuer's; named as a way to pay or a card to add it is the wallet's. Japan's other wallets' passwords and accounts are theirs.
  it.each([
    '三井住友カードの暗証番号わすれた', 'イオンカードを解約したい', '楽天カードの引き落とし日はいつ', 'エポスカードの年会費', 'クレカを解約したい',
    'ファミペイのパスワードを忘れた', 'ドコモ口座にログインできない', 'ペイディのアカウントを消したい',
  ])(
    'does not answer a question about a Japanese card issuer\'s or wallet\'s own business: "%s"',
    (text) => {
      expect(wallet.answer(text).kind).not.toBe('answer');
    },
  );
  it.each([
    ['楽天カードを登録したい', 'bind-bank-card'], ['エポスカードで払えますか', 'payment-methods'], ['デビットカードを解約したのでウォレットの登録を外したい', 'bind-bank-card'],
  ])('answers "%s" with %s: a card named as the wallet\'s way to pay', (text, faqId) => {
    const result = wallet.answer(text);
    expect(result.kind).toBe('answer');
    expect(result.faqId).toBe(faqId);
  });

  // Session 24: an organisation's own thing with no word of the wallet's product is not answered; what a writer says they
  // are and where they work is no other's thing ("im a delivery driver" names no parcel, "im a nurse at the hospital" no
  // hospital's password), where they are now still is ("im at the gym").
  it.each([
    'can i get my money back for the college course i quit', 'the university fees portal keeps saying payment unsuccessful', '学校的缴费系统显示支付失败',
    'im at the gym and the membership card is not working',
  ])('does not answer a question about an organisation\'s own thing: "%s"', (text) => {
    expect(wallet.answer(text).kind).not.toBe('answer');
  });
  it.each([
    ['i work as a courier and forgot my login password', 'password-reset'], ['im a delivery driver, how do i link my bank card', 'bind-bank-card'],
    ['im a nurse at the hospital and i forgot my password', 'password-reset'],
  ])('answers "%s" with %s: who writes is no other\'s thing', (text, faqId) => {
    const result = wallet.answer(text);
    expect(result.kind).toBe('answer');
    expect(result.faqId).toBe(faqId);
  });
  // Session 22: the lost-phone entry (tagged phone-named) answers only a question naming a phone or device, a card, money,
  // the account or the wallet: any other thing lost or stolen is a "did you mean", whatever it is.
  it.each([
    'someone stole my motorbike outside the gym', '我的滑板车昨晚被偷了', '机车停在楼下被偷走了', 'ベビーカーを盗まれた', '킥보드를 도둑맞았어요', 'me robaron la moto anoche',
    // Money or a purse taken by a thief, no phone or card named (session 39): a pickpocket's, though 钱包 is the wallet's word.
    '钱被摸走了', '錢包被扒了', '坐地铁的时候现金被人偷了',
  ])('does not answer with lost-phone a thing stolen that is no phone: "%s"', (text) => {
    expect(wallet.answer(text).kind).not.toBe('answer');
  });
  // Session 22: closing or freezing the account is never the answer to a question naming another's place, company or trade.
  it.each([
    'i want to quit my gym, how do i close the account there', '健身房的会员我要退掉，一直在扣钱', 'スポーツジムを退会したい、毎月引き落とされてる', '헬스장 탈퇴하려는데 매달 결제돼요',
    'the electric company froze my account', 'quiero dar de baja mi cuenta del gimnasio',
    // ... nor lifted by a clause without the place ("退会したい" alone is closing the account).
    'ジムの月会費が毎月落ちてるので、退会したい',
  ])('does not answer with closing or freezing the account a question naming another\'s place: "%s"', (text) => {
    const result = wallet.answer(text);
    expect(result.kind === 'answer' && ['close-account', 'freeze-account'].includes(result.faqId!)).toBe(false);
  });
  it.each([
    'someone stole my cellphone on the train', '手機被偷了怎麼辦', 'ケータイを盗まれた', '핸드폰 도난당했어요', 'me robaron el celu en el metro',
    // ... with money or a purse beside it (session 39).
    '手机和钱包都被偷了', '手機被扒了，錢包裡還有錢',
  ])('answers a phone stolen with lost-phone: "%s"', (text) => {
    expect(wallet.answer(text)).toMatchObject({ kind: 'answer', faqId: 'lost-phone' });
  });

  it.each([
    ['can i pay with samsung pay', 'payment-methods'], ['支持云闪付付款吗', 'payment-methods'], ['¿aceptan mercado pago?', 'payment-methods'],
    ['用信用卡給錢包儲值', 'top-up'], ['can i top up my wallet from my paypal balance', 'top-up'], ['ウォレットの残高を銀行口座に出金', 'withdraw-to-bank'],
    ['신용카드 등록하는 법', 'bind-bank-card'], ['can i pay with my octopus card', 'payment-methods'], ['ビットコインで払えますか', 'payment-methods'],
    ['可以用比特币付款吗', 'payment-methods'], ['i lost my card, how do i remove it from the wallet', 'bind-bank-card'],
    ['保険証でも本人確認できる？', 'identity-verification'], ['健保卡可以拿來做身分驗證嗎', 'identity-verification'],
    ['护照过期了需要重新认证吗', 'identity-verification'], ['운전면허증으로 인증할 수 있나요', 'identity-verification'],
    ['快递员让我扫码付款是不是骗子', 'scam-report'], ['包裹没收到怎么退款', 'refund'], ['el horno que devolví no me lo han reembolsado', 'refund'],
  ])('still answers a wallet question beside another wallet or a card: "%s" with %s', (text, faqId) => {
    expect(wallet.answer(text)).toMatchObject({ kind: 'answer', faqId });
  });

  it.each(['we will take legal action against you', '我要起诉你们公司', '訴えてやる', '소송하겠습니다', 'los voy a demandar'])(
    'answers legal action threatened ("%s") with where to send a complaint, or not at all',
    (text) => {
      const result = wallet.answer(text);
      if (result.kind === 'answer') expect(result.faqId).toBe('contact-support');
    },
  );
});

describe("another company's matter near the domain (session 35)", () => {
  it.each([
    // An airline by its name or its app, in each market (ANA only in Japanese text: Ana is a Spanish name).
    ['華航App退款要等多久', 'named'], ['ANAのアプリで払い戻しした', 'named'], ['대한항공 앱 환불 언제 돼요', 'named'],
    ['the delta app still shows my refund as pending', 'named'], ['mi reembolso de avianca no llega', 'named'], ['Ana me mandó dinero a la billetera', null],
    // A transit, school or shop card topped up: the card's, its balance too; topped up with or from the wallet, the wallet's.
    ['悠遊卡加值後餘額沒變', 'thing'], ['Suicaにチャージしたのに残高が増えない', 'thing'], ['교통카드 충전했는데 잔액 그대로예요', 'thing'],
    ['topped up my oyster card but the balance is the same', 'thing'], ['recargué mi tarjeta sube y no aparece el saldo', 'thing'], ['学校饭卡怎么充值', 'thing'],
    ['用钱包给公交卡充值', 'card'], ['ウォレットからSuicaにチャージできる?', 'card'], ['지갑으로 티머니 충전돼요?', 'card'],
    ['can i top up my octopus card from the wallet', 'card'], ['puedo recargar mi tarjeta del metro con la billetera', 'card'],
    // A card's annual fee, charged twice or not; the wallet's own fee, the wallet's.
    ['信用卡年费被扣了两次', 'thing'], ['钱包有年费吗', null], ['is there an annual fee for the wallet', null],
    // A carrier's bill, home internet's bill; paid with the wallet, the wallet's.
    ['ドコモの請求額がおかしい', 'thing'], ['SKT 요금 명세서 보는 법', 'thing'], ['la factura de telcel llegó muy alta', 'thing'],
    ['pagué la factura de telcel con la billetera', null], ['宽带账单怎么查', 'thing'], ['how do i pay my comcast bill with the wallet', null],
    // A benefits card's PIN, an expense system's login, an exchange's account (frozen beside its name: its own matter, which
    // no entry answers, since session 38), a social security portal.
    ['forgot my hsa card pin', 'login'], ['報銷系統登不進去', 'login'], ['交易所账户被冻结', 'thing'],
    ['cant sign in to my social security account', 'login'], ['no puedo entrar al imss', 'login'], ['do i need my social security number to verify', null],
  ])('"%s": %s', (text, what) => {
    expect(namesElsewhere(normalizeText(text))).toBe(what);
  });

  it("a shop's app is the shop's service, a shop paid at is not", () => {
    expect(namesOwn(normalizeText('the walmart app says my refund was issued'))).toBe(false);
    expect(namesOwn(normalizeText('my payment at walmart failed'))).toBe(true);
  });
});

describe('near-domain matters that are not the wallet (session 36)', () => {
  it.each([
    // A phone full or a system update: the maker's; the wallet's app, a version or updating automatically is the wallet's.
    ['my phone says storage is full', 'thing'], ['内存不足装不了照片', 'thing'], ['저장 공간이 부족하대요', 'thing'], ['no me queda espacio en el celular', 'thing'],
    ['android update stuck at 40 percent', 'thing'], ['iPhoneのiOSアップデートが止まった', 'thing'], ['윈도우 업데이트가 너무 오래 걸려', 'thing'],
    ['the wallet app needs more storage to update', null], ['do i need to update ios to install the app', null], ['Androidでアプリを自動アップデートにしたい', null],
    // The company itself: its jobs, listing, owners, offices; its app or money named, the wallet's.
    ['do you have any internships', 'thing'], ['贵公司在哪里招聘', 'thing'], ['御社の本社はどちらですか', 'thing'], ['회사 대표이사 이름이 뭐예요', 'thing'],
    ['¿quién es el fundador de la empresa?', 'thing'], ['who is the ceo of your company', 'thing'], ['your company app charged me twice', null],
    ['老板转账给我的工资没到', null], ['고객센터 대표번호 알려주세요', null],
    // the boss asked for is a complaint, not the company's owner
    ['让你们老板出来说话', null], ['社長を出してください', null], ['quiero hablar con el dueño', null],
    // Chit-chat in an entry's words, or a joke; the wallet or money named, the wallet's.
    ['my heart has been locked for years', 'thing'], ['我的心需要重新验证', 'thing'], ['私の心のパスワードを教えてあげない', 'thing'], ['내 마음의 비밀번호는 너야', 'thing'],
    ['mi corazón necesita una contraseña nueva', 'thing'], ['tell me a joke about fees', 'thing'], ['my heart sank when the payment failed', null],
    ['用心のためにパスワードを変えたい', null],
    ['我人生中第一次被骗', null], ['el peor error de mi vida, transferí a otra persona', null], ['my password is love123, how do i change it', null],
  ])('"%s": %s', (text, what) => {
    expect(namesElsewhere(normalizeText(text))).toBe(what);
  });

  it('an index fund or a dividend is a product elsewhere', () => {
    expect(namesService(normalizeText('what fees does a mutual fund charge'))).toBe(true);
    expect(namesService(normalizeText('配当金の手数料はいくら'))).toBe(true);
  });
});

describe("others' matters in English and Spanish (session 37)", () => {
  it.each([
    // The visitor's boss in English.
    ['my boss wants me to cover the team lunch on my card', 'thing'], ['my bank mailed me a new debit card, how do i activate it', 'thing'],
    // A phone or laptop the employer owns; the wallet or the account on it, the wallet's.
    ['i left my work phone on the train', 'thing'], ['se me rompió el celular del trabajo', 'thing'],
    ['lost my work phone and the wallet app is on it', null], ['perdí el celular de la empresa y tengo la cuenta abierta ahí', null],
    // A document needed for a trip; verifying with it, the wallet's.
    ['do i need my passport to travel to canada', 'thing'], ['necesito el dni para viajar a uruguay', 'thing'],
    ['can i verify with my passport while i am abroad', null],
    // A programming question; the app's error, the wallet's.
    ['how do i sort a list in python', 'thing'], ['cómo hago un join en sql', 'thing'], ['the app shows a javascript error when i pay', null],
    // A courier by its name; a refund or a seller named, perhaps the wallet's.
    ['whats the fedex weight limit for one box', 'thing'], ['mi envío de estafeta no avanza', 'thing'], ['paid with the wallet for a dhl package, want a refund', null],
    // A carrier's own app; the wallet named, the wallet's.
    ['the verizon app wont open my bill', 'thing'], ['la app de movistar no me muestra la factura', 'thing'], ['pagué la factura de movistar con la app de la billetera', null],
    // A government portal's identity check.
    ['id.me wont verify my identity', 'login'], ['el sat no me deja entrar con la contraseña', 'login'],
    // Argentina's transit card topped up; topped up from the wallet, the wallet's.
    ['recargué la sube y no me aparece el saldo', 'thing'], ['puedo recargar la sube desde la billetera', 'card'],
    // The bot's own life; money named, the wallet's.
    ['do you have any pets', 'thing'], ['vos tenés novia?', 'thing'], ['can i send money to my girlfriend abroad', null],
  ])('"%s": %s', (text, what) => {
    expect(namesElsewhere(normalizeText(text))).toBe(what);
  });
});

describe("another's matter in an entry's own words (session 38)", () => {
  it.each([
    // A Spanish visitor's bank, airline, boss or landlord acting; the wallet's top-up, payment or balance beside it, the wallet's.
    ['el banco todavía no me hizo el reembolso', 'thing'], ['mi jefe nunca me pagó las horas extra', 'thing'],
    ['el propietario se quedó con la garantía', 'thing'], ['la aseguradora nunca me pagó el siniestro', 'thing'],
    ['el banco rechazó mi recarga', null], ['el banco me cobró la recarga pero no tengo el saldo', null], ['mi jefe me pagó a la billetera', null],
    ['el pago no se completó pero el banco sí me lo cobró', null], ['la tienda no me quiere devolver el dinero', null],
    // A bank, carrier or company named as the one that acted; the wallet beside it, the wallet's.
    ['t-mobile overcharged me last month', 'thing'], ['airtel still charged me after i ported out', 'thing'], ['Movistar me cobró de más este mes', 'thing'],
    ['Entel no me devuelve lo de la línea que cancelé', 'thing'],
    ['jio charged me for a recharge from the wallet that failed', null], ['Telcel me cobró la recarga que hice con la billetera', null],
    ['my amex didnt go through', null],
    // The thing done to the visitor's by a name ("frozen by"); the wallet beside it, the wallet's.
    ['my revolut card was blocked by revolut', 'thing'], ['my card was frozen by chase bank', 'thing'],
    ['my card was frozen by chase bank after i topped up the wallet', null],
    // An employer's card declined, frozen or lost; added to the wallet, the wallet's.
    ['my corporate card got declined at the airport', 'thing'], ['perdí la tarjeta de la empresa en el viaje', 'thing'],
    ["my employer's card got declined at the gas station", 'thing'],
    ['can i add my company credit card', null],
    // A tax office's identity check; the wallet's own check, the wallet's.
    ['no me valida la identidad el sii', 'login'], ['la agencia tributaria no me deja verificar mi identidad', 'login'],
    // A bank's app named with its lockout or a plural credential.
    ['locked out of the hsbc app', 'login'], ['forgot my passwords for the chase mobile app', 'login'],
  ])('"%s": %s', (text, what) => {
    expect(namesElsewhere(normalizeText(text))).toBe(what);
  });
});

describe("the wallet's number, tuition and online banking in Chinese (session 40)", () => {
  it.each([
    // A carrier named beside the wallet's login or bound number (a comma closing "换了个联通的"): the wallet's number, not the
    // carrier's login or line; the carrier's own login, bill or online bank, still theirs.
    ['原来的移动号不用了，换了个联通的，登录用的号码能改成新的吗', null], ['我從中華電信跳槽到台哥大還換了號碼，登入的號碼要怎麼改', null],
    ['联通的登录密码忘了', 'login'], ['中華電信的帳單要怎麼查', 'thing'],
    // Tuition sent to a child with the wallet is a transfer; a school's fee alone, the school's.
    ['给儿子转学费，金额比较大，说超了当日上限，怎么办', null], ['要轉學費給小孩，金額比較大，說超過當日上限怎麼辦', null], ['學費怎麼繳', 'thing'],
    // Taiwan's 網路銀行 is online banking, as 网银 is.
    ['網路銀行的密碼被鎖住了怎麼解', 'login'], ['网络银行的登录密码忘了', 'login'],
  ])('"%s": %s', (text, what) => {
    expect(namesElsewhere(normalizeText(text))).toBe(what);
  });
});
