/** A count the navigation shows (chats waiting, missed questions): the number seen, and what a screen reader says for it. */
export interface Count {
  value: number;
  /** Heard after the name it follows: "3 unanswered". */
  spoken: string;
  tone: 'warning' | 'danger';
}

/** A badge whose number is seen and whose words are heard (a bare "3" in a name says nothing). */
export function CountBadge({ count }: { count: Count }) {
  return (
    <span class={`badge badge-${count.tone} count-badge`} data-count={count.value}>
      <span aria-hidden="true">{count.value}</span>
      <span class="sr-only">, {count.spoken}</span>
    </span>
  );
}
