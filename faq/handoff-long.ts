/**
 * The ends of a long sentence, where a request for a person stands when a visitor tells the story first or asks first
 * ("i have been trying to add my card for two days and it keeps failing can i please talk to a real person", "please
 * get me a human because the verification still fails every single time", 钱包里还是没有 你们这机器人说不清楚 我要人工).
 * Requests are short (./handoff.ts): a sentence past that length is cut where its clauses meet without punctuation — at
 * a connective (and, so, because; y, pero, porque) and, in Chinese and Japanese, at a space. Its last clause is heard
 * from where a request may open in it (can i, please; quiero, por favor), its first only when it opens with the visitor's
 * own request, never one inside; each also without what it is about ("i would really like to talk to a human about
 * getting one of them back").
 * Regex sources on normalised text (lower case, no accents or apostrophes); every one is linear (tests/server/regex-safety).
 */

/** Between two clauses: the connective itself belongs to neither. */
const CONNECTIVE =
  /\s\b(?:and|but|so|because|cause|cuz|coz|since|as|then|though|although|plus|y|e|pero|asi que|porque|pues|ya que|entonces|aunque|por eso|por lo que)\b\s/u;
/** What opens a request: a clause's end may start with it (when more follows: "…a real person please" keeps its please). */
const OPENER = new RegExp(
  '\\s(?=(?:can i|could i|can you|could you|can someone|could someone|can somebody|can anyone|may i|would you|will you|please|pls|plz|' +
    'i need|i want|i would like|id like|i wanna|let me|get me|put me|just|is there|are there|any chance|is it possible|' +
    'quiero|quisiera|necesito|me gustaria|me pueden|me podrian|me puede|me podria|podrian|pueden|puedo|podria|por favor|' +
    'pasame|paseme|pasenme|comuniqueme|comunicame|hay alguien|me pasan|me pasas|me pasais) \\S)',
  'u',
);
/** What a request is about comes after it: the part is heard without it too. */
const ABOUT =
  /\s\b(?:about|regarding|concerning|re|who|which|why|whether|how come|for (?:a|an|the|my|this|these|some)|sobre|acerca de|respecto (?:a|de)|con respecto|por (?:un|una|el|la|mi|mis|los|las|lo|este|esta|esto)|que (?:me )?(?:pueda|puedan|sepa|sepan|ayude|vea|revise))\b/u;
/** A space between two Han or kana characters: where a Chinese or Japanese clause ends when it is typed without commas. */
const CJK_BREAK = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]) (?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u;
/** A request put off until something goes on ("…i want to talk to a human about it if this goes on any longer"): none now. */
export const PUT_OFF =
  /\b(?:if|unless) (?:this|it|that|things|nothing|the (?:problem|issue))(?: still)? (?:goes on|continues|keeps|happens|doesnt|does not|isnt|is not|wont|will not|gets)\b|\bsi (?:esto|eso|el problema|no) (?:sigue|continua|vuelve|pasa|se resuelve|se soluciona)\b/u;

/** How much of a Japanese or Korean sentence's end is heard (the length of a request in kana or Hangul text). */
const VERB_FINAL_END = 32;
const KANA_OR_HANGUL = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** The end's first character is inside a Korean word (the character before it is no space). */
const HANGUL_CUT = /^\p{Script=Hangul}\p{Script=Hangul}/u;

/**
 * What a visitor's own request opens with (after a greeting): a long sentence's first part is heard only after one of
 * these, since a question that starts with a person and goes on is most often about something else ("i tried to talk to
 * an agent yesterday about my refund and…", "can i talk to a person on the phone about my account if…", "mi mama quiere
 * hablar con alguien para…").
 */
const OWN_REQUEST =
  /^(?:(?:hi|hello|hey|ok|okay|hola|buenas|buenos dias|buenas tardes|oye) )?(?:please|pls|plz|i need|i want|i would like|id like|i wanna|let me|get me|put me|connect me|transfer me|just|(?:can|could|may) i get|(?:can|could|would) you (?:please )?(?:connect|transfer|put|pass|get)|quiero|quisiera|necesito|me gustaria|por favor|pasame|paseme|pasenme|comuniqueme|comunicame)\b/u;

/**
 * The parts of a long sentence (normalised) that are heard as a request when they are one: its last clause from each
 * place a request may open in it, and its first clause when that opens with the visitor's own request (OWN_REQUEST);
 * each also without what it is about.
 */
export function endsOfLongSentence(normalized: string): string[] {
  const clauses = normalized
    .split(CONNECTIVE)
    .flatMap((clause) => clause.split(CJK_BREAK))
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '');
  const last = clauses[clauses.length - 1] ?? '';
  const openings = last.split(OPENER);
  // From each opening to the end ("…keeps spinning can someone from your team please look at it"); the whole last clause only when it is not the first.
  const ends = openings.map((_, i) => openings.slice(i).join(' ')).slice(clauses.length > 1 ? 0 : 1);
  if (clauses.length > 0 && OWN_REQUEST.test(clauses[0]!)) ends.push(clauses[0]!);
  // Japanese and Korean put what they ask last: the sentence's end, as long as a request may be (a Korean word kept whole).
  if (KANA_OR_HANGUL.test(normalized) && normalized.length > VERB_FINAL_END) {
    const end = normalized.slice(-VERB_FINAL_END);
    ends.push(HANGUL_CUT.test(normalized.slice(-VERB_FINAL_END - 1)) ? end.slice(end.indexOf(' ') + 1) : end);
  }
  return ends.flatMap((part) => {
    const about = ABOUT.exec(part);
    return about && about.index > 0 ? [part, part.slice(0, about.index)] : [part];
  });
}
