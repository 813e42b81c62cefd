import { useEffect, useState } from 'preact/hooks';

/**
 * From this width the inbox has three columns (list, conversation, its details) and a conversation's actions
 * are all in view; below it the details fold behind a toggle and the actions into one row with a menu. The
 * same width as the `@media (min-width: 1200px)` rule in styles.css.
 */
export const WIDE = '(min-width: 1200px)';

/**
 * A phone: the top bar keeps the pages that carry a count (Inbox, Mentions) and More; the other desk pages go under
 * More (with three counts at three digits the bar ran 57–87 px past 360–390 px). The `max-width: 480px` of styles.css.
 */
export const PHONE = '(max-width: 480px)';

/** Whether a media query matches, kept up to date. */
export function useMedia(query: string): boolean {
  const [matches, setMatches] = useState(() => matchMedia(query).matches);
  useEffect(() => {
    const list = matchMedia(query);
    const change = () => setMatches(list.matches);
    change();
    list.addEventListener('change', change);
    return () => list.removeEventListener('change', change);
  }, [query]);
  return matches;
}
