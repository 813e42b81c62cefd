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
