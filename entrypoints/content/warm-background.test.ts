import { describe, expect, it, vi } from 'vitest';
import { KEEP_WARM_MS, keepBackgroundWarm } from './warm-background';

describe('keepBackgroundWarm', () => {
  it('pings every 20 s while a page of a site it is on is visible, and not otherwise', async () => {
    vi.useFakeTimers();
    try {
      let reading = true;
      const ping = vi.fn(() => Promise.resolve({ version: '0.1.0' }));
      keepBackgroundWarm({ setInterval: (f, ms) => setInterval(f, ms), reading: () => reading, ping }, true);
      expect(KEEP_WARM_MS).toBeLessThan(30_000); // Chrome stops a worker after 30 s without an event
      await vi.advanceTimersByTimeAsync(KEEP_WARM_MS * 3);
      expect(ping).toHaveBeenCalledTimes(3);
      reading = false; // the tab was hidden, or the site switched off
      await vi.advanceTimersByTimeAsync(KEEP_WARM_MS * 3);
      expect(ping).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does nothing where the background does not stop (Firefox), and survives a failed ping', async () => {
    vi.useFakeTimers();
    try {
      const every = vi.fn((f: () => void, ms: number) => setInterval(f, ms));
      keepBackgroundWarm({ setInterval: every, reading: () => true, ping: vi.fn() }, false);
      expect(every).not.toHaveBeenCalled();
      const failing = vi.fn(() => Promise.reject(new Error('Extension context invalidated.')));
      keepBackgroundWarm({ setInterval: every, reading: () => true, ping: failing }, true);
      await vi.advanceTimersByTimeAsync(KEEP_WARM_MS * 2);
      expect(failing).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
