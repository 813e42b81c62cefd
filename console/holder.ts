import type { ConversationSummary } from '../protocol/index.ts';
import { t } from './i18n.ts';

/**
 * Who holds a conversation, as the reader says it: "You" for their own (Intercom's and Crisp's "assigned to you": an
 * agent's own name read like a teammate's), else the agent's name; null when nobody holds it.
 */
export const holderName = (c: Pick<ConversationSummary, 'agentId' | 'agentName'>, meId: string): string | null =>
  c.agentId !== null && c.agentId === meId ? t('you') : c.agentName;
