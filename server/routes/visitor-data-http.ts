import { z } from 'zod';
import { EraseResponse, Id, VisitorExport } from '../../protocol/index.ts';
import type { Bus } from '../bus/types.ts';
import { KefuError } from '../errors.ts';
import type { AgentChannel } from '../services/agent-channel.ts';
import type { AuditStore } from '../storage/audit-types.ts';
import { CopyRemainsError, type Erased, type VisitorDataStore } from '../storage/visitor-data-types.ts';
import type { AttachmentService } from '../services/attachments.ts';
import { requireAdmin } from './auth-guards.ts';
import type { Api } from './schema-first.ts';

const IdParams = z.strictObject({ id: Id });

/**
 * Data-subject requests, admins only: GET …/export returns everything about one visitor as JSON;
 * DELETE erases it, closes the visitor's open sockets and drops their conversations from the consoles.
 * The audit record names the admin and the counts, never the visitor.
 */
export function registerVisitorDataRoutes(
  app: Api,
  deps: { store: VisitorDataStore; audit: AuditStore; bus: Bus; agents: AgentChannel; attachments: Pick<AttachmentService, 'eraseConversations' | 'exportConversation'> },
): void {
  const { store, audit, bus, agents, attachments } = deps;
  app.register(async (admin: Api) => {
    admin.addHook('onRequest', requireAdmin);

    // The export is the data subject's own copy: unmasked.
    admin.get(
      '/api/v1/admin/visitors/:id/export',
      { config: { revealsPersonalData: true }, schema: { params: IdParams, response: { 200: VisitorExport } } },
      async (request, reply) => {
        const data = await store.exportVisitor(request.params.id);
        if (!data) throw new KefuError('not_found', 'no such visitor');
        // Each conversation's files, with their bytes (base64).
        for (const c of data.conversations) c.attachments = await attachments.exportConversation(String(c.id));
        await audit.addAudit({ agentId: request.agent!.id, action: 'visitor.exported', conversationId: null, detail: { conversations: data.conversations.length } });
        return reply.header('content-disposition', 'attachment; filename="visitor-export.json"').send(data);
      },
    );

    admin.delete('/api/v1/admin/visitors/:id', { schema: { params: IdParams, response: { 200: EraseResponse } } }, async (request) => {
      // The rows gone but a copy not (yet) wiped from the files: finish everything else, then say so.
      let erased: Erased | null;
      let wiped = true;
      try {
        erased = await store.eraseVisitor(request.params.id);
      } catch (err) {
        if (!(err instanceof CopyRemainsError) || typeof err.erased === 'number') throw err;
        erased = err.erased;
        wiped = false;
      }
      if (!erased) throw new KefuError('not_found', 'no such visitor');
      await attachments.eraseConversations(erased.conversationIds);
      await audit.addAudit({ agentId: request.agent!.id, action: 'visitor.erased', conversationId: null, detail: { ...erased.counts, ...(wiped ? {} : { wiped }) } });
      await Promise.all(erased.conversationIds.map((conversationId) => bus.publish(conversationId, { type: 'erased', conversationId })));
      await agents.broadcast({ type: 'erased', conversationIds: erased.conversationIds });
      if (!wiped) throw new KefuError('erasure_incomplete', 'the visitor is deleted, but a copy could not yet be wiped from the database files; it is wiped again at the next erasure or retention run');
      return { erased: erased.counts };
    });
  });
}
