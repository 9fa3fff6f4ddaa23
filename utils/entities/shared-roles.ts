/**
 * One person, one office in an article: a mention that the text gives no office of its own takes the
 * office the article gives the same person (the same id, or the same name when the data knows
 * none), so its card says what the article calls them and, when that is not the data's person's
 * office, warns as the titled mention's card does ("Tân Chủ tịch Liên đoàn Lao động thành phố Hà
 * Nội Nguyễn Văn Thắng" ... "chúc mừng ông Nguyễn Văn Thắng": the Hà Nội union's chairman, not the
 * data's minister). The first titled mention gives it, before or after; an article read in pieces
 * passes every span read so far, so a mention in an earlier piece takes it too (index.ts).
 */
import type { EntitySpan } from './types';

const keyOf = (s: EntitySpan) => s.id ?? `name:${s.text}`;

export function shareRoles(spans: readonly EntitySpan[]): void {
  const seen = new Map<string, Pick<EntitySpan, 'role' | 'roleBodies'>>();
  for (const s of spans)
    if (s.kind === 'official' && s.role && !seen.has(keyOf(s)))
      seen.set(keyOf(s), { role: s.role, roleBodies: s.roleBodies });
  if (!seen.size) return;
  for (const s of spans) {
    if (s.kind !== 'official' || s.role) continue;
    const from = seen.get(keyOf(s));
    if (!from) continue;
    s.role = from.role;
    if (from.roleBodies) s.roleBodies = from.roleBodies;
  }
}
