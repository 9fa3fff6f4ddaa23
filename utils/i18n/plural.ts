/**
 * Counts in sentences: "1 note", "2 notes"; "1 ghi chú", "2 ghi chú". A string key may have
 * plural forms as sibling keys named by CLDR category (`popup.annotationCount.one`); the key itself
 * is the `other` form. Vietnamese has only `other`, so it needs no siblings, but the tables keep
 * the same keys in both languages (strings.ts), so Vietnamese repeats the form.
 */
import type { Lang } from '../model';
import { STRINGS, t, type StringKey } from './index';

const rules = new Map<Lang, Intl.PluralRules>();

export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r.select(n);
}

/** t() with the form for `n` (filled in as `{n}`, along with any other values). */
export function tn(key: StringKey, lang: Lang, n: number, values?: Record<string, string | number>): string {
  const form = `${key}.${pluralCategory(lang, n)}`;
  const chosen = form in STRINGS[lang] ? (form as StringKey) : key;
  return t(chosen, lang, { n, ...values });
}
