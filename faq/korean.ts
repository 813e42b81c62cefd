/**
 * Korean verb forms for the synonym groups (synonyms.ts). The formal endings (합쇼체) are folded onto the polite ones the
 * alternates use, in the text and in the groups' members alike ("돈이 듭니까" is "돈이 드나요", "분실했습니다" is
 * "분실했어요"); and a member written in the past ("잠겼", "속았") also stands for the other forms of its verb, which
 * share no syllable with it ("계정이 잠겨서", "잠긴 계정", "속은 것 같아요").
 */

const BASE = 0xac00;
const SYLLABLES = 11172;
const FINALS = 28;
const MEDIALS = 21;
/** Jamo indices (Unicode's order of initials, medials and finals). */
const I_IEUNG = 11;
const I_HIEUT = 18;
const M = { a: 0, ae: 1, eo: 4, yeo: 6, o: 8, wa: 9, wae: 10, oe: 11, u: 13, wo: 14, eu: 18, i: 20 } as const;
const F = { none: 0, nieun: 4, rieul: 8, bieup: 17, siot: 19, ssangsiot: 20 } as const;

interface Syllable {
  initial: number;
  medial: number;
  final: number;
}

function split(ch: string): Syllable | null {
  const code = ch.codePointAt(0)! - BASE;
  if (code < 0 || code >= SYLLABLES) return null;
  return { initial: Math.floor(code / (MEDIALS * FINALS)), medial: Math.floor(code / FINALS) % MEDIALS, final: code % FINALS };
}

const join = ({ initial, medial, final }: Syllable): string => String.fromCodePoint(BASE + (initial * MEDIALS + medial) * FINALS + final);

/** The vowel of a stem's last syllable with 어/아 joined to it (하 → 해, 되 → 돼, 주 → 줘, 드리 → 드려), for 해요. */
const CONTRACTED: Readonly<Record<number, number>> = { [M.o]: M.wa, [M.u]: M.wo, [M.i]: M.yeo, [M.eu]: M.eo, [M.oe]: M.wae };

/** The polite ending (해요) of a stem whose last syllable has no final consonant: 하 → 해요, 보내 → 보내요, 되 → 돼요. */
function politeOfOpenStem(stem: Syllable): string {
  if (stem.initial === I_HIEUT && stem.medial === M.a) return join({ ...stem, medial: M.ae }) + '요';
  if (stem.initial === I_IEUNG && stem.medial === M.i) return '이에요';
  return join({ ...stem, medial: CONTRACTED[stem.medial] ?? stem.medial }) + '요';
}

/** A closed stem's polite ending: 아요 after ㅏ or ㅗ (않아요, 같아요), else 어요 (있어요, 했어요: a past ㅆ takes 어요). */
const politeOfClosedStem = (stem: Syllable): string =>
  (stem.final !== F.ssangsiot && (stem.medial === M.a || stem.medial === M.o) ? '아' : '어') + '요';

/**
 * A Hangul syllable (가–힣): what split() reads. Not \p{Script=Hangul}, which holds the letters typed alone too (ㅋㅋ,
 * ㅠㅠ: conjoining jamo once normalised), and a match after one ("ㅋㅋ어케", "ㅠㅠ거") threw in split()'s reader.
 */
const HANGUL_SYLLABLE = '[\\uac00-\\ud7a3]';

const FORMAL = new RegExp(`(${HANGUL_SYLLABLE})(습니까|습니다|니까|니다)`, 'gu');

/**
 * 합쇼체 onto 해요체: a question in -ㅂ니까/-습니까 becomes -나요 (듭니까 → 드나요, 있습니까 → 있나요), a statement in
 * -ㅂ니다/-습니다 the polite form (합니다 → 해요, 됩니다 → 돼요, 잃어버렸습니다 → 잃어버렸어요, 않습니다 → 않아요). 니까 and
 * 니다 after a syllable without ㅂ (하니까, "because") are not formal endings and stay.
 */
export function foldKoreanEndings(text: string): string {
  if (!text.includes('니')) return text;
  return text.replace(FORMAL, (whole, before: string, ending: string) => {
    const stem = split(before)!;
    const question = ending.endsWith('까');
    if (ending.startsWith('습')) return before + (question ? '나요' : politeOfClosedStem(stem));
    if (stem.final !== F.bieup) return whole;
    const open = { ...stem, final: F.none };
    return question ? join(open) + '나요' : politeOfOpenStem(open);
  });
}

/**
 * A bound noun written onto the verb before it, as phones type it (할수있어요, 하는법, 되는거에요, 결제할때, 할줄): spaced
 * as the alternates write it (할 수 있어요: 118 alternates, 할수있: none), after an adnominal (는, 은, or a syllable with
 * final ㄹ), 수 only before 있/없.
 */
const BOUND_NOUN = new RegExp(`(${HANGUL_SYLLABLE})(수(?=[있없잇])|때|거|것|법|줄)`, 'gu');
/** 야 돼 / 야 되 (해야돼요, 바꿔야되나요) and 떠 / 뜨 / 떴 after a noun (오류떠요, 실패떴어요, 안뜨는데), spaced likewise. */
const AUXILIARY_SEAM = /(?<=\p{Script=Hangul})(?:(?<=야)(?=[돼되])|(?=[떠떴뜨뜬](?:요|서|는|네|고|어|$|[^\p{L}])))/gu;
/**
 * The spoken and typed forms no alternate writes, onto the ones they write: 어플 and 애플리케이션 as 앱 (69 alternates
 * write 앱, none 어플; 어플라이 stays); the topic particle on 에, 에는 and its spoken 엔 (앱엔 없어, 폰에는), as 에 (no
 * alternate writes either; "내 앱엔 없어" was a "did you mean" at 0.30, "내 앱에 없어" app-updates first at 0.51); the
 * retrospective 던 (쓰던 카드, 있던데, 많다던데) as 는 (London, 런던, stays); 어케 / 어캐 / 어떠케 as 어떻게; a polite 요 typed 여 (공짜에여, 해여, 안나여); the
 * nominal endings of chat (해지함, 안됨, 하고싶음, 있음) as 해요, 돼요, 싶어요, 있어요 (포함 stays).
 */
const SPOKEN = /어플(?:리케이션)?(?!라)|애플리케이션|(?<=[\uac00-\ud7a3])(?:에는|엔)(?=$|[^\p{L}])|(?<=\p{Script=Hangul})(?<!런)던(?=데|$|[^\p{L}])|어(?:케|캐|떠케|떻케)(?=$|[^\p{L}]|\p{Script=Hangul})|(?<=[에해나어아돼봐줘죠])여(?=$|[^\p{L}])|(?<!포)함(?=$|[^\p{L}])|됨(?=$|[^\p{L}])|(?<=[싶있없])음(?=$|[^\p{L}])/gu;
const SPOKEN_AS: Readonly<Record<string, string>> = { 에는: '에', 엔: '에', 어플: '앱', 어플리케이션: '앱', 애플리케이션: '앱', 던: '는', 어케: '어떻게', 어캐: '어떻게', 어떠케: '어떻게', 어떻케: '어떻게', 여: '요', 함: '해요', 됨: '돼요', 음: '어요' };
/**
 * A past's or 있's ㅆ typed ㅅ before its ending (잇어요, 했엇는데, 햇어요, 됫나요, 봣는데): ㅆ, when the syllable is no
 * word of its own with ㅅ (것을, 웃어요, 씻어, 벗어, 낫는, 짓는, 옷은 stay).
 */
const SIOT_TYPED = new RegExp(`${HANGUL_SYLLABLE}(?=어|나|는|음|고|습|을까)`, 'gu');
const SIOT_WORDS = '것옷웃씻벗낫짓빗맛';

/**
 * How a phone's Korean is typed, as the alternates write it (see BOUND_NOUN, AUXILIARY_SEAM, SPOKEN, SIOT_TYPED), in
 * the text and in the groups' members alike.
 */
export function foldKoreanTyping(text: string): string {
  return text
    .replace(BOUND_NOUN, (whole, before: string, noun: string) => {
      const stem = split(before)!;
      if (before !== '는' && before !== '은' && stem.final !== F.rieul) return whole;
      return noun === '수' ? `${before} 수 ` : `${before} ${noun}`;
    })
    .replace(AUXILIARY_SEAM, ' ')
    .replace(SPOKEN, (spoken) => SPOKEN_AS[spoken]!)
    .replace(SIOT_TYPED, (syllable) => {
      const s = split(syllable)!;
      return s.final === F.siot && !SIOT_WORDS.includes(syllable) ? join({ ...s, final: F.ssangsiot }) : syllable;
    });
}

/** The past syllable's vowel back to the stem's (겼 → 기, 왔 → 오, 줬 → 주, 됐 → 되): only where 어/아 was contracted. */
const UNCONTRACTED: Readonly<Record<number, number>> = { [M.yeo]: M.i, [M.wa]: M.o, [M.wo]: M.u, [M.wae]: M.oe };

/**
 * The other forms of a member whose last syllable is a past (final ㅆ): the 어/아 form without the past (잠겼 → 잠겨,
 * 잘못 보냈 → 잘못 보내), the past adnominal (잠긴, 속은, 두고 온, 주문 안 한) and, where the past contracted the stem,
 * the stem (잠기, 끊기: 잠기면, 끊기고). Empty for any other member.
 */
export function koreanVerbForms(member: string): string[] {
  const chars = Array.from(member);
  const last = split(chars.at(-1) ?? '');
  if (!last || last.final !== F.ssangsiot) return [];
  const head = chars.slice(0, -1).join('');
  const forms = [head + join({ ...last, final: F.none })];
  const before = split(chars.at(-2) ?? '');
  if (last.initial === I_IEUNG && (last.medial === M.a || last.medial === M.eo || last.medial === M.yeo)) {
    // 았/었/였 written apart from the stem (속았, 않았, 하였): the adnominal is the stem's own (속은, 않은, 한).
    if (before) forms.push(chars.slice(0, -2).join('') + (before.final === F.none ? join({ ...before, final: F.nieun }) : join(before) + '은'));
    return forms;
  }
  const isHa = last.initial === I_HIEUT && last.medial === M.ae;
  const stemVowel = isHa ? M.a : UNCONTRACTED[last.medial];
  forms.push(head + join({ ...last, medial: stemVowel ?? last.medial, final: F.nieun }));
  if (stemVowel !== undefined) forms.push(head + join({ ...last, medial: stemVowel, final: F.none }));
  return forms;
}

/**
 * A sum in figures, with 만, 천 and 백 between them or not ("5만원", "5만 5백원", "50 500원", "3만9천"): a figure, then at
 * most 12 more figures, spaces and units (bounded: a run of spaced figures is read in linear time).
 */
const AMOUNT = '\\d[\\d 만천백]{0,12}';
/**
 * A sum sent or paid, then a larger one taken ("5만원 보냈는데 잔액에서 5만 5백원이 빠졌어요"): the difference is a fee, as
 * zh-CN's 付了100结果扣了101 and Spanish "mandé 500 y le llegaron 490" are read; 수수료 is added when it is the larger.
 */
const SENT_THEN_TAKEN = new RegExp(
  `(?<!\\p{N})(${AMOUNT})원?(?:을|를)? ?(?:보냈|송금했|이체했|결제했|냈|출금했|충전했)[^\\d]{0,30}?(${AMOUNT})원?(?:이|가)? ?(?:빠졌|빠져|나갔|차감|깎였)\\p{Script=Hangul}{0,8}`,
  'gu',
);

/** The won a sum says (see AMOUNT). */
function won(sum: string): number {
  let rest = sum.replace(/[ 원]/g, '');
  let total = 0;
  for (const [unit, worth] of [['만', 10000], ['천', 1000], ['백', 100]] as const) {
    const at = rest.indexOf(unit);
    if (at < 0) continue;
    total += Number(rest.slice(0, at)) * worth;
    rest = rest.slice(at + 1);
  }
  return total + Number(rest || 0);
}

/** A sum sent, then a larger one taken, read with 수수료 after it (see SENT_THEN_TAKEN). */
export function foldKoreanSumDiffers(text: string): string {
  if (!/\d/.test(text)) return text;
  return text.replace(SENT_THEN_TAKEN, (whole, sent: string, taken: string) => (won(taken) > won(sent) ? `${whole} 수수료` : whole));
}
