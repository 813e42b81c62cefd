import type { ComponentChildren, ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { AgentInfo, ConversationSummary } from '../protocol/index.ts';
import type { DeskClient } from './desk-client.ts';
import { ModalDialog } from '../ui/Dialog.tsx';
import { Listbox } from '../ui/Listbox.tsx';
import { Menu, type MenuItem } from '../ui/Menu.tsx';
import { t } from './i18n.ts';
import { readOnly } from './role.ts';
import { useMedia, WIDE } from './media.ts';
import { snoozeItems, snoozed } from './snooze.tsx';

const PRESENCE_ORDER = { online: 0, away: 1, offline: 2 } as const;

/** Agents to transfer to (never a viewer: they take no chats): online first, then away, then offline, each the least busy first. */
const transferTargets = (agents: AgentInfo[], ownerId: string | null) =>
  agents
    .filter((a) => a.id !== ownerId && !a.disabled && !readOnly(a))
    .sort((a, b) => PRESENCE_ORDER[a.presence] - PRESENCE_ORDER[b.presence] || a.activeChats / a.maxChats - b.activeChats / b.maxChats);

/**
 * The transfer dialog's list: each agent with their presence (a dot and the word) and load. The server lets a
 * conversation go to any enabled agent but its owner, whatever their presence or load, so offline agents can be
 * picked too (someone who handles refunds and is back tomorrow); they come last, and choosing one says what it means.
 */
function TransferPicker({ c, targets, value, onChange, onEnter }: { c: ConversationSummary; targets: AgentInfo[]; value: string; onChange: (id: string) => void; onEnter: (id: string) => void }) {
  const label = `transfer-to-${c.id}`;
  const hint = `transfer-hint-${c.id}`;
  const chosen = targets.find((a) => a.id === value);
  if (targets.length === 0) return <p>{t('transfer_none')}</p>;
  return (
    <div class="field">
      <span class="field-label" id={label}>{t('transfer_to')}</span>
      <Listbox
        labelledBy={label}
        describedBy={chosen?.presence === 'offline' ? hint : undefined}
        value={value}
        onChange={onChange}
        onEnter={onEnter}
        options={targets.map((a) => ({
          id: a.id,
          name: a.name,
          children: (
            <>
              <span class="presence-dot" data-presence={a.presence} aria-hidden="true" />
              <span class="agent-text">
                <span class="agent-name">{a.name}</span>{' '}
                <span class="agent-meta">{t(`presence_${a.presence}`)} · {t('chats_of', { active: a.activeChats, max: a.maxChats })}</span>
              </span>
            </>
          ),
        }))}
      />
      {chosen?.presence === 'offline' && <span class="field-hint" id={hint}>{t('transfer_offline', { name: chosen.name })}</span>}
    </div>
  );
}

/**
 * What an agent can do with a conversation: claim; snooze (their own: a menu of wake times; on a phone items of More actions after
 * Transfer… and Hand back, where the shortcut opens it); transfer, hand back (their own, or any as an admin); close
 * (after asking: `onClose`); show the visitor's contact (audited). From 1200 px wide every action is a button
 * in one row; below, the main one (claim a waiting chat, close the agent's own) stays a button and the rest
 * go under a menu (an admin's Close of a chat another agent holds too), and the details' toggle (`children`: the details are a column from 1200 px) ends the row,
 * so the row is one line on a phone in every language. Transfer opens a dialog with the agents at any width.
 */
export function ConversationActions({ client, c, agents, mayClaim, mine, manage, maySnooze, snoozeOpen, onSnooze, mayClose, mayReveal, onClose, name, children }: {
  client: DeskClient;
  c: ConversationSummary;
  agents: AgentInfo[];
  /** Takes chats (not a viewer). */
  mayClaim: boolean;
  /** This agent holds it. */
  mine: boolean;
  manage: boolean;
  /** Its holder may snooze it (the shortcut opens the menu: `snoozeOpen` counts the presses, remounting it open). */
  maySnooze: boolean;
  snoozeOpen: number;
  /** Snooze it until then (the view moves on to the next chat once it leaves the list). */
  onSnooze: (until: number) => void;
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
  // A date and time of the agent's own: its chooser is fetched on first use.
  type Chooser = ComponentType<{ c: ConversationSummary; onSnooze: (until: number) => void; onDone: () => void }>;
  const [Chooser, setChooser] = useState<Chooser | null>(null);
  // A snoozed chat is not snoozed again: its menu changes the wake time (Unsnooze is beside "Snoozed until …").
  const [snoozeLabel, snoozePrefix] = snoozed(c) ? [t('snooze_change'), t('snooze_change_prefix')] : [t('snooze'), t('snooze_prefix')];
  const pick: MenuItem = { label: t('snooze_pick'), onSelect: () => void import('./SnoozeChooser.tsx').then((m) => setChooser(() => m.default)) };
  const claim = mayClaim && c.status === 'waiting' && <button type="button" class="btn btn-sm btn-primary" onClick={() => client.act('claim', c.id)}>{t('claim')}</button>;
  const close = mayClose && <button type="button" class="btn btn-sm" onClick={onClose}>{t('close')}</button>;
  const reveal = () => client.reveal(c.id);
  const transfer = (to: string) => (setTransferring(false), setTransferTo(''), client.transfer(c.id, to));
  const dialog = (
    <ModalDialog
      open={transferring}
      title={t('transfer_title', { name })}
      titleId={`transfer-${c.id}`}
      onCancel={() => setTransferring(false)}
      actions={
        <>
          <button type="button" class="btn" onClick={() => setTransferring(false)}>{t('confirm_cancel')}</button>
          <button type="button" class="btn btn-primary" disabled={!transferTo} onClick={() => transfer(transferTo)}>{t('transfer')}</button>
        </>
      }
    >
      {transferring && <TransferPicker c={c} targets={targets} value={transferTo} onChange={setTransferTo} onEnter={transfer} />}
    </ModalDialog>
  );
  // From 1200 px every action is a button; below, the main one (claim what waits, else close the agent's own) and a
  // menu for the rest: a chat another agent holds has no main action (an admin's Close of it is one of the menu's items;
  // a button beside the menu read as "still yours", after a refused snooze too). Claim starts the row and Close follows the menu: a second tap on Claim (a
  // double tap on a phone) lands on the menu's button, never on Close.
  // Transfer… stays the first item (a dialog: Enter on a menu just opened changes nothing yet); the snooze
  // shortcut opens the menu on the first snooze choice, after Transfer… and Hand back.
  const manageItems: MenuItem[] = manage ? [{ label: t('transfer_menu'), onSelect: () => setTransferring(true) }, { label: t('hand_back'), onSelect: () => void client.act('release', c.id) }] : [];
  const more: MenuItem[] = [
    ...manageItems,
    ...(maySnooze ? [...snoozeItems(onSnooze, snoozePrefix), { ...pick, label: `${snoozePrefix}${pick.label}` }] : []),
    ...(mayClose && !mine ? [{ label: t('close'), onSelect: onClose, danger: true }] : []),
    ...(mayReveal ? [{ label: t('show_contact'), onSelect: () => void reveal() }] : []),
  ];
  return (
    <>
      {wide ? (
        <div class="actions">
          {claim}
          {maySnooze && <Menu key={snoozeOpen} label={snoozeLabel} open={snoozeOpen > 0} items={[...snoozeItems(onSnooze), pick]} buttonClass="btn btn-sm" menuClass="snooze-menu" />}
          {manage && (
            <>
              <button type="button" class="btn btn-sm" onClick={() => setTransferring(true)}>{t('transfer_menu')}</button>
              <button type="button" class="btn btn-sm" onClick={() => client.act('release', c.id)}>{t('hand_back')}</button>
            </>
          )}
          {close}
          {mayReveal && (
            <button type="button" class="btn btn-sm reveal" title={t('show_contact_hint')} onClick={reveal}>
              <svg viewBox="0 0 24 24" aria-hidden="true"><path fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12Z" /><circle cx="12" cy="12" r="3" fill="none" stroke="currentColor" stroke-width="2" /></svg>
              {t('show_contact')}
            </button>
          )}
        </div>
      ) : (
        <div class="actions">
          {claim}
          {more.length > 0 && <Menu key={snoozeOpen} label={t('more_actions')} open={snoozeOpen > 0} start={snoozeOpen > 0 ? manageItems.length : 0} items={more} buttonClass="btn btn-sm" menuClass="snooze-menu" />}
          {!claim && mine && close}
          {children}
        </div>
      )}
      {dialog}
      {Chooser && <Chooser c={c} onSnooze={onSnooze} onDone={() => setChooser(null)} />}
    </>
  );
}
