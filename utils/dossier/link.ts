/**
 * Where a dossier lives: `dossier.html#<entity id>` in the extension (the index is
 * `dossier.html`). The id keeps its `:` readable; everything else a URL fragment cannot hold is
 * percent-encoded, so an id found by rule ("official:trần văn mười") survives the round trip.
 */
export const DOSSIER_PAGE = '/dossier.html';

export function dossierHash(id: string): string {
  return `#${encodeURIComponent(id).replace(/%3A/gi, ':')}`;
}

/** The entity id in a location hash, or null for the index (no hash, or one that is not an id). */
export function idFromHash(hash: string): string | null {
  const raw = hash.replace(/^#/, '');
  if (!raw) return null;
  try {
    return decodeURIComponent(raw) || null;
  } catch {
    return null;
  }
}

/** The dossier's path in the extension; the index's when no id is given. */
export function dossierPath(id?: string): string {
  return id ? DOSSIER_PAGE + dossierHash(id) : DOSSIER_PAGE;
}
