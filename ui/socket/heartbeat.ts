/**
 * A socket's heartbeat: after `everyMs` without a frame it asks (`ping`); after twice that it gives up
 * (`silent`), which catches a half-open link. It is started when the socket is created, not when it opens, so
 * that how long a socket has been silent counts from its first byte (a socket still connecting is given up
 * sooner by live-socket's connect timeout).
 */
/** The widget's and the console's heartbeat unless told otherwise: a socket silent twice this long is given up. */
export const DEFAULT_HEARTBEAT_MS = 20_000;

export class Heartbeat {
  private lastFrameAt = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    readonly everyMs: number,
    private readonly ping: () => void,
    private readonly silent: () => void,
  ) {}

  start(): void {
    this.stop();
    this.beat();
    this.timer = setInterval(() => {
      const silentFor = this.silentFor();
      if (silentFor > 2 * this.everyMs) this.silent();
      else if (silentFor > this.everyMs) this.ping();
    }, this.everyMs / 2);
  }

  /** A sign of life (the socket opened, a frame came). */
  beat(): void {
    this.lastFrameAt = Date.now();
  }

  silentFor(): number {
    return Date.now() - this.lastFrameAt;
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
