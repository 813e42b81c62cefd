export const CHROMIUM = process.env.KEFU_CHROMIUM ?? '/usr/bin/chromium';
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
/** The variable that hands the run's Chromium (its WebSocket endpoint) to the test files: see chromium-setup.ts. */
export const RUN_CHROMIUM = 'KEFU_TEST_CHROMIUM_WS';
