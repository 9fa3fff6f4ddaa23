/**
 * The reader's own facts (positions they added to cards, gazetteer positions they marked wrong)
 * as a Markdown report for the people who keep the officials data: each added position in the
 * data files' own shape (utils/entities/data/officials/README.md), ready to check and paste, and
 * each disputed position with the reader's reason and source. Nothing is sent anywhere: the
 * reader saves the file and decides where it goes.
 */
import type { ReaderFact } from '../model';
import type { Lang } from '../model';

const TEXT = {
  vi: {
    title: 'Thông tin người đọc bổ sung cho dữ liệu cán bộ',
    lead: 'Mỗi mục có nguồn công khai người đọc đã dẫn. Hãy kiểm tra nguồn trước khi đưa vào dữ liệu.',
    added: 'Chức vụ bổ sung',
    wrong: 'Thông tin bị đánh dấu sai',
    disputed: 'Chức vụ',
    reason: 'Lý do',
    source: 'Nguồn',
    none: 'Chưa có thông tin nào.',
  },
  en: {
    title: "A reader's additions to the officials data",
    lead: 'Each item has the public source the reader gave. Check the source before taking it into the data.',
    added: 'Positions added',
    wrong: 'Facts marked wrong',
    disputed: 'Position',
    reason: 'Why',
    source: 'Source',
    none: 'No facts yet.',
  },
} as const;

/** A position as the data files hold it; `to: null` only when the reader said it is still held. */
export function asDataPosition(f: ReaderFact): Record<string, string | null> {
  const out: Record<string, string | null> = { title: f.title ?? '' };
  if (f.org) out.org = f.org;
  if (f.from) out.from = f.from;
  if (f.to !== undefined) out.to = f.to;
  out.source = f.source;
  return out;
}

/** Text put in Markdown: no line breaks that would end the item, no raw HTML. */
const inline = (s: string) => s.replace(/\s+/g, ' ').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));

export function upstreamReport(facts: readonly ReaderFact[], opts: { lang: Lang; exportedAt: string }): string {
  const L = TEXT[opts.lang];
  const out = [`# ${L.title}`, '', `${L.lead} (${opts.exportedAt.slice(0, 10)})`, ''];
  if (!facts.length) return [...out, L.none, ''].join('\n');
  const byEntity = new Map<string, ReaderFact[]>();
  for (const f of [...facts].sort(
    (a, b) => a.entityName.localeCompare(b.entityName, 'vi') || a.created.localeCompare(b.created),
  ))
    byEntity.set(f.entityId, [...(byEntity.get(f.entityId) ?? []), f]);
  for (const [id, list] of byEntity) {
    out.push(`## ${inline(list[0].entityName)} (\`${id}\`)`, '');
    const added = list.filter((f) => f.type === 'position');
    const wrong = list.filter((f) => f.type === 'wrong');
    if (added.length) {
      out.push(`### ${L.added}`, '', '```json', JSON.stringify(added.map(asDataPosition), null, 2), '```', '');
      for (const f of added) if (f.note.trim()) out.push(`- ${inline(f.title ?? '')}: ${inline(f.note)}`);
      if (added.some((f) => f.note.trim())) out.push('');
    }
    if (wrong.length) {
      out.push(`### ${L.wrong}`, '');
      for (const f of wrong) {
        const target = f.target ? `${f.target.title}${f.target.from ? ` (${f.target.from})` : ''}` : '';
        out.push(
          `- ${L.disputed}: ${inline(target)}`,
          `  - ${L.reason}: ${inline(f.note)}`,
          `  - ${L.source}: <${f.source}>`,
        );
      }
      out.push('');
    }
  }
  return out.join('\n');
}
