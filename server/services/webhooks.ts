import { randomUUID } from 'node:crypto';
import type { WebhookCreateRequest, WebhookUpdateRequest, WebhookDelivery, WebhookEndpoint, WebhookEvent, WebhookPayload } from '../../protocol/index.ts';
import type { Storage } from '../storage/types.ts';
import type { WebhookEndpointRecord } from '../storage/webhook-types.ts';
import { startWebhookDispatcher, type WebhookTimings } from './webhook-dispatcher.ts';
import { newWebhookSecret } from './webhook-signature.ts';

/** The one call the rest of the server makes: "this happened". Cheap when nobody subscribed. */
export interface WebhookEvents {
  /**
   * Queue `event` for every endpoint subscribed to it. `data` is built only when someone is, and must hold
   * no unmasked personal data. Never throws; failures go to the service's error handler.
   */
  emit(event: WebhookEvent, conversationId: string | null, data: () => Promise<Record<string, unknown>>): void;
}

export interface WebhookService extends WebhookEvents {
  /** Register an endpoint; the secret (given or generated) is returned here and never again. */
  create(request: WebhookCreateRequest): Promise<{ webhook: WebhookEndpoint; secret: string }>;
  list(): Promise<WebhookEndpoint[]>;
  /** A new URL and events; null when there is no such endpoint. */
  update(id: string, change: WebhookUpdateRequest): Promise<WebhookEndpoint | null>;
  remove(id: string): Promise<boolean>;
  /** Another node changed the endpoints: read them again before the next event. */
  forget(): void;
  /** Null when there is no such endpoint. */
  deliveries(endpointId: string, limit: number): Promise<WebhookDelivery[] | null>;
  redeliver(endpointId: string, deliveryId: string): Promise<boolean>;
  stop(): Promise<void>;
}

/** Other nodes may add or remove endpoints: the subscriber list is re-read at least this often. */
const SUBSCRIBERS_TTL_MS = 10_000;
/** Delivery attempts reach the open Webhooks pages at most this often per node (the last one always does). */
const DELIVERIES_ANNOUNCED_EVERY_MS = 1_000;

export function createWebhookService(deps: {
  storage: Storage;
  timings: WebhookTimings;
  allowPrivate: boolean;
  /**
   * Tell every node and every admin console that the endpoints changed (after an add, edit or removal), or that
   * deliveries were attempted (the consoles only: the nodes' subscriber lists stand).
   */
  announce: (what: 'endpoints' | 'deliveries') => Promise<void>;
  onError: (err: unknown, message: string) => void;
}): WebhookService {
  const { storage, timings } = deps;
  let subscribers: { at: number; endpoints: WebhookEndpointRecord[] } | null = null;
  let loading: Promise<WebhookEndpointRecord[]> | null = null;
  const pending = new Set<Promise<void>>();
  const announce = (what: 'endpoints' | 'deliveries') => deps.announce(what).catch((err: unknown) => deps.onError(err, `webhook ${what} change not announced`));
  let attemptsToAnnounce: NodeJS.Timeout | null = null;
  const attempted = () => {
    attemptsToAnnounce ??= setTimeout(() => {
      attemptsToAnnounce = null;
      void announce('deliveries');
    }, DELIVERIES_ANNOUNCED_EVERY_MS).unref();
  };
  const dispatcher = startWebhookDispatcher({ storage, timings, allowPrivate: deps.allowPrivate, attempted, onError: deps.onError });

  async function endpoints(): Promise<WebhookEndpointRecord[]> {
    if (subscribers && Date.now() - subscribers.at < SUBSCRIBERS_TTL_MS) return subscribers.endpoints;
    loading ??= storage.listWebhooks().then(
      (list) => {
        subscribers = { at: Date.now(), endpoints: list };
        loading = null;
        return list;
      },
      (err: unknown) => {
        loading = null;
        throw err;
      },
    );
    return loading;
  }
  const forget = () => {
    subscribers = null;
  };
  const changed = () => {
    forget();
    void announce('endpoints');
  };

  async function enqueue(event: WebhookEvent, conversationId: string | null, data: () => Promise<Record<string, unknown>>): Promise<void> {
    const targets = (await endpoints()).filter((e) => e.events.includes(event));
    if (targets.length === 0) return;
    const payload: WebhookPayload = { id: `evt_${randomUUID()}`, type: event, createdAt: Date.now(), data: await data() };
    const body = JSON.stringify(payload);
    await storage.enqueueWebhookDeliveries(
      targets.map((e) => ({ endpointId: e.id, eventId: payload.id, event, conversationId, body })),
      timings.giveUpAfterMs,
    );
    dispatcher.kick();
  }

  const view = async (e: WebhookEndpointRecord): Promise<WebhookEndpoint> => ({
    id: e.id,
    url: e.url,
    events: e.events,
    createdAt: e.createdAt,
    lastDelivery: (await storage.listWebhookDeliveries(e.id, 1))[0] ?? null,
  });
  const exists = async (id: string) => (await storage.listWebhooks()).some((e) => e.id === id);

  return {
    emit(event, conversationId, data) {
      // Nobody subscribed (the cached answer): no promise, no allocation on the message path.
      if (subscribers && Date.now() - subscribers.at < SUBSCRIBERS_TTL_MS && !subscribers.endpoints.some((e) => e.events.includes(event))) return;
      const work = enqueue(event, conversationId, data)
        .catch((err: unknown) => deps.onError(err, `webhook event ${event} was not queued`))
        .finally(() => pending.delete(work));
      pending.add(work);
    },
    async create(request) {
      const secret = request.secret ?? newWebhookSecret();
      const record = await storage.createWebhook({ url: request.url, events: request.events, secret });
      changed();
      return { webhook: await view(record), secret };
    },
    async list() {
      return Promise.all((await storage.listWebhooks()).map(view));
    },
    async update(id, change) {
      const record = await storage.updateWebhook(id, change);
      if (!record) return null;
      changed();
      return view(record);
    },
    async remove(id) {
      const removed = await storage.deleteWebhook(id);
      if (removed) changed();
      return removed;
    },
    forget,
    async deliveries(endpointId, limit) {
      if (!(await exists(endpointId))) return null;
      return storage.listWebhookDeliveries(endpointId, limit);
    },
    async redeliver(endpointId, deliveryId) {
      const done = await storage.redeliverWebhook(endpointId, deliveryId, timings.giveUpAfterMs);
      if (done) dispatcher.kick();
      return done;
    },
    async stop() {
      await Promise.all(pending);
      await dispatcher.stop();
      if (attemptsToAnnounce) clearTimeout(attemptsToAnnounce);
    },
  };
}
