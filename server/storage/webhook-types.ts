import type { WebhookDelivery, WebhookEvent } from '../../protocol/index.ts';

/** A registered endpoint, with the secret the deliveries are signed with (never leaves the server after the 201). */
export interface WebhookEndpointRecord {
  id: string;
  url: string;
  events: WebhookEvent[];
  secret: string;
  createdAt: number;
}

export interface NewWebhookDelivery {
  endpointId: string;
  eventId: string;
  event: WebhookEvent;
  /** The conversation the event is about: its deliveries go when it is erased or purged. */
  conversationId: string | null;
  /** The exact JSON body sent (and signed) in every attempt. */
  body: string;
}

/** A due delivery, claimed by one dispatcher until `leaseUntil`, with what sending it needs. */
export interface WebhookJob {
  id: string;
  eventId: string;
  url: string;
  secret: string;
  body: string;
  /** Attempts so far, this one included. */
  attempts: number;
  giveUpAt: number;
}

export interface WebhookAttempt {
  delivered: boolean;
  status: number | null;
  error: string | null;
  responseExcerpt: string | null;
  /** When to try again; null with `delivered` false: given up (status failed). */
  nextAttemptAt: number | null;
}

/** Webhook endpoints and the delivery outbox. Claims are conditional updates, so several nodes share one outbox. */
export interface WebhookStore {
  createWebhook(endpoint: Omit<WebhookEndpointRecord, 'id' | 'createdAt'>): Promise<WebhookEndpointRecord>;
  listWebhooks(): Promise<WebhookEndpointRecord[]>;
  /** A new URL and events (the secret stays); pending deliveries go to the new URL. Null when there is no such endpoint. */
  updateWebhook(id: string, change: Pick<WebhookEndpointRecord, 'url' | 'events'>): Promise<WebhookEndpointRecord | null>;
  /** Removes its pending deliveries and its log too; false when there is no such endpoint. */
  deleteWebhook(id: string): Promise<boolean>;
  /** Queue deliveries, each due now and given up `giveUpAfterMs` from now. */
  enqueueWebhookDeliveries(deliveries: NewWebhookDelivery[], giveUpAfterMs: number): Promise<void>;
  /** Claim up to `limit` pending deliveries due by `now` whose lease (if any) ran out; each attempt counts. */
  claimWebhookDeliveries(now: number, leaseMs: number, limit: number): Promise<WebhookJob[]>;
  recordWebhookAttempt(deliveryId: string, attempt: WebhookAttempt): Promise<void>;
  /** Newest first, of one endpoint. */
  listWebhookDeliveries(endpointId: string, limit: number): Promise<WebhookDelivery[]>;
  /** Pending again, due now, given up `giveUpAfterMs` from now; false when it is not this endpoint's delivery. */
  redeliverWebhook(endpointId: string, deliveryId: string, giveUpAfterMs: number): Promise<boolean>;
  /** Delete delivered and failed deliveries older than `before`; returns how many. */
  purgeWebhookDeliveries(before: number): Promise<number>;
}
