/**
 * The console's address: `#/<page>` or `#/<page>/<param>` (a conversation or ticket id), so the open page and
 * conversation survive a reload and the back button works. Ids only: never a token or personal data.
 */
export interface Route {
  page: string;
  param: string | null;
}

export function parseRoute(hash: string): Route {
  const m = /^#\/([\w-]+)(?:\/([\w-]+))?$/.exec(hash);
  return { page: m?.[1] ?? '', param: m?.[2] ?? null };
}

export const routeHash = (page: string, param: string | null = null): string => `#/${page}${param ? `/${param}` : ''}`;
