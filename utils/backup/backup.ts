/**
 * The versioned JSON backup: `toBackup` writes it canonically, `parseBackup` validates a file
 * that may be damaged or hostile and returns either clean records or readable errors (never both).
 */
import type { Annotation, Article, EntityMerge, ReaderFact } from '../model';
import {
  canonicalAnnotation,
  canonicalArticle,
  canonicalMerge,
  canonicalReaderFact,
  sortAnnotations,
  sortArticles,
  sortMerges,
  sortReaderFacts,
} from './canonical';
import { ErrorList, formatPath, shown } from './errors';
import { runSteps, runStepsAsync, type ProgressOptions, type Steps } from './steps';
import {
  ARTICLE_NOTES_VERSION,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  annotationSchema,
  articleSchema,
  entityMergeSchema,
  envelopeSchema,
  readerFactSchema,
} from './schema';
import { sizeError } from './size';
import { upgradeAnnotation, upgradeArticle, upgradeFact, upgradeMerges } from '../db/entity-ids';
import { isArticleNote } from '../notes/article-note';

export { sizeError };

export interface BackupData {
  articles: Article[];
  annotations: Annotation[];
  /** The reader's merges of dossier entries; written only when there are any. */
  entityMerges?: EntityMerge[];
  /** Positions the reader added to cards and gazetteer facts they marked wrong; only when any. */
  readerFacts?: ReaderFact[];
}

export type ParseResult =
  | { ok: true; data: BackupData; exported: string; warnings: string[] }
  | { ok: false; errors: string[] };

export interface ParseOptions extends ProgressOptions {
  /** Records validated per chunk (async parsing yields to the event loop between chunks). */
  chunkSize?: number;
  /** The time dates are checked against (default: now): none may be later than a day after it. */
  now?: Date;
}

/** Keys that some code paths turn into prototype writes; refused anywhere in the file. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A backup is a few levels deep (envelope, list, record, selector list, selector); a file nested
 * deeper is not one, and is refused before anything else looks at it.
 */
export const MAX_DEPTH = 16;

interface Visit {
  v: unknown;
  parent: Visit | null;
  key: PropertyKey;
  depth: number;
}

const pathOf = (n: Visit) => {
  const out: PropertyKey[] = [];
  for (let x: Visit | null = n; x?.parent; x = x.parent) out.push(x.key);
  return out.reverse();
};

/**
 * Walks the parsed tree iteratively (no recursion limit) in time linear in its size: each node
 * keeps its parent, and a path is spelled out only for a problem. Reports forbidden keys and a
 * tree deeper than MAX_DEPTH.
 */
function checkKeys(root: unknown, errors: ErrorList): void {
  const stack: Visit[] = [{ v: root, parent: null, key: '', depth: 0 }];
  while (stack.length && !errors.full) {
    const node = stack.pop()!;
    const { v, depth } = node;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= MAX_DEPTH) {
      errors.add(`${formatPath(pathOf(node))}: nested deeper than ${MAX_DEPTH} levels; this is not a backup`);
      return;
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--)
        if (v[i] !== null && typeof v[i] === 'object') stack.push({ v: v[i], parent: node, key: i, depth: depth + 1 });
      continue;
    }
    for (const k of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(k)) errors.add(`${formatPath([...pathOf(node), k])}: forbidden field name ${shown(k)}`);
      const child = (v as Record<string, unknown>)[k];
      if (child !== null && typeof child === 'object') stack.push({ v: child, parent: node, key: k, depth: depth + 1 });
    }
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Checks that make the rest pointless: size, JSON syntax, format name and version. */
function preflight(text: string): { root: Record<string, unknown> } | { errors: string[] } {
  const tooBig = sizeError(text.length);
  if (tooBig) return { errors: [tooBig] };
  let root: unknown;
  try {
    // JSON.parse defines `__proto__` as an own property (no prototype write); checkKeys refuses it.
    root = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { errors: [`(file): not valid JSON (${(e as Error).message})`] };
  }
  if (!isRecord(root)) return { errors: ['(file): expected a JSON object with "format" and "version"'] };
  if (root.format !== BACKUP_FORMAT) {
    return {
      errors: [
        `format: expected "${BACKUP_FORMAT}", got ${root.format === undefined ? 'nothing' : shown(root.format)}; this is not a VN News Annotator backup`,
      ],
    };
  }
  if (typeof root.version === 'number' && Number.isInteger(root.version) && root.version > BACKUP_VERSION) {
    return {
      errors: [
        `version: this backup is format version ${root.version}, written by a newer VN News Annotator; this version reads up to ${BACKUP_VERSION}. Update the extension to import it.`,
      ],
    };
  }
  return { root };
}

/** Validation as resumable steps so the popup can show progress and stay responsive. */
function* validate(text: string, chunkSize: number, now: Date): Steps<ParseResult> {
  const pre = preflight(text);
  if ('errors' in pre) return { ok: false, errors: pre.errors };
  const errors = new ErrorList();
  checkKeys(pre.root, errors);
  if (errors.total) return { ok: false, errors: errors.list() };
  const env = envelopeSchema.safeParse(pre.root);
  if (!env.success) {
    errors.addZod([], env.error, pre.root);
    return { ok: false, errors: errors.list() };
  }
  const {
    articles: rawArticles,
    annotations: rawAnnotations,
    entityMerges: rawMerges = [],
    readerFacts: rawFacts = [],
    exported,
  } = env.data;
  const total = rawArticles.length + rawAnnotations.length + rawMerges.length + rawFacts.length;
  const articles: Article[] = [];
  const annotations: Annotation[] = [];
  const entityMerges: EntityMerge[] = [];
  const readerFacts: ReaderFact[] = [];
  let done = 0;
  const lists = [
    { name: 'articles', raw: rawArticles, schema: articleSchema, out: articles as unknown[] },
    { name: 'annotations', raw: rawAnnotations, schema: annotationSchema, out: annotations as unknown[] },
    { name: 'entityMerges', raw: rawMerges, schema: entityMergeSchema, out: entityMerges as unknown[] },
    { name: 'readerFacts', raw: rawFacts, schema: readerFactSchema, out: readerFacts as unknown[] },
  ] as const;
  for (const { name, raw, schema, out } of lists) {
    for (let i = 0; i < raw.length; i++) {
      const r = schema.safeParse(raw[i]);
      if (r.success) out.push(r.data);
      else errors.addZod([name, i], r.error, raw[i]);
      if (++done % chunkSize === 0) yield [done, total];
    }
  }
  if (done % chunkSize !== 0 || total === 0) yield [done, total];
  futureDates({ articles, annotations, entityMerges, readerFacts }, now, errors);
  if (errors.total) return { ok: false, errors: errors.list() };
  const data: BackupData = {
    articles,
    annotations,
    ...(entityMerges.length ? { entityMerges } : {}),
    ...(readerFacts.length ? { readerFacts } : {}),
  };
  // Warnings name records by their place in the file, so they are found before the ids change.
  const warnings = consistencyWarnings(data);
  return { ok: true, data: currentIds(data), exported, warnings };
}

/** A file written by an older version, with today's entity ids (utils/db/entity-ids.ts). */
function currentIds(d: BackupData): BackupData {
  const merges = d.entityMerges && upgradeMerges(d.entityMerges);
  return {
    ...d,
    articles: d.articles.map(upgradeArticle),
    annotations: d.annotations.map(upgradeAnnotation),
    ...(merges ? { entityMerges: merges } : {}),
    ...(d.readerFacts ? { readerFacts: d.readerFacts.map(upgradeFact) } : {}),
  };
}

/**
 * A date in the future cannot be a real visit or edit; an `updated` forged far ahead would win
 * every later merge. Such a file is refused (a day's margin for clocks and time zones).
 */
function futureDates(data: Required<BackupData>, now: Date, errors: ErrorList): void {
  const { articles, annotations, entityMerges: merges, readerFacts: facts } = data;
  const limit = now.getTime() + 24 * 3600 * 1000;
  const check = (path: string, iso: string) => {
    if (Date.parse(iso) > limit) errors.add(`${path}: ${iso} is in the future; the file's dates cannot be trusted`);
  };
  articles.forEach((a, i) => {
    check(`articles[${i}].firstVisit`, a.firstVisit);
    check(`articles[${i}].lastVisit`, a.lastVisit);
  });
  annotations.forEach((a, i) => {
    check(`annotations[${i}].created`, a.created);
    check(`annotations[${i}].updated`, a.updated);
  });
  merges.forEach((m, i) => check(`entityMerges[${i}].created`, m.created));
  facts.forEach((f, i) => {
    check(`readerFacts[${i}].created`, f.created);
    check(`readerFacts[${i}].updated`, f.updated);
  });
}

/** Problems that do not stop an import (the merge resolves them) but are worth telling. */
function consistencyWarnings({
  articles,
  annotations,
  entityMerges: merges = [],
  readerFacts = [],
}: BackupData): string[] {
  const warnings = new ErrorList();
  const keys = new Set<string>();
  articles.forEach((a, i) => {
    if (keys.has(a.key)) warnings.add(`articles[${i}].key: duplicate article ${a.key}; the latest visit wins`);
    keys.add(a.key);
  });
  const ids = new Set<string>();
  annotations.forEach((a, i) => {
    if (ids.has(a.id)) warnings.add(`annotations[${i}].id: duplicate id ${a.id}; the newer one wins`);
    ids.add(a.id);
    if (!keys.has(a.articleKey)) warnings.add(`annotations[${i}].articleKey: no article ${a.articleKey} in the file`);
  });
  const froms = new Set<string>();
  merges.forEach((m, i) => {
    if (froms.has(m.from)) warnings.add(`entityMerges[${i}].from: ${m.from} merged twice; the latest wins`);
    froms.add(m.from);
  });
  const factIds = new Set<string>();
  readerFacts.forEach((f, i) => {
    if (factIds.has(f.id)) warnings.add(`readerFacts[${i}].id: duplicate id ${f.id}; the newer one wins`);
    factIds.add(f.id);
  });
  return warnings.list();
}

export function parseBackup(
  text: string,
  opts: Pick<ParseOptions, 'onProgress' | 'chunkSize' | 'now'> = {},
): ParseResult {
  return runSteps(validate(text, opts.chunkSize ?? 1000, opts.now ?? new Date()), opts.onProgress);
}

/** Same result as parseBackup, yielding to the event loop between chunks. */
export async function parseBackupAsync(text: string, opts: ParseOptions = {}): Promise<ParseResult> {
  try {
    return await runStepsAsync(validate(text, opts.chunkSize ?? 500, opts.now ?? new Date()), opts);
  } catch (e) {
    if (opts.signal?.aborted) return { ok: false, errors: ['(file): import cancelled'] };
    throw e;
  }
}

function* backupSteps(data: BackupData, exportedAt: string, chunkSize: number): Steps<string> {
  // One record per line: compact, yet readable and diff-friendly. Still plain JSON.
  const articles = sortArticles(data.articles);
  const annotations = sortAnnotations(data.annotations);
  const merges = sortMerges(data.entityMerges ?? []);
  const facts = sortReaderFacts(data.readerFacts ?? []);
  const total = articles.length + annotations.length;
  const lines: string[] = [];
  for (const a of articles) lines.push(JSON.stringify(canonicalArticle(a)));
  yield [articles.length, total];
  for (let i = 0; i < annotations.length; i++) {
    lines.push(JSON.stringify(canonicalAnnotation(annotations[i])));
    if ((i + 1) % chunkSize === 0) yield [articles.length + i + 1, total];
  }
  const list = (xs: string[]) => (xs.length ? `[\n${xs.join(',\n')}\n]` : '[]');
  const head = JSON.stringify({ format: BACKUP_FORMAT, version: versionFor(annotations), exported: exportedAt }).slice(
    0,
    -1,
  );
  // Merges only when there are any: a file without them reads as before in any version.
  let tail = merges.length ? `,\n"entityMerges":${list(merges.map((m) => JSON.stringify(canonicalMerge(m))))}` : '';
  if (facts.length) tail += `,\n"readerFacts":${list(facts.map((f) => JSON.stringify(canonicalReaderFact(f))))}`;
  return `${head},\n"articles":${list(lines.slice(0, articles.length))},\n"annotations":${list(lines.slice(articles.length))}${tail}}\n`;
}

/** The lowest format version that holds these notes (see BACKUP_VERSION). */
export function versionFor(annotations: readonly Annotation[]): number {
  return annotations.some(isArticleNote) ? ARTICLE_NOTES_VERSION : 1;
}

export function toBackup(data: BackupData, exportedAt: string): string {
  return runSteps(backupSteps(data, exportedAt, Infinity));
}
