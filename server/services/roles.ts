import type { AgentRole } from '../../protocol/index.ts';

/** What a role may do beyond reading. One row per role, so a new role must take every decision here. */
export interface RoleRights {
  /** Changes anything at all (replies, claims, notes, labels, settings…); false: every write is refused, `read_only`. */
  writes: boolean;
  /** Is given chats: claims, is routed to and transferred to, and counts as someone who can answer (queue estimates). */
  takesChats: boolean;
  /** Reads every conversation's figures in reports (else only those they owned). */
  seesWholeDesk: boolean;
}

export const ROLE_RIGHTS: Readonly<Record<AgentRole, Readonly<RoleRights>>> = Object.freeze({
  agent: { writes: true, takesChats: true, seesWholeDesk: false },
  admin: { writes: true, takesChats: true, seesWholeDesk: true },
  // A team lead reviewing quality, a compliance officer, an auditor: reads, never writes, is never given a chat.
  viewer: { writes: false, takesChats: false, seesWholeDesk: true },
});

export const mayWrite = (a: { role: AgentRole }): boolean => ROLE_RIGHTS[a.role].writes;
export const takesChats = (a: { role: AgentRole }): boolean => ROLE_RIGHTS[a.role].takesChats;
export const seesWholeDesk = (a: { role: AgentRole }): boolean => ROLE_RIGHTS[a.role].seesWholeDesk;
