/**
 * npm run -s entities -- FILE...
 * Prints one JSON line per file: {"file", "entities": [{kind, start, end, text, id?}]},
 * offsets in UTF-16 units into the file text after NFC, end exclusive.
 */
import { readFileSync } from 'node:fs';
import { findEntities } from '../../utils/entities/index';

export function entitiesLine(file: string, raw: string): string {
  const text = raw.normalize('NFC');
  const entities = findEntities(text).map((e) => ({
    kind: e.kind,
    start: e.start,
    end: e.end,
    text: e.text,
    ...(e.id ? { id: e.id } : {}),
  }));
  return JSON.stringify({ file, entities });
}

function main(argv: string[]): number {
  const files = argv.filter((a) => !a.startsWith('--'));
  if (!files.length) {
    process.stderr.write('usage: npm run -s entities -- FILE...\n');
    return 2;
  }
  for (const f of files) process.stdout.write(`${entitiesLine(f, readFileSync(f, 'utf8'))}\n`);
  return 0;
}

if (process.argv[1] && /cli[\\/]entities\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
