/** What routing needs to know about one agent. */
export interface RoutingCandidate {
  id: string;
  online: boolean;
  active: number;
  maxChats: number;
}

/**
 * The least-busy online agent under their concurrent-chat limit (ties: the first listed), or null when
 * nobody can take another chat: the conversation then stays in the queue.
 */
export function pickAgent(candidates: readonly RoutingCandidate[]): string | null {
  let best: RoutingCandidate | null = null;
  for (const c of candidates) {
    if (!c.online || c.active >= c.maxChats) continue;
    if (!best || c.active < best.active) best = c;
  }
  return best?.id ?? null;
}
