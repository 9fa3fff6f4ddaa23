/**
 * npx tsx scripts/build/check-officials.ts
 * Prints every problem the data checks find in utils/entities/data/officials/*.json (the unit
 * tests run the same checks), and the positions that still have a partial date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../lib/repo-root';
import { checkOfficials, partialDates, type OfficialsFileData } from '../../utils/entities/data/checks';

export function readOfficialsFiles(): OfficialsFileData[] {
  const dir = path.join(repoRoot, 'utils/entities/data/officials');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      file: f,
      ...(JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Omit<OfficialsFileData, 'file'>),
    }));
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const files = readOfficialsFiles();
  const problems = checkOfficials(files);
  const partial = partialDates(files);
  for (const p of problems) console.log(p);
  console.log(
    `\n${problems.length} problems; ${partial.length} positions with a partial date; ${files.reduce((n, f) => n + f.officials.length, 0)} people`,
  );
  if (process.argv.includes('--partial')) for (const p of partial) console.log(`partial: ${p}`);
  process.exit(problems.length ? 1 : 0);
}
