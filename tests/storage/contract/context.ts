import { afterEach } from 'vitest';
import { openStorage, type OpenedStorage } from '../../../server/storage/open.ts';
import type { ConversationState } from '../../../server/storage/agent-types.ts';
import type { TransitionLog } from '../../../server/storage/log-types.ts';
import type { NewMessage, Storage } from '../../../server/storage/types.ts';

/** Where a storage under test lives: SQLite (a data directory) or PostgreSQL (a database URL). */
export interface StoragePlace {
  databaseUrl: string | null;
  dataDir: string;
}

/** How a test file makes an empty place for each test, for one adapter. */
export interface StorageFactory {
  engine: 'sqlite' | 'postgres';
  freshPlace(): Promise<StoragePlace>;
}

export interface ContractContext {
  engine: StorageFactory['engine'];
  /** A fresh, empty storage (closed after the test). */
  fresh(): Promise<OpenedStorage & { place: StoragePlace }>;
  /** Open the same place again (a restart, or a second node on the same database). */
  open(place: StoragePlace): Promise<OpenedStorage>;
}

/** The contract's context for one adapter: everything opened in a test is closed after it. */
export function contractContext(factory: StorageFactory): ContractContext {
  const opened: OpenedStorage[] = [];
  afterEach(async () => {
    for (const o of opened.splice(0).reverse()) {
      await o.visitorData.close();
      await o.storage.close();
    }
  });
  const open = async (place: StoragePlace) => {
    const o = await openStorage(place);
    opened.push(o);
    return o;
  };
  return {
    engine: factory.engine,
    open,
    async fresh() {
      const place = await factory.freshPlace();
      return { ...(await open(place)), place };
    },
  };
}

/** A visitor's message (or another author's, by overriding). */
export const msg = (conversationId: string, clientId: string | null, text: string, extra: Partial<NewMessage> = {}): NewMessage => ({
  conversationId,
  author: 'visitor',
  authorName: null,
  text,
  clientId,
  bot: null,
  ...extra,
});

/** A visitor and their open conversation. */
export async function visitorWithConversation(s: Storage, tokenHash = 'token-hash-1') {
  const visitor = await s.createVisitor(tokenHash, 'en');
  const conversation = await s.openConversation(visitor.id, 'en');
  return { visitor, conversation };
}

export const newAgent = (s: Storage, name: string, extra: { maxChats?: number; role?: 'agent' | 'admin' | 'viewer'; canSeePersonalData?: boolean } = {}) =>
  s.createAgent({
    email: `${name}@example.com`,
    name,
    role: extra.role ?? 'agent',
    passwordHash: `hash-of-${name}`,
    maxChats: extra.maxChats ?? 5,
    ...(extra.canSeePersonalData === undefined ? {} : { canSeePersonalData: extra.canSeePersonalData }),
  });

const LOGGED_AS = { waiting: 'queued', assigned: 'claimed', closed: 'closed', bot: 'released' } as const;

/** The event-log entry of a state change made by the system (routing), by where it goes. */
export const bySystem = (to: ConversationState['status']): TransitionLog => ({
  type: LOGGED_AS[to],
  actor: 'system',
  agentId: null,
  ...(to === 'waiting' ? { reason: 'asked' as const } : {}),
});
