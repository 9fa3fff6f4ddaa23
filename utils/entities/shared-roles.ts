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
  // The first office that names its organ, else the first given.
  for (const s of spans) {
    if (s.kind !== 'official' || !s.role) continue;
    const had = seen.get(keyOf(s));
    if (!had || (!had.roleBodies?.length && s.roleBodies?.length))
      seen.set(keyOf(s), { role: s.role, roleBodies: s.roleBodies });
  }
  // A person some mention calls something that is no office, and none gives an office: all mentions.
  const ordinary = new Set(spans.filter((s) => s.ordinaryPerson && !s.role).map(keyOf));
  for (const s of spans) if (!s.role && ordinary.has(keyOf(s)) && !seen.has(keyOf(s))) s.ordinaryPerson = true;
  // And one a mention gives a post in a company ("cựu chủ tịch FLC Trịnh Văn Quyết ... Trịnh Văn Quyết khai").
  const posts = new Map(spans.filter((s) => s.companyPost && !s.role).map((s) => [keyOf(s), s.companyPost]));
  for (const s of spans) {
    const post = !s.role && !s.companyPost && !seen.has(keyOf(s)) ? posts.get(keyOf(s)) : undefined;
    if (post) s.companyPost = post;
  }
  if (!seen.size) return;
  for (const s of spans) {
    if (s.kind !== 'official') continue;
    const from = seen.get(keyOf(s));
    // A bare title ("7 phó chủ tịch: ông A, ...") takes the office that names its organ, when it is
    // that office's ("giữ chức Phó chủ tịch UBND TP.HCM"): the card weighs the organ.
    const bare = !!s.role && !s.roleBodies?.length && !!from?.roleBodies?.length && within(s.role, from.role);
    if (!from || (s.role && !bare)) continue;
    s.role = from.role;
    if (from.roleBodies) s.roleBodies = from.roleBodies;
  }
}

const within = (title: string, office = '') => office.toLowerCase().includes(title.toLowerCase());
