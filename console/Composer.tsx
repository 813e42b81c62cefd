import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AgentInfo, CannedReply } from '../protocol/index.ts';
import { MAX_MENTIONS } from '../protocol/mention-limit.ts';
import { api } from './api.ts';
import { t } from './i18n.ts';
import { direction, pressed } from './shortcuts.ts';
import { AttachButton } from '../ui/attach.tsx';
import { draftOf, keepDraft } from './drafts.ts';
import { initials } from './initials.ts';
import { matching, mentionedIn, mentionQuery } from './mentions.ts';

/**
 * Reply or internal note, one box per conversation (`conversationId`). Typing `/` opens the canned replies: keep typing to filter, ↑ ↓ to pick, Enter or a
 * click puts the reply in the box, Escape leaves the box. In a note, `@` opens the teammates who may be mentioned: keep
 * typing to filter, ↑ ↓ to pick, Enter or Tab (or a click, a tap) puts "@Name" in the note, Escape closes the list.
 * Disabled until the conversation is synced on this socket.
 */
export function Composer(props: {
  conversationId: string;
  /** Whose drafts (console/drafts.ts): a draft follows its conversation, never the agent to the next one. */
  agentId: string;
  canReply: boolean;
  ready: boolean;
  textareaRef: { current: HTMLTextAreaElement | null };
  onSend: (t: string) => void;
  /** A note, with the ids of the teammates whose "@Name" it still holds. */
  onNote: (t: string, mentions: string[]) => void;
  /** Who a note may mention here (console/mentions.ts). */
  teammates: readonly AgentInfo[];
  /** Keys pressed in the box (at most every 2 s): a note (`true`) or a reply. */
  onTyping: (note: boolean) => void;
  /** A file to send (only when the agent may reply). */
  onFile: (file: File) => void;
}) {
  const [text, showText] = useState(() => draftOf(props.agentId, props.conversationId)?.text ?? '');
  const [mode, showMode] = useState(() => draftOf(props.agentId, props.conversationId)?.mode ?? 'reply');
  // Kept as it changes, not in an effect after the next paint: a tab in the background paints late, and a reload then
  // would lose the last words typed.
  const setText = (value: string) => (showText(value), keepDraft(props.agentId, props.conversationId, { text: value, mode }));
  const setMode = (value: 'reply' | 'note') => (showMode(value), keepDraft(props.agentId, props.conversationId, { text, mode: value }));
  const [canned, setCanned] = useState<CannedReply[] | null>(null);
  const [active, setActive] = useState(0);
  const lastTyping = useRef(0);
  // The caret, and the list closed by Escape (at the "@" it was opened for).
  const [caret, setCaret] = useState(0);
  const [closedAt, setClosedAt] = useState(-1);
  const [person, setPerson] = useState(0);
  useEffect(() => {
    void api<{ cannedReplies: CannedReply[] }>('GET', '/api/v1/canned-replies').then((r) => r.ok && setCanned(r.data.cannedReplies));
  }, []);

  const asNote = mode === 'note' || !props.canReply;
  const picking = text.startsWith('/') && canned ? canned.filter((c) => c.shortcut.startsWith(text.slice(1).trim())) : [];
  // A "/word" that picks nothing says so (the box's placeholder promised canned replies); a sentence starting with "/" is just text.
  const pickedNone = canned && picking.length === 0 && /^\/\S*$/.test(text) ? (canned.length === 0 ? t('canned_none') : t('canned_no_match', { shortcut: text.slice(1) })) : null;
  const chosen = Math.min(active, Math.max(0, picking.length - 1));
  const typed = asNote && picking.length === 0 ? mentionQuery(text, caret) : null;
  const people = typed && typed.start !== closedAt ? matching(props.teammates, typed.query) : [];
  const personAt = Math.min(person, Math.max(0, people.length - 1));
  // Who the note tells as it stands; past the server's limit it says so before sending, and sending keeps the draft.
  const named = asNote ? mentionedIn(text, props.teammates) : [];
  const tooMany = named.length > MAX_MENTIONS;
  // The caret after a name just put in, set in the commit that shows it: in the next frame (as it was), a key typed
  // before then went to the end of the note, where the new text had left the caret.
  const caretAfter = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (caretAfter.current === null) return;
    props.textareaRef.current?.setSelectionRange(caretAfter.current, caretAfter.current);
    caretAfter.current = null;
  });
  const mention = (p: AgentInfo) => {
    const before = `${text.slice(0, typed!.start)}@${p.name} `;
    setText(before + text.slice(caret));
    setCaret(before.length);
    caretAfter.current = before.length;
  };
  const submit = () => {
    if (picking.length > 0) return setText(picking[chosen]!.text);
    const value = text.trim();
    if (!value || !props.ready || tooMany) return;
    // Who is told: the teammates whose "@Name" the note still holds (read from the text, so a draft kept across a reload keeps them).
    if (asNote) props.onNote(value, named);
    else props.onSend(value);
    setText('');
  };

  return (
    <form noValidate class="composer" onSubmit={(e) => (e.preventDefault(), submit())}>
      <div class="composer-bar">
        <div role="radiogroup" aria-label={t('message_kind')} class="segmented">
          <label><input type="radio" name="kind" checked={!asNote} disabled={!props.canReply} onChange={() => setMode('reply')} /><span>{t('reply')}</span></label>
          <label><input type="radio" name="kind" checked={asNote} onChange={() => setMode('note')} /><span>{t('note')}</span></label>
        </div>
        <AttachButton label={t('attach_file')} onFile={props.onFile} disabled={!props.ready || !props.canReply} />
        <button type="submit" class="btn btn-primary" disabled={!props.ready}>{asNote ? t('add_note') : t('send')}</button>
      </div>
      {picking.length > 0 && (
        <ul class="canned" role="listbox" id="canned-list" aria-label={t('canned_list')}>
          {picking.map((c, i) => (
            <li key={c.id} id={`canned-${c.id}`} role="option" aria-selected={i === chosen} onClick={() => setText(c.text)}>
              <strong>/{c.shortcut}</strong> {c.text}
            </li>
          ))}
        </ul>
      )}
      {people.length > 0 && (
        <ul class="canned mention-list" role="listbox" id="mention-list" aria-label={t('mention_list')}>
          {people.map((p, i) => (
            <li key={p.id} id={`mention-${p.id}`} role="option" aria-selected={i === personAt} onMouseDown={(e) => e.preventDefault()} onClick={() => mention(p)}>
              <span class="here-avatar" aria-hidden="true">{initials(p.name)}</span> {p.name}
            </li>
          ))}
        </ul>
      )}
      {pickedNone && <p class="canned canned-none" role="status">{pickedNone}</p>}
      {tooMany && (
        <p class="alert alert-danger" id="mention-limit" role="alert">
          {t('mention_too_many', { max: MAX_MENTIONS, n: named.length, extra: named.length - MAX_MENTIONS })}
        </p>
      )}
      <textarea
        ref={props.textareaRef}
        aria-label={asNote ? t('note') : t('reply')}
        aria-controls={picking.length > 0 ? 'canned-list' : people.length > 0 ? 'mention-list' : undefined}
        aria-autocomplete={asNote ? 'list' : undefined}
        aria-invalid={tooMany || undefined}
        aria-describedby={tooMany ? 'mention-limit' : undefined}
        aria-activedescendant={picking.length > 0 ? `canned-${picking[chosen]!.id}` : people.length > 0 ? `mention-${people[personAt]!.id}` : undefined}
        placeholder={props.ready ? (asNote ? t('note_placeholder') : t('reply_placeholder')) : t('syncing')}
        disabled={!props.ready}
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setCaret(e.currentTarget.selectionStart);
          setActive(0);
          setPerson(0);
          if (Date.now() - lastTyping.current > 2000) {
            lastTyping.current = Date.now();
            props.onTyping(asNote);
          }
        }}
        onKeyUp={(e) => setCaret(e.currentTarget.selectionStart)}
        onClick={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={(e) => {
          if (people.length > 0) {
            const step = direction(e, 'mention_pick');
            const take = pressed(e, 'mention_take');
            const close = pressed(e, 'mention_close');
            if (step !== 0 || take || close) e.preventDefault();
            if (step !== 0) return setPerson((personAt + step + people.length) % people.length);
            if (take) return mention(people[personAt]!);
            if (close) return setClosedAt(typed!.start);
          }
          // Shift+Enter (`newline`) is the box's own new line.
          const by = picking.length > 0 ? direction(e, 'canned_pick') : 0;
          if (by !== 0) {
            e.preventDefault();
            setActive((chosen + by + picking.length) % picking.length);
          } else if (pressed(e, 'leave_box')) e.currentTarget.blur();
          else if (pressed(e, picking.length > 0 ? 'canned_take' : 'send')) {
            e.preventDefault();
            submit();
          }
        }}
      />
    </form>
  );
}
