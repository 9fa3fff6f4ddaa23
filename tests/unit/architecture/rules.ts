/**
 * The architecture's rules as checks over the repository's source files, each returning the
 * violations it finds. architecture.test.ts runs them on the real tree (no violation) and on a
 * tree with one deliberate break per rule (the rule must catch it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface Source {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  text: string;
}

export interface Violation {
  file: string;
  detail: string;
}

/** Folders of pure logic: they run in Node as they run in the extension, with no browser API. */
export const PURE_DIRS = [
  'utils/text',
  'utils/entities',
  'utils/anchoring',
  'utils/export',
  'utils/backup',
  'utils/search',
  'utils/facts',
  'utils/i18n',
  'utils/url',
  'utils/notes',
];
export const MAX_LINES = 400;
export const MAX_ENTRYPOINT_LINES = 250;
/** Libraries whose use is logic, which belongs in utils/, not in the browser glue. */
const LOGIC_LIBRARIES = ['dexie', 'zod', 'approx-string-match'];

const SOURCE_DIRS = ['utils', 'components', 'entrypoints', 'scripts', 'tests'];
const SOURCE_EXT = /\.(ts|tsx|mts|mjs|js)$/;

export function loadSources(root: string): Source[] {
  const out: Source[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (SOURCE_EXT.test(e.name)) out.push({ path: rel, text: readFileSync(path.join(root, rel), 'utf8') });
    }
  };
  for (const d of SOURCE_DIRS) walk(d);
  return out;
}

const isTestCode = (p: string) =>
  /\.test\.tsx?$|\.test-helpers\.tsx?$|\.d\.ts$/.test(p) || p.startsWith('utils/testing/') || p.includes('/fixtures/');
/** Code that is bundled into the extension (or could be): not tests, scripts or test data. */
export const isProduct = (p: string) => /^(utils|components|entrypoints)\//.test(p) && !isTestCode(p);

const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/** No source file over MAX_LINES lines (JSON data is not source). */
export function fileSizes(files: readonly Source[]): Violation[] {
  return files
    .filter((f) => lineCount(f.text) > MAX_LINES)
    .map((f) => ({ file: f.path, detail: `${lineCount(f.text)} lines (at most ${MAX_LINES})` }));
}

/** Only utils/text normalises text: everyone else calls it rather than String.prototype.normalize. */
export function normalisationInText(files: readonly Source[]): Violation[] {
  return files
    .filter((f) => isProduct(f.path) && !f.path.startsWith('utils/text/'))
    .flatMap((f) =>
      f.text
        .split('\n')
        .map((line, i) => [line, i + 1] as const)
        .filter(([line]) => /\.normalize\(\s*['"`]?NF/.test(line))
        .map(([, n]) => ({ file: f.path, detail: `line ${n} normalises text itself; use utils/text` })),
    );
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

function importsOf(f: Source): string[] {
  return [...f.text.matchAll(IMPORT)].map((m) => {
    const spec = m[1];
    if (spec.startsWith('@/')) return spec.slice(2);
    if (spec.startsWith('.')) return path.posix.normalize(path.posix.join(path.posix.dirname(f.path), spec));
    return spec;
  });
}

/** Product code imports nothing from scripts/, tests/ or the test-data helpers in utils/testing. */
export function importDirection(files: readonly Source[]): Violation[] {
  return files
    .filter((f) => isProduct(f.path))
    .flatMap((f) =>
      importsOf(f)
        .filter((target) => /^(scripts|tests|utils\/testing)(\/|$)/.test(target))
        .map((target) => ({ file: f.path, detail: `imports ${target}` })),
    );
}

/** Entrypoints are wiring: short files that call into utils/ and components/, no logic libraries. */
export function thinEntrypoints(files: readonly Source[]): Violation[] {
  return files
    .filter((f) => f.path.startsWith('entrypoints/') && isProduct(f.path))
    .flatMap((f) => {
      const out: Violation[] = [];
      const n = lineCount(f.text);
      if (n > MAX_ENTRYPOINT_LINES)
        out.push({ file: f.path, detail: `${n} lines (an entrypoint has at most ${MAX_ENTRYPOINT_LINES})` });
      for (const target of importsOf(f))
        if (LOGIC_LIBRARIES.includes(target))
          out.push({ file: f.path, detail: `imports ${target}; that logic belongs in utils/` });
      return out;
    });
}

/**
 * Compiles the pure folders with only the ECMAScript library and platform-globals.d.ts: any use
 * of a DOM, extension or Node global is a compile error. `extra`: in-memory files to compile
 * instead (for the test that shows the rule fails).
 */
export function pureModules(root: string, files: readonly Source[], extra: readonly Source[] = []): Violation[] {
  const inPure = (p: string) => PURE_DIRS.some((d) => p.startsWith(`${d}/`)) && !isTestCode(p) && /\.tsx?$/.test(p);
  // With extra files, only they (and what they import) are compiled: the test of the rule's failure.
  const roots = (extra.length ? extra : files).filter((f) => inPure(f.path)).map((f) => path.join(root, f.path));
  roots.push(path.join(root, 'tests/unit/architecture/platform-globals.d.ts'));
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts'],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    resolveJsonModule: true,
    allowImportingTsExtensions: true,
  };
  const host = ts.createCompilerHost(options);
  const extraByPath = new Map(extra.map((f) => [path.join(root, f.path), f.text]));
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (p) => extraByPath.has(p) || fileExists.call(host, p);
  host.readFile = (p) => extraByPath.get(p) ?? readFile.call(host, p);
  host.getSourceFile = (p, lang, ...rest) => {
    const text = extraByPath.get(p);
    return text !== undefined ? ts.createSourceFile(p, text, lang) : getSourceFile.call(host, p, lang, ...rest);
  };
  const program = ts.createProgram(roots, options, host);
  // Files the pure ones import are compiled too, so browser glue pulled in by a pure module fails.
  const out: Violation[] = [];
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file ? path.relative(root, d.file.fileName).split(path.sep).join('/') : '(program)';
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    out.push({ file, detail: `line ${line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}` });
  }
  return out;
}
