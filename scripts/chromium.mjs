// The one place that says how peacepanel's browser tests start Chromium: Debian's package (no
// downloaded browsers), headless, and without the background networking this closed network refuses.
// Used by scripts/test.mjs (which installs it) and by the worker, widget and demo browser tests.

/** Path of Debian's chromium; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launch flags for headless runs as root on a machine without outside network. */
export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);
