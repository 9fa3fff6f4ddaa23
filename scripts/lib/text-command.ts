/**
 * The text commands (`entities`, `cards`): `[--date YYYY-MM-DD] [--site HOST] [--flags] FILE...`,
 * one output per file from `render` (given the file's name, its text, the day and, for a
 * provincial paper's host, its province as the extension reads it: sites/provincial-papers.ts). A bad
 * argument is said on stderr and exits 2.
 */
import { readFileSync } from 'node:fs';
import type { HomePlace } from '../../utils/entities/index';
import { homePlaceForHost } from '../../utils/sites/provincial-papers';

const VALUE_FLAGS = ['--date', '--site'];

export function runOnFiles(
  argv: readonly string[],
  command: string,
  usage: string,
  render: (file: string, text: string, date: string | undefined, home: HomePlace | undefined) => string,
): number {
  const flagValue = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? (argv[at + 1] ?? '') : undefined;
  };
  const date = flagValue('--date');
  const site = flagValue('--site');
  const files = argv.filter((a, i) => !a.startsWith('--') && !VALUE_FLAGS.includes(argv[i - 1]));
  const error =
    date !== undefined && !/^\d{4}-\d\d-\d\d$/.test(date)
      ? `--date expects YYYY-MM-DD, got ${JSON.stringify(date)}`
      : site !== undefined && !/^[a-z0-9.-]+$/i.test(site)
        ? `--site expects a host name (baothanhhoa.vn), got ${JSON.stringify(site)}`
        : files.length
          ? ''
          : `usage: ${usage}`;
  if (error) {
    process.stderr.write(`${command}: ${error}\n`);
    return 2;
  }
  const home = site === undefined ? undefined : homePlaceForHost(site, date);
  for (const f of files) process.stdout.write(`${render(f, readFileSync(f, 'utf8'), date, home)}\n`);
  return 0;
}
