/**
 * How this project launches Chromium, shared by the browser tests and the map benchmark: Debian's
 * /usr/bin/chromium (never a downloaded build) with flags that keep it off the network and headless.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
