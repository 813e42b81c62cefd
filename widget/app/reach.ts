import type { Reach } from '../../protocol/sites.ts';
import { formatWhen, t } from './ui-language.ts';

/**
 * The one sentence the header says about people: "Usually replies in about 3 min", "We are away — back Mon
 * 09:00" (in the visitor's own time zone), "Nobody is available right now"; null until the server has said.
 * While an agent has the chat (`agent`: their name) it speaks of them, never of whether anyone else is free: "Chatting
 * with Mei" while someone is online, "Mei will reply here" while nobody is (an agent who answered without the
 * console open, or after hours).
 */
export function reachLine(reach: Reach | null, agent: string | null = null, now = Date.now()): string | null {
  if (!reach) return null;
  if (agent !== null) return t(reach.kind === 'online' ? 'reach_assigned' : 'reach_assigned_away', { name: agent });
  if (reach.kind === 'online') return reach.replySec === null ? t('reach_online') : t('reach_reply', { minutes: Math.max(1, Math.round(reach.replySec / 60)) });
  if (reach.reason === 'nobody') return t('reach_nobody');
  return reach.backAt === null ? t('reach_closed') : t('reach_back', { when: formatWhen(reach.backAt, now) });
}
