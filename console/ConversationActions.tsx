import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { AgentInfo, ConversationSummary } from '../protocol/index.ts';
import type { DeskClient } from './desk-client.ts';
import { ModalDialog } from '../ui/Dialog.tsx';
import { Menu, type MenuItem } from '../ui/Menu.tsx';
import { t } from './i18n.ts';
import { useMedia, WIDE } from './media.ts';

/** Agents to transfer to: available first, then the least busy; each with presence and load. */
const transferTargets = (agents: AgentInfo[], ownerId: string | null) =>
  agents
    .filter((a) => a.id !== ownerId && !a.disabled)
    .sort((a, b) => Number(a.presence !== 'online') - Number(b.presence !== 'online') || a.activeChats / a.maxChats - b.activeChats / b.maxChats);

function TransferSelect({ targets, value, onChange }: { targets: AgentInfo[]; value: string; onChange: (id: string) => void }) {
  return (
    <select aria-label={t('transfer_to')} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">{t('transfer_pick')}</option>
      {targets.map((a) => (
        <option key={a.id} value={a.id}>
          {t('transfer_option', { name: a.name, presence: t(`presence_${a.presence}`), active: a.activeChats, max: a.maxChats })}
        </option>
      ))}
    </select>
  );
}

/**
 * What an agent can do with a conversation: claim; transfer, hand back (their own, or any as an admin); close
 * (after asking: `onClose`); show the visitor's contact (audited). From 1200 px wide every action is a button
 * in one row; below, the main one (claim a waiting chat, close one being handled) stays a button and the rest
 * go under a menu, transfer through a dialog, and the details' toggle (`children`: the details are a column
 * from 1200 px) ends the row, so the row is one line on a phone in every language.
 */
export function ConversationActions({ client, c, agents, manage, mayClose, mayReveal, onClose, name, children }: {
  client: DeskClient;
  c: ConversationSummary;
  agents: AgentInfo[];
  manage: boolean;
  mayClose: boolean;
  mayReveal: boolean;
  onClose: () => void;
  name: string;
  children: ComponentChildren;
}) {
  const wide = useMedia(WIDE);
  const [transferTo, setTransferTo] = useState('');
  const [transferring, setTransferring] = useState(false);
  const targets = transferTargets(agents, c.agentId);
  const claim = c.status === 'waiting' && <button type="button" class="btn btn-sm btn-primary" onClick={() => client.act('claim', c.id)}>{t('claim')}</button>;
  const close = mayClose && <button type="button" class="btn btn-sm" onClick={onClose}>{t('close')}</button>;
  const reveal = () => client.reveal(c.id);
  const transfer = () => (setTransferring(false), client.transfer(c.id, transferTo));
  if (wide) {
    return (
      <div class="actions">
        {claim}
        {manage && (
          <>
            <TransferSelect targets={targets} value={transferTo} onChange={setTransferTo} />
            <button type="button" class="btn btn-sm" disabled={!transferTo} onClick={transfer}>{t('transfer')}</button>
            <button type="button" class="btn btn-sm" onClick={() => client.act('release', c.id)}>{t('hand_back')}</button>
          </>
        )}
        {close}
        {mayReveal && <button type="button" class="btn btn-sm btn-ghost" title={t('show_contact_hint')} onClick={reveal}>{t('show_contact')}</button>}
      </div>
    );
  }
  // The main action: claim what waits; else close what is being handled.
  const main = claim || (manage && close);
  const more: MenuItem[] = [
    ...(manage ? [{ label: t('transfer_menu'), onSelect: () => setTransferring(true) }, { label: t('hand_back'), onSelect: () => void client.act('release', c.id) }] : []),
    ...(mayClose && !manage ? [{ label: t('close'), onSelect: onClose, danger: true }] : []),
    ...(mayReveal ? [{ label: t('show_contact'), onSelect: () => void reveal() }] : []),
  ];
  return (
    <>
      <div class="actions">
        {main}
        {more.length > 0 && <Menu label={t('more_actions')} items={more} buttonClass="btn btn-sm" />}
        {children}
      </div>
      <ModalDialog
        open={transferring}
        title={t('transfer_title', { name })}
        titleId={`transfer-${c.id}`}
        onCancel={() => setTransferring(false)}
        actions={
          <>
            <button type="button" class="btn" onClick={() => setTransferring(false)}>{t('confirm_cancel')}</button>
            <button type="button" class="btn btn-primary" disabled={!transferTo} onClick={transfer}>{t('transfer')}</button>
          </>
        }
      >
        <label class="field">
          <span class="field-label">{t('transfer_to')}</span>
          <TransferSelect targets={targets} value={transferTo} onChange={setTransferTo} />
        </label>
      </ModalDialog>
    </>
  );
}
