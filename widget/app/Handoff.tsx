import { useEffect, useState } from 'preact/hooks';
import type { ChatClient, ChatSnapshot } from './chat/client.ts';
import { t } from './ui-language.ts';

/**
 * The human side of the chat: place in line with a cancel button, a leave-a-message form when nobody is
 * online, "typing…" and "seen" from the agent, and the rating once the conversation is closed.
 */
export function HandoffPanel({ s, client }: { s: ChatSnapshot; client: ChatClient }) {
  const h = s.handoff;
  const [, tick] = useState(0);
  const lastAgentSeq = s.messages.findLast((m) => m.author === 'agent')?.seq ?? 0;
  const lastVisitorSeq = s.messages.findLast((m) => m.author === 'visitor')?.seq ?? 0;
  useEffect(() => {
    if (s.status === 'assigned' && lastAgentSeq > 0 && document.visibilityState === 'visible') client.handoffAction({ type: 'read', seq: lastAgentSeq });
  }, [lastAgentSeq, s.status]);
  useEffect(() => {
    if (h.typingUntil <= Date.now()) return;
    const timer = setTimeout(() => tick((n) => n + 1), h.typingUntil - Date.now());
    return () => clearTimeout(timer);
  }, [h.typingUntil]);

  if (s.status === 'waiting') {
    return (
      <div class="handoff-panel">
        {h.queuePosition !== null && (
          <p role="status">{t('queue_position', { position: h.queuePosition, minutes: Math.max(1, Math.ceil((h.estimateSec ?? 0) / 60)) })}</p>
        )}
        {h.agentsOnline === false && (h.ticketSaved ? <p role="status">{t('ticket_saved')}</p> : <LeaveMessage client={client} />)}
        <button type="button" class="cancel-handoff" onClick={() => client.handoffAction({ type: 'cancel_handoff' })}>
          {t('cancel_handoff')}
        </button>
      </div>
    );
  }
  if (s.status === 'assigned') {
    const typing = h.typingUntil > Date.now();
    const seen = lastVisitorSeq > 0 && h.readSeq >= lastVisitorSeq;
    if (!typing && !seen) return null;
    return <p class="handoff-panel agent-activity">{typing ? t('agent_typing', { name: s.agentName ?? t('author_agent') }) : t('seen_by_agent')}</p>;
  }
  if (s.status === 'closed' && h.rated !== null) return h.rated ? <p role="status">{t('rated_thanks')}</p> : <Rate client={client} />;
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

function LeaveMessage({ client }: { client: ChatClient }) {
  return (
    <form
      class="leave-message"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        client.handoffAction({ type: 'leave_message', contact: String(f.get('contact')), text: String(f.get('text')) });
      }}
    >
      <p>{t('no_agents')}</p>
      <input name="contact" aria-label={t('leave_contact')} placeholder={t('leave_contact')} required minLength={3} maxLength={200} />
      <textarea name="text" aria-label={t('leave_text')} placeholder={t('leave_text')} required maxLength={4000} />
      <button type="submit">{t('leave_send')}</button>
    </form>
  );
}

function Rate({ client }: { client: ChatClient }) {
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
      <p>{t('rate_prompt')}</p>
      <div role="radiogroup" aria-label={t('rate_prompt')}>
        {[1, 2, 3, 4, 5].map((n) => (
          <button type="button" key={n} role="radio" aria-checked={score === n} aria-label={t('rate_score', { score: n })} onClick={() => setScore(n)}>
            {n <= score ? '★' : '☆'}
          </button>
        ))}
      </div>
      <input name="comment" aria-label={t('rate_comment')} placeholder={t('rate_comment')} maxLength={1000} />
      <button type="submit" disabled={score === 0}>{t('rate_send')}</button>
    </form>
  );
}
