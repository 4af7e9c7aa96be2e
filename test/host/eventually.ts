// Polling for what reaches the extension host asynchronously (file events, reloads, diagnostics).
/**
 * How long to poll. A file written on disk reaches the extension through code-server's file watcher, which a busy
 * two-core machine was seen to delay past 10 s; the bound measures nothing, it only ends a wait.
 */
export const WAIT_MS = 30_000;

/** Polls until `probe` gives a value (not undefined or false). */
export async function eventually<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`not within ${WAIT_MS / 1000} s: ${what}`);
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}
