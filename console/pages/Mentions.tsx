import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Mention, MentionList } from '../../protocol/index.ts';
import { api } from '../api.ts';
import { formatDay, formatTime, t } from '../i18n.ts';
import type { PageProps } from '../pages.ts';
import { useLoaded } from '../use-loaded.ts';
import { withNewest, withOlder, type MentionPages } from '../mention-pages.ts';
import { namedVisitor } from '../visitor-name.ts';

const page = (before?: string) => api<MentionList>('GET', `/api/v1/mentions${before ? `?before=${encodeURIComponent(before)}` : ''}`);

/**
 * The notes that mention this agent, newest first (the conversation's visitor, who, when, the note's first line), a
 * page at a time ("Show older" follows the server's cursor, and puts the focus on the first older one); opening one
 * marks it read (in every console of theirs) and opens its conversation. Read again whenever the unread count moves:
 * the newest page goes on top of what is loaded (see mention-pages.ts).
 */
export default function Mentions({ state: s, navigate }: PageProps) {
  const first = useLoaded('mentions', [s.mentionsUnread], async () => {
    const r = await page();
    return r.ok ? r.data : undefined;
  });
  const [shown, setShown] = useState<MentionPages | null>(null);
  const [failed, setFailed] = useState(false);
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (first) setShown((was) => withNewest(was, first));
  }, [first]);
  const list = shown?.mentions ?? null;
  const next = shown?.next ?? null;
  // The first older one takes the focus in the commit that draws it (and takes "Show older" away): after the next
  // paint, as it was, a key pressed meanwhile went to the page.
  useLayoutEffect(() => {
    if (focus) document.getElementById(`mention-item-${focus}`)?.focus();
  }, [focus]);

  const showOlder = async () => {
    if (!next) return;
    const r = await page(next);
    setFailed(!r.ok);
    if (!r.ok) return;
    setShown((was) => was && withOlder(was, r.data));
    setFocus(r.data.mentions[0]?.noteId ?? null);
  };
  const open = async (m: Mention) => {
    if (m.readAt === null) await api('POST', `/api/v1/mentions/${encodeURIComponent(m.noteId)}/read`);
    navigate('inbox', m.conversationId);
  };
  return (
    <div class="page-body">
      <h1 class="page-title">{t('nav_mentions')}</h1>
      {list === null ? (
        <p class="loading">{t('loading')}</p>
      ) : list.length === 0 ? (
        <p class="empty">{t('mentions_empty')}</p>
      ) : (
        <ul class="card-list mentions">
          {list.map((m) => (
            <li key={m.noteId}>
              <button type="button" id={`mention-item-${m.noteId}`} class="card-button mention-item" data-unread={m.readAt === null ? 'true' : undefined} onClick={() => void open(m)}>
                <span class="mention-head">
                  {m.readAt === null && <span class="unread-dot"><span class="sr-only">{t('mention_unread')}</span></span>}
                  <strong>{t('mention_by', { name: m.byName, where: namedVisitor(m) })}</strong>
                  <time dateTime={new Date(m.createdAt).toISOString()}>{formatDay(m.createdAt)} {formatTime(m.createdAt)}</time>
                </span>
                <p dir="auto">{m.firstLine}</p>
              </button>
            </li>
          ))}
        </ul>
      )}
      {failed && <p class="alert alert-danger" role="alert">{t('mentions_older_failed')}</p>}
      {next && (
        <button type="button" class="btn btn-ghost mentions-older" onClick={() => void showOlder()}>
          {t('mentions_older')}
        </button>
      )}
    </div>
  );
}
