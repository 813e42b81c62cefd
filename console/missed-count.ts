import { useEffect, useState } from 'preact/hooks';
import type { UnansweredList } from '../protocol/index.ts';
import { api } from './api.ts';

/** Fired by the missed-questions page when it changed the list (the navigation's count asks again). */
export const MISSED_CHANGED = 'kefu:missed-changed';

/**
 * How many questions the bot missed (for the navigation's badge), admins only: asked when the console opens, on
 * every page change, and when the missed-questions page changes the list. Null until known or for agents.
 */
export function useMissedCount(admin: boolean, page: string): number | null {
  const [count, setCount] = useState<number | null>(null);
  const ask = () => void api<UnansweredList>('GET', '/api/v1/admin/faq/unanswered?limit=1').then((r) => r.ok && setCount(r.data.total));
  useEffect(() => {
    if (admin) ask();
  }, [admin, page]);
  useEffect(() => {
    if (!admin) return;
    addEventListener(MISSED_CHANGED, ask);
    return () => removeEventListener(MISSED_CHANGED, ask);
  }, [admin]);
  return admin ? count : null;
}
