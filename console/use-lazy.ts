import { useEffect, useState } from 'preact/hooks';

/**
 * What a chunk of its own exports (a component most first paints do not need), fetched once `when` first holds; null
 * until it has come. Wrapped on the way in: a component is a function, which a state setter would call.
 */
export function useLazy<T>(load: () => Promise<T>, when = true): T | null {
  const [got, setGot] = useState<{ value: T } | null>(null);
  useEffect(() => {
    if (when && !got) void load().then((value) => setGot({ value }));
  }, [when]);
  return got?.value ?? null;
}
