import { z } from 'zod';
import {
  AgentCreateRequest,
  AgentList,
  AgentResponse,
  AgentUpdateRequest,
  type AgentRole,
  CannedReplyList,
  CannedReplyRequest,
  CannedReplyResponse,
  Id,
  maskCardNumbers,
  type CardMaskStyle,
} from '../../protocol/index.ts';
import { KefuError } from '../errors.ts';
import type { AgentChannel } from '../services/agent-channel.ts';
import type { AuthService } from '../services/auth.ts';
import type { HandoffService } from '../services/handoff.ts';
import { AgentExistsError, type AgentPatch } from '../storage/agent-types.ts';
import type { Storage } from '../storage/types.ts';
import { agentChangeRecords, agentFacts } from '../services/audit-trail.ts';
import { requireAdmin, requireAgent } from './auth-guards.ts';
import { NO_CONTENT, type Api } from './schema-first.ts';
import { takesChats } from '../services/roles.ts';

const IdParams = z.strictObject({ id: Id });
/** A new account's chat limit when the request names none. */
const DEFAULT_MAX_CHATS = 5;

/** A chat limit for an account that takes no chats (a viewer) would be stored and mean nothing: refused, 400. */
function refuseLimitWithoutChats(role: AgentRole, maxChats: number | undefined): void {
  if (maxChats !== undefined && !takesChats({ role })) {
    throw new KefuError('bad_frame', `a ${role} takes no chats, so has no chat limit`, 'maxChats', 'takes_no_chats');
  }
}

/**
 * Agents (admins manage them) and canned replies (everyone reads, admins write).
 * Disabling, removing or changing the role of an agent ends their sessions and closes their sockets at once. Every change is in the
 * audit log: agents (created, each kind of change with the fields before and after, removed, sessions ended)
 * and canned replies (the text before and after).
 */
export function registerAdminRoutes(
  app: Api,
  deps: { storage: Storage; auth: AuthService; agents: AgentChannel; handoff: HandoffService; cardMask: CardMaskStyle },
): void {
  const { storage, auth, agents, handoff } = deps;
  /** End every session of the agent (audited) and close their sockets. */
  const cutOff = async (by: string, agentId: string, reason: 'disabled' | 'password_set' | 'role_changed' | 'removed') => {
    await storage.deleteAgentSessions(agentId);
    await agents.kick(agentId, 'account disabled');
    await storage.addAudit({ agentId: by, action: 'session.ended', target: agentId, detail: { reason } });
  };
  const cannedByShortcut = async (shortcut: string) => (await storage.listCannedReplies()).find((c) => c.shortcut === shortcut) ?? null;
  const announceAgents = async () => agents.broadcast({ type: 'agents', agents: await handoff.agentInfos() });

  app.get('/api/v1/agents', { onRequest: requireAgent, schema: { response: { 200: AgentList } } }, async () => ({ agents: await handoff.agentInfos() }));
  app.get('/api/v1/canned-replies', { onRequest: requireAgent, schema: { response: { 200: CannedReplyList } } }, async () => ({
    cannedReplies: await storage.listCannedReplies(),
  }));

  app.register(async (admin: Api) => {
    admin.addHook('onRequest', requireAdmin);

    admin.post('/api/v1/agents', { schema: { body: AgentCreateRequest, response: { 201: AgentResponse } } }, async (request, reply) => {
      const body = request.body;
      refuseLimitWithoutChats(body.role, body.maxChats);
      const agent = await storage.createAgent({ ...body, maxChats: body.maxChats ?? DEFAULT_MAX_CHATS, passwordHash: await auth.hashPassword(body.password) }).catch((err: unknown) => {
        throw err instanceof AgentExistsError ? new KefuError('conflict', 'an agent with this email exists') : err;
      });
      await storage.addAudit({ agentId: request.agent!.id, action: 'agent.created', target: agent.id, after: agentFacts(agent) });
      await announceAgents();
      return reply.code(201).send({ agent: await handoff.agentInfo(agent) });
    });

    admin.patch('/api/v1/agents/:id', { schema: { params: IdParams, body: AgentUpdateRequest, response: { 200: AgentResponse } } }, async (request) => {
      const { id } = request.params;
      const { password, ...rest } = request.body;
      if (id === request.agent!.id && (rest.disabled || (rest.role !== undefined && rest.role !== 'admin'))) throw new KefuError('invalid_state', 'you cannot disable or demote yourself');
      const patch: AgentPatch = { ...rest, ...(password ? { passwordHash: await auth.hashPassword(password) } : {}) };
      const before = await storage.getAgent(id);
      if (before) refuseLimitWithoutChats(rest.role ?? before.role, rest.maxChats);
      if (before && rest.role && !takesChats({ role: rest.role }) && takesChats(before)) {
        const held = (await storage.activeChatCounts()).get(id) ?? 0;
        if (held > 0) throw new KefuError('invalid_state', `${before.name} still holds ${held} chats: transfer or hand them back first`);
      }
      const agent = before && (await storage.updateAgent(id, patch));
      if (!agent) throw new KefuError('not_found', 'no such agent');
      for (const record of agentChangeRecords(request.agent!.id, before, agent, Boolean(password))) await storage.addAudit(record);
      // A new role takes effect at the next sign-in: open sockets hold the account as it was when they opened.
      const roleChanged = agent.role !== before.role;
      if (agent.disabled || password || roleChanged) await cutOff(request.agent!.id, agent.id, agent.disabled ? 'disabled' : password ? 'password_set' : 'role_changed');
      await announceAgents();
      if (agent.name !== before.name) await handoff.renamed(agent.id);
      return { agent: await handoff.agentInfo(agent) };
    });

    admin.delete('/api/v1/agents/:id', { schema: { params: IdParams, response: NO_CONTENT } }, async (request, reply) => {
      const { id } = request.params;
      if (id === request.agent!.id) throw new KefuError('invalid_state', 'you cannot remove yourself');
      const before = await storage.getAgent(id);
      if (!before) throw new KefuError('not_found', 'no such agent');
      await cutOff(request.agent!.id, id, 'removed');
      if (!(await storage.deleteAgent(id))) throw new KefuError('not_found', 'no such agent');
      await storage.addAudit({ agentId: request.agent!.id, action: 'agent.removed', target: id, before: agentFacts(before) });
      await announceAgents();
      return reply.code(204).send(null);
    });

    admin.post('/api/v1/canned-replies', { schema: { body: CannedReplyRequest, response: { 201: CannedReplyResponse } } }, async (request, reply) => {
      const { shortcut, text } = request.body;
      const before = await cannedByShortcut(shortcut);
      const cannedReply = await storage.putCannedReply(shortcut, maskCardNumbers(text, deps.cardMask));
      await storage.addAudit({ agentId: request.agent!.id, action: 'canned_reply.saved', target: shortcut, before: before && { text: before.text }, after: { text: cannedReply.text } });
      return reply.code(201).send({ cannedReply });
    });

    admin.delete('/api/v1/canned-replies/:id', { schema: { params: IdParams, response: NO_CONTENT } }, async (request, reply) => {
      const before = (await storage.listCannedReplies()).find((c) => c.id === request.params.id);
      if (!before || !(await storage.deleteCannedReply(before.id))) throw new KefuError('not_found', 'no such canned reply');
      await storage.addAudit({ agentId: request.agent!.id, action: 'canned_reply.deleted', target: before.shortcut, before: { text: before.text } });
      return reply.code(204).send(null);
    });
  });
}
