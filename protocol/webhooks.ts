import { z } from 'zod';
import { WEBHOOK_EVENTS } from './webhook-events.ts';
import { safe } from './data-class.ts';

export { WEBHOOK_EVENTS };
export const WebhookEvent = z.enum(WEBHOOK_EVENTS);
export type WebhookEvent = z.infer<typeof WebhookEvent>;

/** The header that carries `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const WEBHOOK_SIGNATURE_HEADER = 'Kefu-Signature';

const WebhookUrl = z
  .url({ protocol: /^https?$/, error: 'an http:// or https:// URL' })
  .max(2000)
  .refine((u) => {
    const url = new URL(u);
    return url.username === '' && url.password === '';
  }, 'no user name or password in the URL: the signature authenticates Kefu to the receiver');

/** POST /api/v1/admin/webhooks. Without `secret` one is generated; either way it is shown once, in the 201. */
export const WebhookCreateRequest = z.strictObject({
  url: WebhookUrl,
  events: z.array(WebhookEvent).min(1).max(WEBHOOK_EVENTS.length).transform((events) => [...new Set(events)]),
  secret: z.string().min(16, 'at least 16 characters').max(200).optional(),
});
export type WebhookCreateRequest = z.infer<typeof WebhookCreateRequest>;

/** PATCH /api/v1/admin/webhooks/:id: a new URL and events. The secret is not changed here (register anew to rotate it). */
export const WebhookUpdateRequest = WebhookCreateRequest.omit({ secret: true });
export type WebhookUpdateRequest = z.infer<typeof WebhookUpdateRequest>;

export const WebhookDeliveryStatus = z.enum(['pending', 'delivered', 'failed']);
export type WebhookDeliveryStatus = z.infer<typeof WebhookDeliveryStatus>;

/** One delivery of one event to one endpoint: the delivery log's row. */
export const WebhookDelivery = safe(z.object({
  id: z.string(),
  endpointId: z.string(),
  /** The event's id, the same in every attempt and every redelivery: receivers drop duplicates by it. */
  eventId: z.string(),
  event: WebhookEvent,
  status: WebhookDeliveryStatus,
  attempts: z.number().int(),
  /** HTTP status of the last attempt; null when it got no response (refused, timed out, blocked). */
  lastStatus: z.number().int().nullable(),
  /** Why the last attempt failed, when it did. */
  lastError: z.string().nullable(),
  /** The first characters of the last response body. */
  responseExcerpt: z.string().nullable(),
  createdAt: z.number().int(),
  lastAttemptAt: z.number().int().nullable(),
  /** When the next attempt is due (pending only). */
  nextAttemptAt: z.number().int().nullable(),
}));
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

/** An endpoint as the admin API lists it: never its secret. */
export const WebhookEndpoint = safe(z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(WebhookEvent),
  createdAt: z.number().int(),
  /** The newest delivery, to show the endpoint's health at a glance. */
  lastDelivery: WebhookDelivery.nullable(),
}));
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;

/** The JSON body of every delivery. `createdAt` is Unix milliseconds; `data` depends on `type`. */
export interface WebhookPayload {
  id: string;
  type: WebhookEvent;
  createdAt: number;
  data: Record<string, unknown>;
}

/** Answers of the webhook admin API. The secret appears only in the 201 that created the endpoint. */
export const WebhookCreated = safe(z.object({ webhook: WebhookEndpoint, secret: z.string() }));
export const WebhookUpdated = z.object({ webhook: WebhookEndpoint });
export const WebhookList = z.object({ webhooks: z.array(WebhookEndpoint) });
export const WebhookDeliveryList = z.object({ deliveries: z.array(WebhookDelivery) });
export const WebhookRedelivered = z.object({ queued: z.literal(true) });
