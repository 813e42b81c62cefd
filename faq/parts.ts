/**
 * The sentences of a message and the clauses of a sentence, for the long ones: a question often comes after its
 * context ("I left my phone in a taxi last night. What should I do?", "before I start: do you charge anything?"), and
 * a request for a person after thanks ("Thanks for the answers so far, but could I speak with a real person?").
 */

/** Where a sentence ends (the Arabic question mark too; a colon too: "I want to know: do you charge …"), not a decimal point or a time ("45.50", "10:30"). */
const SENTENCE_END = /(?:[!?。！？：؟\n]|[.:](?!\d))+/u;
/** The same, its marks kept (split() returns them between the sentences). */
const SENTENCE_END_KEPT = new RegExp(`(${SENTENCE_END.source})`, 'u');
const QUESTION_MARK = /[?？]/u;
/** Where a clause ends inside a sentence (the Arabic comma and semicolon too). */
const CLAUSE_END = /[,，、;；،؛]+/u;
const LETTER = /\p{L}/u;

const split = (text: string, at: RegExp) => text.split(at).filter((part) => LETTER.test(part));

export const sentencesOf = (text: string): string[] => split(text, SENTENCE_END);
export const clausesOf = (sentence: string): string[] => split(sentence, CLAUSE_END);

/**
 * Where a story's clause ends without a comma: at a Spanish "but", "although", "and then", "and", "because" or "so"
 * between words ("quise pagar con la billetera pero me rebotaba el pago", "tengo un puesto y quiero conectar mi tarjeta
 * de debito"), and after a Korean word that ends in a connective ending: -는데 / -은데 / -인데 / -던데 (context: 시장에서
 * 장사하는데, 잘 모르는데), -아서 / -어서 / -해서 / -라서 (a reason: 나이 먹어서), -니까, -지만. The context and the matter
 * are often one sentence without a mark: the engine tries each clause alone (see focusedMatch in engine.ts).
 */
const STORY_TURN = /[,，、;；]+|\s(?:pero|aunque|y luego|y despues|y después|porque|entonces|y)\s|(?<=\p{Script=Hangul}(?:는데|은데|인데|던데|아서|어서|해서|라서|니까|지만))\s+/iu;

/** The clauses of a story told in one sentence: cut at its marks and at its turns (see STORY_TURN). */
export const storyClausesOf = (sentence: string): string[] => split(sentence, STORY_TURN);

/** The sentences of a message that end with a question mark ("¿Qué hago?", "怎么办？"), in order; none when none does. */
export function questionsOf(text: string): string[] {
  const pieces = text.split(SENTENCE_END_KEPT);
  const questions: string[] = [];
  for (let i = 1; i < pieces.length; i += 2) if (QUESTION_MARK.test(pieces[i]!) && LETTER.test(pieces[i - 1]!)) questions.push(pieces[i - 1]!);
  return questions;
}
