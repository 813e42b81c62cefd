/**
 * Listeners per topic, in a small array rather than a Set: tens of thousands of idle conversations hold one
 * each. Both buses deliver to them; the Redis bus also counts a topic's first listener and its last.
 */
export class Topics<L extends (event: never) => void> {
  private readonly map = new Map<string, L[]>();

  /** Add a listener; true when it is the topic's first. */
  add(topic: string, listener: L): boolean {
    const listeners = this.map.get(topic);
    if (listeners) listeners.push(listener);
    else this.map.set(topic, [listener]);
    return !listeners;
  }

  /** Remove a listener; true when the topic has none left (false when it was not there). */
  remove(topic: string, listener: L): boolean {
    const current = this.map.get(topic);
    const at = current?.indexOf(listener) ?? -1;
    if (!current || at < 0) return false;
    current.splice(at, 1);
    if (current.length > 0) return false;
    this.map.delete(topic);
    return true;
  }

  deliver(topic: string, event: Parameters<L>[0]): void {
    const listeners = this.map.get(topic);
    if (!listeners) return;
    // A copy: a listener may unsubscribe (or subscribe another) while the event is delivered.
    for (const listener of listeners.length === 1 ? listeners : [...listeners]) listener(event);
  }

  names(): IterableIterator<string> {
    return this.map.keys();
  }
}
