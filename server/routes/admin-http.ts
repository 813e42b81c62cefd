import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AgentCreateRequest, AgentUpdateRequest, CannedReplyRequest, Id, maskCardNumbers, type CardMaskStyle } from '../../protocol/index.ts';
import type { AgentHub } from '../services/agent-hub.ts';
import type { AuthService } from '../services/auth.ts';
import type { HandoffService } from '../services/handoff.ts';
import { AgentExistsError, type AgentPatch } from '../storage/agent-types.ts';
import type { Storage } from '../storage/types.ts';
import { requireAdmin, requireAgent } from './auth-guards.ts';
import { errorBody, parseBody } from './http-errors.ts';

const IdParams = z.strictObject({ id: Id });

/**
 * Agents (admins manage them), canned replies (everyone reads, admins write) and tickets (everyone reads).
 * Disabling or removing an agent ends their sessions and closes their sockets at once.
 */
export function registerAdminRoutes(
  app: FastifyInstance,
  deps: { storage: Storage; auth: AuthService; hub: AgentHub; handoff: HandoffService; cardMask: CardMaskStyle },
): void {
  const { storage, auth, hub, handoff } = deps;
  const cutOff = async (agentId: string) => {
    await storage.deleteAgentSessions(agentId);
    hub.kick(agentId, 'account disabled');
  };
  const announceAgents = async () => hub.broadcast({ type: 'agents', agents: await handoff.agentInfos() });

  app.get('/api/v1/agents', { preHandler: requireAgent }, async () => ({ agents: await handoff.agentInfos() }));
  app.get('/api/v1/canned-replies', { preHandler: requireAgent }, async () => ({ cannedReplies: await storage.listCannedReplies() }));
  app.get('/api/v1/tickets', { preHandler: requireAgent }, async () => ({ tickets: await storage.listTickets(500) }));

  app.register(async (admin) => {
    admin.addHook('preHandler', requireAdmin);

    admin.post('/api/v1/agents', async (request, reply) => {
      const body = parseBody(AgentCreateRequest, request.body, reply);
      if (!body) return reply;
      try {
        const agent = await storage.createAgent({ ...body, passwordHash: await auth.hashPassword(body.password) });
        await announceAgents();
        return reply.code(201).send({ agent: await handoff.agentInfo(agent) });
      } catch (err) {
        if (err instanceof AgentExistsError) return reply.code(409).send(errorBody('conflict', 'an agent with this email exists'));
        throw err;
      }
    });

    admin.patch('/api/v1/agents/:id', async (request, reply) => {
      const params = parseBody(IdParams, request.params, reply);
      const body = params && parseBody(AgentUpdateRequest, request.body, reply);
      if (!params || !body) return reply;
      if (params.id === request.agent!.id && (body.disabled || body.role === 'agent')) {
        return reply.code(409).send(errorBody('invalid_state', 'you cannot disable or demote yourself'));
      }
      const { password, ...rest } = body;
      const patch: AgentPatch = { ...rest, ...(password ? { passwordHash: await auth.hashPassword(password) } : {}) };
      const agent = await storage.updateAgent(params.id, patch);
      if (!agent) return reply.code(404).send(errorBody('not_found', 'no such agent'));
      if (agent.disabled || password) await cutOff(agent.id);
      await announceAgents();
      return { agent: await handoff.agentInfo(agent) };
    });

    admin.delete('/api/v1/agents/:id', async (request, reply) => {
      const params = parseBody(IdParams, request.params, reply);
      if (!params) return reply;
      if (params.id === request.agent!.id) return reply.code(409).send(errorBody('invalid_state', 'you cannot remove yourself'));
      await cutOff(params.id);
      if (!(await storage.deleteAgent(params.id))) return reply.code(404).send(errorBody('not_found', 'no such agent'));
      await announceAgents();
      return reply.code(204).send();
    });

    admin.post('/api/v1/canned-replies', async (request, reply) => {
      const body = parseBody(CannedReplyRequest, request.body, reply);
      if (!body) return reply;
      return reply.code(201).send({ cannedReply: await storage.putCannedReply(body.shortcut, maskCardNumbers(body.text, deps.cardMask)) });
    });

    admin.delete('/api/v1/canned-replies/:id', async (request, reply) => {
      const params = parseBody(IdParams, request.params, reply);
      if (!params) return reply;
      if (!(await storage.deleteCannedReply(params.id))) return reply.code(404).send(errorBody('not_found', 'no such canned reply'));
      return reply.code(204).send();
    });
  });
}
