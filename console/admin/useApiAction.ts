import { useState } from 'preact/hooks';
import type { ApiResult } from '../api.ts';
import { t } from '../i18n.ts';
import { refusalText } from '../refusal.ts';

/** Runs an admin call and keeps its outcome for an alert line: null while fine, else the error (its reason in the console language when it has one). */
export function useApiAction() {
  const [error, setError] = useState<string | null>(null);
  const run = async (call: Promise<ApiResult<unknown>>): Promise<boolean> => {
    const r = await call;
    setError(r.ok ? null : t('failed', { message: refusalText(r) }));
    return r.ok;
  };
  return { error, run };
}
