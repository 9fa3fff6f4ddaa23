/**
 * Print the export of a backup file, with the popup's own code.
 *   npm run -s export -- --format md|json|w3c [--exported ISO] [--lang vi|en] [--no-links] [--no-front-matter] BACKUP.json
 * md / w3c use now as the export time unless --exported is given; json re-serialises the backup
 * canonically and keeps its own export time unless --exported is given.
 */
import { parseArgs } from 'node:util';
import { toBackup } from '../../utils/backup/backup';
import { fail, readBackupFile } from './backup-file';
import { toMarkdown } from '../../utils/export/markdown';
import { toW3CJson } from '../../utils/export/w3c';

const USAGE =
  'usage: npm run -s export -- --format md|json|w3c [--exported ISO] [--lang vi|en] [--no-links] [--no-front-matter] BACKUP.json';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    format: { type: 'string', default: 'md' },
    exported: { type: 'string' },
    lang: { type: 'string', default: 'vi' },
    'no-links': { type: 'boolean', default: false },
    'no-front-matter': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help || positionals.length !== 1) fail([USAGE]);
if (!['md', 'json', 'w3c'].includes(values.format!)) fail([`unknown --format ${values.format}`, USAGE]);
if (values.lang !== 'vi' && values.lang !== 'en') fail([`unknown --lang ${values.lang}`, USAGE]);
if (values.exported !== undefined && Number.isNaN(Date.parse(values.exported)))
  fail([`--exported: not an ISO date-time: ${values.exported}`]);

const parsed = readBackupFile(positionals[0]);
if (!parsed.ok) fail(parsed.errors);
for (const w of parsed.warnings) console.error(`warning: ${w}`);

const exportedAt = values.exported ?? new Date().toISOString();
const out =
  values.format === 'json'
    ? toBackup(parsed.data, values.exported ?? parsed.exported)
    : values.format === 'w3c'
      ? toW3CJson(parsed.data, { exportedAt })
      : toMarkdown(parsed.data, {
          exportedAt,
          lang: values.lang,
          links: !values['no-links'],
          frontMatter: !values['no-front-matter'],
        });
process.stdout.write(out);
