import { useEffect, useState } from 'preact/hooks';
import type { ChatClient, ChatSnapshot } from './chat/client.ts';
import { Channels } from './Channels.tsx';
import { TicketForm } from './TicketForm.tsx';
import { t } from './ui-language.ts';

/**
 * Nobody can answer (away): the visitor asked for a person (the bot's last word was the handoff) while the
 * site is closed, or waits while nobody is online. Then the ticket form and the other channels, not a queue.
 */
export function awayOffer(s: ChatSnapshot): boolean {
  if (s.handoff.reach?.kind !== 'away') return false;
  if (s.status === 'waiting') return true;
  return s.status === 'bot' && s.messages.findLast((m) => m.author !== 'visitor')?.bot?.kind === 'handoff';
}

/**
 * The human side of the chat below the transcript: the place in line with its estimate and a cancel button;
 * while away, the ticket form and the other channels; the rating once the conversation is closed.
 */
export function HandoffPanel({ s, client }: { s: ChatSnapshot; client: ChatClient }) {
  const h = s.handoff;
  const lastAgentSeq = s.messages.findLast((m) => m.author === 'agent')?.seq ?? 0;
  useEffect(() => {
    if (s.status === 'assigned' && lastAgentSeq > 0 && document.visibilityState === 'visible') client.handoffAction({ type: 'read', seq: lastAgentSeq });
  }, [lastAgentSeq, s.status]);
  const cancel = (
    <button type="button" class="btn" disabled={s.connection !== 'online'} onClick={() => client.handoffAction({ type: 'cancel_handoff' })}>
      {t('cancel_handoff')}
    </button>
  );

  if (awayOffer(s)) {
    return (
      <div class="panel away">
        <TicketForm client={client} h={h} />
        {s.channels && (
          <section aria-labelledby="away-channels">
            <h2 id="away-channels">{t('channels_title')}</h2>
            <Channels channels={s.channels} />
          </section>
        )}
        {s.status === 'waiting' && !h.ticket && cancel}
      </div>
    );
  }
  if (s.status === 'waiting') {
    const minutes = h.estimateSec === null ? null : Math.max(1, Math.round(h.estimateSec / 60));
    return (
      <div class="panel queue">
        <p role="status">
          {h.queuePosition === null ? t('queue_waiting') : t('queue_position', { position: h.queuePosition })}
          {minutes !== null && `${/^(zh|ja)/.test(document.documentElement.lang) ? '' : ' '}${t('queue_estimate', { minutes })}`}
        </p>
        {cancel}
      </div>
    );
  }
  if (s.status === 'closed' && h.rated !== null) return <div class="panel">{h.rated ? <p role="status" tabIndex={-1}>{t('rated_thanks')}</p> : <Rate client={client} online={s.connection === 'online'} />}</div>;
  return null;
}

/** Throttled "the visitor is typing" for the agent (while an agent owns the chat). */
export function visitorTyping(client: ChatClient, s: ChatSnapshot): () => void {
  let last = 0;
  return () => {
    if (s.status !== 'assigned' || Date.now() - last < 2000) return;
    last = Date.now();
    client.handoffAction({ type: 'typing' });
  };
}

function Rate({ client, online }: { client: ChatClient; online: boolean }) {
  const [score, setScore] = useState(0);
  return (
    <form
      class="rate"
      onSubmit={(e) => {
        e.preventDefault();
        const comment = String(new FormData(e.currentTarget).get('comment') ?? '').trim();
        if (score > 0) client.handoffAction({ type: 'rate', score, ...(comment ? { comment } : {}) });
      }}
    >
      <p class="panel-title" id="rate-title">{t('rate_prompt')}</p>
      <div class="stars" role="radiogroup" aria-labelledby="rate-title">
        {[1, 2, 3, 4, 5].map((n) => (
          <button type="button" key={n} role="radio" aria-checked={score === n} aria-label={t('rate_score', { score: n })} onClick={() => setScore(n)}>
            {n <= score ? '★' : '☆'}
          </button>
        ))}
      </div>
      <label class="field">
        <span class="field-label">{t('rate_comment')}</span>
        <input name="comment" maxLength={1000} />
      </label>
      <button type="submit" class="btn btn-primary" disabled={score === 0 || !online}>{t('rate_send')}</button>
    </form>
  );
}
