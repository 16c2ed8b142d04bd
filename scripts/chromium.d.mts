/** Path of Debian's chromium; override with CHROMIUM_PATH. */
export declare const CHROMIUM_PATH: string;
/** Launch flags for headless runs as root on a machine without outside network. */
export declare const CHROMIUM_ARGS: readonly string[];
