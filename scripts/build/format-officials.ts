/**
 * npx tsx scripts/build/format-officials.ts [FILE...]
 * Rewrites the officials data files (default: all of utils/entities/data/officials/*.json) in
 * their canonical layout: one person per block, one position per line, keys in a fixed order,
 * NFC. Run it after editing a file by hand or by script, so that diffs stay readable.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../lib/repo-root';

const PERSON_KEYS = ['id', 'name', 'aliases', 'country', 'born', 'died', 'diedSource', 'distinct', 'note', 'positions'];
const POSITION_KEYS = ['title', 'org', 'from', 'fromBy', 'to', 'checked', 'source', 'endSource', 'unconfirmed', 'note'];
const FILE_KEYS = ['checked', 'group', 'note', 'officials'];

function ordered(obj: Record<string, unknown>, keys: string[], what: string): Record<string, unknown> {
  const extra = Object.keys(obj).filter((k) => !keys.includes(k));
  if (extra.length) throw new Error(`${what}: unknown keys ${extra.join(', ')}`);
  const out: Record<string, unknown> = {};
  for (const k of keys) if (k in obj) out[k] = obj[k];
  return out;
}

export function formatOfficialsFile(data: Record<string, unknown>): string {
  const head = ordered(data, FILE_KEYS, 'file');
  const people = (head.officials as Record<string, unknown>[]).map((p) => {
    const person = ordered(p, PERSON_KEYS, `person ${String(p.id)}`);
    const positions = (person.positions as Record<string, unknown>[]).map((x) =>
      ordered(x, POSITION_KEYS, `position of ${String(p.id)}`),
    );
    const fields = Object.entries(person)
      .filter(([k]) => k !== 'positions')
      .map(([k, v]) => `   ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
    return [
      '  {',
      ...fields,
      '   "positions": [',
      positions.map((x) => `    ${JSON.stringify(x).replace(/","/g, '", "').replace(/":/g, '": ')}`).join(',\n'),
      '   ]',
      '  }',
    ].join('\n');
  });
  const top = Object.entries(head)
    .filter(([k]) => k !== 'officials')
    .map(([k, v]) => ` ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  return `{\n${top.join('\n')}\n "officials": [\n${people.join(',\n')}\n ]\n}\n`.normalize('NFC');
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const dir = path.join(repoRoot, 'utils/entities/data/officials');
  const files = process.argv.slice(2).length
    ? process.argv.slice(2)
    : readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => path.join(dir, f));
  for (const f of files) {
    const text = formatOfficialsFile(JSON.parse(readFileSync(f, 'utf8')));
    writeFileSync(f, text);
    console.log(`formatted ${path.relative(repoRoot, f)}`);
  }
}
