/** The largest backup file read (bytes): checked on the file's size before a byte is read. */
export const MAX_BACKUP_BYTES = 30 * 1024 * 1024;

/**
 * The error for a file of `bytes` bytes, or null if it may be read. Call it with File.size before
 * reading a file; parseBackup applies it to the text length too (never more than the UTF-8 size).
 */
export function sizeError(bytes: number): string | null {
  if (bytes <= MAX_BACKUP_BYTES) return null;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return `(file): too large (${mb(bytes)} MB); the limit is ${mb(MAX_BACKUP_BYTES)} MB`;
}
