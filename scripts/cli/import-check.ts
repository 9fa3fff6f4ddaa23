/**
 * Validate a backup file as the popup's import would, and print a summary or the errors.
 *   npm run -s import-check -- FILE.json      (exit 1 when the file would be refused)
 */
import { fail, readBackupFile } from './backup-file';
import { summarizeBackup } from '../../utils/backup/summary';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length !== 1) fail(['usage: npm run -s import-check -- FILE.json']);

const parsed = readBackupFile(files[0]);
if (!parsed.ok) fail([`${files[0]}: refused`, ...parsed.errors.map((e) => `  ${e}`)]);

const s = summarizeBackup(parsed.data);
const top = (xs: { label: string; count: number }[]) =>
  xs.length
    ? xs
        .slice(0, 10)
        .map((x) => `${x.label} (${x.count})`)
        .join(', ') + (xs.length > 10 ? `, … ${xs.length - 10} more` : '')
    : '—';
console.log(`${files[0]}: valid backup, exported ${parsed.exported}`);
console.log(`  articles     ${s.articles}`);
console.log(`  annotations  ${s.annotations} (${s.notes} with notes, ${s.orphans} orphaned)`);
console.log(`  sites        ${s.sites.length}: ${top(s.sites)}`);
console.log(`  tags         ${s.tags.length}: ${top(s.tags)}`);
console.log(`  created      ${s.from && s.to ? `${s.from} … ${s.to}` : '—'}`);
if (parsed.data.entityMerges) console.log(`  merges       ${parsed.data.entityMerges.length} (dossier entries merged)`);
if (parsed.data.readerFacts)
  console.log(`  reader facts ${parsed.data.readerFacts.length} (added to cards or marked wrong)`);
for (const w of parsed.warnings) console.log(`  warning: ${w}`);
