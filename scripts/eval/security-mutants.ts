/**
 * npx tsx scripts/eval/security-mutants.ts [NAME...]
 * Shows that the security tests fail when a fix is taken back: for each mutant, a copy of the
 * repository (git worktree of HEAD) gets one fix reverted in its source, is built, and the tests
 * that guard that fix run against it (end-to-end tests against its build, unit tests in it).
 * Prints one line per mutant: caught (a guarding test failed) or NOT CAUGHT. Takes a few minutes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../lib/repo-root';

interface Mutant {
  name: string;
  /** Source edits: file, text to find, its replacement. */
  edits: [file: string, find: string | RegExp, replace: string][];
  /** The tests that must fail: e2e or firefox (against the mutant's build) or unit (inside the mutant). */
  e2e?: { file: string; test: string };
  firefox?: { file: string; test: string };
  unit?: { file: string; test: string };
}

const MUTANTS: Mutant[] = [
  {
    name: 'synthetic events act (isTrusted checks removed)',
    edits: [
      ['entrypoints/content/notes.ts', /if \(!e\.isTrusted\) return;\n/g, ''],
      ['entrypoints/content/notes.ts', 'if (!e.isTrusted || !document', 'if (!document'],
      ['entrypoints/content/hover.ts', 'if (!e.isTrusted) return;', ''],
    ],
    e2e: { file: 'tests/e2e/attacks.e2e.ts', test: 'acts on real input only' },
  },
  {
    name: "a selection the page makes on the reader's plain click is offered for a note",
    edits: [
      ['entrypoints/content/notes.ts', 'if (!plainClick && actions.offerSelection', 'if (actions.offerSelection'],
    ],
    e2e: { file: 'tests/e2e/attacks.e2e.ts', test: 'acts on real input only' },
  },
  {
    name: "a page that takes another article's address marks that article's notes lost",
    edits: [['entrypoints/content/notes.ts', 'article?.canonicalUrl === loadedAs ? orphanIds : []', 'orphanIds']],
    e2e: { file: 'tests/e2e/attacks.e2e.ts', test: 'cannot mark another article' },
  },
  {
    name: "the reader's highlights in the page's highlight registry",
    edits: [
      [
        'entrypoints/content/note-layer.ts',
        '    draw(boxes) {\n',
        "    draw(boxes) {\n      (CSS as unknown as { highlights: Map<string, unknown> }).highlights.set('vna-note', new Highlight(...boxes.map((b) => b.range)));\n",
      ],
    ],
    e2e: { file: 'tests/e2e/attacks.e2e.ts', test: 'learns nothing of a note being written' },
  },
  {
    name: "the watch list's names in the page's registry, minus the built-in names they displaced",
    edits: [
      [
        'entrypoints/content/entities.ts',
        'ranges: builtIn.filter((s) => s.kind === kind)',
        'ranges: spans.filter((s) => !isWatchListSpan(s) && s.kind === kind)',
      ],
    ],
    e2e: { file: 'tests/e2e/attacks.e2e.ts', test: 'learns nothing of the reader' },
  },
  {
    name: "the reader's boxes add to the document's scrollable overflow (no clipped, fixed window)",
    edits: [
      [
        'entrypoints/content/note-layer.ts',
        "'position: fixed; inset: 0; overflow: clip; contain: strict; pointer-events: none;'",
        "'position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none;'",
      ],
      ['entrypoints/content/note-layer.ts', 'if (layer) layer.style.transform', 'if (!layer) layer'],
    ],
    e2e: { file: 'tests/e2e/attacks.e2e.ts', test: 'learns nothing of where the notes are' },
  },
  {
    name: 'focus taken from a frame by the page stays taken (no guard)',
    edits: [['entrypoints/content/focus-guard.ts', 'queueMicrotask(() => taken(surface));', '']],
    e2e: { file: 'tests/e2e/attacks.e2e.ts', test: 'cannot take the keyboard' },
  },
  {
    name: "the extension's element keeps what the page does to it (faded, inert, moved)",
    edits: [
      ['entrypoints/content/host.ts', 'if (host.parentNode !== doc.documentElement)', 'if (!host.isConnected)'],
      ['entrypoints/content/host.ts', '  keep.observe(host, { attributes: true });\n', ''],
    ],
    e2e: { file: 'tests/e2e/attacks.e2e.ts', test: 'cannot fade, disable or move' },
  },
  {
    name: 'Delete acts under a decoy (no visibility check)',
    edits: [['components/frame/EditorSurface.tsx', 'seen.current?.visible() ?? (await askShown?.()) ?? true', 'true']],
    e2e: { file: 'tests/e2e/attacks.e2e.ts', test: 'cannot have the reader delete' },
  },
  {
    name: "Firefox: Delete acts under a decoy (the content script's look says never obscured)",
    edits: [
      [
        'entrypoints/content/obscured.ts',
        /\nexport function obscured\(([^)]*)\): boolean \{\n/,
        '\nexport function obscured($1): boolean {\n  return false;\n',
      ],
    ],
    firefox: { file: 'tests/firefox/attacks.firefox.ts', test: 'cannot have the reader delete' },
  },
  {
    name: 'a page can switch the extension off (WXT start event kept)',
    edits: [['wxt.config.ts', 'quietContentScriptStart(), ', '']],
    e2e: { file: 'tests/e2e/attacks.e2e.ts', test: 'cannot switch the extension off' },
  },
  {
    name: 'UI host under a name the page can define first',
    edits: [['entrypoints/content/host.ts', "doc.createElement('div')", "doc.createElement('vna-ui')"]],
    e2e: { file: 'tests/e2e/attacks.e2e.ts', test: 'defines the extension' },
  },
  {
    name: 'a canonical link of another origin is taken as the article key',
    edits: [['utils/url/canonical.ts', 'if (c && origin && originOf(c) === origin) return c;', 'if (c) return c;']],
    e2e: { file: 'tests/e2e/attacks.e2e.ts', test: 'another subdomain' },
  },
  {
    name: 'text hidden by the page goes into quotes',
    edits: [['utils/dom/text-index.ts', "=== 'function'", "=== 'no such function'"]],
    e2e: { file: 'tests/e2e/notes.e2e.ts', test: 'saves a note on exactly the text selected' },
  },
  {
    name: 'the background trusts every sender',
    edits: [
      [
        'utils/background/access.ts',
        '  if (!sender || sender.id !== ext.id)',
        "  return { kind: 'extension' };\n  if (!sender || sender.id !== ext.id)",
      ],
    ],
    unit: { file: 'utils/background/handle.test.ts', test: 'refuses when' },
  },
  {
    name: 'edits overwrite whole notes (no field merge)',
    edits: [['utils/db/queries.ts', '    if (base) {', '    if (false && base) {']],
    unit: { file: 'utils/background/handle.test.ts', test: 'merges edits field by field' },
  },
  {
    name: "a note's draft is given to any caller (not the editor frame's only)",
    edits: [['utils/background/handle.ts', "refusalUnless(caller, ['frame'], \"keeping a note's draft\")", 'null']],
    unit: { file: 'utils/notes/drafts.test.ts', test: 'are never read nor written by the page side' },
  },
  {
    name: "a reloaded editor's draft is saved against the note as it is now (an edit elsewhere reverted)",
    edits: [['components/frame/EditorSurface.tsx', 'const opened = draft?.base ?? {', 'const opened = {']],
    e2e: { file: 'tests/e2e/notes.e2e.ts', test: 'loses nothing being written' },
  },
];

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

const only = process.argv.slice(2);
let missed = 0;
// The control: the guarding tests pass on the build as it is, so a failure below is the mutant's.
{
  const r = run('npx', ['wxt', 'build'], repoRoot);
  if (r.status !== 0) throw new Error(`the control build failed\n${r.stderr}`);
  const ff = run('npx', ['wxt', 'build', '-b', 'firefox'], repoRoot);
  if (ff.status !== 0) throw new Error(`the control Firefox build failed\n${ff.stderr}`);
  const guarded = MUTANTS.flatMap((m) => [
    ...(m.e2e ? [`e2e ${m.e2e.file}`] : []),
    ...(m.firefox ? [`firefox ${m.firefox.file}`] : []),
  ]);
  for (const [project, file] of [...new Set(guarded)].map((g) => g.split(' '))) {
    const t = run('npx', ['vitest', 'run', '--project', project, file], repoRoot);
    if (t.status !== 0)
      throw new Error(
        `the control run of ${file} fails on the unchanged build: fix that first\n${(t.stdout + t.stderr).slice(-3000)}`,
      );
  }
  console.log('control: the guarding tests pass on the unchanged build');
}
for (const m of MUTANTS.filter((x) => !only.length || only.some((o) => x.name.includes(o)))) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vna-security-mutant-'));
  try {
    execFileSync('git', ['worktree', 'add', '--detach', dir, 'HEAD'], { cwd: repoRoot, stdio: 'ignore' });
    execFileSync('cp', ['-al', path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules')]);
    for (const [file, find, replace] of m.edits) {
      const p = path.join(dir, file);
      const before = readFileSync(p, 'utf8');
      const after = before.replace(find, replace);
      if (after === before) throw new Error(`${m.name}: the edit of ${file} found nothing to change`);
      writeFileSync(p, after);
    }
    let failed: boolean;
    if (m.e2e) {
      const build = run('npx', ['wxt', 'build'], dir);
      if (build.status !== 0) throw new Error(`${m.name}: build failed\n${build.stderr}`);
      const r = run('npx', ['vitest', 'run', '--project', 'e2e', m.e2e.file, '-t', m.e2e.test], repoRoot, {
        ...process.env,
        VNA_EXTENSION_DIR: path.join(dir, '.output/chrome-mv3'),
      });
      failed = r.status !== 0;
    } else if (m.firefox) {
      const build = run('npx', ['wxt', 'build', '-b', 'firefox'], dir);
      if (build.status !== 0) throw new Error(`${m.name}: Firefox build failed\n${build.stderr}`);
      const r = run('npx', ['vitest', 'run', '--project', 'firefox', m.firefox.file, '-t', m.firefox.test], repoRoot, {
        ...process.env,
        VNA_FIREFOX_EXTENSION_DIR: path.join(dir, '.output/firefox-mv2'),
      });
      failed = r.status !== 0;
    } else {
      const r = run('npx', ['vitest', 'run', '--project', 'unit', m.unit!.file, '-t', m.unit!.test], dir);
      failed = r.status !== 0;
    }
    if (!failed) missed++;
    const guard = m.e2e ?? m.firefox ?? m.unit!;
    console.log(`${failed ? 'caught    ' : 'NOT CAUGHT'}  ${m.name}  (${guard.file}: "${guard.test}")`);
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: repoRoot, stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(missed ? `${missed} mutant(s) not caught` : 'every mutant caught');
process.exitCode = missed ? 1 : 0;
