import type { ChatMessage } from '../protocol/index.ts';

/**
 * The questions a "did you mean…" reply offered, listed under it in the transcript: the reply says "one of these
 * below?", so once its buttons are gone (the visitor wrote on, or an agent reads the history) the list stays.
 */
export function OfferedChoices({ message }: { message: Pick<ChatMessage, 'bot'> }) {
  const offered = message.bot?.kind === 'suggest' ? message.bot.suggestions : [];
  if (offered.length === 0) return null;
  return (
    <ul class="offered">
      {offered.map((s) => (
        <li key={s.faqId} dir="auto">{s.question}</li>
      ))}
    </ul>
  );
}
