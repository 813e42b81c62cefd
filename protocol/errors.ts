/** Every error code the server can send, over WebSocket or REST. One list, so clients can switch on it. */
export const ERROR_CODES = [
  'bad_json',          // the frame or body is not JSON
  'bad_frame',         // JSON, but not a frame/body this endpoint accepts (unknown type, missing or wrong fields)
  'not_ready',         // a frame that needs `hello` first
  'not_found',         // no such conversation (or not yours: the answer is the same)
  'unauthorized',      // missing or wrong credentials
  'two_factor_required', // the password was right; the account also needs a two-factor code (or a recovery code)
  'two_factor_setup_required', // the admins require two-factor sign-in and this account has not set it up yet
  'two_factor_unavailable', // the account's authenticator secret does not open with the server's key (KEFU_TOTP_KEY changed): recovery codes still work
  'forbidden',         // authenticated, but not allowed
  'conflict',          // e.g. the same clientId with a different text
  'invalid_state',     // the conversation's state does not allow this
  'rate_limited',      // over a limit; see retryAfter
  'too_large',         // a body over the size limit
  'unsupported_media_type', // a REST write that is not application/json
  'erasure_incomplete', // the rows are deleted, but a copy could not yet be wiped from the database's files (retried)
  'busy',              // this server is already doing that work for someone (one FAQ draft trains at a time): try again shortly
  'timed_out',         // the work took longer than its limit and was stopped (a FAQ draft's training; a socket's hello)
  'internal',          // our fault; nothing was stored
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Why the desk refused an action on a conversation, beside the code and the English message (kept for API users
 * and logs): a console says each in its own language and what to do.
 */
export const REFUSAL_REASONS = [
  'claimed_by_other',  // claim: another agent claimed it first
  'other_team',        // claim: it waits for a team this agent is not in
  'over_limit',        // claim: the agent already holds their concurrent-chat limit
  'not_yours',         // it is assigned to another agent
  'not_claimed',       // writing in (or typing into) a chat nobody holds: claim it first
  'closed',            // it is closed already
  'already_theirs',    // transfer to the agent who holds it
  'changed_meanwhile', // its state changed since the console last saw it (released, transferred…)
  'no_conversation',   // no such conversation
  'no_agent',          // transfer to an agent who does not exist or is disabled
  'no_team',           // no such team
  'no_label',          // no such label
  'read_only',         // a viewer's account reads and never writes (replies, claims, notes, settings…)
  'takes_no_chats',    // an account change: a chat limit for a viewer, who is never given a chat
  'mention_unknown',   // a note mentions an id that is no active agent of this install (removed, disabled, made up)
  'mention_cannot_open', // a note mentions an agent outside the team whose conversation it is (they could not open it)
  'snooze_past',       // a snooze's wake time is not in the future
  'snooze_too_far',    // a snooze's wake time is more than 90 days ahead
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** WebSocket close codes the server uses. */
export const CLOSE = {
  normal: 1000,
  goingAway: 1001,     // server shutting down: reconnect (see the `reconnect` frame sent just before)
  policy: 1008,        // origin refused, auth failed
  tooBig: 1009,        // a frame over maxPayload
  internal: 1011,
  tryAgainLater: 1013, // overloaded: reconnect later
} as const;
