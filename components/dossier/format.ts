/** Dates as a Vietnamese reader writes them (12/12/2022, 5/2023) or as ISO for English. */
import type { Lang } from '../../utils/settings/settings';

export function formatDay(iso: string | undefined, lang: Lang): string {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (lang !== 'vi') return [y, mo, d].filter(Boolean).join('-');
  if (d) return `${d}/${mo}/${y}`;
  return mo ? `${Number(mo)}/${y}` : y;
}
