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

/**
 * A Spanish visitor's bank, airline, boss, landlord or insurer, unnamed, as the one that did what is asked about ("el banco
 * todavía no me hizo el reembolso", "la aerolínea no me devuelve el dinero", "mi jefe no me ha pagado", "el casero se quedó
 * con la fianza"; session 38): theirs, as "my bank still hasnt" is in English (see ACTING_PARTIES in other-things.ts).
 * Not a shop or a seller: "la tienda no me reembolsa" is the wallet's refund. Not "la empresa" alone: the wallet's company
 * freezes accounts too.
 */
export const ES_ACTING_PARTIES: readonly string[] = [
  'aerolinea', 'linea aerea', 'jefe', 'jefa', 'patron', 'empleador', 'casero', 'casera', 'arrendador', 'arrendadora', 'propietario',
  'duena', 'dueno', 'inmobiliaria', 'aseguradora', 'compania de seguros', 'compania telefonica', 'operadora', 'hotel',
];
/** The visitor's bank, acting but for a charge (see ES_PARTY_CHARGES). */
export const ES_BANKS: readonly string[] = ['banco'];
/** Who such a party is ("el dueño del depa", "mi jefe de la obra"): at most one word after de or del. */
export const ES_PARTY_OWNERS: readonly string[] = ['el', 'la', 'mi', 'nuestro', 'nuestra'];
/** An adverb or a negation between the party and its act ("todavía no", "nunca", "ya"). */
export const ES_PARTY_ADVERBS: readonly string[] = ['todavia', 'aun', 'nunca', 'ya', 'tampoco', 'sigue sin'];
/** A pronoun or an auxiliary before the act ("me ha", "no me quiere", "se lo"). */
export const ES_PARTY_PRONOUNS: readonly string[] = ['me', 'nos', 'le', 'les', 'me lo', 'me la', 'se lo', 'se la', 'se'];
export const ES_PARTY_AUXILIARIES: readonly string[] = ['ha', 'han', 'habia', 'quiere', 'quieren', 'quiso', 'puede', 'va a'];
/**
 * What such a party, or a bank, carrier or company named (see ISSUERS in other-money.ts: "Telcel me cobró de más"), did in
 * Spanish: charged, paid, gave back, refunded, blocked, froze, cancelled, deducted, kept, lost.
 */
export const ES_PARTY_ACTS: readonly string[] = [
  'facturo', 'pago', 'paga', 'pagado', 'pagan', 'deposito', 'depositado',
  'devuelve', 'devolvio', 'devuelto', 'devuelven', 'devolvieron', 'reembolsa', 'reembolsado', 'reembolsan', 'hizo el reembolso',
  'hecho el reembolso', 'hace el reembolso', 'da el reembolso', 'dio el reembolso', 'bloqueo', 'bloquearon', 'bloqueado', 'congelo', 'congelado',
  'suspendio', 'suspendieron', 'cancelo', 'cancelaron', 'quedo con', 'quedaron con', 'debe', 'perdio', 'extravio', 'cerro', 'cerraron',
  'baneo', 'banearon',
];
/**
 * A charge, which the visitor's own bank makes for the wallet's payment or top-up too ("falló la recarga pero el banco me
 * cobró", "el pago no se completó pero el banco sí me lo cobró": the pack's own questions): the act of any party but a bank.
 */
export const ES_PARTY_CHARGES: readonly string[] = ['cobro', 'cobra', 'cobran', 'cobraron', 'desconto', 'descontaron', 'quito', 'quitaron'];
/** The wallet beside such a party in Spanish: it, its app, its balance, a top-up, a withdrawal, a transfer, a card added, a scam. */
export const ES_PARTY_WALLET_WORDS: readonly string[] = [
  'billetera', 'monedero', 'saldo', 'app', 'aplicacion', 'recarga', 'recargas', 'recargar', 'recargue', 'retiro', 'retirar', 'retire',
  'transferencia', 'transferi', 'transferir', 'vincular', 'vincule', 'agregar', 'agregue', 'codigo', 'estafa', 'estafaron', 'falso',
  'el pago', 'un pago', 'mi pago', 'qr',
  // a payment or an operation that failed: the wallet's failed payment, whoever charged for it
  'fallo', 'fallida', 'fallido', 'no se completo', 'error',
];
/**
 * What a bank, carrier or company named did in English, right after its name or one adverb ("verizon overcharged me", "jio
 * charged my prepaid twice"; session 38). Fewer than an unnamed party's (see PARTY_ACTS in other-things.ts): a card is
 * named too, and "my amex didnt go through" is the wallet's failed payment.
 */
export const NAMED_PARTY_ACTS: readonly string[] = [
  'charged', 'overcharged', 'billed', 'froze', 'locked', 'blocked', 'suspended', 'banned', 'owes', 'took', 'kept', 'closed', 'cancelled',
  'canceled', 'terminated', 'deducted', 'debited',
];
/** The same done to the visitor's thing, the name after "by" ("my monzo card was frozen by monzo", "suspended by riot"). */
export const NAMED_PARTY_DONE: readonly string[] = [
  'charged', 'overcharged', 'billed', 'frozen', 'locked', 'blocked', 'suspended', 'banned', 'closed', 'cancelled', 'canceled', 'terminated',
  'deducted', 'debited',
];
/**
 * An employer's card by other names ("my work expense card", "my company amex", "la tarjeta de gastos"): a company card (see
 * COMPANY_CARDS in other-money.ts).
 */
export const MORE_COMPANY_CARDS: readonly string[] = [
  'expense card', 'work card', 'employers card', 'employer card', 'company amex', 'work amex', 'corporate amex', 'company credit card', 'corporate credit card', 'work credit card',
  'tarjeta de gastos', 'tarjeta de la empresa', 'tarjeta del trabajo',
];
/** What befell a company card, the employer's and its issuer's to sort out: declined, frozen, lost. */
export const COMPANY_CARD_TROUBLE: readonly string[] = [
  'declined', 'frozen', 'froze', 'blocked', 'lost', 'stolen', 'cancelled', 'canceled',
  'rechazaron', 'rechazo', 'rechazada', 'bloqueo', 'bloquearon', 'bloqueada', 'perdi', 'robaron', 'cancelaron',
];
