/** The token of a first-run setup link (`/console#/setup/<token>`), taken out of the address at once so it stays in no history. */
export function takeSetupToken(): string | null {
  const token = /^#\/setup\/([A-Za-z0-9_-]{32,128})$/.exec(location.hash)?.[1] ?? null;
  if (token) history.replaceState(null, '', location.pathname + location.search);
  return token;
}
