import type { AgentInfo, Note } from '../protocol/index.ts';
import { t } from './i18n.ts';
import { mentionSegments } from './mentions.ts';

/** A note's words with the teammates it mentions marked ("@Mei", and "you" beside the reader's own); text only, never HTML. */
export function NoteText({ note, agents, me }: { note: Note; agents: readonly AgentInfo[]; me: string }) {
  const people = agents.filter((a) => note.mentions.includes(a.id));
  return (
    <p dir="auto">
      {mentionSegments(note.text, people).map((s, i) =>
        s.mention ? (
          <mark key={i} class="mention" data-me={s.mention === me ? 'true' : undefined}>
            {s.text}
            {s.mention === me && <span class="mention-you"> ({t('mention_you')})</span>}
          </mark>
        ) : (
          s.text
        ),
      )}
    </p>
  );
}
