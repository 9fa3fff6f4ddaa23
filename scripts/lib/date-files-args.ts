/**
 * The arguments of the text commands (`entities`, `cards`): `[--date YYYY-MM-DD] [--flags] FILE...`.
 * Returns the day and the files, or a message for the reader (exit status 2).
 */
export function dateAndFiles(argv: readonly string[], usage: string): { date?: string; files: string[] } | string {
  const at = argv.indexOf('--date');
  const date = at >= 0 ? argv[at + 1] : undefined;
  if (at >= 0 && !/^\d{4}-\d\d-\d\d$/.test(date ?? ''))
    return `--date expects YYYY-MM-DD, got ${JSON.stringify(date ?? '')}`;
  const files = argv.filter((a, i) => !a.startsWith('--') && !(at >= 0 && i === at + 1));
  return files.length ? { date, files } : `usage: ${usage}`;
}
