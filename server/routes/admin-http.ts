import { z } from 'zod';
import {
  AgentCreateRequest,
  AgentList,
  AgentResponse,
  AgentUpdateRequest,
  CannedReplyList,
  CannedReplyRequest,
  CannedReplyResponse,
  Id,
  TicketList,
  maskCardNumbers,
  type CardMaskStyle,
} from '../../protocol/index.ts';
import { KefuError } from '../errors.ts';
import type { AgentChannel } from '../services/agent-channel.ts';
import type { AuthService } from '../services/auth.ts';
import type { HandoffService } from '../services/handoff.ts';
import { AgentExistsError, type AgentPatch } from '../storage/agent-types.ts';
import type { Storage } from '../storage/types.ts';
import { requireAdmin, requireAgent } from './auth-guards.ts';
import { NO_CONTENT, type Api } from './schema-first.ts';

const IdParams = z.strictObject({ id: Id });

/**
 * Agents (admins manage them), canned replies (everyone reads, admins write) and tickets (everyone reads).
 * Disabling or removing an agent ends their sessions and closes their sockets at once.
 */
export function registerAdminRoutes(
  app: Api,
  deps: { storage: Storage; auth: AuthService; agents: AgentChannel; handoff: HandoffService; cardMask: CardMaskStyle },
): void {
  const { storage, auth, agents, handoff } = deps;
  const cutOff = async (agentId: string) => {
    await storage.deleteAgentSessions(agentId);
    await agents.kick(agentId, 'account disabled');
  };
  const announceAgents = async () => agents.broadcast({ type: 'agents', agents: await handoff.agentInfos() });

  app.get('/api/v1/agents', { onRequest: requireAgent, schema: { response: { 200: AgentList } } }, async () => ({ agents: await handoff.agentInfos() }));
  app.get('/api/v1/canned-replies', { onRequest: requireAgent, schema: { response: { 200: CannedReplyList } } }, async () => ({
    cannedReplies: await storage.listCannedReplies(),
  }));
  app.get('/api/v1/tickets', { onRequest: requireAgent, schema: { response: { 200: TicketList } } }, async () => ({ tickets: await storage.listTickets(500) }));

  app.register(async (admin: Api) => {
    admin.addHook('onRequest', requireAdmin);

    admin.post('/api/v1/agents', { schema: { body: AgentCreateRequest, response: { 201: AgentResponse } } }, async (request, reply) => {
      const body = request.body;
      const agent = await storage.createAgent({ ...body, passwordHash: await auth.hashPassword(body.password) }).catch((err: unknown) => {
        throw err instanceof AgentExistsError ? new KefuError('conflict', 'an agent with this email exists') : err;
      });
      await announceAgents();
      return reply.code(201).send({ agent: await handoff.agentInfo(agent) });
    });

    admin.patch('/api/v1/agents/:id', { schema: { params: IdParams, body: AgentUpdateRequest, response: { 200: AgentResponse } } }, async (request) => {
      const { id } = request.params;
      const { password, ...rest } = request.body;
      if (id === request.agent!.id && (rest.disabled || rest.role === 'agent')) throw new KefuError('invalid_state', 'you cannot disable or demote yourself');
      const patch: AgentPatch = { ...rest, ...(password ? { passwordHash: await auth.hashPassword(password) } : {}) };
      const agent = await storage.updateAgent(id, patch);
      if (!agent) throw new KefuError('not_found', 'no such agent');
      if (agent.disabled || password) await cutOff(agent.id);
      await announceAgents();
      return { agent: await handoff.agentInfo(agent) };
    });

    admin.delete('/api/v1/agents/:id', { schema: { params: IdParams, response: NO_CONTENT } }, async (request, reply) => {
      const { id } = request.params;
      if (id === request.agent!.id) throw new KefuError('invalid_state', 'you cannot remove yourself');
      await cutOff(id);
      if (!(await storage.deleteAgent(id))) throw new KefuError('not_found', 'no such agent');
      await announceAgents();
      return reply.code(204).send(null);
    });

    admin.post('/api/v1/canned-replies', { schema: { body: CannedReplyRequest, response: { 201: CannedReplyResponse } } }, async (request, reply) => {
      const { shortcut, text } = request.body;
      return reply.code(201).send({ cannedReply: await storage.putCannedReply(shortcut, maskCardNumbers(text, deps.cardMask)) });
    });

    admin.delete('/api/v1/canned-replies/:id', { schema: { params: IdParams, response: NO_CONTENT } }, async (request, reply) => {
      if (!(await storage.deleteCannedReply(request.params.id))) throw new KefuError('not_found', 'no such canned reply');
      return reply.code(204).send(null);
    });
  });
}
