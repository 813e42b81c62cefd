import { useState } from 'preact/hooks';
import { CONTACT_KINDS, contactProblem, type ContactKind } from '../../protocol/contact.ts';
import { LIMITS } from '../../protocol/limits.ts';
import type { ChatClient } from './chat/client.ts';
import type { HandoffView } from './chat/handoff.ts';
import { formatWhen, t } from './ui-language.ts';

/** The keyboard and autofill each kind of contact wants (the field stays type=text: the check is ours). */
const INPUT: Record<ContactKind, { inputMode: 'email' | 'tel' | 'text'; autoComplete: string }> = {
  email: { inputMode: 'email', autoComplete: 'email' },
  phone: { inputMode: 'tel', autoComplete: 'tel' },
  wechat: { inputMode: 'text', autoComplete: 'off' },
  line: { inputMode: 'text', autoComplete: 'off' },
  other: { inputMode: 'text', autoComplete: 'off' },
};

/**
 * Leave a message when nobody can answer: how to be reached (e-mail, phone, WeChat, LINE or other), the
 * message, each checked before sending with the reason at its field in the visitor's language; the server's
 * refusal lands at the same field (or above the button when it is not about a field). Once stored: what was
 * sent, to which contact, and when to expect a reply.
 */
export function TicketForm({ client, h }: { client: ChatClient; h: HandoffView }) {
  const [kind, setKind] = useState<ContactKind>('email');
  const [contact, setContact] = useState('');
  const [text, setText] = useState('');
  const [checked, setChecked] = useState(false);

  if (h.ticket) {
    return (
      <section class="ticket-done" role="status" tabIndex={-1} aria-labelledby="ticket-done-title">
        <h2 id="ticket-done-title">{t('ticket_saved_title')}</h2>
        <p>{t('ticket_reply_to', { contact: `${t(`kind_${h.ticket.contactKind}`)} ${h.ticket.contact}` })}</p>
        <p>{h.ticket.replyAfter === null ? t('ticket_when_soon') : t('ticket_when_back', { when: formatWhen(h.ticket.replyAfter) })}</p>
        <blockquote dir="auto">{h.ticket.text}</blockquote>
      </section>
    );
  }

  const serverField = h.ticketError?.path;
  const contactIssue = checked ? contactProblem(kind, contact) : null;
  const textIssue = checked && !text.trim() ? t('problem_text_empty') : null;
  const contactError = contactIssue ? t(`problem_${contactIssue}`) : serverField === 'contact' ? t(`problem_${kind}`) : null;
  const textError = textIssue ?? (serverField === 'text' ? t('problem_text_empty') : null);
  const formError = h.ticketError && !serverField ? t('ticket_failed') : null;
  const field = INPUT[kind];

  return (
    <form
      class="ticket"
      noValidate
      aria-labelledby="ticket-title"
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        setChecked(true);
        // Once drawn with its reason (a microtask), the first field to correct takes focus, and its reason is read with it.
        if (contactProblem(kind, contact) || !text.trim()) return queueMicrotask(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')!.focus());
        client.handoffAction({ type: 'leave_message', contactKind: kind, contact: contact.trim(), text: text.trim() });
      }}
    >
      <h2 id="ticket-title">{t('ticket_title')}</h2>
      <div class="segmented" role="radiogroup" aria-label={t('contact_kind_label')}>
        {CONTACT_KINDS.map((k) => (
          <label key={k}>
            <input type="radio" name="contactKind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            <span>{t(`kind_${k}`)}</span>
          </label>
        ))}
      </div>
      <label class="field">
        <span class="field-label">{t(`contact_${kind}`)}</span>
        <input
          name="contact"
          inputMode={field.inputMode}
          autoComplete={field.autoComplete}
          maxLength={200}
          value={contact}
          aria-invalid={contactError ? 'true' : 'false'}
          aria-describedby={contactError ? 'contact-error' : undefined}
          onInput={(e) => setContact(e.currentTarget.value)}
        />
        {contactError && <span id="contact-error" class="field-error">{contactError}</span>}
      </label>
      <label class="field">
        <span class="field-label">{t('ticket_message')}</span>
        <textarea
          name="text"
          rows={3}
          maxLength={LIMITS.messageText}
          value={text}
          aria-invalid={textError ? 'true' : 'false'}
          aria-describedby={textError ? 'text-error' : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        {textError && <span id="text-error" class="field-error">{textError}</span>}
      </label>
      {formError && <p class="alert alert-danger" role="alert">{formError}</p>}
      <button type="submit" class="btn btn-primary" disabled={h.ticketSending}>
        {h.ticketSending ? t('msg_sending') : t('ticket_send')}
      </button>
    </form>
  );
}
