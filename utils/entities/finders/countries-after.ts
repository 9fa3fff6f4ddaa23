/** Countries an office also covers, after its own: "kiêm nhiệm Bhutan và Nepal". */
import type { Scan } from '../scan';

/** After "kiêm" or "kiêm nhiệm" at token j, the end of the countries listed ("Bhutan, Nepal và Sri Lanka"), or j. */
export function concurrentCountriesEnd(s: Scan, j: number): number {
  if (s.f(j) !== 'kiêm') return j;
  const at = s.f(j + 1) === 'nhiệm' ? j + 2 : j + 1;
  let country = s.cont(at) ? s.longest(at, 'country') : undefined;
  if (!country) return j;
  let end = country.end;
  while ((s.f(end) === 'và' || s.f(end) === ',') && s.cont(end + 1) && (country = s.longest(end + 1, 'country')))
    end = country.end;
  return end;
}
