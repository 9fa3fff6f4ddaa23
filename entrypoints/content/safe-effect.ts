import { effect } from '@preact/signals';

/**
 * An effect whose errors stay its own: a failure is logged with the feature's name and the
 * other features' effects (and the page) carry on. Returns the effect's disposer.
 */
export function safeEffect(name: string, fn: () => void): () => void {
  return effect(() => {
    try {
      fn();
    } catch (e) {
      console.warn(`[VN News Annotator] ${name} failed; the rest keeps working.`, e);
    }
  });
}
