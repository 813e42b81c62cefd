import type { AgentClientFrame } from '../protocol/index.ts';

/**
 * What this console shows the other consoles: the conversation on screen (told to the server, and again on each new
 * socket), whether the agent is writing in it, and nothing from a tab in the background.
 */
export class OnScreen {
  /** The conversation on screen. */
  private shown: string | null = null;
  /** The tab is in the background: nothing is shown to the others, nothing typed. */
  hidden = false;

  /**
   * @param send sends a frame on the socket (dropped when there is none).
   * @param watched whether the conversation is watched on this console (only those are said to be on screen again).
   */
  constructor(
    private readonly send: (frame: AgentClientFrame) => void,
    private readonly watched: (conversationId: string) => boolean,
  ) {}

  /** The conversation now on screen (null: none): the other consoles showing it see this agent there. Watch it first. */
  view(conversationId: string | null): void {
    if (this.shown === conversationId) return;
    this.shown = conversationId;
    if (!this.hidden) this.send({ type: 'viewing', conversationId });
  }

  /**
   * The tab went to the background (or came back): a hidden tab shows nothing to the others, so an agent with six
   * tabs is not "viewing" six conversations; back in front, what is on screen counts again at once.
   */
  setHidden(hidden: boolean): void {
    if (this.hidden === hidden) return;
    this.hidden = hidden;
    if (this.shown && this.watched(this.shown)) this.send({ type: 'viewing', conversationId: hidden ? null : this.shown });
  }

  /** The agent is typing in the conversation on screen (the composer sends this at most every 2 s): a reply, or a note. */
  composing(conversationId: string, note: boolean): void {
    if (this.shown === conversationId && !this.hidden) this.send({ type: 'viewing', conversationId, replying: true, ...(note ? { note: true } : {}) });
  }

  /** What is on screen, said again on this socket (unless the tab is hidden). */
  sayAgain(): void {
    if (this.shown && this.watched(this.shown) && !this.hidden) this.send({ type: 'viewing', conversationId: this.shown });
  }

  /**
   * A new socket was welcomed: what is on screen is said again on it; one no longer watched (closed, found by a search)
   * is forgotten, to be watched and shown again by the page once it sees the console online.
   */
  welcomed(): void {
    if (this.shown && this.watched(this.shown)) this.sayAgain();
    else this.shown = null;
  }
}
