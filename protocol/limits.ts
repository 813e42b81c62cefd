/** Sizes shared by the widget (to stop the user early) and the server (to enforce). */
export const LIMITS = {
  /** Longest message text, in UTF-16 code units. */
  messageText: 4000,
  /** Largest WebSocket frame the server accepts, in bytes (ws's default is 100 MiB). */
  wsMaxPayload: 16 * 1024,
  /** Largest REST body, in bytes. */
  httpBody: 64 * 1024,
  /** Bytes a socket may have queued and unsent before the server closes it (1013) as a slow consumer; it resyncs on reconnect. */
  wsSendBuffer: 1024 * 1024,
  /** How many messages one resync returns at most; the client asks again from the last seq it got. */
  replayPage: 500,
} as const;

export const PROTOCOL_VERSION = 1;
