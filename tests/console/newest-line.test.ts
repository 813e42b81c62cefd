import { describe, expect, it } from 'vitest';
import { NewestLine, type ScrollBox } from '../../console/newest-line.ts';

/** A log as the browser scrolls it: `scrollTop` clamped to [0, scrollHeight - clientHeight]. */
function box(scrollHeight: number, clientHeight = 600) {
  let top = 0;
  const log = {
    scrollHeight,
    clientHeight,
    get scrollTop() {
      return top;
    },
    set scrollTop(v: number) {
      top = Math.max(0, Math.min(v, log.scrollHeight - log.clientHeight));
    },
  } satisfies ScrollBox;
  return log;
}
const fromEnd = (log: ScrollBox) => log.scrollHeight - log.scrollTop - log.clientHeight;

describe('the transcript keeps to its newest line', () => {
  it('a picture that grows the log before the scroll event of the view’s own move arrives: still following (session 28: stopped 132 px short)', () => {
    const newest = new NewestLine();
    const log = box(2000);
    newest.keep(log);
    log.scrollHeight += 132; // the picture has its size; its load event has not come yet
    newest.scrolled(log); // the event of the move to 1400, read now
    expect(newest.following).toBe(true);
    newest.keep(log); // the picture's load event
    expect(fromEnd(log)).toBe(0);
  });

  it('another, shorter conversation: the view’s jump up to its end is not the agent scrolling up, even when a picture grew it before the event', () => {
    const newest = new NewestLine();
    const log = box(6000);
    newest.keep(log);
    newest.scrolled(log); // at 5400, the end of the long one
    log.scrollHeight = 1500; // the other conversation, rendered
    newest.follow();
    newest.keep(log); // to 900
    log.scrollHeight += 132;
    newest.scrolled(log);
    expect(newest.following).toBe(true);
    newest.keep(log);
    expect(fromEnd(log)).toBe(0);
  });

  it('the agent scrolling up to read lets go: new lines do not move the log; back near the end, it follows again', () => {
    const newest = new NewestLine();
    const log = box(3000);
    newest.keep(log);
    newest.scrolled(log);
    log.scrollTop -= 500;
    newest.scrolled(log);
    expect(newest.following).toBe(false);
    log.scrollHeight += 100; // a new message
    newest.keep(log);
    expect(log.scrollTop).toBe(1900);
    log.scrollTop += 550; // 50 px from the end
    newest.scrolled(log);
    expect(newest.following).toBe(true);
    newest.keep(log);
    expect(fromEnd(log)).toBe(0);
  });

  it('a small move up near the end keeps following; sending a reply after scrolling up follows again', () => {
    const newest = new NewestLine();
    const log = box(3000);
    newest.keep(log);
    log.scrollTop -= 60;
    newest.scrolled(log);
    expect(newest.following).toBe(true);
    log.scrollTop -= 400;
    newest.scrolled(log);
    expect(newest.following).toBe(false);
    newest.follow();
    newest.keep(log);
    expect(fromEnd(log)).toBe(0);
  });
});
