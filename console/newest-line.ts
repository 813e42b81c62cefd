/** A scrolled box as the log reads and moves it (an element; in tests, a box whose `scrollTop` is clamped as an element's is). */
export interface ScrollBox {
  scrollTop: number;
  readonly scrollHeight: number;
  readonly clientHeight: number;
}

/** Closer to the end than this (px), the log is at its newest line. */
export const NEAR_END = 80;

/**
 * Whether the transcript keeps to its newest line, and the moves that keep it there. Only the agent scrolling up lets go.
 * A scroll event comes a frame after the move that caused it, and the geometry it reads may by then be another's: a
 * picture may have grown the log below the end the view had scrolled to (the event reads "132 px from the end" though
 * nobody moved: CI's attachments test, session 28), and the view's own jump to the end of another, shorter conversation
 * moves up. So where the view itself puts the log is remembered when it puts it there, and only a move up from there,
 * ending away from the end, is the agent's.
 */
export class NewestLine {
  private stick = true;
  private top = 0; // where the log was when last seen (put there by the view, or a scroll event's reading)

  get following(): boolean {
    return this.stick;
  }

  /** Follow the newest line again (another conversation, the agent sends something). */
  follow(): void {
    this.stick = true;
  }

  /** To the end of `log`, if following. */
  keep(log: ScrollBox): void {
    if (!this.stick) return;
    log.scrollTop = log.scrollHeight;
    this.top = log.scrollTop;
  }

  /** A scroll event: near the end follows; up and away from it lets go; anything else (the log grew) changes nothing. */
  scrolled(log: ScrollBox): void {
    const up = log.scrollTop < this.top;
    this.top = log.scrollTop;
    if (log.scrollHeight - log.scrollTop - log.clientHeight < NEAR_END) this.stick = true;
    else if (up) this.stick = false;
  }
}
