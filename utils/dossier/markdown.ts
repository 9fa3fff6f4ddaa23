/**
 * A dossier as Markdown: front matter, the facts with their sources, the articles with links,
 * the notes as quotes with links that scroll back to them, and who appears alongside. User and
 * page text goes through the same escaping as the notes export (utils/export/md-escape.ts), so
 * the file is CommonMark that renders every title, quote and note literally.
 */
import type { DossierPosition } from './facts';
import type { Dossier, DossierArticle, DossierNote } from './build';
import type { ExportLang } from '../export/markdown';
import { hashtag } from '../export/markdown';
import { escapeOneLine, escapeParagraph, linkDestination, safeHttpUrl, yamlString } from '../export/md-escape';
import { slugify } from '../text/normalize';

export interface DossierMarkdownOptions {
  exportedAt: string;
  lang?: ExportLang;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const LABELS = {
  vi: {
    kind: { official: 'Cán bộ, lãnh đạo', body: 'Cơ quan, tổ chức', resolution: 'Văn bản' },
    summary: (a: number, n: number) => `${a} bài đã đọc · ${n} ghi chú`,
    otherNames: 'Cách viết khác',
    merged: 'Đã gộp',
    facts: 'Thông tin',
    positions: 'Chức vụ',
    noRecord: 'Nhận ra theo quy tắc, chưa có trong danh bạ: không có thông tin đã kiểm chứng.',
    checked: (d: string) => `Dữ liệu được kiểm tra ngày ${d}.`,
    stillHeld: (d: string) => `vẫn giữ (kiểm tra ${d})`,
    endUnknown: 'không rõ ngày kết thúc',
    startUnknown: 'không rõ ngày bắt đầu',
    orEarlier: (date: string) => `${date} hoặc sớm hơn`,
    unconfirmed: 'chưa xác nhận',
    source: 'nguồn',
    endSource: 'nguồn kết thúc',
    fullName: 'Tên đầy đủ',
    level: 'Cấp',
    successor: 'Sau đó',
    until: 'Hoạt động đến',
    validFrom: 'Từ',
    docType: 'Loại',
    number: 'Số',
    issuer: 'Cơ quan ban hành',
    year: 'Năm',
    sources: 'Nguồn',
    articles: 'Bài đã đọc',
    undated: 'không rõ ngày đăng',
    mentions: (n: number) => `${n} lần nhắc`,
    roleOn: 'Chức vụ ngày đó',
    noRole: 'không có chức vụ nào trong dữ liệu vào ngày đó',
    unlistedRole: (role: string) =>
      `Bài viết gọi người này là “${role}”, không khớp với chức vụ nào dữ liệu ghi: có thể là một người khác trùng tên, hoặc dữ liệu còn thiếu`,
    uncertain: 'chưa chắc chắn',
    notes: 'Ghi chú',
    inArticle: 'Trong bài',
    jump: 'Đến đoạn trích',
    orphan: 'Không tìm thấy đoạn trích này trong bài ở lần đọc gần nhất.',
    viaNote: 'Ghi chú nhắc đến tên.',
    tags: 'Thẻ',
    related: 'Thường xuất hiện cùng',
    relatedCount: (n: number) => `${n} bài`,
  },
  en: {
    kind: { official: 'Official', body: 'Body', resolution: 'Document' },
    summary: (a: number, n: number) => `${plural(a, 'article')} read · ${plural(n, 'note')}`,
    otherNames: 'Also written',
    merged: 'Merged in',
    facts: 'Facts',
    positions: 'Positions',
    noRecord: 'Found by a rule; not in the gazetteer: no checked facts.',
    checked: (d: string) => `Data checked on ${d}.`,
    stillHeld: (d: string) => `still held (checked ${d})`,
    endUnknown: 'end not known',
    startUnknown: 'start not known',
    orEarlier: (date: string) => `${date} or earlier`,
    unconfirmed: 'unconfirmed',
    source: 'source',
    endSource: 'end source',
    fullName: 'Full name',
    level: 'Level',
    successor: 'Afterwards',
    until: 'Active until',
    validFrom: 'From',
    docType: 'Type',
    number: 'Number',
    issuer: 'Issuer',
    year: 'Year',
    sources: 'Sources',
    articles: 'Articles read',
    undated: 'date not stated',
    mentions: (n: number) => plural(n, 'mention'),
    roleOn: 'Position that day',
    noRole: 'no position in the data on that day',
    unlistedRole: (role: string) =>
      `The article calls this person “${role}”, which matches no office the data lists: another person of the same name, or an office the data lacks`,
    uncertain: 'not certain',
    notes: 'Notes',
    inArticle: 'In',
    jump: 'Jump to quote',
    orphan: 'This quote was not found in the article at the last visit.',
    viaNote: 'The note names it.',
    tags: 'Tags',
    related: 'Often appears with',
    relatedCount: (n: number) => plural(n, 'article'),
  },
} as const;

type Labels = (typeof LABELS)[ExportLang];

/** `[text](url)` for an http(s) URL; the text alone otherwise. */
function link(text: string, url: string | undefined): string {
  const safe = safeHttpUrl(url);
  return safe ? `[${escapeOneLine(text)}](${linkDestination(safe)})` : escapeOneLine(text);
}

function positionLine(p: DossierPosition, l: Labels): string {
  const title = escapeOneLine(p.org ? `${p.title} (${p.org})` : p.title);
  const end = typeof p.to === 'string' ? p.to : p.to === null ? l.stillHeld(p.checked ?? '?') : l.endUnknown;
  const start = p.from ? (p.fromBy ? l.orEarlier(p.from) : p.from) : l.startUnknown;
  const bits = [`${title}: ${escapeOneLine(`${start} – ${end}`)}`, link(l.source, p.source)];
  if (p.endSource) bits.push(link(l.endSource, p.endSource));
  if (p.unconfirmed) bits.push(`*${escapeOneLine(`${l.unconfirmed}: ${p.unconfirmed}`)}*`);
  return `- ${bits.join(' · ')}`;
}

function factsSection(d: Dossier, l: Labels): string[] {
  const f = d.facts;
  const out = [`## ${l.facts}`, ''];
  if (!f.known) return [...out, escapeOneLine(l.noRecord), ''];
  if (f.positions) {
    out.push(...f.positions.map((p) => positionLine(p, l)), '');
    if (f.checked) out.push(escapeOneLine(l.checked(f.checked)), '');
    return out;
  }
  const rows: [string, string | undefined][] = [
    [l.fullName, f.fullName !== d.name ? f.fullName : undefined],
    [l.level, f.level],
    [l.validFrom, f.validFrom],
    [l.successor, f.successor],
    [l.until, f.successor ? undefined : f.validTo],
    [l.docType, f.docType],
    [l.number, f.number],
    [l.issuer, f.issuer],
    [l.year, f.year],
  ];
  for (const [k, v] of rows) if (v) out.push(`- ${escapeOneLine(`${k}: ${v}`)}`);
  if (f.sources.length) out.push(`- ${escapeOneLine(l.sources)}: ${f.sources.map((s) => link(s, s)).join(', ')}`);
  out.push('');
  return out;
}

function articleLine(a: DossierArticle, isOfficial: boolean, l: Labels): string {
  const bits = [escapeOneLine(a.day ?? l.undated), escapeOneLine(a.outlet), link(a.title || a.url, a.url)];
  bits.push(escapeOneLine(l.mentions(a.mentions)));
  if (isOfficial && a.day) {
    const roles = a.roles.map((r) => (r.certain ? r.title : `${r.title} (${l.uncertain})`));
    bits.push(escapeOneLine(`${l.roleOn}: ${roles.length ? roles.join('; ') : l.noRole}`));
  }
  if (isOfficial && a.unlistedRole) bits.push(escapeOneLine(l.unlistedRole(a.unlistedRole)));
  return `- ${bits.join(' · ')}`;
}

function noteBlock(n: DossierNote, l: Labels): string[] {
  // A note on the whole article has no quote: its text stands alone.
  const out = n.quote ? [...escapeParagraph(n.quote.trim() ? n.quote : ' ').map((line) => `> ${line}`), ''] : [];
  if (n.orphan) out.push(`*${escapeOneLine(l.orphan)}*`, '');
  if (n.note.trim()) out.push(...escapeParagraph(n.note), '');
  const meta = [`${escapeOneLine(l.inArticle)}: ${escapeOneLine(n.articleTitle)}`];
  const tags = n.tags.map(hashtag).filter((t): t is string => !!t);
  if (tags.length) meta.push(`${escapeOneLine(l.tags)}: ${tags.join(' ')}`);
  if (n.via === 'note') meta.push(escapeOneLine(l.viaNote));
  if (n.link) meta.push(link(l.jump, n.link));
  out.push(meta.join(' · '), '');
  return out;
}

export function dossierToMarkdown(d: Dossier, opts: DossierMarkdownOptions): string {
  const l = LABELS[opts.lang ?? 'vi'];
  const kv = (k: string, v: string) => `${k}: ${yamlString(v)}`;
  const out = ['---', kv('title', d.name), kv('entity', d.id), kv('kind', d.kind)];
  out.push(`articles: ${d.articles.length}`, `notes: ${d.notes.length}`);
  if (d.firstSeen) out.push(kv('first_seen', d.firstSeen));
  if (d.lastSeen) out.push(kv('last_seen', d.lastSeen));
  out.push(kv('exported', opts.exportedAt), '---', '');
  out.push(`# ${escapeOneLine(d.name)}`, '');
  out.push(escapeOneLine(`${l.kind[d.kind]} · ${l.summary(d.articles.length, d.notes.length)}`), '');
  const others = d.names.filter((n) => n !== d.name);
  if (others.length) out.push(escapeOneLine(`${l.otherNames}: ${others.join(', ')}`), '');
  if (d.merged.length)
    out.push(escapeOneLine(`${l.merged}: ${d.merged.map((m) => `${m.name} (${m.from})`).join(', ')}`), '');
  out.push(...factsSection(d, l));
  out.push(`## ${escapeOneLine(`${l.articles} (${d.articles.length})`)}`, '');
  if (d.articles.length) out.push(...d.articles.map((a) => articleLine(a, d.kind === 'official', l)), '');
  out.push(`## ${escapeOneLine(`${l.notes} (${d.notes.length})`)}`, '');
  for (const n of d.notes) out.push(...noteBlock(n, l));
  if (d.related.length) {
    out.push(`## ${escapeOneLine(l.related)}`, '');
    out.push(
      ...d.related.map((r) => `- ${escapeOneLine(`${r.name} (${l.kind[r.kind]}): ${l.relatedCount(r.count)}`)}`),
    );
  }
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

/** The dossier's file name: `dossier-<name as a slug>-YYYY-MM-DD.<ext>` in the local date. */
export function dossierFileName(d: Pick<Dossier, 'id' | 'name'>, date: Date, ext: 'md' | 'json'): string {
  const slug = slugify(d.name).slice(0, 60).replace(/-$/, '') || 'entity';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `dossier-${slug}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${ext}`;
}
