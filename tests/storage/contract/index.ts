import { agentsContract } from './agents.ts';
import { contractContext, type StorageFactory } from './context.ts';
import { conversationLogContract } from './conversation-log.ts';
import { faqIdentityAuditContract } from './faq-identity-audit.ts';
import { handoffContract } from './handoff.ts';
import { messagesContract } from './messages.ts';
import { resendsContract } from './resends.ts';
import { visitorDataContract } from './visitor-data.ts';
import { webhooksContract } from './webhooks.ts';
import { emailContract } from './email.ts';
import { faqHistorySitesContract } from './faq-history-sites.ts';
import { jobsContract } from './jobs.ts';
import { ticketsContract } from './tickets.ts';
import { teamsContract } from './teams.ts';
import { securityContract } from './security.ts';
import { searchContract } from './search.ts';
import { attachmentsContract } from './attachments.ts';
import { setupContract } from './setup.ts';
import { idleContract } from './idle.ts';
import { writtenLocaleContract } from './written-locale.ts';
import { mentionsContract } from './mentions.ts';
import { snoozeContract } from './snooze.ts';

export type { StorageFactory, StoragePlace } from './context.ts';

/**
 * The storage contract: every behaviour the services rely on, written once; each adapter's test file runs
 * it with a factory for its own empty places (tests/storage/sqlite.test.ts, tests/storage/postgres.test.ts).
 * A new storage method gets its cases here, so both adapters are held to them.
 */
export function runStorageContract(factory: StorageFactory): void {
  const ctx = contractContext(factory);
  messagesContract(ctx);
  resendsContract(ctx);
  handoffContract(ctx);
  agentsContract(ctx);
  faqIdentityAuditContract(ctx);
  visitorDataContract(ctx);
  conversationLogContract(ctx);
  webhooksContract(ctx);
  emailContract(ctx);
  faqHistorySitesContract(ctx);
  jobsContract(ctx);
  ticketsContract(ctx);
  teamsContract(ctx);
  securityContract(ctx);
  searchContract(ctx);
  attachmentsContract(ctx);
  setupContract(ctx);
  idleContract(ctx);
  writtenLocaleContract(ctx);
  mentionsContract(ctx);
  snoozeContract(ctx);
}
