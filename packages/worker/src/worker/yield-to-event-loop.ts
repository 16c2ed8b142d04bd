/**
 * Lets queued messages (a `cancel`, a progress flush) and, on a page, rendering run before the next
 * chunk of work. Uses `scheduler.yield()` where it exists (Chromium), `setImmediate` in Node and a
 * `MessageChannel` round trip elsewhere; never `setTimeout(0)`, which browsers clamp to 4 ms when nested.
 * Reference: https://developer.chrome.com/blog/use-scheduler-yield
 * @example let done = 0;
 * for (const chunk of [[1, 2], [3]]) {
 *   done += chunk.length;
 *   await yieldToEventLoop();
 * }
 * done // => 3
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  const immediate = (globalThis as { setImmediate?: (f: () => void) => unknown }).setImmediate;
  if (typeof immediate === 'function') return new Promise((resolve) => immediate(resolve));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}
