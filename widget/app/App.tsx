import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ChatMessage } from '../../protocol/index.ts';
import type { ChatClient, ChatSnapshot, PendingMessage } from './chat/client.ts';
import { Composer } from './Composer.tsx';
import { HandoffPanel, visitorTyping } from './Handoff.tsx';
import { Markdown } from './Markdown.tsx';
import { formatTime, t } from './ui-language.ts';

/** "Was this helpful? 👍 👎" under a bot answer; the pressed button is the vote the server stored. */
function Helpful({ vote, onVote }: { vote: boolean | undefined; onVote: (helpful: boolean) => void }) {
  return (
    <div class="helpful" role="group" aria-label={t('feedback_question')}>
      <span aria-hidden="true">{t('feedback_question')}</span>
      <button type="button" aria-label={t('feedback_yes')} aria-pressed={vote === true} onClick={() => onVote(true)}>👍</button>
      <button type="button" aria-label={t('feedback_no')} aria-pressed={vote === false} onClick={() => onVote(false)}>👎</button>
    </div>
  );
}

function Message({ message, vote, onVote }: { message: ChatMessage; vote: boolean | undefined; onVote: (helpful: boolean) => void }) {
  return (
    <div class={`msg msg-${message.author}`} data-seq={message.seq} {...(message.author === 'visitor' ? { 'data-state': 'sent' } : {})}>
      <span class="author">{message.authorName ?? t(`author_${message.author}`)}</span>
      <div class="bubble" dir="auto">{message.author === 'bot' ? <Markdown text={message.text} /> : message.text}</div>
      <time class="time" dateTime={new Date(message.createdAt).toISOString()}>{formatTime(message.createdAt)}</time>
      {message.author === 'visitor' && <span class="delivery">{t('msg_sent')}</span>}
      {message.bot?.kind === 'answer' && <Helpful vote={vote} onVote={onVote} />}
    </div>
  );
}

function Pending({ item, onRetry }: { item: PendingMessage; onRetry: (id: string) => void }) {
  return (
    <div class="msg msg-visitor pending" data-state={item.failed ? 'failed' : 'sending'}>
      <span class="author">{t('author_visitor')}</span>
      <div class="bubble">{item.text}</div>
      {item.failed ? (
        <span class="delivery">
          {t('msg_failed')} <button type="button" onClick={() => onRetry(item.clientId)}>{t('retry')}</button>
        </span>
      ) : (
        <span class="delivery">{t('msg_sending')}</span>
      )}
    </div>
  );
}

function statusNotice(s: ChatSnapshot): string | null {
  switch (s.status) {
    case 'waiting':
      return t('status_waiting');
    case 'assigned':
      return s.agentName ? t('status_assigned', { name: s.agentName }) : t('status_assigned_anonymous');
    case 'closed':
      return t('status_closed');
    case 'bot':
      return null;
  }
}

export function App({ client, onClose }: { client: ChatClient; onClose: () => void }) {
  const [s, setSnapshot] = useState(client.snapshot);
  const logRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => client.subscribe(setSnapshot), [client]);
  useEffect(() => {
    logRef.current?.lastElementChild?.scrollIntoView({ block: 'end' });
  }, [s.messages.length, s.pending.length]);

  const lastBot = s.messages.findLast((m) => m.author === 'bot');
  // Quick replies under the last bot reply while the bot has the chat: "did you mean…" or the answer's follow-ups.
  const bot = s.status === 'bot' ? lastBot?.bot : undefined;
  const quick =
    bot?.kind === 'suggest' ? { label: t('quickReplies'), items: bot.suggestions } : bot?.kind === 'answer' ? { label: t('followUps'), items: bot.followUps ?? [] } : null;
  const notice = statusNotice(s);
  const onTyping = useMemo(() => visitorTyping(client, s), [client, s.status]);
  const limited = s.lastError?.code === 'rate_limited' && s.pending.some((p) => p.failed?.code === 'rate_limited');

  return (
    <div class="chat" onKeyDown={(e) => e.key === 'Escape' && onClose()} onInput={onTyping}>
      <header>
        <div>
          <h1>{t('title')}</h1>
          <p class="connection" data-state={s.connection} role="status">
            {t(`state_${s.connection}`)}
          </p>
        </div>
        <button type="button" class="close" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </header>
      <div class="log" role="log" aria-live="polite" aria-label={t('conversation')} ref={logRef} tabIndex={0}>
        <div class="msg msg-bot greeting">
          <span class="author">{t('author_bot')}</span>
          <div class="bubble">{t('greeting')}</div>
        </div>
        {s.messages.map((m) => <Message key={m.id} message={m} vote={s.votes[m.id]} onVote={(helpful) => client.vote(m.id, helpful)} />)}
        {s.pending.map((p) => <Pending key={p.clientId} item={p} onRetry={(id) => client.retry(id)} />)}
      </div>
      {notice && <p class="notice" role="status">{notice}</p>}
      <HandoffPanel s={s} client={client} />
      {limited && <p class="notice" role="alert">{t('error_rate_limited', { seconds: s.lastError?.retryAfter ?? 5 })}</p>}
      {quick && quick.items.length > 0 && (
        <div class="quick-replies" role="group" aria-label={quick.label}>
          {quick.items.map((q) => (
            <button type="button" key={q.faqId} onClick={() => client.send(q.question)}>
              {q.question}
            </button>
          ))}
        </div>
      )}
      {s.status === 'bot' && (
        <button type="button" class="handoff" onClick={() => client.requestHandoff()}>
          {t('handoff')}
        </button>
      )}
      <Composer onSend={(text) => client.send(text)} inputRef={inputRef} />
    </div>
  );
}
