import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Two sites for the widget's browser tests, in a KEFU_SITES file: `closed` (yesterday, today and tomorrow are holidays,
 * open 09:00–18:00 UTC on other days: away, back in two days) and `open` (all day, every day), with the same channels.
 */
export const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const channels = {
  phones: [{ region: 'Hong Kong', number: '+852 2345 6789' }],
  email: 'help@wallet.example',
  social: [{ network: 'wechat', handle: 'WalletHK' }],
  helpCenter: 'https://help.wallet.example/',
};
const weekly = (from: string, to: string) => Object.fromEntries(DAYS.map((d) => [d, [[from, to]]]));

/** The sites file's path, for KEFU_SITES. */
export function closedAndOpenSites(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'kefu-sites-e2e-')), 'sites.json');
  writeFileSync(
    file,
    JSON.stringify({
      closed: { channels, hours: { timezone: 'UTC', weekly: weekly('09:00', '18:00'), holidays: [day(-1), day(0), day(1)] } },
      open: { channels, hours: { timezone: 'UTC', weekly: weekly('00:00', '24:00') } },
    }),
  );
  return file;
}
