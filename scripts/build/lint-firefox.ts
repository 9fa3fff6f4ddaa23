/**
 * addons.mozilla.org's linter (web-ext lint, the same addons-linter AMO runs on upload) on the
 * Firefox build, held to: 0 errors, and no warning or notice of ours. A warning is accepted only
 * when it is one of LIBRARY_WARNINGS, recognised by the library's own code around the reported
 * position; store/amo-review.md explains each to the reviewers. Exit 1 otherwise.
 *
 *   npm run lint:firefox        (after npm run build)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../lib/repo-root';

const SOURCE_DIR = path.join(repoRoot, '.output/firefox-mv2');

interface LintMessage {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** Warnings that come from a bundled library's code, each recognised by what surrounds it. */
const LIBRARY_WARNINGS: { code: string; library: string; signature: RegExp; why: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    library: 'preact',
    // Preact's diff writes innerHTML only for the dangerouslySetInnerHTML prop, which the
    // extension never passes (tests/build/manifest.test.ts checks the sources).
    signature: /dangerouslySetInnerHTML[\s\S]{0,400}\.innerHTML\s*=|\.innerHTML\s*=[\s\S]{0,60}__html/,
    why: "Preact's renderer sets innerHTML only for the dangerouslySetInnerHTML prop, which this extension never uses",
  },
];

/** The code around a 1-based line and column, to recognise whose it is. */
function around(file: string, line: number, column: number): string {
  const lines = readFileSync(path.join(SOURCE_DIR, file), 'utf8').split('\n');
  const text = lines[line - 1] ?? '';
  return text.slice(Math.max(0, column - 500), column + 200);
}

function classify(m: LintMessage): { library?: string } {
  if (m._type === 'error' || !m.file || !m.line) return {};
  const known = LIBRARY_WARNINGS.find(
    (w) => w.code === m.code && w.signature.test(around(m.file!, m.line!, m.column ?? 0)),
  );
  return { library: known?.library };
}

function main(): number {
  if (!existsSync(path.join(SOURCE_DIR, 'manifest.json'))) {
    console.error(`No Firefox build at ${SOURCE_DIR}: run \`npm run build\` first.`);
    return 1;
  }
  let out: string;
  try {
    out = execFileSync(
      path.join(repoRoot, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', SOURCE_DIR, '--output', 'json'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (e) {
    // web-ext exits non-zero when there are errors; its JSON still says which.
    out = (e as { stdout?: string }).stdout ?? '';
  }
  const report = JSON.parse(out) as {
    summary: { errors: number; warnings: number; notices: number };
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  };
  const all = [...report.errors, ...report.warnings, ...report.notices];
  const ours = all.filter((m) => !classify(m).library);
  const libraries = all.filter((m) => classify(m).library);
  const s = report.summary;
  console.log(`web-ext lint: ${s.errors} errors, ${s.warnings} warnings, ${s.notices} notices`);
  for (const m of libraries)
    console.log(`  library (${classify(m).library}): ${m.code} ${m.file}:${m.line} ${m.message}`);
  for (const m of ours) console.log(`  OURS ${m._type}: ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
  console.log(
    ours.length
      ? `${ours.length} finding(s) of ours: fix them, or, if a library's, document it in LIBRARY_WARNINGS and store/amo-review.md.`
      : `0 errors, 0 warnings of ours (${libraries.length} from libraries, explained in store/amo-review.md).`,
  );
  return ours.length ? 1 : 0;
}

process.exit(main());
