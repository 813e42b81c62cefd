import type { Bus } from '../bus/types.ts';
import type { Config } from '../config.ts';
import type { AbuseLimits } from '../services/abuse-limits.ts';
import type { AgentChannel } from '../services/agent-channel.ts';
import { createAgentDesk } from '../services/agent-desk.ts';
import { createAuthService } from '../services/auth.ts';
import type { ConversationService } from '../services/conversations.ts';
import type { HandoffService } from '../services/handoff.ts';
import type { Storage } from '../storage/types.ts';
import { registerAdminRoutes } from './admin-http.ts';
import { registerAgentRoutes } from './agent-http.ts';
import { registerAuthRoutes } from './auth-http.ts';
import { registerPersonalDataRoutes } from './personal-data-http.ts';
import { registerProfileRoutes } from './profile-http.ts';
import { registerAgentSocket } from './ws/agent.ts';
import type { Api } from './schema-first.ts';

/** Everything agents and admins use: auth, conversations, admin, and the console's socket. */
export async function registerAgentApi(
  app: Api,
  deps: {
    config: Config;
    storage: Storage;
    bus: Bus;
    agents: AgentChannel;
    handoff: HandoffService;
    conversations: ConversationService;
    limits: AbuseLimits;
    scryptLog2N: number;
    /** How often open agent sockets are re-checked against their sessions. */
    sessionSweepMs?: number;
  },
): Promise<void> {
  const { config, storage, bus, agents, handoff, conversations, limits } = deps;
  const auth = createAuthService({ storage, scryptLog2N: deps.scryptLog2N });
  app.decorate('auth', auth);
  const created = await auth.ensureFirstAdmin(config.admin);
  if (created) app.log.info({ agentId: created.id }, 'created the first admin from KEFU_ADMIN_EMAIL');

  const desk = createAgentDesk({ storage, bus, agents, handoff, conversations, cardMask: config.cardMask });
  registerPersonalDataRoutes(app, { desk, handoff, storage });
  registerAuthRoutes(app, { auth, handoff, agents, limits, secureCookies: config.publicUrl.startsWith('https:') });
  registerProfileRoutes(app, { auth, handoff, agents });
  registerAgentRoutes(app, { desk, handoff });
  registerAdminRoutes(app, { storage, auth, agents, handoff, cardMask: config.cardMask });
  registerAgentSocket(app, config, { desk, handoff, agents, bus, storage });

  // Open console sockets end with their session: absolute lifetime, or anything else that killed it.
  const sweep = setInterval(() => {
    agents.revalidate(async (session) => (await auth.authenticateSession(session)) !== null).catch((err: unknown) => app.log.error({ err }, 'session sweep failed'));
  }, deps.sessionSweepMs ?? 15_000);
  sweep.unref();
  app.addHook('onClose', async () => clearInterval(sweep));
}
