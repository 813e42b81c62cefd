/**
 * Questions about the company behind the wallet rather than about the wallet: its shares and listing, its owners and
 * officers, its jobs, its offices, its revenue ("is your company publicly listed", "你们老板是谁", "御社で働きたいのですが
 * 求人はありますか", "이 회사 채용 공고 있나요", "¿la empresa cotiza en bolsa?"). No entry answers them; a question that also
 * names the wallet, its app, money or an account is the wallet's ("your company's app won't open"). Written for the project
 * from general knowledge, never copied from an evaluation set. See asksAboutTheCompany in services.ts.
 */

/** The company itself, or "you" as a company. */
export const COMPANY_REFERENCES: readonly string[] = [
  'company', 'companys', 'your', 'you guys', 'firm', 'corporation',
  '公司', '你们', '您们', '贵公司', '贵司',
  '会社', '御社', '貴社', '运営会社', '運営会社', 'この会社', '企業',
  '회사', '귀사', '운영사', '기업',
  'empresa', 'compania', 'ustedes', 'su empresa', 'la firma',
];
/** The company's own matters, asked only with the company named (see COMPANY_REFERENCES): "who owns this company". */
export const COMPANY_MATTERS: readonly string[] = [
  // who owns or heads it, not its boss alone: "let me talk to your boss" is a complaint (社長を出せ, 你们老板呢)
  'who owns', 'owner of the company', 'owners of the company', 'company owner', 'who is the ceo', 'founder', 'founders', 'founded',
  'revenue', 'profits', 'shares in', 'stock price', 'share price', 'head office', 'headquarters', 'headquartered', 'investors',
  '老板是谁', '老闆是谁', '董事长', '创始人', '营收', '股价', '股票', '总部', '上市', '融资',
  '社长は谁', '社長は誰', '社長の名前', '创業者', '創業者', '売上', '株価', '株は', '株を', '本社', '上场', '上場', '投资家',
  '대표이사', '창업자', '매출', '주식', '주가', '본사', '상장', '투자자',
  'quien es el dueno', 'dueno de la empresa', 'fundador', 'fundadores', 'factura al ano', 'ganancias', 'acciones de', 'oficinas centrales', 'sede central', 'cotiza',
];
/** A job with the company, or its listing: the company's matter with or without its name ("are you hiring"). */
export const COMPANY_JOBS: readonly string[] = [
  'hiring', 'job opening', 'job openings', 'vacancies', 'work for your company', 'work at your company', 'internship', 'internships', 'publicly listed', 'stock exchange',
  '招聘', '招人', '征人', '征才', '求人', '采用情报', '채용', '입사 지원', 'ofertas de empleo', 'vacantes', 'trabajar con ustedes',
  'cotiza en bolsa',
];

/** The desk's people, as a job (see DESK_JOBS). */
const DESK_PEOPLE =
  '(?:客服|客服人员|客服专员|员工|工作人员|坐席|接线员|オペレーター|スタッフ|社員|상담원|상담사|직원|asesor(?:es)?|agentes?|empleados?|operador(?:es)?|' +
  '(?:customer service|support|call center|call centre)(?: reps?| agents?| staff| workers?| employees?| people)?|reps|agents|employees|staff)';
/**
 * The desk's people as a job: their pay, hiring them, working there, whether AI replaces them ("你们客服一个月工资多少", "御社の
 * オペレーターの時給", "상담원 월급은 얼마예요", "how much do customer service reps earn", "¿cuánto gana un asesor?", "你们公司招客服吗",
 * "人工智能会取代客服吗", "my friend works in customer support"): the company's matter, as its jobs are, never a request for
 * a person nor the contact article. Regex sources on normalised text; each linear (tests/server/regex-safety).
 */
export const DESK_JOBS: readonly string[] = [
  `${DESK_PEOPLE}(?:的|の|의| )?(?:一个月|每个月|每月|月|平均|大概)?(?:工资|薪水|薪资|月薪|时薪|底薪|待遇|时给|给料|月给|年收|월급|연봉|시급|급여)`,
  `\\b(?:how much|what) (?:do|does|did) (?:your |the |a |an )?${DESK_PEOPLE} (?:earn|make|get paid)\\b|\\b(?:salary|salaries|wage|wages|pay) (?:of|for) (?:your |the |a |an )?${DESK_PEOPLE}\\b`,
  `\\b(?:cuanto|que) (?:gana|ganan|cobra de sueldo|cobran de sueldo) (?:un |una |los |las |sus )?${DESK_PEOPLE}\\b|\\b(?:sueldo|salario) (?:de|del) (?:un |una |los |las )?${DESK_PEOPLE}\\b`,
  '招(?:聘)?(?:客服|接线员|坐席)|(?:在|想)?(?:做|当)客服(?:的|工作)?|(?:コールセンター|サポート)(?:で|の)(?:働|仕事|バイト)|(?:콜센터|고객센터)에서 ?(?:일|근무|알바)',
  `\\b(?:works?|working|worked) (?:in|at|for) (?:a |an |the )?(?:customer (?:support|service)|call (?:center|centre)|support)\\b|\\b(?:trabaja|trabajo|trabajaba) en (?:un |una |el )?(?:call center|centro de llamadas|atencion al cliente)\\b`,
  `\\bhow many (?:people|employees|staff|agents) (?:work|are working|do you have)\\b`,
  `(?:人工智能|\\bai\\b|\\bia\\b).{0,24}?(?:取代|替代|代替|置き换え|置き換え|대체|reemplazar|reemplazara|reemplace|replace)`,
];
