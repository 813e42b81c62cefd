/**
 * The person and desk words of a handoff request as they are mistyped or named by a team, read as the rules spell them
 * (./handoff.ts reads a text through these before its patterns): slips of the input method and of the keyboard from the
 * same sound or shape as the real word, and a support team or department named instead of a person.
 */

/**
 * Chinese typed by pinyin: the input offers the characters of the same syllable, and the visitor picks a neighbour —
 * 人工 (ren gong) as 仁工, 认工, 任工, 人宫; 真人 as 真仁, 真任; 客服 (ke fu) as 可服, 克服, 科服, 客福. Not inside the words the
 * neighbours make (确认工作, 担任工程师, 信任公司), and 克服 (to overcome), 可服 only where a person is asked for: after the
 * verb of a request or after the person's other word (转可服, 找你们克服, 人工可服在吗), never 克服了困难.
 */
const REN = /[仁认任](?<![确承否辨识默指招体误担主信责胜].)(?=[工公功攻宫](?![作资程具业厂司开能民务布告积园平]))/gu;
const GONG = /[宫攻](?<=人.)(?![殿廷])/gu;
const ZHEN_REN = /[仁任认](?<=真.)(?![何务意])/gu;
const KE_FU = /(?:[可克科课][服福]|客福)(?<=(?:[转找接要叫请喊]|联系|联络|人工|真人)(?:一下|下|个|一个)?(?:你们的?)?(?:[可克科课][服福]|客福))/gu;
/** 转 typed with the zh/ch fuzzy syllable (传, chuan) before the person: 传人工, 帮我传真人客服. */
const ZHUAN = /传(?=(?:一下|下|个)?(?:人工|真人|客服))/gu;
/**
 * A support team or department named for the person (客服部, 客服中心的人, 售后团队, 技术支援部门的同事, 退款组): the desk, 客服.
 * (A team of another kind, 支付团队 alone, is named only with one of the team words.)
 */
const ZH_TEAM =
  /(?:客服|售后|技术支持|技术支援|客户支持|客户服务|支持|支援|客诉|投诉|支付|付款|退款|风控|财务|账户|安全)(?:服务)?(?:部门|团队|小组|组|部|中心)(?:的(?:人员|人|同事|工作人员|专员))?(?<!(?:支付|付款|退款|风控|财务|账户|安全)(?:服务)?中心)/gu;

/** A team's person named by its work (风控专员, 盗刷专员, 退款负责人): a 专员. */
const ZH_ROLE = /(?:风控|盗刷|安全|资安|退款|售后|审核|投诉|客诉|理赔|争议|反诈|账户|技术)(?:专员|同事|负责人|主管)/gu;

/** The last characters of a team word (a text without one has none: most texts skip ZH_TEAM). */
const ZH_TEAM_END = /[部组队心]/u;

/** The person words ZH_ROLE ends in (a text without one skips it). */
const ZH_ROLE_END = /专员|同事|负责人|主管/u;

/** Chinese with its person words read as the patterns spell them (see REN, GONG, ZHEN_REN, KE_FU, ZHUAN, ZH_TEAM, ZH_ROLE). */
export function readChineseSlips(normalized: string): string {
  let read = normalized.replace(REN, '人').replace(GONG, '工').replace(ZHEN_REN, '人').replace(KE_FU, '客服').replace(ZHUAN, '转');
  if (ZH_ROLE_END.test(read)) read = read.replace(ZH_ROLE, '专员');
  return ZH_TEAM_END.test(read) ? read.replace(ZH_TEAM, '客服') : read;
}

/**
 * Korean: 상담원 typed apart (상 담 원) or with a neighbouring syllable (상담언, 상다원, 상단원, 상당원), 직원 as 직언 before what one asks
 * of them, one person counted (상담원 한 분: 상담원), and a team or department named for the person (고객지원팀, CS 팀, 기술지원팀
 * 분, 결제팀 담당자님, 고객센터 상담팀): 상담원.
 */
const KO_COUNSELLOR = /상 ?담 ?원|상(?:담언|담웡|다원|단원|당원)(?!제)/gu;
const KO_STAFF = /직언(?= ?(?:분|님|이랑|하고|한테|에게|연결))/gu;
const KO_ONE = /(상담원|상담사|직원|담당자)(?:님|분)? 한 ?(?:분|명)(?:만)?/gu;
const KO_TEAM =
  /(?:(?:고객 ?)?(?:지원|상담|서비스|케어)|기술 ?지원|결제|환불|민원|송금|보안|고객 ?센터|고객 ?센타|콜 ?센터)(?: ?팀| ?부서)(?: ?(?:분|님|직원|담당자|상담원|상담사)(?:분|님)?)?/gu;

/** 좀 ("please", "a bit") as it is said when the visitor is fed up: 쫌 (상담원 쫌 연결해라). */
const KO_PLEASE = /쫌/gu;

/** Korean with its person words read as the patterns spell them (see KO_COUNSELLOR, KO_STAFF, KO_ONE, KO_TEAM, KO_PLEASE). */
/** What each reading needs in the text (most Korean texts need none: the rules read every clause of a message). */
const KO_NEEDS: readonly [RegExp, RegExp, string][] = [
  [/상/u, KO_COUNSELLOR, '상담원'], [/직언/u, KO_STAFF, '직원'], [/ 한 ?[분명]/u, KO_ONE, '$1'], [/팀|부서/u, KO_TEAM, '상담원'], [/쫌/u, KO_PLEASE, '좀'],
];

export function readKoreanSlips(normalized: string): string {
  let read = normalized;
  for (const [needs, slip, word] of KO_NEEDS) if (needs.test(read)) read = read.replace(slip, word);
  return read;
}

/**
 * English and Spanish person and desk words mistyped by one letter (left out, added, changed or swapped: "persom",
 * "agen", "persn", "humane", "umano", "soprte", "representate"), read as the word. A word is read only when it is
 * none of these words itself, nor one of them inflected or another word one letter from them (agents, humana, personal,
 * client, gente): those are the patterns' own.
 */
const LATIN_PERSON_WORDS = [
  'human', 'person', 'agent', 'operator', 'representative', 'customer', 'support', 'service', 'someone', 'somebody',
  'humano', 'persona', 'agente', 'asesor', 'operador', 'representante', 'soporte', 'ejecutivo', 'alguien', 'department', 'departamento',
];
const OWN_FORMS = new Set([
  ...LATIN_PERSON_WORDS,
  ...LATIN_PERSON_WORDS.flatMap((word) => [`${word}s`, `${word}es`]),
  'humana', 'humanas', 'asesora', 'operadora', 'ejecutiva', 'personal', 'client', 'clients', 'agency', 'argent', 'parson', 'humans', 'operado', 'gente', 'soporta',
]);
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every spelling one edit from a word: a letter left out, added or changed, or two neighbours swapped. */
function oneEditFrom(word: string): string[] {
  const spellings: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    if (i < word.length) spellings.push(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < word.length) spellings.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const letter of LETTERS) {
      spellings.push(word.slice(0, i) + letter + word.slice(i));
      if (i < word.length) spellings.push(word.slice(0, i) + letter + word.slice(i + 1));
    }
  }
  return spellings;
}

/** Each slip and the word it is read as (the first word of LATIN_PERSON_WORDS one edit from it). */
const SLIPS = new Map<string, string>();
for (const word of LATIN_PERSON_WORDS) {
  for (const slip of oneEditFrom(word)) if (slip.length >= 4 && !OWN_FORMS.has(slip) && !SLIPS.has(slip)) SLIPS.set(slip, word);
}
const LATIN_WORD = /\b[a-z]{4,16}\b/gu;
const LATIN = /[a-z]/u;

/** The text with its mistyped English and Spanish person words read as the words (the text itself when it has none). */
export function readLatinSlips(normalized: string): string {
  return LATIN.test(normalized) ? normalized.replace(LATIN_WORD, (word) => SLIPS.get(word) ?? word) : normalized;
}

/**
 * The words of a request typed without spaces ("speaktoagent", "connectmetoanagent", "pasameconunasesor"), each a word
 * of requests in English or Spanish. Only a message of one run of letters is read so, and only when the run is cut
 * into these words whole (the fewest of them); a run that is no request is left as it was typed.
 */
const RUN_WORDS = new Set(
  (
    'i im me my to a an the with w some one and or please pls plz now asap just real live actual proper another ' +
    'talk speak chat connect transfer put pass get give find want need wanna lemme let can could you u through ' +
    'human humans person people agent agents rep reps representative operator someone somebody anyone support customer service care ' +
    'staff manager supervisor specialist team member executive advisor ' +
    'quiero quisiera necesito hablar chatear con un una el la al a pasame paseme pasenme ponme comunicame comuniqueme transfiereme ' +
    'asesor asesora agente humano persona operador operadora ejecutivo representante alguien gerente supervisor soporte atencion cliente de por favor ya'
  ).split(' '),
);
const RUN_LONGEST = Math.max(...[...RUN_WORDS].map((word) => word.length));
const LATIN_RUN = /^[a-z]{6,40}$/u;

/** A run of letters cut into request words (see RUN_WORDS), or the text as it was when it is none. */
export function readLatinRun(normalized: string): string {
  if (!LATIN_RUN.test(normalized)) return normalized;
  // fewest[at]: the fewest words that make normalized[0, at), and where the last of them starts.
  const fewest: number[] = [0];
  const from: number[] = [0];
  for (let end = 1; end <= normalized.length; end++) {
    fewest[end] = Infinity;
    for (let start = Math.max(0, end - RUN_LONGEST); start < end; start++) {
      if (fewest[start]! + 1 < fewest[end]! && RUN_WORDS.has(normalized.slice(start, end))) {
        fewest[end] = fewest[start]! + 1;
        from[end] = start;
      }
    }
  }
  if (fewest[normalized.length] === Infinity) return normalized;
  const words: string[] = [];
  for (let end = normalized.length; end > 0; end = from[end]!) words.unshift(normalized.slice(from[end]!, end));
  return words.join(' ');
}
