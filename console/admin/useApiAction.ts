import { useState } from 'preact/hooks';
import type { ApiResult } from '../api.ts';
import { t } from '../i18n.ts';

/** Runs an admin call and keeps its outcome for an alert line: null while fine, else the error in the console language. */
export function useApiAction() {
  const [error, setError] = useState<string | null>(null);
  const run = async (call: Promise<ApiResult<unknown>>): Promise<boolean> => {
    const r = await call;
    setError(r.ok ? null : t('failed', { message: r.message }));
    return r.ok;
  };
  return { error, run };
}
