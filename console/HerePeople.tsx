import type { HerePerson } from '../protocol/index.ts';
import { language, t } from './i18n.ts';
import { initials } from './initials.ts';

/** Avatars shown at most; past that, the last place says "+N" (the phone's header stays one line). */
const MOST = 3;

const line = (p: HerePerson) => t(p.replying ? (p.note ? 'here_noting' : 'here_replying') : 'here_viewing', { name: p.name });

/**
 * The other people who have this conversation open in a console (never the agent themself): initials, with
 * "Mei is viewing" / "Mei is replying…" / "Mei is writing a note…" on hover, on focus and for screen readers.
 */
export function HerePeople({ people }: { people: HerePerson[] }) {
  if (people.length === 0) return null;
  // Whoever is typing first: never hidden behind "+N".
  const ordered = [...people.filter((p) => p.replying), ...people.filter((p) => !p.replying)];
  const shown = ordered.length > MOST ? ordered.slice(0, MOST - 1) : ordered;
  const rest = ordered.slice(shown.length);
  return (
    <ul class="here" aria-label={t('here_label')} data-testid="here">
      {shown.map((p) => (
        <li class="here-person" key={p.agentId} tabIndex={0} data-replying={p.replying || undefined} data-note={(p.replying && p.note) || undefined}>
          <span class="here-avatar" aria-hidden="true">{initials(p.name)}</span>
          <span class="here-tip">{line(p)}</span>
        </li>
      ))}
      {rest.length > 0 && (
        <li class="here-person here-more" tabIndex={0} data-replying={rest.some((p) => p.replying) || undefined}>
          <span class="here-avatar" aria-hidden="true">+{rest.length}</span>
          <span class="here-tip">{rest.map((p) => <span class="here-line" key={p.agentId}>{line(p)}</span>)}</span>
        </li>
      )}
    </ul>
  );
}

/** "Mei", "Mei and Ken": the names in one sentence, as the console's language joins them. */
const names = (list: string[]) => new Intl.ListFormat(language(), { type: 'conjunction' }).format(list);

/**
 * Before the composer: someone else is typing in this conversation (not blocking; it says so once, politely). A reply
 * warns of a duplicate; a note, which the visitor never sees, only says so (calmer: `data-note`).
 */
export function ReplyingNotice({ people }: { people: HerePerson[] }) {
  const replying = people.filter((p) => p.replying && !p.note).map((p) => p.name);
  const noting = people.filter((p) => p.replying && p.note).map((p) => p.name);
  const text = [
    replying.length === 0 ? '' : replying.length === 1 ? t('here_notice_one', { name: replying[0]! }) : t('here_notice_many', { names: names(replying) }),
    noting.length === 0 ? '' : noting.length === 1 ? t('here_notice_note_one', { name: noting[0]! }) : t('here_notice_note_many', { names: names(noting) }),
  ]
    .filter(Boolean)
    .join(' · ');
  return <p class="here-notice" role="status" data-testid="here-notice" data-note={(replying.length === 0 && noting.length > 0) || undefined}>{text}</p>;
}
