/**
 * Runs fn in a new task, after whatever the page has queued: the Prioritized Task Scheduling API
 * where the browser has it, else a MessageChannel message (setTimeout(0) is clamped to 4 ms
 * once nested). Errors stay inside fn's own try/catch; this never throws into the page.
 */
type Scheduler = { postTask(cb: () => void, options?: { priority?: string }): Promise<unknown> };

export function nextTask(fn: () => void): void {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.postTask) {
    scheduler.postTask(fn, { priority: 'user-visible' }).catch(() => {});
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
}
