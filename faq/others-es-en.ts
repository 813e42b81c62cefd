/**
 * Others' matters as English and Spanish visitors write them (session 37): a phone or laptop the employer owns; an
 * identity document needed for a trip; a programming question; a courier by its name; the bot's own life. Each is read
 * by namesElsewhere in services.ts with nothing of the wallet's named beside it. Written for the project from general
 * knowledge, never copied from an evaluation set.
 */

/**
 * A phone or computer the employer owns ("lost my company phone, do i have to tell my manager", "perdí el celular del
 * trabajo"): the employer's to replace and lock, unless the wallet, its app, the account or money is named (see
 * WALLET_SIDE_WORDS in other-things.ts: "perdí el celular del trabajo y tenía la billetera ahí").
 */
export const WORK_DEVICES: readonly string[] = [
  'company phone', 'work phone', 'work cell', 'work mobile', 'company laptop', 'work laptop', 'work computer', 'company computer',
  'celular del trabajo', 'celular de la empresa', 'celular de empresa', 'celular corporativo', 'telefono del trabajo', 'telefono de la empresa',
  'telefono corporativo', 'movil del trabajo', 'movil de la empresa', 'movil de empresa', 'laptop del trabajo', 'compu del trabajo',
  'portatil del trabajo', 'portatil de la empresa', 'ordenador del trabajo',
];

/**
 * Travelling with an identity document (see ID_DOCUMENTS in other-things.ts): "do i need a passport to fly to dublin",
 * "hace falta pasaporte para ir de España a Portugal": the border's or the airline's rule, as getting one is the issuer's.
 */
export const TRAVEL_ACTS: readonly string[] = [
  'to fly', 'to travel', 'for travel', 'travelling', 'traveling', 'abroad', 'to visit', 'to enter', 'to go to', 'cross the border', 'at the border',
  'para viajar', 'para volar', 'para ir a', 'para ir de', 'para entrar a', 'para entrar en', 'para salir del pais', 'al extranjero',
  'cruzar la frontera', 'en la frontera',
];

/**
 * A programming question (a language, an error a program throws): "what does typeerror undefined is not a function mean",
 * "cómo hago un for en python". The wallet's app crashing is its app-updates question, so never with the app or the
 * wallet named (see WALLET_NAMED_WORDS in other-things.ts).
 */
export const CODE_WORDS: readonly string[] = [
  'python', 'javascript', 'typescript', 'java', 'php', 'golang', 'kotlin', 'html', 'css', 'sql',
  'undefined is not a function', 'typeerror', 'syntaxerror', 'syntax error', 'null pointer', 'nullpointerexception', 'stack trace',
  'segmentation fault', 'compile error', 'compiler error', 'for loop', 'while loop', 'git', 'github', 'npm', 'regex',
];

/**
 * Couriers by name ("cuál es el peso máximo para mandar una caja por DHL", "whats the max weight for a fedex package"): a
 * delivery (see DELIVERIES in other-things.ts), disputed with the wallet only when a refund, a charge or a seller is named.
 */
export const COURIERS: readonly string[] = [
  'dhl', 'fedex', 'usps', 'royal mail', 'parcelforce', 'canada post', 'estafeta', 'servientrega', 'andreani', 'correo argentino', 'seur',
  'mrw', 'chilexpress', 'olva',
];

/**
 * Chit-chat that asks about the bot's own life ("do you have any hobbies", "che, vos tenés mascota?"): no entry answers
 * it (contact-support took "do you have any hobbies" by "do you have"), unless the wallet or money is named (see
 * speaksFiguratively in services.ts).
 */
export const ABOUT_THE_BOT: readonly string[] = [
  'any hobbies', 'your hobbies', 'a hobby', 'your hobby', 'have a pet', 'have any pets', 'a girlfriend', 'a boyfriend',
  'tenes mascota', 'tienes mascota', 'tenes hobbies', 'tienes hobbies', 'tus hobbies', 'tus pasatiempos', 'tenes novia', 'tienes novia',
  'tenes novio', 'tienes novio',
];
