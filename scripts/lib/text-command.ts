/**
 * The text commands (`entities`, `cards`): `[--date YYYY-MM-DD] [--flags] FILE...`, one output per
 * file from `render` (given the file's name, its text and the day). A bad argument is said on
 * stderr and exits 2.
 */
import { readFileSync } from 'node:fs';

export function runOnFiles(
  argv: readonly string[],
  command: string,
  usage: string,
  render: (file: string, text: string, date: string | undefined) => string,
): number {
  const at = argv.indexOf('--date');
  const date = at >= 0 ? argv[at + 1] : undefined;
  const files = argv.filter((a, i) => !a.startsWith('--') && !(at >= 0 && i === at + 1));
  const error =
    at >= 0 && !/^\d{4}-\d\d-\d\d$/.test(date ?? '')
      ? `--date expects YYYY-MM-DD, got ${JSON.stringify(date ?? '')}`
      : files.length
        ? ''
        : `usage: ${usage}`;
  if (error) {
    process.stderr.write(`${command}: ${error}\n`);
    return 2;
  }
  for (const f of files) process.stdout.write(`${render(f, readFileSync(f, 'utf8'), date)}\n`);
  return 0;
}
