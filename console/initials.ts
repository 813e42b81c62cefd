/** "Mei Wong" → "MW"; "王美玲" → "王"; "ken" → "K": what fits in a small circle (an avatar with no photo). */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = (w: string | undefined) => (w ? Array.from(w)[0]! : '');
  const latin = /^\p{Script=Latin}/u.test(words[0] ?? '');
  return (latin && words.length > 1 ? first(words[0]) + first(words[1]) : first(words[0])).toUpperCase() || '?';
}
