/**
 * npx tsx scripts/eval/spans.ts --write FILE | --compare FILE [--show N]
 * Every span the engine finds (kind, start, end, text, id) in a fixed set of texts: the dev and
 * dev-recent corpora (../shared), the seed article, the saved article pages of
 * tests/fixtures/sites and the generated 20,000-word page. --write saves them; --compare prints
 * what changed against a saved file, text by text (spans gone, spans new, ids or roles changed), so a
 * change to the engine shows exactly which output it changed.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findEntities } from '../../utils/entities/index';
import { detectHtml } from '../cli/detect';
import { CORPUS_DIR, SEED_ARTICLE, SITES_DIR } from '../lib/fixtures';
import { LONG_PATH, longPageFromSeed } from '../lib/long-page';
import { repoRoot } from '../lib/repo-root';

type Row = [kind: string, start: number, end: number, text: string, id: string, role: string];

function texts(): [string, string][] {
  const out: [string, string][] = [];
  for (const set of ['dev', 'dev-recent']) {
    const dir = path.join(CORPUS_DIR, set);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.txt'))
      .sort())
      out.push([`${set}/${f}`, readFileSync(path.join(dir, f), 'utf8').normalize('NFC')]);
  }
  out.push(['seed', readFileSync(path.join(repoRoot, 'tests/fixtures/seed/seed.txt'), 'utf8').normalize('NFC')]);
  const manifest = JSON.parse(readFileSync(path.join(SITES_DIR, 'manifest.json'), 'utf8')) as {
    kind: string;
    url: string;
    file: string;
  }[];
  for (const page of manifest.filter((p) => p.kind === 'article')) {
    const text = detectHtml(page.url, readFileSync(path.join(SITES_DIR, page.file), 'utf8')).text;
    if (text) out.push([`sites/${page.file}`, text]);
  }
  const long = detectHtml(`http://${SEED_ARTICLE.host}${LONG_PATH}`, longPageFromSeed().html).text;
  if (long) out.push(['long page', long]);
  return out;
}

function spansOf(): Record<string, Row[]> {
  const all: Record<string, Row[]> = {};
  for (const [name, text] of texts())
    all[name] = findEntities(text).map((s) => [s.kind, s.start, s.end, s.text, s.id ?? '', s.role ?? '']);
  return all;
}

const args = process.argv.slice(2);
const at = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const writeTo = at('--write');
const compareWith = at('--compare');
const show = Number(at('--show') ?? 20);
if (!writeTo && !compareWith) {
  console.error('usage: npx tsx scripts/eval/spans.ts --write FILE | --compare FILE [--show N]');
  process.exit(2);
}
const now = spansOf();
if (writeTo) {
  writeFileSync(writeTo, JSON.stringify(now));
  const n = Object.values(now).reduce((k, r) => k + r.length, 0);
  console.log(`wrote ${n} spans of ${Object.keys(now).length} texts to ${writeTo}`);
}
if (compareWith) {
  const before = JSON.parse(readFileSync(compareWith, 'utf8')) as Record<string, Row[]>;
  const key = (r: Row) => `${r[0]} ${r[1]}-${r[2]} ${JSON.stringify(r[3])}`;
  let gone = 0;
  let added = 0;
  let ids = 0;
  for (const name of new Set([...Object.keys(before), ...Object.keys(now)])) {
    const a = new Map((before[name] ?? []).map((r) => [key(r), r]));
    const b = new Map((now[name] ?? []).map((r) => [key(r), r]));
    const lines: string[] = [];
    for (const k of a.keys()) if (!b.has(k)) lines.push(`  - ${k}`), gone++;
    for (const k of b.keys()) if (!a.has(k)) lines.push(`  + ${k}`), added++;
    for (const [k, r] of b) {
      const old = a.get(k);
      if (old && (old[4] !== r[4] || old[5] !== r[5]))
        lines.push(`  ~ ${k}: ${old[4] || '(no id)'} ${old[5]} → ${r[4] || '(no id)'} ${r[5]}`), ids++;
    }
    if (lines.length)
      console.log(
        `${name}\n${lines.slice(0, show).join('\n')}${lines.length > show ? `\n  … ${lines.length - show} more` : ''}`,
      );
  }
  console.log(`spans gone ${gone}, new ${added}, ids or roles changed ${ids}`);
}
