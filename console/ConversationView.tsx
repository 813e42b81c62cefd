import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AgentInfo, ConversationLogEvent, ConversationSummary } from '../protocol/index.ts';
import { api } from './api.ts';
import { useLoaded } from './use-loaded.ts';
import { Composer } from './Composer.tsx';
import { refusalText } from './refusal.ts';
import { ConversationActions } from './ConversationActions.tsx';
import { formatWake } from './snooze.tsx';
import { ConversationTags } from './ConversationTags.tsx';
import { ConversationDetails } from './ConversationDetails.tsx';
import type { DeskClient, DeskState } from './desk-client.ts';
import { eventLine } from './event-lines.ts';
import { MessageFiles, sendAgentFile } from './Files.tsx';
import { fileDropHandlers } from '../ui/attach.tsx';
import { ConfirmDialog } from '../ui/Dialog.tsx';
import { Markdown } from '../ui/Markdown.tsx';
import { OfferedChoices } from '../ui/OfferedChoices.tsx';
import { onlyDeletedFiles } from '../ui/message-files.ts';
import { formatDay, formatTime, language, t } from './i18n.ts';
import { NewestLine } from './newest-line.ts';
import { useShortcuts } from './shortcuts.ts';
import { visitorName } from './visitor-name.ts';
import { holderName } from './holder.ts';
import { languageSetter } from './visitor-language.ts';
import { maySeeContact, readOnly } from './role.ts';
import { SpokenLanguage } from './SpokenLanguage.tsx';
import { HerePeople, ReplyingNotice } from './HerePeople.tsx';
import { NoteText } from './NoteText.tsx';
import { mentionable } from './mentions.ts';
import { useTeams } from './teams-data.ts';

/**
 * One conversation: who and what (details), actions, the timeline — every message and note with its time and
 * every state change from the event log as a line — and the composer. It stays at the newest line unless the
 * agent scrolled up to read.
 */
export function ConversationView({ client, state, me, conversation: c, onBack, onOpen, onLeave, composerRef }: {
  client: DeskClient;
  state: DeskState;
  me: AgentInfo;
  conversation: ConversationSummary;
  onBack: () => void;
  onOpen: (id: string) => void;
  /** The agent snoozed or closed it here (`done`: whether the server did it): the inbox opens the next chat once it leaves the view, never after a refusal. */
  onLeave: (done: Promise<boolean>) => void;
  composerRef: { current: HTMLTextAreaElement | null };
}) {
  const messages = state.messages[c.id] ?? [];
  const notes = state.notes[c.id] ?? [];
  const { teams } = useTeams();
  const tickets = state.tickets.filter((x) => x.conversationId === c.id);
  const mine = c.status === 'assigned' && c.agentId === me.id;
  const viewing = readOnly(me); // a viewer: reads the conversation, changes nothing
  const manage = !viewing && c.status === 'assigned' && (mine || me.role === 'admin');
  const synced = state.connection === 'online' && state.synced[c.id] === true;
  const others = (state.here[c.id] ?? []).filter((p) => p.agentId !== me.id); // this agent's other tabs are not "someone else"
  const [now, setNow] = useState(Date.now());
  const [closing, setClosing] = useState(false);
  const [showDetails, setShowDetails] = useState(false);
  const logRef = useRef<HTMLDivElement>(null);
  const [newest] = useState(() => new NewestLine()); // at the newest line unless the agent scrolled up to read
  // Files being sent (their names), and why the last one failed; a file dropped or pasted anywhere on the view.
  const [sendingFiles, setSendingFiles] = useState<string[]>([]);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const sendFile = async (file: File) => {
    if (!mine || !synced) return;
    setFileProblem(null);
    newest.follow();
    setSendingFiles((f) => [...f, file.name]);
    const problem = await sendAgentFile(c.id, file);
    setSendingFiles((f) => f.filter((n, i) => n !== file.name || i !== f.indexOf(file.name)));
    setFileProblem(problem);
  };

  // The event log, again whenever the conversation (status, owner, rating, team, labels, the language chosen and by
  // whom) or one of its tickets changes.
  const ticketsKey = tickets.map((x) => x.updatedAt).join();
  const chosenKey = c.spokenLocaleChosen ? `${c.spokenLocale}:${languageSetter(c) ?? ''}` : '';
  const events =
    useLoaded(c.id, [c.status, c.agentId, c.snoozedUntil, c.rating?.score, c.teamId, c.labelIds.join(), ticketsKey, chosenKey], () =>
      api<{ events: ConversationLogEvent[] }>('GET', `/api/v1/conversations/${c.id}/events`).then((r) => (r.ok ? r.data.events : undefined)),
    ) ?? [];
  // Another conversation opens at its newest line (before the layout effect below scrolls, in the same commit).
  useLayoutEffect(() => newest.follow(), [c.id]);

  const lastVisitorSeq = messages.findLast((m) => m.author === 'visitor')?.seq ?? 0;
  // After every render (a message, a note, an event line, a "Seen" receipt): still at the newest, unless scrolled up.
  useLayoutEffect(() => {
    if (logRef.current) newest.keep(logRef.current);
  });
  // The log grows shorter when the composer grows (the canned replies' list, a hint, a longer reply): still at the newest.
  useEffect(() => {
    const log = logRef.current!;
    const observer = new ResizeObserver(() => newest.keep(log));
    observer.observe(log);
    return () => observer.disconnect();
  }, []);
  // A claim, close, transfer or hand-back takes away the button that did it (Close once closed, Claim once
  // claimed…): the focus it held would fall to the page's start; it goes to the transcript instead. The answer may
  // come while the confirmation is still open: then once it has closed.
  // In the commit that takes the button away (a layout effect), so there is no frame where the focus is on the page.
  const handled = useRef({ id: c.id, status: c.status, agentId: c.agentId });
  useLayoutEffect(() => {
    const was = handled.current;
    handled.current = { id: c.id, status: c.status, agentId: c.agentId };
    if (was.id !== c.id || (was.status === c.status && was.agentId === c.agentId)) return;
    // Lost: on the page itself, or still on a button of a dialog that has closed (the browser drops it at the next frame).
    const rescue = () => void ((document.activeElement === document.body || document.activeElement?.closest('dialog:not([open])')) && logRef.current?.focus({ preventScroll: true }));
    const dialog = document.querySelector('dialog[open]');
    if (dialog) dialog.addEventListener('close', () => setTimeout(rescue), { once: true });
    else rescue();
  }, [c.id, c.status, c.agentId]);
  useEffect(() => {
    if (mine && synced && lastVisitorSeq > 0 && document.visibilityState === 'visible') client.read(c.id, lastVisitorSeq);
  }, [lastVisitorSeq, mine, synced]);
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
        {m.author === 'bot' ? <div class="md" dir="auto"><Markdown text={m.text} /></div> : m.text !== '' && <p dir="auto">{m.text}</p>}
        <OfferedChoices message={m} />
        {m.attachments && m.attachments.length > 0 && <MessageFiles files={m.attachments} onDelete={viewing ? undefined : (f) => void client.removeFile(c.id, m.id, f.id)} />}
        {onlyDeletedFiles(m) && <p class="file-deleted">{t('file_deleted')}</p>}
        {m.author === 'agent' && (state.readSeq[c.id] ?? 0) >= m.seq && <span class="receipt">{t('seen')}</span>}
      </div>
    ) })),
    ...notes.map((n) => ({ at: n.createdAt, key: n.id, node: (
      <div class="msg note">
        <span class="author">{t('note_by', { name: n.agentName })} · {stamp(n.createdAt)}</span>
        <NoteText note={n} agents={state.agents} me={me.id} />
      </div>
    ) })),
    ...events.map((e) => ({ at: e.at, key: `ev-${e.id}`, node: (
      <p class="event-line" data-event={e.type}>
        <span>{eventLine(e, t, language())}</span> {stamp(e.at)}
      </p>
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

  const mayClose = !viewing && c.status !== 'closed' && (manage || c.status !== 'assigned');
  const maySnooze = mine && !viewing;
  const [snoozeOpen, setSnoozeOpen] = useState(0);
  const focusComposer = () => (composerRef.current?.focus(), true);
  useShortcuts({
    claim: () => void (!viewing && c.status === 'waiting' && client.act('claim', c.id)),
    close: () => void (mayClose && setClosing(true)),
    reply: () => void focusComposer(),
    canned: focusComposer,
    snooze: () => void (maySnooze && setSnoozeOpen(snoozeOpen + 1)),
  });

  const mayReveal = maySeeContact(me);
  const name = visitorName(c);
  return (
    <section
      class="conversation"
      aria-label={t('transcript')}
      data-dragging={dragging || undefined}
      {...fileDropHandlers(mine ? (file) => void sendFile(file) : null, setDragging)}
    >
      {dragging && <p class="drop-hint" aria-hidden="true">{t('file_drop')}</p>}
      <div class="conversation-head">
        <button type="button" class="btn btn-sm btn-ghost back" onClick={onBack}><span aria-hidden="true">←</span> <span class="back-label">{t('nav_inbox')}</span></button>
        <div class="title-row">
          <h2 class="conversation-title">{name}</h2>
          <span class="badge" data-testid="status" data-status={c.status}>{t(`status_${c.status}`)}{c.agentName ? ` · ${holderName(c, me.id)}` : ''}</span>
          <HerePeople people={others} />
        </div>
        {/* The header says who and the state; the facts (page, device, signed user) are the details panel's, each once
            (the header's line repeated the device and the user id the panel shows, as Intercom's sidebar holds them).
            The language to answer in, and who chose it: what an agent taking over reads first; theirs to set once they hold it. */}
        <div class="context-row">
          <SpokenLanguage c={c} me={me} mine={mine} />
        </div>
        {c.status === 'assigned' && c.snoozedUntil !== null && (
          <p class="snoozed-line" data-testid="snoozed">
            <span>{t('snoozed_until', { time: formatWake(c.snoozedUntil) })}</span>
            {maySnooze && <button type="button" class="btn btn-sm btn-ghost" onClick={() => void client.snooze(c.id, null)}>{t('unsnooze')}</button>}
          </p>
        )}
        <ConversationActions client={client} c={c} agents={state.agents} mayClaim={!viewing} mine={mine} manage={manage} maySnooze={maySnooze} snoozeOpen={snoozeOpen} onSnooze={(until) => onLeave(client.snooze(c.id, until))} mayClose={mayClose} mayReveal={mayReveal} onClose={() => setClosing(true)} name={name}>
          <button type="button" class="btn btn-sm details-toggle" aria-expanded={showDetails} aria-controls={`details-${c.id}`} onClick={() => setShowDetails(!showDetails)}>
            {t('details')}
          </button>
        </ConversationActions>
      </div>
      <ConversationTags c={c} me={me} />
      {state.lastError && <p role="alert" class="alert alert-danger">{refusalText(state.lastError, me)}</p>}
      <div class="conversation-body">
        <div class="conversation-main">
          {/* A picture that arrives after the render grows the log: still at the newest (it had stopped a picture short). */}
          <div class="log" role="log" aria-label={t('transcript')} tabIndex={0} ref={logRef} onScroll={(e) => newest.scrolled(e.currentTarget)} onLoadCapture={(e) => newest.keep(e.currentTarget)}>
            {withDays.map((x) => <div class="log-item" key={x.key}>{x.node}</div>)}
            {pending.map((p) => (
              <div key={p.clientId} class={`msg ${p.type === 'note' ? 'note' : 'msg-agent'} pending`} data-state="sending">
                <span class="author">{p.type === 'note' ? t('note') : t('you')} · {t('sending')}</span>
                <p>{p.text}</p>
              </div>
            ))}
          </div>
          {typingUntil > now && <p class="typing">{t('visitor_typing')}</p>}
          {sendingFiles.map((name, i) => <p class="file-status" role="status" key={`${name}-${i}`}>{t('file_sending', { name })}</p>)}
          {fileProblem && <p class="alert alert-danger" role="alert">{fileProblem}</p>}
          {!viewing && <ReplyingNotice people={others} />}
          {viewing ? (
            <p class="read-only-notice" role="note" data-testid="read-only">{t('read_only_notice')}</p>
          ) : (
          <Composer
            key={c.id}
            conversationId={c.id}
            agentId={me.id}
            canReply={mine}
            ready={synced}
            textareaRef={composerRef}
            onSend={(text) => (newest.follow(), client.send(c.id, text))}
            onNote={(text, mentions) => (newest.follow(), client.note(c.id, text, mentions))}
            teammates={mentionable(c, state.agents, me, teams)}
            onTyping={(note) => {
              client.composing(c.id, note); // the other consoles showing it: "… is replying" or "… is writing a note"
              if (mine && !note) client.typing(c.id); // the visitor: the agent is typing
            }}
            onFile={(file) => void sendFile(file)}
          />
          )}
        </div>
        <aside id={`details-${c.id}`} class={`conversation-aside${showDetails ? ' open' : ''}`} aria-label={t('details')}>
          <ConversationDetails c={c} me={me} agents={state.agents} tickets={tickets} onOpen={(list, id) => (client.remember(list), onOpen(id))} />
        </aside>
      </div>
      <ConfirmDialog
        open={closing}
        danger
        title={t('confirm_close', { name })}
        confirmLabel={t('close')}
        cancelLabel={t('confirm_cancel')}
        onCancel={() => setClosing(false)}
        onConfirm={() => (setClosing(false), onLeave(client.act('close', c.id).then((r) => r.ok)))}
      >
        <p>{t('confirm_close_body')}</p>
      </ConfirmDialog>
    </section>
  );
}
