import { normalizeText } from './normalize.ts';

/**
 * Other services a visitor may name: social networks, messengers, mail, streaming, music, games, shops, delivery, rides,
 * travel and other apps, as each pack language usually writes them (the name, a short form, its own script). A question
 * about another service's account ("how do i reset my netflix password", "インスタのパスワード忘れた", "카톡 계정이
 * 정지됐어요") differs from a wallet question by that name alone, which the pack does not know and the hidden off-topic
 * class cannot tell from a visitor's typo: a name from this list says it is another service's. Written for the project
 * from general knowledge of each market, never copied from an evaluation set.
 *
 * Left out on purpose, since a wallet question names them legitimately: banks (a name followed by a bank word is
 * skipped too: 楽天銀行), card networks, payment apps and wallets (Apple Pay, Google Pay, 支付宝, PayPay, 카카오페이; a name
 * followed by a pay word is skipped: "line pay"), mobile carriers (a new number), app stores (updating the app), and
 * names that are also everyday words in a pack language (target, x, 다음, 苹果; "line" is one only in a question written in
 * Chinese, Japanese or Korean: see IN_CJK_TEXT).
 */
const NAMES: readonly string[] = [
  // Social networks, messengers, forums.
  'facebook', 'fb', 'instagram', 'insta', 'ig', 'whatsapp', 'twitter', 'tiktok', 'snapchat', 'telegram', 'discord',
  'reddit', 'linkedin', 'pinterest', 'tumblr', 'messenger', 'wechat', 'weixin', 'kakaotalk', 'kakao talk', 'naver',
  'weibo', 'qq', 'douyin', 'xiaohongshu', 'dcard', 'ptt', 'signal app', 'viber', 'skype', 'tinder', 'bumble',
  'quora', 'mastodon', 'wattpad', 'github', 'yelp', 'tripadvisor',
  '脸书', '推特', '微博', '抖音', '小红书', '知乎', '豆瓣', '贴吧', '陌陌', '探探', '今日头条', '企业微信', '微信', '快手',
  '巴哈姆特', '油管', '百度贴吧', '斗鱼', '虎牙', '小米账号', '华为账号',
  'インスタ', 'インスタグラム', 'ツイッター', 'フェイスブック', 'ティックトック', 'ライン', 'ディスコード', 'ニコニコ',
  'ミクシィ', 'ピクシブ', 'pixiv', 'mixi', 'ピッコマ', '食べログ', 'ホットペッパー', 'ココナラ',
  '인스타', '인스타그램', '페이스북', '트위터', '틱톡', '카톡', '카카오톡', '라인', '네이버', '디스코드', '텔레그램',
  '스냅챗', '왓츠앱', '페북', '블라인드',
  // Mail and accounts of other companies.
  'gmail', 'google account', 'outlook', 'hotmail', 'yahoo', 'yahoo mail', 'protonmail', 'proton mail', 'icloud',
  'apple id', 'microsoft account', 'itunes',
  'qq邮箱', '网易邮箱', '163邮箱', '126邮箱', '谷歌账号', '谷歌', 'ヤフー', 'ヤフーメール', 'ジーメール', 'グーグルアカウント',
  '지메일', '구글 계정', '구글계정', '애플 아이디', '애플아이디', '아이클라우드', '네이버 메일', '한메일',
  // Streaming, music, video.
  'netflix', 'hulu', 'disney', 'disney plus', 'hbo', 'hbo max', 'prime video', 'amazon prime', 'youtube',
  'youtube premium', 'spotify', 'apple music', 'apple tv', 'twitch', 'crunchyroll', 'paramount', 'deezer',
  'soundcloud', 'tidal', 'audible', 'vix', 'abema', 'u next', 'kkbox', 'bilibili', 'iqiyi', 'youku', 'tving',
  'watcha', 'melon', 'peacock', 'tver', 'afreecatv', '치지직', '아프리카tv', '트위치',
  '网飞', '爱奇艺', '优酷', '腾讯视频', '芒果tv', 'b站', '哔哩哔哩', '网易云', '网易云音乐', 'qq音乐', '酷狗', '喜马拉雅',
  '西瓜视频', '奈飞', '迪士尼',
  'ネトフリ', 'ネットフリックス', 'ユーチューブ', 'アマプラ', 'アマゾンプライム', 'ディズニープラス', 'スポティファイ',
  'ユーネクスト', 'フールー', 'アベマ',
  '넷플릭스', '유튜브', '유튜브 프리미엄', '디즈니플러스', '디즈니 플러스', '티빙', '왓챠', '멜론', '지니뮤직', '스포티파이',
  '쿠팡플레이',
  // Games and their platforms.
  'steam', 'xbox', 'xbox live', 'playstation', 'psn', 'nintendo', 'epic games', 'fortnite', 'roblox', 'minecraft',
  'riot', 'league of legends', 'valorant', 'genshin', 'pokemon go', 'battle net', 'blizzard', 'ea app', 'free fire',
  'pubg', 'clash of clans', 'candy crush', 'ubisoft', 'overwatch', 'diablo',
  '王者荣耀', '和平精英', '原神', '英雄联盟', '网易游戏', '腾讯游戏', '游戏账号',
  'ニンテンドー', '任天堂', 'プレステ', 'プレイステーション', 'ポケモン', 'ポケモンgo', 'フォートナイト', 'マイクラ',
  'モンスト', 'パズドラ', '原神', 'スプラ', 'ウマ娘', 'ツムツム', 'ドラクエ',
  '스팀', '로블록스', '마인크래프트', '리그오브레전드', '리그 오브 레전드', '배그', '배틀그라운드', '메이플', '메이플스토리',
  '리니지', '넥슨', '피파', '포켓몬고', '닌텐도', '플스', '플레이스테이션', '엑스박스', '오버워치', '발로란트', '쿠키런',
  '카트라이더',
  // Shops, marketplaces, delivery, rides, travel.
  'amazon', 'ebay', 'etsy', 'shein', 'temu', 'aliexpress', 'alibaba', 'taobao', 'tmall', 'jd', 'pinduoduo', 'shopee',
  'lazada', 'mercari', 'rakuten', 'zozotown', 'walmart', 'ikea', 'costco', 'starbucks', 'mcdonalds', 'zara', 'uniqlo',
  'mercado libre', 'mercadolibre', 'falabella', 'coppel', 'el corte ingles', 'oxxo', 'mercadona', 'momo', 'pchome',
  'uber', 'uber eats', 'lyft', 'doordash', 'grubhub', 'deliveroo', 'just eat', 'glovo', 'rappi', 'didi', 'cabify',
  'foodpanda', 'airbnb', 'booking com', 'expedia', 'despegar', 'trip com', 'agoda', 'instacart', 'wayfair', 'sephora',
  'wallapop', 'vinted', 'pedidosya', 'ifood', 'blablacar', 'linio', 'qoo10',
  '淘宝', '天猫', '京东', '拼多多', '唯品会', '苏宁', '闲鱼', '得物', '美团', '饿了么', '大众点评', '滴滴', '高德', '携程',
  '去哪儿', '飞猪', '12306', '虾皮', '露天拍卖', '博客来', '星巴克', '麦当劳', '肯德基', '宜家', '优衣库', '转转', '盒马',
  '叮咚买菜',
  'アマゾン', 'メルカリ', '楽天', 'ヤフオク', 'ゾゾタウン', 'ウーバー', 'ウーバーイーツ', '出前館', 'ユニクロ', 'スタバ',
  'ローソン', 'ファミマ', 'セブンイレブン', 'じゃらん', '楽天トラベル', 'ラクマ', 'スシロー',
  '쿠팡', '배민', '배달의민족', '요기요', '당근마켓', '번개장터', '무신사', '에이블리', '지그재그', '11번가', '지마켓', 'g마켓',
  '옥션', '스타벅스', '이마트', '우버', '카카오택시', '카카오 택시', '에어비앤비', '야놀자', '여기어때', '알리익스프레스',
  '테무', '쉬인', '아마존', '마켓컬리', '오늘의집', '올리브영', '다이소', '교보문고',
  // Other apps and software.
  'zoom', 'slack', 'dropbox', 'onedrive', 'google drive', 'office 365', 'chatgpt', 'openai', 'duolingo', 'canva',
  'adobe', 'dingtalk', 'baidu',
  '百度', '百度网盘', '钉钉', 'wps',
  'ズーム', 'ドロップボックス', 'チャットgpt',
  '카카오맵', '네이버 지도', '챗gpt',
];

/** Latin names that are everyday English or Spanish words: names in a question written in Chinese, Japanese or Korean. */
const IN_CJK_TEXT: readonly string[] = ['line'];

/** What must not follow a name for it to be one: 快手 (Kuaishou) is in 最快手续费 (the quickest fee). */
const NOT_BEFORE: Readonly<Record<string, string>> = { 快手: '续' };

/** A name followed by one of these is a bank, a card or a payment method of the wallet's, not another service. */
const FINANCIAL_NEXT = ['pay', 'bank', 'card', 'wallet', '支付', '银行', '钱包', '卡', 'ペイ', '銀行', 'カード', '페이', '은행', '뱅크', '카드', 'banco', 'tarjeta'];

const LATIN = /^[\p{Script=Latin}\p{N} ]+$/u;
const KATAKANA = /^[\p{Script=Katakana}\u30fc]+$/u;
const HANGUL = /\p{Script=Hangul}/u;
const CJK_TEXT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const KATAKANA_RUN = '[\\p{Script=Katakana}\\u30fc]';
/**
 * A katakana name of this many characters may run on into the next katakana word (ニンテンドーアカウント); a shorter one
 * is a word of its own (インスタ is in インスタント, ライン in オンライン) unless an account word follows it.
 */
const LONG_KATAKANA = 5;
const ACCOUNT_WORDS = '(?:アカウント|パスワード|アプリ|ログイン|メール|プレミアム)';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Latin names are whole words (CJK text may touch them: "ig密码"); katakana ones start a katakana run (ライン is in
 * オンライン) and end it (see LONG_KATAKANA); Hangul ones start a word (a particle may follow: 카톡이); Han ones stand
 * anywhere.
 */
function boundaries(name: string): string {
  const not = NOT_BEFORE[name];
  if (not !== undefined) return `${escape(name)}(?!${escape(not)})`;
  if (LATIN.test(name)) return `(?<![\\p{Script=Latin}\\p{N}])${escape(name)}(?![\\p{Script=Latin}\\p{N}])`;
  if (KATAKANA.test(name)) {
    const end = Array.from(name).length >= LONG_KATAKANA ? '' : `(?!${KATAKANA_RUN})|(?=${ACCOUNT_WORDS})`;
    return `(?<!${KATAKANA_RUN})${escape(name)}${end && `(?:${end})`}`;
  }
  if (HANGUL.test(name)) return `(?<![\\p{L}\\p{N}])${escape(name)}`;
  return escape(name);
}

const financial = FINANCIAL_NEXT.map(normalizeText).map(escape).join('|');
const pattern = (list: readonly string[]) => {
  const names = [...new Set(list.map(normalizeText))].sort((a, b) => b.length - a.length);
  return new RegExp(`(?:${names.map(boundaries).join('|')})(?! ?(?:${financial}))`, 'u');
};
const SERVICE = pattern(NAMES);
const SERVICE_IN_CJK = pattern(IN_CJK_TEXT);

/** True when normalised text (see normalizeText) names another service (see NAMES and IN_CJK_TEXT). */
export const namesService = (normalized: string): boolean =>
  SERVICE.test(normalized) || (CJK_TEXT.test(normalized) && SERVICE_IN_CJK.test(normalized));
