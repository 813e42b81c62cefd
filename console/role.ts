import type { AgentInfo } from '../protocol/index.ts';

/**
 * A viewer (a team lead reviewing quality, a compliance officer, an auditor) reads and never writes: the console
 * shows no composer, no claim, close, transfer or language menu, and no settings; the server refuses the same
 * (server/services/roles.ts), so this only spares them buttons that could not work.
 */
export const readOnly = (me: Pick<AgentInfo, 'role'>): boolean => me.role === 'viewer';

/** May unmask a visitor's contact details in a conversation (the server checks and audits each time). */
export const maySeeContact = (me: Pick<AgentInfo, 'role' | 'canSeePersonalData'>): boolean => me.role === 'admin' || me.canSeePersonalData;
