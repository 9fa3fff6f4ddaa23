/** Reading a backup file from disk for the command-line tools, with the popup's own checks. */
import { readFileSync, statSync } from 'node:fs';
import { parseBackup, sizeError, type ParseResult } from '../../utils/backup/backup';

/** Parses and validates the file; a file too large or unreadable is an error, like a bad one. */
export function readBackupFile(path: string): ParseResult {
  try {
    const tooBig = sizeError(statSync(path).size);
    return tooBig ? { ok: false, errors: [tooBig] } : parseBackup(readFileSync(path, 'utf8'));
  } catch (e) {
    return { ok: false, errors: [`(file): cannot read ${path}: ${(e as Error).message}`] };
  }
}

/** Prints the errors and exits 1. */
export function fail(errors: string[]): never {
  console.error(errors.join('\n'));
  process.exit(1);
}
