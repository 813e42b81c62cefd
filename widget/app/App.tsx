import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChatMessage } from '../../protocol/index.ts';
import type { ChatClient, ChatSnapshot, PendingMessage } from './chat/client.ts';
import { Composer } from './Composer.tsx';
import { Markdown } from './Markdown.tsx';
import { formatTime, t } from './i18n.ts';

function Message({ message }: { message: ChatMessage }) {
  return (
    <div class={`msg msg-${message.author}`} data-seq={message.seq}>
      <span class="author">{message.authorName ?? t(`author_${message.author}`)}</span>
      <div class="bubble">{message.author === 'bot' ? <Markdown text={message.text} /> : message.text}</div>
      <time class="time" dateTime={new Date(message.createdAt).toISOString()}>{formatTime(message.createdAt)}</time>
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
  const suggestions = lastBot?.bot?.kind === 'suggest' && s.status === 'bot' ? lastBot.bot.suggestions : [];
  const notice = statusNotice(s);

  return (
    <div class="chat" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
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
      <div class="log" role="log" aria-live="polite" aria-label={t('conversation')} ref={logRef}>
        <div class="msg msg-bot greeting">
          <span class="author">{t('author_bot')}</span>
          <div class="bubble">{t('greeting')}</div>
        </div>
        {s.messages.map((m) => <Message key={m.id} message={m} />)}
        {s.pending.map((p) => <Pending key={p.clientId} item={p} onRetry={(id) => client.retry(id)} />)}
      </div>
      {notice && <p class="notice" role="status">{notice}</p>}
      {suggestions.length > 0 && (
        <div class="quick-replies" role="group" aria-label={t('quickReplies')}>
          {suggestions.map((q) => (
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
