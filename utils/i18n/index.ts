/** t(key, lang, values): the UI string in the reader's language, with `{name}` filled in. */
import type { Lang } from '../model';
import { en, vi, type StringKey } from './strings';

export type { StringKey };
export const STRINGS: Record<Lang, Record<StringKey, string>> = { vi, en };

export function t(key: StringKey, lang: Lang, values?: Record<string, string | number>): string {
  const s = STRINGS[lang]?.[key] ?? vi[key] ?? key;
  if (!values) return s;
  return s.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}
