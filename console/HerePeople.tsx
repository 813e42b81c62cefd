import type { HerePerson } from '../protocol/index.ts';
import { language, t } from './i18n.ts';
import { initials } from './initials.ts';

/** Avatars shown at most; past that, the last place says "+N" (the phone's header stays one line). */
const MOST = 3;

const line = (p: HerePerson) => t(p.replying ? 'here_replying' : 'here_viewing', { name: p.name });

/**
 * The other people who have this conversation open in a console (never the agent themself): initials, with
 * "Mei is viewing" / "Mei is replying…" on hover, on focus and for screen readers.
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
        <li class="here-person" key={p.agentId} tabIndex={0} data-replying={p.replying || undefined}>
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

/** Before the composer: someone else is typing in this conversation (not blocking; it says so once, politely). */
export function ReplyingNotice({ people }: { people: HerePerson[] }) {
  const replying = people.filter((p) => p.replying).map((p) => p.name);
  const text =
    replying.length === 0 ? '' : replying.length === 1 ? t('here_notice_one', { name: replying[0]! }) : t('here_notice_many', { names: new Intl.ListFormat(language(), { type: 'conjunction' }).format(replying) });
  return <p class="here-notice" role="status" data-testid="here-notice">{text}</p>;
}
