import type { Bus } from '../bus/types.ts';
import type { Config } from '../config.ts';
import type { AbuseLimits } from '../services/abuse-limits.ts';
import type { AgentChannel } from '../services/agent-channel.ts';
import { createAgentDesk } from '../services/agent-desk.ts';
import { createMentionService } from '../services/mentions.ts';
import { registerMentionRoutes } from './mentions-http.ts';
import { createAuthService } from '../services/auth.ts';
import type { ConversationService } from '../services/conversations.ts';
import type { HandoffService } from '../services/handoff.ts';
import { createTicketService } from '../services/tickets.ts';
import type { WebhookPayloads } from '../services/webhook-payloads.ts';
import type { TeamDirectory } from '../services/teams.ts';
import type { Storage } from '../storage/types.ts';
import type { FileLinks } from '../services/attachment-links.ts';
import { registerAdminRoutes } from './admin-http.ts';
import { registerAgentRoutes } from './agent-http.ts';
import { registerSnoozeRoutes } from './snooze-http.ts';
import type { SnoozeService } from '../services/snooze.ts';
import { registerAuthRoutes } from './auth-http.ts';
import { registerPersonalDataRoutes } from './personal-data-http.ts';
import { registerProfileRoutes } from './profile-http.ts';
import { registerTicketRoutes } from './tickets-http.ts';
import { registerTeamRoutes } from './teams-http.ts';
import { registerSecurityRoutes } from './security-http.ts';
import { registerTwoFactorRoutes } from './two-factor-http.ts';
import { secretBox } from '../services/secret-box.ts';
import { serverSecret } from '../services/server-secret.ts';
import { UNREADABLE_SECRET_HINT, createTwoFactorService } from '../services/two-factor.ts';
import { registerSearchRoutes } from './search-http.ts';
import { registerSetupRoutes } from './setup-http.ts';
import { createFirstRun } from '../services/first-run.ts';
import { createSearchService } from '../services/search.ts';
import { registerAgentSocket } from './ws/agent.ts';
import type { WhoIsHere } from '../services/who-is-here.ts';
import type { Api } from './schema-first.ts';

/** Everything agents and admins use: auth, conversations, tickets, admin, and the console's socket. */
export async function registerAgentApi(
  app: Api,
  deps: {
    config: Config;
    storage: Storage;
    bus: Bus;
    agents: AgentChannel;
    handoff: HandoffService;
    conversations: ConversationService;
    snooze: SnoozeService;
    teams: TeamDirectory;
    limits: AbuseLimits;
    links: FileLinks;
    /** Who has each conversation open in a console (the `here` frames). */
    here: WhoIsHere;
    /** The clock the console sockets' frame budgets refill by. */
    frameClock: () => number;
    /** Webhooks hear of tickets solved. */
    events: Pick<WebhookPayloads, 'ticketSolved'>;
    scryptLog2N: number;
    /** How often open agent sockets are re-checked against their sessions. */
    sessionSweepMs?: number;
    /** Told the first-run setup link when this node issues one (no admin exists yet); nothing when absent. */
    onSetupLink?: (link: { url: string; expiresAt: number }) => void;
  },
): Promise<void> {
  const { config, storage, bus, agents, handoff, conversations, teams, limits, links } = deps;
  const box = secretBox(serverSecret(config.security.totpKey, config.dataDir, 'totp.key'), 'TOTP secret');
  const onUnreadable = (agentId: string) =>
    app.log.error({ agentId }, `two-factor code not checked: the agent's TOTP secret does not open with this server's key. ${UNREADABLE_SECRET_HINT}`);
  const twoFactor = createTwoFactorService({ store: storage, issuer: `Kefu (${new URL(config.publicUrl).hostname})`, box, onUnreadable });
  const { sealed, unreadable } = await twoFactor.sealStored();
  if (sealed > 0) app.log.info({ agents: sealed }, 'sealed the TOTP secrets stored plain');
  if (unreadable > 0) app.log.warn({ secrets: unreadable }, `${unreadable} stored TOTP secrets do not open with this server's key: their authenticator codes will be refused. ${UNREADABLE_SECRET_HINT}`);
  const auth = createAuthService({ storage, twoFactor, scryptLog2N: deps.scryptLog2N });
  app.decorate('auth', auth);
  app.decorate('twoFactor', twoFactor);
  const created = await auth.ensureFirstAdmin(config.admin);
  if (created) app.log.info({ agentId: created.id }, 'created the first admin from KEFU_ADMIN_EMAIL');
  const firstRun = createFirstRun({ storage, scryptLog2N: deps.scryptLog2N });
  const link = await firstRun.issueLink(config.publicUrl);
  if (link) {
    app.log.warn({ expiresAt: new Date(link.expiresAt).toISOString() }, 'no admin yet: a one-time setup link was printed to stdout');
    deps.onSetupLink?.(link);
  }

  const mentions = createMentionService({ storage, agents, teams });
  const desk = createAgentDesk({ storage, bus, agents, handoff, conversations, teams, mentions, cardMask: config.cardMask });
  registerMentionRoutes(app, { mentions });
  registerPersonalDataRoutes(app, { desk, handoff, storage, links });
  registerAuthRoutes(app, { auth, handoff, agents, limits, audit: storage, secureCookies: config.publicUrl.startsWith('https:') });
  registerTwoFactorRoutes(app, { twoFactor, limits, audit: storage, announce: async () => agents.broadcast({ type: 'agents', agents: await handoff.agentInfos() }) });
  registerSecurityRoutes(app, { audit: storage, twoFactor });
  registerProfileRoutes(app, { auth, handoff, agents, audit: storage });
  registerAgentRoutes(app, { desk, handoff });
  registerSnoozeRoutes(app, { snooze: deps.snooze, handoff });
  registerTeamRoutes(app, { teams, desk, handoff });
  registerSearchRoutes(app, { search: createSearchService({ storage, handoff }) });
  registerSetupRoutes(app, { firstRun, handoff, audit: storage, secureCookies: config.publicUrl.startsWith('https:') });
  registerAdminRoutes(app, { storage, auth, agents, handoff, cardMask: config.cardMask });
  registerTicketRoutes(app, { tickets: createTicketService({ storage, agents, events: deps.events }) });
  registerAgentSocket(app, config, { desk, mentions, handoff, agents, bus, storage, links, here: deps.here, frames: config.security.limits.agentFrames, frameClock: deps.frameClock });

  // Open console sockets end with their session: absolute lifetime, or anything else that killed it.
  const sweep = setInterval(() => {
    agents.revalidate(async (session) => (await auth.authenticateSession(session)) !== null).catch((err: unknown) => app.log.error({ err }, 'session sweep failed'));
  }, deps.sessionSweepMs ?? 15_000);
  sweep.unref();
  app.addHook('onClose', async () => clearInterval(sweep));
}
