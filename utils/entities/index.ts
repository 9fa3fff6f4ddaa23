/**
 * Entity engine API: officials, bodies and resolutions in Vietnamese text.
 * Offsets in the returned spans always refer to the caller's string.
 */
import { Engine } from './engine';
import type { EntitySpan } from './types';
import type { EntityKind } from '../model';

export type { EntitySpan } from './types';
export { describeEntity } from './card';

export interface ExtraTerm {
  kind: EntityKind;
  name: string;
  aliases?: string[];
}

export interface EngineOptions {
  /** The reader's watch list, highlighted like built-in entities with id "watch:<slug>". */
  extraTerms?: ExtraTerm[];
}

export interface EntityEngine {
  find(text: string): EntitySpan[];
}

/** Creates an engine; the gazetteer is built on the first call to find(). */
export function createEngine(options: EngineOptions = {}): EntityEngine {
  let engine: Engine | undefined;
  return {
    find(text: string): EntitySpan[] {
      engine ??= new Engine(options.extraTerms ?? []);
      return engine.find(text);
    },
  };
}

let defaultEngine: EntityEngine | undefined;
/** Finds entities with the built-in gazetteer only. */
export function findEntities(text: string): EntitySpan[] {
  defaultEngine ??= createEngine();
  return defaultEngine.find(text);
}
