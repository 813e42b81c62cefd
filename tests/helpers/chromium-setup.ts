import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, FLAGS, RUN_CHROMIUM } from './chromium.ts';

/**
 * vitest globalSetup of the browser tests: one Chromium for the run (≈1 s of CPU and 2-3 s of wall a launch), which
 * each file connects to for contexts of its own (launchBrowser in browser.ts). Without Chromium nothing starts and each
 * file says why it skips (or fails, in CI).
 */
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const server = await chromium.launchServer({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  process.env[RUN_CHROMIUM] = server.wsEndpoint();
  return () => server.close();
}
