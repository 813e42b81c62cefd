/** A count the navigation shows (chats waiting, missed questions): the number seen, and what a screen reader says for it. */
export interface Count {
  value: number;
  /** Heard after the name it follows: "3 unanswered". */
  spoken: string;
  tone: 'warning' | 'danger';
}

/** A count where room is short (a tab, the phone's bar): up to 99, then "99+" (a fourth digit pushed the inbox's tabs off their row). */
export const shortCount = (n: number): string => (n > 99 ? '99+' : String(n));

/** A short count seen, its whole number heard ("99+" says "128"). */
export function ShortCount({ n }: { n: number }) {
  const shown = shortCount(n);
  return shown === String(n) ? <>{shown}</> : <><span aria-hidden="true">{shown}</span><span class="sr-only">{n}</span></>;
}

/** A badge whose number is seen and whose words are heard (a bare "3" in a name says nothing). */
export function CountBadge({ count }: { count: Count }) {
  return (
    <span class={`badge badge-${count.tone} count-badge`} data-count={count.value}>
      <span aria-hidden="true">{shortCount(count.value)}</span>
      <span class="sr-only">, {count.spoken}</span>
    </span>
  );
}
