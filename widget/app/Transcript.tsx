import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChatMessage } from '../../protocol/common.ts';
import type { ChatClient, ChatSnapshot, PendingMessage } from './chat/client.ts';
import { Markdown } from '../../ui/Markdown.tsx';
import { formatTime, t } from './ui-language.ts';
import { MessageFiles } from './Attach.tsx';
import { onlyDeletedFiles } from '../../ui/message-files.ts';
import { OfferedChoices } from '../../ui/OfferedChoices.tsx';

/** The bot reply whose questions are the quick-reply buttons above the composer: the last one, while the bot has the chat. */
export const liveBotReply = (s: ChatSnapshot): ChatMessage | undefined => (s.status === 'bot' ? s.messages.findLast((m) => m.author === 'bot') : undefined);

/** "Li Wei" → "LW", "admin" → "A", "王芳" → "王". */
export const initials = (name: string) =>
  name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => [...w][0]!.toUpperCase())
    .join('');

/** A thumb, drawn (an emoji needs a colour-emoji font, which many systems lack). */
const Thumb = ({ down = false }: { down?: boolean }) => (
  <svg viewBox="0 0 24 24" aria-hidden="true" class={down ? 'thumb-down' : undefined}>
    <path fill="currentColor" d="M2 21h4V9H2v12zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3a1.5 1.5 0 0 0-.5-1L13.1 1 7.6 6.6A2 2 0 0 0 7 8v11a2 2 0 0 0 2 2h9a2 2 0 0 0 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2z" />
  </svg>
);

/**
 * "Was this helpful? 👍 👎" under a bot answer, one line beside the avatar's column: the question, then the two
 * votes as one pill. The pressed half is the vote the server stored; the thank-you then takes the question's place
 * (the row never says both). Both sentences are laid in one cell, the one not said hidden, so the cell is as wide
 * as the longer and the votes do not move under the finger that pressed one. Not pressable while the link is down
 * (the vote would be lost).
 */
function Helpful({ vote, onVote, online }: { vote: boolean | undefined; onVote: (helpful: boolean) => void; online: boolean }) {
  const voted = vote !== undefined;
  return (
    <div class="helpful" role="group" aria-label={t('feedback_question')}>
      <span class="helpful-label">
        <span aria-hidden="true" data-off={voted || undefined}>{t('feedback_question')}</span>
        {voted ? <span role="status">{t('feedback_thanks')}</span> : <span aria-hidden="true" data-off>{t('feedback_thanks')}</span>}
      </span>
      <span class="helpful-votes">
        <button type="button" class="btn btn-sm" aria-label={t('feedback_yes')} aria-pressed={vote === true} disabled={!online} onClick={() => onVote(true)}>
          <Thumb />
        </button>
        <button type="button" class="btn btn-sm" aria-label={t('feedback_no')} aria-pressed={vote === false} disabled={!online} onClick={() => onVote(false)}>
          <Thumb down />
        </button>
      </span>
    </div>
  );
}

function Avatar({ m }: { m: Pick<ChatMessage, 'author' | 'authorName'> }) {
  if (m.author === 'visitor' || m.author === 'system') return null;
  return (
    <span class={`avatar avatar-${m.author}`} aria-hidden="true">
      {m.author === 'agent' ? initials(m.authorName ?? t('author_agent')) : '✦'}
    </span>
  );
}

interface Receipt {
  seq: number;
  text: string;
}

function Message({ message, receipt, live, vote, onVote, online = false }: { message: ChatMessage; receipt: string | null; live?: boolean; vote?: boolean; onVote?: (helpful: boolean) => void; online?: boolean }) {
  const mine = message.author === 'visitor';
  const rated = onVote && message.bot?.kind === 'answer';
  return (
    <div class={`msg msg-${message.author}${rated ? ' msg-rated' : ''}`} data-seq={message.seq} {...(mine ? { 'data-state': 'sent' } : {})}>
      <Avatar m={message} />
      <div class="msg-body">
        <span class="author">{message.authorName ?? t(`author_${message.author}`)}</span>
        {message.text !== '' && <div class="bubble" dir="auto">{message.author === 'bot' ? <Markdown text={message.text} /> : message.text}</div>}
        {!live && <OfferedChoices message={message} />}
        {message.attachments && message.attachments.length > 0 && <MessageFiles files={message.attachments} />}
        {onlyDeletedFiles(message) && <p class="file-deleted">{t('file_deleted')}</p>}
        <span class="meta">
          <time dateTime={new Date(message.createdAt).toISOString()}>{formatTime(message.createdAt)}</time>
          {receipt && <span class="delivery"> · {receipt}</span>}
        </span>
      </div>
      {rated && <Helpful vote={vote} onVote={onVote} online={online} />}
    </div>
  );
}

function Pending({ item, onRetry }: { item: PendingMessage; onRetry: (id: string) => void }) {
  return (
    <div class="msg msg-visitor pending" data-state={item.failed ? 'failed' : 'sending'}>
      <div class="msg-body">
        <span class="author">{t('author_visitor')}</span>
        <div class="bubble">{item.text}</div>
        {item.failed ? (
          <span class="meta delivery">
            {t('msg_failed')} <button type="button" class="link" onClick={() => onRetry(item.clientId)}>{t('retry')}</button>
          </span>
        ) : (
          <span class="meta delivery">{t('msg_sending')}</span>
        )}
      </div>
    </div>
  );
}

interface StatusLine {
  conversation: string | null;
  afterSeq: number;
  text: string;
}

/** Short system lines for what happened live: an agent joined, handed the chat back to the assistant, closed it. */
function useStatusLines(s: ChatSnapshot): StatusLine[] {
  const [lines, setLines] = useState<StatusLine[]>([]);
  const prev = useRef<Pick<ChatSnapshot, 'status' | 'agentName' | 'conversationId'> | null>(null);
  useEffect(() => {
    const p = prev.current;
    prev.current = { status: s.status, agentName: s.agentName, conversationId: s.conversationId };
    const same = p?.conversationId === s.conversationId && p.status === s.status;
    // A new name of the same agent is no news for the transcript (the header and "… is typing" say it).
    if (s.conversationId === null || (same && (p.agentName === s.agentName || s.renamed))) return;
    const name = s.agentName ?? t('author_agent');
    const text =
      s.status === 'assigned'
        ? t('status_assigned', { name })
        : s.status === 'closed'
          ? t('status_closed')
          : s.status === 'bot' && p?.status === 'assigned' && p.conversationId === s.conversationId
            ? t('status_handed_back', { name: p.agentName ?? t('author_agent') })
            : null;
    if (text) setLines((l) => [...l, { conversation: s.conversationId, afterSeq: s.messages.at(-1)?.seq ?? 0, text }]);
  }, [s.status, s.agentName, s.conversationId]);
  return lines.filter((l) => l.conversation === s.conversationId);
}

/** "Sent" under the visitor's newest message, "Seen" under the newest one the agent has read. */
function receipts(s: ChatSnapshot): Receipt[] {
  const mine = s.messages.filter((m) => m.author === 'visitor');
  const seen = mine.findLast((m) => m.seq <= s.handoff.readSeq);
  const newest = mine.at(-1);
  return [
    ...(seen ? [{ seq: seen.seq, text: t('seen_by_agent') }] : []),
    ...(newest && newest !== seen ? [{ seq: newest.seq, text: t('msg_sent') }] : []),
  ];
}

/**
 * The conversation as the visitor reads it: earlier conversations above a "new conversation" divider, the
 * greeting, every message with who wrote it (an agent's initials, the assistant's mark), system lines where
 * the chat changed hands, "typing…" until their message arrives, and the delivery state where it belongs.
 */
export function Transcript({ s, client }: { s: ChatSnapshot; client: ChatClient }) {
  const [, tick] = useState(0);
  const typing = s.status === 'assigned' && s.handoff.typingUntil > Date.now();
  const typist = s.handoff.typingName ?? s.agentName;
  useEffect(() => {
    if (!typing) return;
    const timer = setTimeout(() => tick((n) => n + 1), s.handoff.typingUntil - Date.now());
    return () => clearTimeout(timer);
  }, [s.handoff.typingUntil]);
  const lines = useStatusLines(s);
  const marks = receipts(s);
  const live = liveBotReply(s);
  const lineAt = (seq: number) => lines.filter((l) => l.afterSeq === seq).map((l, i) => <p class="sys" key={`sys-${seq}-${i}`}>{l.text}</p>);

  return (
    <div class="log" role="log" aria-live="polite" aria-label={t('conversation')} tabIndex={0}>
      {s.earlier.map((c) => (
        <section class="earlier" key={c.id} aria-label={t('earlier_conversation')}>
          {c.messages.map((m) => <Message key={m.id} message={m} receipt={null} />)}
          <p class="sys">{t('status_closed')}</p>
        </section>
      ))}
      {s.earlier.length > 0 && (
        <p class="divider" role="separator">
          <span>{t('new_conversation')}</span>
        </p>
      )}
      <div class="msg msg-bot greeting">
        <Avatar m={{ author: 'bot', authorName: null }} />
        <div class="msg-body">
          <span class="author">{t('author_bot')}</span>
          <div class="bubble">{t('greeting')}</div>
        </div>
      </div>
      {lineAt(0)}
      {s.messages.map((m) => [
        <Message key={m.id} message={m} receipt={marks.find((r) => r.seq === m.seq)?.text ?? null} live={m === live} vote={s.votes[m.id]} onVote={(helpful) => client.vote(m.id, helpful)} online={s.connection === 'online'} />,
        ...lineAt(m.seq),
      ])}
      {s.pending.map((p) => <Pending key={p.clientId} item={p} onRetry={(id) => client.retry(id)} />)}
      {typing && (
        <div class="msg msg-agent typing" aria-label={t('agent_typing', { name: typist ?? t('author_agent') })}>
          <Avatar m={{ author: 'agent', authorName: typist }} />
          <div class="msg-body">
            <span class="author">{t('agent_typing', { name: typist ?? t('author_agent') })}</span>
            <div class="bubble dots" aria-hidden="true"><i /><i /><i /></div>
          </div>
        </div>
      )}
    </div>
  );
}
