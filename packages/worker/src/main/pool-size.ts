/**
 * How many workers a bootstrap may use: the machine's logical processors
 * (`navigator.hardwareConcurrency` in a browser, `os.availableParallelism()` in Node), capped, at
 * least 1.
 */

/**
 * The default pool size.
 * @example await defaultPoolSize(4) // 2 on a two-core machine
 */
export async function defaultPoolSize(cap: number): Promise<number> {
  let cores = 1;
  const nav = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator;
  if (typeof process !== 'undefined' && typeof process.versions?.node === 'string') {
    const osName = 'node:os';
    const os = (await import(/* @vite-ignore */ osName)) as typeof import('node:os');
    cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  } else if (typeof nav?.hardwareConcurrency === 'number') {
    cores = nav.hardwareConcurrency;
  }
  return Math.max(1, Math.min(Math.floor(cap), cores));
}
