/**
 * Print the export of a backup file, with the popup's own code.
 *   npm run -s export -- --format md|json|w3c [--exported ISO] [--lang vi|en] [--no-links] [--no-front-matter] BACKUP.json
 *   npm run -s export -- --format dossier|dossier-json --entity ID [--exported ISO] [--lang vi|en] BACKUP.json
 * md / w3c / dossier use now as the export time unless --exported is given; json re-serialises
 * the backup canonically and keeps its own export time unless --exported is given. A dossier is
 * built from the backup's visits, notes and entity merges, as the extension's dossier page does.
 */
import { parseArgs } from 'node:util';
import { toBackup, type BackupData } from '../../utils/backup/backup';
import { fail, readBackupFile } from './backup-file';
import { toMarkdown } from '../../utils/export/markdown';
import { toW3CJson } from '../../utils/export/w3c';
import { dossierFromRecords } from '../../utils/dossier/build';
import { dossierToMarkdown } from '../../utils/dossier/markdown';
import { dossierToJson } from '../../utils/dossier/json';

const USAGE = [
  'usage: npm run -s export -- --format md|json|w3c [--exported ISO] [--lang vi|en] [--no-links] [--no-front-matter] BACKUP.json',
  '       npm run -s export -- --format dossier|dossier-json --entity ID [--exported ISO] [--lang vi|en] BACKUP.json',
].join('\n');
const FORMATS = ['md', 'json', 'w3c', 'dossier', 'dossier-json'];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    format: { type: 'string', default: 'md' },
    entity: { type: 'string' },
    exported: { type: 'string' },
    lang: { type: 'string', default: 'vi' },
    'no-links': { type: 'boolean', default: false },
    'no-front-matter': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help || positionals.length !== 1) fail([USAGE]);
if (!FORMATS.includes(values.format!)) fail([`unknown --format ${values.format}`, USAGE]);
const isDossier = values.format!.startsWith('dossier');
if (isDossier && !values.entity?.trim()) fail([`--format ${values.format} needs --entity ID`, USAGE]);
if (!isDossier && values.entity !== undefined) fail(['--entity goes with --format dossier', USAGE]);
if (values.lang !== 'vi' && values.lang !== 'en') fail([`unknown --lang ${values.lang}`, USAGE]);
if (values.exported !== undefined && Number.isNaN(Date.parse(values.exported)))
  fail([`--exported: not an ISO date-time: ${values.exported}`]);

const parsed = readBackupFile(positionals[0]);
if (!parsed.ok) fail(parsed.errors);
for (const w of parsed.warnings) console.error(`warning: ${w}`);

const exportedAt = values.exported ?? new Date().toISOString();

function dossierOut({ articles, annotations, entityMerges = [] }: BackupData, id: string): string {
  const d = dossierFromRecords({ articles, annotations, merges: entityMerges }, id);
  if (!d.articles.length && !d.notes.length)
    console.error(`warning: no article or note in ${positionals[0]} mentions ${id}`);
  return values.format === 'dossier-json'
    ? dossierToJson(d, exportedAt)
    : dossierToMarkdown(d, { exportedAt, lang: values.lang as 'vi' | 'en' });
}

const out = isDossier
  ? dossierOut(parsed.data, values.entity!.trim())
  : values.format === 'json'
    ? toBackup(parsed.data, values.exported ?? parsed.exported)
    : values.format === 'w3c'
      ? toW3CJson(parsed.data, { exportedAt, lang: values.lang })
      : toMarkdown(parsed.data, {
          exportedAt,
          lang: values.lang,
          template: { links: !values['no-links'], frontMatter: !values['no-front-matter'] },
        });
process.stdout.write(out);
