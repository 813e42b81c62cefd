import type { Mention, MentionList } from '../../protocol/index.ts';
import { api } from '../api.ts';
import { formatDay, formatTime, t } from '../i18n.ts';
import type { PageProps } from '../pages.ts';
import { useLoaded } from '../use-loaded.ts';
import { visitorName } from '../visitor-name.ts';

/**
 * The notes that mention this agent, newest first (the conversation, who, when, the note's first line); opening one
 * marks it read (in every console of theirs) and opens its conversation. Read again whenever the unread count moves.
 */
export default function Mentions({ state: s, navigate }: PageProps) {
  const list = useLoaded('mentions', [s.mentionsUnread], async () => {
    const r = await api<MentionList>('GET', '/api/v1/mentions');
    return r.ok ? r.data.mentions : undefined;
  });
  const open = async (m: Mention) => {
    if (m.readAt === null) await api('POST', `/api/v1/mentions/${encodeURIComponent(m.noteId)}/read`);
    navigate('inbox', m.conversationId);
  };
  const where = (m: Mention) => {
    const c = s.conversations[m.conversationId];
    return c ? visitorName(c) : t('mention_conversation');
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
              <button type="button" class="card-button mention-item" data-unread={m.readAt === null ? 'true' : undefined} onClick={() => void open(m)}>
                <span class="mention-head">
                  {m.readAt === null && <span class="unread-dot"><span class="sr-only">{t('mention_unread')}</span></span>}
                  <strong>{t('mention_by', { name: m.byName, where: where(m) })}</strong>
                  <time dateTime={new Date(m.createdAt).toISOString()}>{formatDay(m.createdAt)} {formatTime(m.createdAt)}</time>
                </span>
                <p dir="auto">{m.firstLine}</p>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
