/**
 * "Start a new entry" from the missed-questions inbox: the question waits here (in memory, never in the address)
 * until the FAQ editor opens and takes it as the new entry's question in its language.
 */
let seed: { locale: string; question: string } | null = null;

export function giveNewEntrySeed(value: { locale: string; question: string }): void {
  seed = value;
}

export function takeNewEntrySeed(): { locale: string; question: string } | null {
  const taken = seed;
  seed = null;
  return taken;
}
