/**
 * Bodies: a gazetteer organ, composed with the prefixes before it ("Ban Thường vụ" + "Tỉnh ủy")
 * and extended by its qualifiers (locality, country, parliament, term, a steering committee's
 * task). Generic uses ("UBND các tỉnh") are not bodies.
 */
import { hasUpper } from '../../text/chars';
import { slugify } from '../../text/normalize';
import { PRIORITY, type Candidate } from '../resolver';
import type { Scan, TermOf } from '../scan';
import type { BodyRecord } from '../types';
import { wordSets } from '../words';
import { endOfTerm, localityAt } from './qualifiers';
import type { Titles } from './titles';

export interface BodyParse {
  /** The token after the body. */
  end: number;
  id: string;
  rec: BodyRecord;
}

type BodyTerm = TermOf<'body'>;

/** Steering committees named by their task: "Ban Chỉ đạo cải cách hành chính", "... khắc phục sự cố ...". */
const STEERING_TOPICS = new Set(
  'cải khắc phòng đổi phát chuyển chương điều thi giảm công quản tây nông các ứng tìm phổ sắp đẩy'.split(' '),
);
/** Words that end a steering committee's task. */
const TOPIC_STOP = new Set(
  'đã sẽ đang là có được bị tại trong với cho để của và đến từ theo khi nhằm do nên thì mà này đó về họp yêu đề chỉ làm tổ báo nhấn cũng vừa'.split(
    ' ',
  ),
);
const MAX_DEPTH = 4;

export class Bodies {
  /** body(i) at depth 0, once read (undefined: not yet). */
  private parsed: (BodyParse | null | undefined)[];

  constructor(
    private scan: Scan,
    private titles: Titles,
  ) {
    this.parsed = new Array(scan.count).fill(undefined);
  }

  /** Every body, longest at each position, left to right. */
  find(out: Candidate[]): void {
    const s = this.scan;
    for (let i = 0; i < s.count; i++) {
      if (s.inDocument[i]) continue;
      // Only a body phrase or "Bộ" (a foreign ministry) can start a body.
      if (!s.has(i, 'body') && s.c(i) !== 'Bộ') continue;
      const b = this.at(i);
      if (!b) continue;
      out.push({ kind: 'body', start: s.start(i), end: s.end(b.end - 1), id: `body:${b.id}`, priority: PRIORITY.body });
      i = b.end - 1;
    }
  }

  /** The body starting at token i, with its prefixes and qualifiers, or null. */
  at(i: number, depth = 0): BodyParse | null {
    const cached = depth === 0 && i >= 0 && i < this.parsed.length;
    if (cached && this.parsed[i] !== undefined) return this.parsed[i]!;
    const r = this.parse(i, depth);
    if (cached) this.parsed[i] = r;
    return r;
  }

  private parse(i: number, depth: number): BodyParse | null {
    const s = this.scan;
    if (i >= s.count || s.inDocument[i] || depth > MAX_DEPTH) return null;
    if (!s.has(i, 'body')) return depth === 0 ? this.foreignMinistry(i) : null;
    const hits = s.all(i, 'body');
    // Prefixes first: "Ban Thường vụ" + "Tỉnh ủy Quảng Ninh", "Ban cán sự đảng" + "UBND tỉnh".
    for (let k = hits.length - 1; k >= 0; k--) {
      const { term, end } = hits[k];
      if (!term.tags.has('prefix') || !s.cont(end)) continue;
      const standingPrefix = term.tags.has('standing-prefix');
      if (standingPrefix && this.titles.endsAt(i)) continue;
      if (this.titles.inside(i)) continue;
      const inner = this.at(end, depth + 1);
      if (inner && (!standingPrefix || inner.rec.tags?.includes('standing'))) {
        return { end: inner.end, id: `${term.rec.id}--${inner.id}`, rec: term.rec };
      }
    }
    let best: BodyParse | null = null;
    for (let k = hits.length - 1; k >= 0; k--) {
      const { term, end } = hits[k];
      const tags = term.tags;
      if (tags.has('only-prefix') && !tags.has('embassy') && !tags.has('friendship')) continue;
      const r = this.qualify(i, end, term, depth);
      if (r === 'generic') return null;
      if (r && (!best || r.end > best.end)) best = r;
    }
    if (!best && depth === 0) return this.foreignMinistry(i);
    return best;
  }

  /** "Bộ Nông Lâm Lào": a ministry word, a short capitalised name, then a country. */
  private foreignMinistry(i: number): BodyParse | null {
    const s = this.scan;
    if (s.c(i) !== 'Bộ') return null;
    for (let k = i + 1; k <= i + 4 && s.isCapWord(k) && s.cont(k); k++) {
      const c = s.longest(k + 1, 'country');
      if (c && k + 1 > i + 1) {
        const name = s.textOf(i, c.end);
        return { end: c.end, id: slugify(name), rec: { id: slugify(name), name, level: 'foreign', src: '' } };
      }
    }
    return null;
  }

  /** Extends a core body with its locality, country, parliament, term and topic qualifiers. */
  private qualify(i: number, end: number, term: BodyTerm, depth: number): BodyParse | null | 'generic' {
    const s = this.scan;
    const { rec, tags } = term;
    let e = end;
    let id = rec.id;
    if (tags.has('embassy') || tags.has('friendship')) {
      // "Đại sứ quán Việt Nam tại Trung Quốc", "Hội Hữu nghị Việt - Lào"
      const c = s.longest(e, 'country');
      if (!c) return null;
      e = c.end;
      if (s.f(e) === 'tại' || s.f(e) === '-') {
        const c2 = s.longest(e + 1, 'country');
        if (c2) e = c2.end;
      }
      return { end: e, id: `${rec.id}--${slugify(s.textOf(i, e))}`, rec };
    }
    if (tags.has('local')) {
      const loc = localityAt(s, e, tags.has('place'));
      if (loc) {
        e = loc.end;
        id = `${rec.id}--${loc.id}`;
      } else if (tags.has('needs-place')) return null;
      // Spelled out without a locality ("của Hội đồng nhân dân"), the organ is meant in general.
      else if (!tags.has('place') && !tags.has('dept') && rec.abbr?.length && end - i > 2) return null;
    }
    if (tags.has('steering')) e = this.steeringTopic(e);
    if (tags.has('na')) e = this.ofParliament(e);
    const c = s.cont(e) ? s.longest(e, 'country') : undefined;
    if (c && s.textOf(e, c.end) !== '') e = c.end;
    else if (s.f(e) === 'nước' && s.cont(e + 1)) {
      const c2 = s.longest(e + 1, 'country');
      if (c2) e = c2.end;
    }
    e = endOfTerm(s, e);
    // Generic uses: "UBND các tỉnh", "các Sở", "HĐND cấp xã".
    if (e === end && ((tags.has('local') && !tags.has('place')) || tags.has('dept'))) {
      if (wordSets().genericAfter.has(s.f(e)) || this.genericBefore(i)) return 'generic';
    }
    if (tags.has('optional') && e === end) return null;
    if (depth === 0 && !hasUpper(s.textOf(i, e))) return null;
    // A foreign party after a central organ: "Ban Bí thư Trung ương Đảng Cộng sản Trung Quốc".
    if (s.f(e - 1) === 'đảng' && s.f(e) === 'cộng' && s.f(e + 1) === 'sản') {
      const c = s.longest(e + 2, 'country');
      if (c) e = c.end;
    }
    return { end: e, id, rec };
  }

  /** "Ủy ban Kinh tế của Quốc hội", "Ủy ban Kinh tế, Công nghệ và Môi trường của Quốc hội Lào". */
  private ofParliament(e: number): number {
    const s = this.scan;
    for (let k = e; k < e + 10 && s.cont(k); k++) {
      const f = s.f(k);
      if (f === 'của' && s.f(k + 1) === 'quốc' && s.f(k + 2) === 'hội') return k + 3;
      if (!(f === ',' || s.isWord(k))) break;
    }
    return e;
  }

  private genericBefore(i: number): boolean {
    for (const k of [i - 1, i - 2]) {
      if (k < 0) continue;
      if (this.scan.longest(k, 'generic')?.end === i) return true;
    }
    return false;
  }

  /** Steering committees: "Ban Chỉ đạo Trung ương về phòng, chống ...", "Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp". */
  private steeringTopic(e: number): number {
    const s = this.scan;
    const q = s.f(e);
    let qualified = false;
    if (
      (q === 'trung' && s.f(e + 1) === 'ương') ||
      (q === 'nhà' && s.f(e + 1) === 'nước') ||
      (q === 'quốc' && s.f(e + 1) === 'gia')
    ) {
      e += 2;
      qualified = true;
    }
    const capTopic = s.isCapWord(e) && !s.longest(e, 'title') && !wordSets().surnames.has(s.c(e)) && !this.at(e);
    if (capTopic || (!qualified && s.cont(e) && STEERING_TOPICS.has(s.f(e)) && !s.isCap(e))) {
      let k = e;
      while (
        k < e + 12 &&
        s.cont(k) &&
        (s.isWord(k) || (s.f(k) === ',' && k > e && STEERING_TOPICS.has(s.f(k + 1)))) &&
        (!TOPIC_STOP.has(s.f(k)) || (s.f(k) === 'và' && capTopic))
      )
        k++;
      if (k > e) e = k;
    }
    if (s.wordsAt(e, ['của', 'chính', 'phủ'])) e += 3;
    return e;
  }
}
