import { useEffect, useState } from 'preact/hooks';

/**
 * What `load` last gave for `owner` (a conversation's id), loaded again whenever `owner` or `deps` change (an answer
 * of `undefined`, a failed request, keeps what there was); null until the first answer for this owner. Never what was loaded for another owner: not in the commit that opens the next
 * conversation (a reset in an effect left the one before's lines and suggestion on screen until after the paint), and
 * not from an answer that comes late (A's answer arriving after B was opened, which a click could then act on in B).
 * A newer load's answer wins over an older one's.
 */
export function useLoaded<T>(owner: string, deps: readonly unknown[], load: () => Promise<T | undefined>): T | null {
  const [got, setGot] = useState<{ owner: string; value: T } | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((value) => live && value !== undefined && setGot({ owner, value }));
    return () => void (live = false);
  }, [owner, ...deps]);
  return got?.owner === owner ? got.value : null;
}
