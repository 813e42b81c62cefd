import { useLayoutEffect, useState } from 'preact/hooks';
import { MAX_CHATS, type AgentInfo } from '../../protocol/index.ts';
import { ModalDialog } from '../../ui/Dialog.tsx';
import { NumberStepper, stepperValue } from '../../ui/NumberStepper.tsx';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import { refusalText } from '../refusal.ts';

const FORM_ID = 'chat-limit-form';
const BOX_ID = 'agent-limit-edit';

/** The stepper's words, shared by the Agents page's two limit fields (adding an agent, changing one's). */
export const chatLimitLabels = () => ({ decrease: t('chat_limit_less'), increase: t('chat_limit_more'), range: t('check_whole_between', { min: MAX_CHATS.min, max: MAX_CHATS.max }) });

/**
 * Changing an existing agent's chat limit (`PATCH /api/v1/agents/:id` `{ maxChats }`, audited by the server as
 * `agent.limit_changed`): the console's stepper in a modal, Enter or Save sends it, Escape or Cancel leaves it as it was.
 * A refusal (out of range; a viewer, who takes no chats: `takes_no_chats`) is said in the dialog, in the console's
 * language, and the dialog stays open; `onSaved` gets the account as saved. `agent` null: shut.
 */
export function ChatLimitDialog({ agent, onSaved, onCancel }: { agent: AgentInfo | null; onSaved: (a: AgentInfo) => void; onCancel: () => void }) {
  const [limit, setLimit] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Whose limit the box holds. Filled in the commit that opened the dialog, not after the next paint (a digit typed at
  // once was overwritten by the limit)…
  const [filledFor, setFilledFor] = useState<string | null>(null);
  useLayoutEffect(() => {
    setLimit(agent ? String(agent.maxChats) : '');
    setError(null);
    setFilledFor(agent?.id ?? null);
  }, [agent?.id]);
  // … then, once the box shows it, the focus on it, selected, to type over or step (the dialog, a child, was shown first).
  useLayoutEffect(() => {
    const box = document.getElementById(BOX_ID) as HTMLInputElement | null;
    box?.focus();
    box?.select();
  }, [filledFor]);

  const save = async (e: Event) => {
    e.preventDefault();
    const maxChats = stepperValue(limit, MAX_CHATS.min, MAX_CHATS.max);
    if (!agent || busy) return;
    if (maxChats === null) return document.getElementById(BOX_ID)?.focus(); // the stepper says why
    if (maxChats === agent.maxChats) return onCancel();
    setBusy(true);
    const r = await api<{ agent: AgentInfo }>('PATCH', `/api/v1/agents/${agent.id}`, { maxChats });
    setBusy(false);
    if (!r.ok) return setError(t('failed', { message: refusalText(r) }));
    onSaved(r.data.agent);
  };

  return (
    <ModalDialog
      open={agent !== null}
      title={t('chat_limit_title', { name: agent?.name ?? '' })}
      titleId="chat-limit-title"
      onCancel={onCancel}
      actions={
        <>
          <button type="button" class="btn" onClick={onCancel}>{t('confirm_cancel')}</button>
          <button type="submit" form={FORM_ID} class="btn btn-primary" disabled={busy}>{t('save')}</button>
        </>
      }
    >
      <form id={FORM_ID} noValidate class="form-stack chat-limit-form" onSubmit={save}>
        <p class="field-hint">{t('chat_limit_hint', { name: agent?.name ?? '' })}</p>
        {agent && <NumberStepper id={BOX_ID} label={t('chat_limit')} min={MAX_CHATS.min} max={MAX_CHATS.max} value={limit} onChange={setLimit} labels={chatLimitLabels()} />}
        {error && <p role="alert" class="alert alert-danger">{error}</p>}
      </form>
    </ModalDialog>
  );
}
