import { useEffect, useRef, useState } from 'preact/hooks';
import type { AgentInfo, ConversationSummary } from '../protocol/index.ts';
import { Composer } from './Composer.tsx';
import type { DeskClient, DeskState } from './desk-client.ts';
import { ConfirmDialog } from '../ui/Dialog.tsx';
import { Markdown } from '../ui/Markdown.tsx';
import { describeDevice } from './device.ts';
import { formatDay, formatTime, t } from './i18n.ts';

/** One conversation: context, actions, the transcript (bot part included) with notes, and the composer. */
export function ConversationView({ client, state, me, conversation: c, onBack }: { client: DeskClient; state: DeskState; me: AgentInfo; conversation: ConversationSummary; onBack: () => void }) {
  const messages = state.messages[c.id] ?? [];
  const notes = state.notes[c.id] ?? [];
  const mine = c.status === 'assigned' && c.agentId === me.id;
  const manage = c.status === 'assigned' && (mine || me.role === 'admin');
  const synced = state.connection === 'online' && state.synced[c.id] === true;
  const [transferTo, setTransferTo] = useState('');
  const [now, setNow] = useState(Date.now());
  const [closing, setClosing] = useState(false);
  const logRef = useRef<HTMLDivElement>(null);

  const lastVisitorSeq = messages.findLast((m) => m.author === 'visitor')?.seq ?? 0;
  useEffect(() => {
    logRef.current?.lastElementChild?.scrollIntoView({ block: 'end' });
    if (mine && synced && lastVisitorSeq > 0 && document.visibilityState === 'visible') client.read(c.id, lastVisitorSeq);
  }, [messages.length, notes.length, (state.pending[c.id] ?? []).length, mine, synced]);
  const typingUntil = state.typingUntil[c.id] ?? 0;
  useEffect(() => {
    if (typingUntil <= Date.now()) return;
    const timer = setTimeout(() => setNow(Date.now()), typingUntil - Date.now());
    return () => clearTimeout(timer);
  }, [typingUntil]);

  const stamp = (at: number) => <time dateTime={new Date(at).toISOString()}>{formatTime(at)}</time>;
  const timeline = [
    ...messages.map((m) => ({ at: m.createdAt, key: m.id, node: (
      <div class={`msg msg-${m.author}`} data-seq={m.seq}>
        <span class="author">{m.authorName ?? t(`author_${m.author}`)} · {stamp(m.createdAt)}</span>
        {m.author === 'bot' ? <div class="md" dir="auto"><Markdown text={m.text} /></div> : <p dir="auto">{m.text}</p>}
        {m.author === 'agent' && (state.readSeq[c.id] ?? 0) >= m.seq && <span class="receipt">{t('seen')}</span>}
      </div>
    ) })),
    ...notes.map((n) => ({ at: n.createdAt, key: n.id, node: (
      <div class="msg note">
        <span class="author">{t('note_by', { name: n.agentName })} · {stamp(n.createdAt)}</span>
        <p dir="auto">{n.text}</p>
      </div>
    ) })),
  ].sort((a, b) => a.at - b.at);
  // A divider before the first item of each day.
  let day = '';
  const withDays = timeline.flatMap((x) => {
    const d = new Date(x.at).toDateString();
    if (d === day) return [x];
    day = d;
    return [{ at: x.at, key: `day-${d}`, node: <p class="day-divider"><time dateTime={new Date(x.at).toISOString().slice(0, 10)}>{formatDay(x.at)}</time></p> }, x];
  });
  const delivered = new Set(messages.map((m) => m.clientId));
  const pending = (state.pending[c.id] ?? []).filter((p) => !delivered.has(p.clientId));

  const others = state.agents.filter((a) => a.id !== c.agentId && !a.disabled);
  const mayReveal = me.role === 'admin' || me.canSeePersonalData;
  return (
    <section class="conversation" aria-label={t('transcript')}>
      <div class="conversation-head">
        <button type="button" class="btn btn-sm btn-ghost back" onClick={onBack}>← {t('nav_inbox')}</button>
        <dl class="context">
          <dt>{t('ctx_status')}</dt><dd data-testid="status" data-status={c.status}>{t(`status_${c.status}`)}{c.agentName ? ` · ${c.agentName}` : ''}</dd>
          <dt>{t('ctx_language')}</dt><dd>{c.locale}</dd>
          <dt>{t('ctx_page')}</dt><dd>{c.pageUrl ?? '—'}</dd>
          <dt>{t('ctx_device')}</dt><dd title={c.userAgent ?? undefined}>{describeDevice(c.userAgent) ?? '—'}</dd>
          <dt>{t('ctx_user')}</dt><dd>{c.user ? [c.user.name, c.user.userId, c.user.email, c.user.phone].filter(Boolean).join(' · ') : t('not_signed_in')}</dd>
          {c.rating && (<><dt>{t('ctx_rating')}</dt><dd>{'★'.repeat(c.rating.score)} {c.rating.comment ?? ''}</dd></>)}
        </dl>
        <div class="actions">
          {c.status === 'waiting' && <button type="button" class="btn btn-sm btn-primary" onClick={() => client.act('claim', c.id)}>{t('claim')}</button>}
          {manage && (
            <>
              <select aria-label={t('transfer_to')} value={transferTo} onChange={(e) => setTransferTo(e.currentTarget.value)}>
                <option value="">{t('transfer_pick')}</option>
                {others.map((a) => <option key={a.id} value={a.id}>{a.name} ({t(`presence_${a.presence === 'away' ? 'away' : 'online'}`)})</option>)}
              </select>
              <button type="button" class="btn btn-sm" disabled={!transferTo} onClick={() => client.transfer(c.id, transferTo)}>{t('transfer')}</button>
              <button type="button" class="btn btn-sm" onClick={() => client.act('release', c.id)}>{t('hand_back')}</button>
            </>
          )}
          {c.status !== 'closed' && (manage || c.status !== 'assigned') && <button type="button" class="btn btn-sm" onClick={() => setClosing(true)}>{t('close')}</button>}
          {mayReveal && <button type="button" class="btn btn-sm btn-ghost" title={t('show_contact_hint')} onClick={() => client.reveal(c.id)}>{t('show_contact')}</button>}
        </div>
      </div>
      {state.lastError && <p role="alert" class="alert alert-danger">{state.lastError.message}</p>}
      <div class="log" role="log" aria-label={t('transcript')} ref={logRef}>
        {withDays.map((x) => <div class="log-item" key={x.key}>{x.node}</div>)}
        {pending.map((p) => (
          <div key={p.clientId} class={`msg ${p.type === 'note' ? 'note' : 'msg-agent'} pending`} data-state="sending">
            <span class="author">{p.type === 'note' ? t('note') : t('you')} · {t('sending')}</span>
            <p>{p.text}</p>
          </div>
        ))}
      </div>
      {typingUntil > now && <p class="typing">{t('visitor_typing')}</p>}
      <ConfirmDialog
        open={closing}
        danger
        title={t('confirm_close', { name: c.user?.name ?? t('visitor_label', { code: c.visitorCode }) })}
        confirmLabel={t('close')}
        cancelLabel={t('confirm_cancel')}
        onCancel={() => setClosing(false)}
        onConfirm={() => (setClosing(false), client.act('close', c.id))}
      >
        <p>{t('confirm_close_body')}</p>
      </ConfirmDialog>
      <Composer
        canReply={mine}
        ready={synced}
        onSend={(text) => client.send(c.id, text)}
        onNote={(text) => client.note(c.id, text)}
        onTyping={() => mine && client.typing(c.id)}
      />
    </section>
  );
}
