/**
 * A clock that stands still until the test moves it on: a test server's `frameClock` (BuildOptions), so that a test
 * sends past a socket's frame budget with no token coming back meanwhile (the counts let through are exact), then
 * refills the budget at once rather than waiting out a real refill.
 */
export function heldClock(start = Date.now()) {
  let now = start;
  return {
    now: () => now,
    /** The clock moved on by `ms`. */
    advance: (ms: number) => void (now += ms),
  };
}
