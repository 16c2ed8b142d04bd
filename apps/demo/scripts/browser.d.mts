import type { Browser } from 'playwright-core';
export declare const CHROMIUM: string;
/** Launches the machine's Debian chromium headless through playwright-core. */
export declare function launchBrowser(): Promise<Browser>;
