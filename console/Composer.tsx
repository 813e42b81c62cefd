import { useEffect, useRef, useState } from 'preact/hooks';
import type { CannedReply } from '../protocol/index.ts';
import { api } from './api.ts';
import { t } from './i18n.ts';
import { direction, pressed } from './shortcuts.ts';
import { AttachButton } from '../ui/attach.tsx';
import { draftOf, keepDraft } from './drafts.ts';

/**
 * Reply or internal note, one box per conversation (`conversationId`). Typing `/` opens the canned replies: keep typing to filter, ↑ ↓ to pick, Enter or a
 * click puts the reply in the box, Escape leaves the box. Disabled until the conversation is synced on this socket.
 */
export function Composer(props: {
  conversationId: string;
  /** Whose drafts (console/drafts.ts): a draft follows its conversation, never the agent to the next one. */
  agentId: string;
  canReply: boolean;
  ready: boolean;
  textareaRef: { current: HTMLTextAreaElement | null };
  onSend: (t: string) => void;
  onNote: (t: string) => void;
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
  useEffect(() => {
    void api<{ cannedReplies: CannedReply[] }>('GET', '/api/v1/canned-replies').then((r) => r.ok && setCanned(r.data.cannedReplies));
  }, []);

  const asNote = mode === 'note' || !props.canReply;
  const picking = text.startsWith('/') && canned ? canned.filter((c) => c.shortcut.startsWith(text.slice(1).trim())) : [];
  // A "/word" that picks nothing says so (the box's placeholder promised canned replies); a sentence starting with "/" is just text.
  const pickedNone = canned && picking.length === 0 && /^\/\S*$/.test(text) ? (canned.length === 0 ? t('canned_none') : t('canned_no_match', { shortcut: text.slice(1) })) : null;
  const chosen = Math.min(active, Math.max(0, picking.length - 1));
  const submit = () => {
    if (picking.length > 0) return setText(picking[chosen]!.text);
    const value = text.trim();
    if (!value || !props.ready) return;
    if (asNote) props.onNote(value);
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
      {pickedNone && <p class="canned canned-none" role="status">{pickedNone}</p>}
      <textarea
        ref={props.textareaRef}
        aria-label={asNote ? t('note') : t('reply')}
        aria-controls={picking.length > 0 ? 'canned-list' : undefined}
        aria-activedescendant={picking.length > 0 ? `canned-${picking[chosen]!.id}` : undefined}
        placeholder={props.ready ? (asNote ? t('note_placeholder') : t('reply_placeholder')) : t('syncing')}
        disabled={!props.ready}
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setActive(0);
          if (Date.now() - lastTyping.current > 2000) {
            lastTyping.current = Date.now();
            props.onTyping(asNote);
          }
        }}
        onKeyDown={(e) => {
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
