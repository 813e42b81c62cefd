/** What an admin can subscribe an endpoint to (protocol/webhooks.ts); no zod here, so the console can list them cheaply. */
export const WEBHOOK_EVENTS = [
  'conversation.waiting',
  'conversation.assigned',
  'conversation.closed',
  'conversation.snoozed',
  'conversation.woken',
  'message.created',
  'ticket.created',
  'ticket.solved',
  'rating.created',
  'faq.unanswered',
] as const;
