import type { WebhookDelivery, WebhookEvent } from '../../protocol/index.ts';
import type { WebhookEndpointRecord } from './webhook-types.ts';

/** The webhook tables' rows, as both adapters store and read them. */
export interface EndpointRow {
  id: string;
  url: string;
  events: string;
  secret: string;
  created_at: number;
}
export interface DeliveryRow {
  id: string;
  endpoint_id: string;
  event_id: string;
  event: WebhookEvent;
  status: WebhookDelivery['status'];
  attempts: number;
  next_attempt_at: number;
  last_status: number | null;
  last_error: string | null;
  response_excerpt: string | null;
  created_at: number;
  last_attempt_at: number | null;
}

export const toEndpoint = (r: EndpointRow): WebhookEndpointRecord => ({
  id: r.id,
  url: r.url,
  events: JSON.parse(r.events) as WebhookEvent[],
  secret: r.secret,
  createdAt: r.created_at,
});
export const toDelivery = (r: DeliveryRow): WebhookDelivery => ({
  id: r.id,
  endpointId: r.endpoint_id,
  eventId: r.event_id,
  event: r.event,
  status: r.status,
  attempts: r.attempts,
  lastStatus: r.last_status,
  lastError: r.last_error,
  responseExcerpt: r.response_excerpt,
  createdAt: r.created_at,
  lastAttemptAt: r.last_attempt_at,
  nextAttemptAt: r.status === 'pending' ? r.next_attempt_at : null,
});

export const LOG_COLUMNS =
  'id, endpoint_id, event_id, event, status, attempts, next_attempt_at, last_status, last_error, response_excerpt, created_at, last_attempt_at';

