/** Human-readable validation errors: `annotations[3].colour: not one of …`, at most 20 listed. */
import type { z } from 'zod';

export const MAX_LISTED_ERRORS = 20;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else {
      const name = String(p);
      out += (out ? '.' : '') + (name.length > 40 ? `${name.slice(0, 37)}…` : name);
    }
  }
  return out || '(file)';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, p)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

function describe(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code === 'unrecognized_keys')
    return `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.slice(0, 5).map(shown).join(', ')}${issue.keys.length > 5 ? ', …' : ''}`;
  if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) return 'missing';
  if (issue.code === 'invalid_type') return `expected ${issue.expected}, got ${typeName(valueAt(input, issue.path))}`;
  if (issue.code === 'invalid_union' && valueAt(input, issue.path) === undefined) return 'missing';
  if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
    return `unknown ${shown(valueAt(input, issue.path))}; expected ${issue.options.join(' or ')}`;
  }
  if (issue.code === 'too_big' && issue.origin === 'array') return `more than ${issue.maximum} items`;
  return issue.message;
}

/** A value as an error message may quote it: at most 60 characters of its JSON. */
export function shown(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}… (${s.length} characters)` : s;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : typeof v;
}

export class ErrorList {
  readonly items: string[] = [];
  total = 0;

  add(message: string): void {
    this.total++;
    if (this.items.length < MAX_LISTED_ERRORS) this.items.push(message);
  }

  addZod(prefix: readonly PropertyKey[], error: z.ZodError, input: unknown): void {
    for (const issue of error.issues) this.add(`${formatPath([...prefix, ...issue.path])}: ${describe(issue, input)}`);
  }

  get full(): boolean {
    return this.items.length >= MAX_LISTED_ERRORS;
  }

  list(): string[] {
    const more = this.total - this.items.length;
    return more > 0 ? [...this.items, `… and ${more} more problem${more > 1 ? 's' : ''}`] : [...this.items];
  }
}
