/**
 * npm run -s entities -- [--date YYYY-MM-DD] [--site HOST] FILE...
 * Prints one JSON line per file: {"file", "entities": [{kind, start, end, text, id?}]},
 * offsets in UTF-16 units into the file text after NFC, end exclusive. `--date`: the articles'
 * day, which decides what a short name two bodies shared one after the other means
 * (utils/entities/dated-names.ts: "Bộ Nông nghiệp" after 2025-02-28 is the new ministry). `--site`:
 * the host the articles are from; a provincial paper's gives a bare "Tỉnh ủy" its province when the
 * article names none (utils/entities/article-places.ts).
 */
import { createEngine, type HomePlace } from '../../utils/entities/index';
import { runOnFiles } from '../lib/text-command';

const engine = createEngine();

export function entitiesLine(file: string, raw: string, date?: string, home?: HomePlace): string {
  const text = raw.normalize('NFC');
  const entities = engine.find(text, date, home).map((e) => ({
    kind: e.kind,
    start: e.start,
    end: e.end,
    text: e.text,
    ...(e.id ? { id: e.id } : {}),
  }));
  return JSON.stringify({ file, entities });
}

function main(argv: string[]): number {
  return runOnFiles(argv, 'entities', 'npm run -s entities -- [--date YYYY-MM-DD] [--site HOST] FILE...', entitiesLine);
}

if (process.argv[1] && /cli[\\/]entities\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
