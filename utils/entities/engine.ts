/**
 * The entity engine: one left-to-right pass of gazetteer look-ups over tokens, a small grammar
 * that composes bodies with their prefixes and localities, title chains that introduce names,
 * and the document number grammars. Spans never nest: the longest wins.
 */
import { slugify } from '../text/normalize';
import { normalizeForMatch, toOriginal, type Normalized } from '../text/matching';
import { hasUpper, upperRun } from '../text/chars';
import { tokenize, type Token } from './tokens';
import { TokenTrie } from './trie';
import { buildGazetteer, type CompiledGazetteer, type Gazetteer, type Term, type WatchTerm } from './gazetteer';
import { findDocuments } from './resolutions';
import { COMPANY_WORDS, GENERIC_AFTER, NAME_BREAK, NOT_NAME, STRONG_SURNAMES, SURNAMES } from './lexicon';
import type { BodyRecord, EntitySpan } from './types';
import type { EntityKind } from '../model';

type TermType = Term['t'];
type Hit<T extends TermType> = { end: number; term: Extract<Term, { t: T }> };

interface Cand {
  kind: EntityKind;
  /** Normalised offsets. */
  s: number;
  e: number;
  id?: string;
  role?: string;
  prio: number;
}

interface BodyParse {
  end: number;
  id: string;
  rec: BodyRecord;
}

const surnames = new Set(SURNAMES.map((s) => s.normalize('NFC')));
const strongSurnames = new Set(STRONG_SURNAMES.map((s) => s.normalize('NFC')));
const genericAfter = new Set(GENERIC_AFTER);
const notName = new Set(NOT_NAME);
const nameBreak = new Set(NAME_BREAK);
const companyWords = COMPANY_WORDS.map((w) => w.toLowerCase().split(' '));
/** Steering committees named by their task: "Ban Chỉ đạo cải cách hành chính", "... khắc phục sự cố ...". */
const STEERING_TOPICS = [
  'cải',
  'khắc',
  'phòng',
  'đổi',
  'phát',
  'chuyển',
  'chương',
  'điều',
  'thi',
  'giảm',
  'công',
  'quản',
  'tây',
  'nông',
  'các',
  'ứng',
  'tìm',
  'phổ',
  'sắp',
  'đẩy',
];
const TOPIC_STOP = new Set(
  'đã sẽ đang là có được bị tại trong với cho để của và đến từ theo khi nhằm do nên thì mà này đó về họp yêu đề chỉ làm tổ báo nhấn cũng vừa'.split(
    ' ',
  ),
);
const LAW_YEAR_STOP = /^(19|20)\d\d$/;
/** One bit per term type, so a look-up for a type a position lacks returns at once. */
const BIT: Record<TermType, number> = {
  body: 1,
  loc: 2,
  country: 4,
  title: 8,
  mod: 16,
  level: 32,
  official: 64,
  watch: 128,
  law: 256,
  ff: 512,
  generic: 1024,
};
const NONE: never[] = [];

export class Engine {
  private g: Gazetteer;
  private watch: boolean;

  /** `compiled`: the trie made ahead (default data/compiled.json; null builds it here). */
  constructor(watch: WatchTerm[] = [], compiled?: CompiledGazetteer | null) {
    this.g = buildGazetteer(watch, compiled);
    this.watch = watch.length > 0;
  }

  get gazetteer(): Gazetteer {
    return this.g;
  }

  /**
   * `names`: people already introduced by a title (their folded names → official id or ''), read
   * again here when mentioned alone; the names this text introduces are added to it. Pieces of
   * one article read in order share one map (see pieces.ts).
   */
  find(text: string, names: Map<string, string> = new Map()): EntitySpan[] {
    const nz = normalizeForMatch(text);
    const T = tokenize(nz.cased, nz.folded);
    const run = new Run(this.g, nz, T, this.watch, names);
    return run.spans();
  }
}

/** The state of one call to find(). */
class Run {
  private matches: (ReturnType<TokenTrie<Term>['matchAt']> | undefined)[];
  /** Term types matched at each token (BIT), valid once matches[i] is set. */
  private mask: Uint16Array;
  /** body(i) at depth 0, once read (undefined: not yet). */
  private bodyAt: (BodyParse | null | undefined)[];
  private cands: Cand[] = [];
  /** Tokens inside a resolution span: no body or name is read there. */
  private docTok: Uint8Array;

  constructor(
    private g: Gazetteer,
    private nz: Normalized,
    private T: Token[],
    private watch: boolean,
    private names: Map<string, string>,
  ) {
    this.matches = new Array(T.length);
    this.mask = new Uint16Array(T.length);
    this.bodyAt = new Array(T.length).fill(undefined);
    this.docTok = new Uint8Array(T.length);
  }

  // ---- gazetteer look-ups -------------------------------------------------------------------

  private all(i: number) {
    if (i < 0 || i >= this.T.length) return NONE;
    let m = this.matches[i];
    if (!m) {
      m = this.matches[i] = this.g.trie.matchAt(this.T, i);
      let bits = 0;
      for (const h of m) bits |= h.entry.bit ??= BIT[h.entry.value.t];
      this.mask[i] = bits;
    }
    return m;
  }

  /** Term types starting at token i (BIT), reading the trie if needed. */
  private bits(i: number): number {
    this.all(i);
    return this.mask[i];
  }

  /** Some phrase of type t starts at token i. */
  private has(i: number, t: TermType): boolean {
    return this.all(i).length > 0 && (this.mask[i] & BIT[t]) !== 0;
  }

  private longest<T extends TermType>(
    i: number,
    t: T,
    ok?: (term: Extract<Term, { t: T }>, end: number) => boolean,
  ): Hit<T> | undefined {
    if (!this.has(i, t)) return undefined;
    const m = this.all(i);
    for (let k = m.length - 1; k >= 0; k--) {
      const term = m[k].entry.value;
      if (term.t === t && (!ok || ok(term as Extract<Term, { t: T }>, m[k].end)))
        return { end: m[k].end, term: term as Extract<Term, { t: T }> };
    }
    return undefined;
  }

  private tok(i: number): Token | undefined {
    return this.T[i];
  }
  private f(i: number): string {
    return this.T[i]?.f ?? '';
  }
  /** Token i continues the phrase (exists and no line break before it). */
  private cont(i: number): boolean {
    return i < this.T.length && !this.T[i].nl;
  }
  private isCapWord(i: number): boolean {
    const t = this.T[i];
    if (!t?.word || !t.cap) return false;
    const c = t.c.charCodeAt(0);
    return c < 48 || c > 57;
  }

  // ---- bodies --------------------------------------------------------------------------------

  /** The body starting at token i, with its prefixes and qualifiers, or null. */
  private body(i: number, depth = 0): BodyParse | null {
    if (depth === 0 && i >= 0 && i < this.bodyAt.length) {
      const known = this.bodyAt[i];
      if (known !== undefined) return known;
    }
    const r = this.parseBody(i, depth);
    if (depth === 0 && i >= 0 && i < this.bodyAt.length) this.bodyAt[i] = r;
    return r;
  }

  private parseBody(i: number, depth: number): BodyParse | null {
    if (i >= this.T.length || this.docTok[i] || depth > 4) return null;
    if (!this.has(i, 'body')) return depth === 0 ? this.foreignMinistry(i) : null;
    const hits = this.all(i).filter((h) => h.entry.value.t === 'body');
    // Prefixes first: "Ban Thường vụ" + "Tỉnh ủy Quảng Ninh", "Ban cán sự đảng" + "UBND tỉnh".
    for (let k = hits.length - 1; k >= 0; k--) {
      const h = hits[k].entry.value as Extract<Term, { t: 'body' }>;
      if (!h.tags.has('prefix')) continue;
      const end = hits[k].end;
      if (!this.cont(end)) continue;
      if (h.tags.has('standing-prefix') && this.titleEndsAt(i)) continue;
      if (this.insideTitle(i)) continue;
      const inner = this.body(end, depth + 1);
      if (inner && (!h.tags.has('standing-prefix') || inner.rec.tags?.includes('standing'))) {
        return { end: inner.end, id: `${h.rec.id}--${inner.id}`, rec: h.rec };
      }
    }
    let best: BodyParse | null = null;
    for (let k = hits.length - 1; k >= 0; k--) {
      const term = hits[k].entry.value as Extract<Term, { t: 'body' }>;
      if (term.tags.has('only-prefix') && !term.tags.has('embassy') && !term.tags.has('friendship')) continue;
      const r = this.qualify(i, hits[k].end, term, depth);
      if (r === 'generic') return null;
      if (r && (!best || r.end > best.end)) best = r;
    }
    if (!best && depth === 0) return this.foreignMinistry(i);
    return best;
  }

  /** "Bộ Nông Lâm Lào": a ministry word, a short capitalised name, then a country. */
  private foreignMinistry(i: number): BodyParse | null {
    if (this.T[i].c !== 'Bộ') return null;
    for (let k = i + 1; k <= i + 4 && this.isCapWord(k) && this.cont(k); k++) {
      const c = this.longest(k + 1, 'country');
      if (c && k + 1 > i + 1) {
        const rec: BodyRecord = {
          id: slugify(this.textOf(i, c.end)),
          name: this.textOf(i, c.end),
          level: 'foreign',
          src: '',
        };
        return { end: c.end, id: rec.id, rec };
      }
    }
    return null;
  }

  /** Extends a core body with its locality, country, parliament, term and topic qualifiers. */
  private qualify(
    i: number,
    end: number,
    term: Extract<Term, { t: 'body' }>,
    depth: number,
  ): BodyParse | null | 'generic' {
    const rec = term.rec;
    const tags = term.tags;
    let e = end;
    let id = rec.id;
    if (tags.has('embassy') || tags.has('friendship')) {
      // "Đại sứ quán Việt Nam tại Trung Quốc", "Hội Hữu nghị Việt - Lào"
      const c = this.longest(e, 'country');
      if (!c) return null;
      e = c.end;
      if (this.f(e) === 'tại' || this.f(e) === '-') {
        const c2 = this.longest(e + 1, 'country');
        if (c2) e = c2.end;
      }
      return { end: e, id: `${rec.id}--${slugify(this.textOf(i, e))}`, rec };
    }
    if (tags.has('local')) {
      const loc = this.locality(e, tags.has('place'));
      if (loc) {
        e = loc.end;
        id = `${rec.id}--${loc.id}`;
      } else if (tags.has('needs-place')) return null;
      // Spelled out without a locality ("của Hội đồng nhân dân"), the organ is meant in general.
      else if (!tags.has('place') && !tags.has('dept') && rec.abbr?.length && end - i > 2) return null;
    }
    if (tags.has('steering')) e = this.steeringTopic(e);
    if (tags.has('na')) e = this.ofParliament(e);
    const c = this.cont(e) ? this.longest(e, 'country') : undefined;
    if (c && this.textOf(e, c.end) !== '') e = c.end;
    else if (this.f(e) === 'nước' && this.cont(e + 1)) {
      const c2 = this.longest(e + 1, 'country');
      if (c2) e = c2.end;
    }
    e = this.term(e);
    // Generic uses: "UBND các tỉnh", "các Sở", "HĐND cấp xã".
    if (e === end && ((tags.has('local') && !tags.has('place')) || tags.has('dept'))) {
      if (genericAfter.has(this.f(e)) || this.genericBefore(i)) return 'generic';
    }
    if (tags.has('optional') && e === end) return null;
    if (depth === 0 && !hasUpper(this.textOf(i, e))) return null;
    // A foreign party after a central organ: "Ban Bí thư Trung ương Đảng Cộng sản Trung Quốc".
    if (this.f(e - 1) === 'đảng' && this.f(e) === 'cộng' && this.f(e + 1) === 'sản') {
      const c = this.longest(e + 2, 'country');
      if (c) e = c.end;
    }
    return { end: e, id, rec };
  }

  /** "Ủy ban Kinh tế của Quốc hội", "Ủy ban Kinh tế, Công nghệ và Môi trường của Quốc hội Lào". */
  private ofParliament(e: number): number {
    for (let k = e; k < e + 10 && this.cont(k); k++) {
      const f = this.f(k);
      if (f === 'của' && this.f(k + 1) === 'quốc' && this.f(k + 2) === 'hội') return k + 3;
      if (!(f === ',' || this.T[k].word)) break;
    }
    return e;
  }

  private genericBefore(i: number): boolean {
    for (const k of [i - 1, i - 2]) {
      if (k < 0) continue;
      const g = this.longest(k, 'generic');
      if (g && g.end === i) return true;
    }
    return false;
  }

  /** "khóa IX", "khóa 11", "nhiệm kỳ 2011-2016". */
  private term(e: number): number {
    const f = this.f(e);
    if ((f === 'khóa' || f === 'khoá') && this.cont(e + 1)) {
      const n = this.tok(e + 1)!;
      if (/^([IVXLC]+|\d{1,2})$/.test(n.c)) return e + 2;
    }
    // A compact term "nhiệm kỳ 2011-2016" belongs to the name; a spaced one reads as a date range.
    if (f === 'nhiệm' && this.f(e + 1) === 'kỳ' && /^\d{4}$/.test(this.f(e + 2))) {
      if (this.f(e + 3) === '-' && !this.T[e + 3].sp && /^\d{4}$/.test(this.f(e + 4)) && !this.T[e + 4].sp)
        return e + 5;
    }
    return e;
  }

  /** Steering committees: "Ban Chỉ đạo Trung ương về phòng, chống ...", "Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp". */
  private steeringTopic(e: number): number {
    const q = this.f(e);
    let qualified = false;
    if (
      (q === 'trung' && this.f(e + 1) === 'ương') ||
      (q === 'nhà' && this.f(e + 1) === 'nước') ||
      (q === 'quốc' && this.f(e + 1) === 'gia')
    ) {
      e += 2;
      qualified = true;
    }
    const capTopic = this.isCapWord(e) && !this.longest(e, 'title') && !surnames.has(this.T[e].c) && !this.body(e);
    if (capTopic || (!qualified && this.cont(e) && STEERING_TOPICS.includes(this.f(e)) && !this.T[e].cap)) {
      let k = e;
      while (
        k < e + 12 &&
        this.cont(k) &&
        (this.T[k].word || (this.f(k) === ',' && k > e && STEERING_TOPICS.includes(this.f(k + 1)))) &&
        (!TOPIC_STOP.has(this.f(k)) || (this.f(k) === 'và' && capTopic))
      )
        k++;
      if (k > e) e = k;
    }
    if (this.f(e) === 'của' && this.f(e + 1) === 'chính' && this.f(e + 2) === 'phủ') e += 3;
    return e;
  }

  /** A locality after a local organ: "tỉnh Bình Dương", "TP.HCM", "Quảng Ninh", "huyện Thạch Thành", "tỉnh". */
  private locality(e: number, barePlace: boolean): { end: number; id: string } | null {
    if (!this.cont(e)) return null;
    const lev = this.longest(e, 'level');
    const loc = this.longest(e, 'loc', (t) => t.leveled || !t.rec.needsLevel);
    if (loc && (!lev || loc.end > lev.end)) return { end: loc.end, id: loc.term.rec.id };
    if (lev) {
      const p = this.place(lev.end, true);
      if (p) return { end: p.end, id: `${slugify(this.textOf(e, lev.end))}-${p.id}` };
      return { end: lev.end, id: slugify(this.textOf(e, lev.end)) };
    }
    if (barePlace) {
      const p = this.place(e, false);
      if (p) return p;
    }
    return null;
  }

  /** A place name: a known province, or a short capitalised run that is not a person's name. */
  private place(j: number, _afterLevel: boolean): { end: number; id: string } | null {
    if (!this.cont(j)) return null;
    const loc = this.longest(j, 'loc');
    if (loc) return { end: loc.end, id: loc.term.rec.id };
    let k = j;
    while (this.cont(k) && this.isCapWord(k) && !this.longest(k, 'title') && !this.has(k, 'body')) {
      if (k > j && strongSurnames.has(this.T[k].c)) break;
      k++;
      // "Thừa Thiên-Huế", "Bà Rịa-Vũng Tàu"
      if (this.f(k) === '-' && !this.T[k].sp && this.isCapWord(k + 1) && !this.T[k + 1].sp) k += 2;
    }
    const run = k - j;
    if (!run) return null;
    if (run >= 3 && surnames.has(this.T[j].c)) return null;
    if (run >= 2 && strongSurnames.has(this.T[j].c)) return null;
    const end = j + Math.min(run, 2);
    return { end, id: slugify(this.textOf(j, end)) };
  }

  // ---- officials -----------------------------------------------------------------------------

  /** A title at token i, with "Phó" and "Quyền" prefixes: returns its end or -1. */
  private titleCache?: Int32Array;
  private title(i: number): number {
    if (i < 0 || i >= this.T.length) return -1;
    this.titleCache ??= new Int32Array(this.T.length).fill(-2);
    const c = this.titleCache[i];
    if (c !== -2) return c;
    return (this.titleCache[i] = this.titleUncached(i));
  }

  private titleUncached(i: number): number {
    const t = this.longest(i, 'title');
    const f = this.f(i);
    if ((f === 'phó' || f === 'quyền') && this.cont(i + 1)) {
      const t2 = this.longest(i + 1, 'title');
      if (t2 && (!t || t2.end > t.end)) return t2.end;
    }
    return t ? t.end : -1;
  }

  /** A title ends right before token i. */
  private titleEndsAt(i: number): boolean {
    for (let k = Math.max(0, i - 6); k < i; k++) if (this.title(k) === i) return true;
    return false;
  }

  /** Token i is inside (not at the start of) a title: "Ủy viên Thường vụ", "Phó Trưởng ban Thường trực". */
  private insideTitle(i: number): boolean {
    for (let k = Math.max(0, i - 4); k < i; k++) if (this.title(k) > i) return true;
    return false;
  }

  /** A personal name at token j: 2-4 capitalised syllables, or a foreign name after a title. */
  private personName(j: number, afterTitle: boolean): number {
    if (!this.cont(j) || !this.isCapWord(j)) return -1;
    if (this.docTok[j]) return -1;
    const vn = surnames.has(this.T[j].c);
    if (!vn && notName.has(this.T[j].c)) return -1;
    let k = j;
    const compounds: number[] = [];
    while (this.cont(k) && this.isCapWord(k) && (k === j || (this.title(k) < 0 && !nameBreak.has(this.T[k].c)))) {
      if (this.T[k].c.length > 1 && upperRun(this.T[k].c, 1)) break; // UBND, TP
      k++;
      while (this.f(k) === '-' && !this.T[k].sp && this.T[k + 1]?.word && !this.T[k + 1].sp) k += 2;
      compounds.push(k);
    }
    const run = compounds.length;
    if (!run) return -1;
    // A province or a country is not a person ("Sơn La", "Hà Nội").
    const place = this.longest(j, 'loc', (t) => !t.rec.needsLevel) ?? this.longest(j, 'country');
    if (place && place.end >= compounds[Math.min(run, 2) - 1]) return -1;
    if (vn) {
      if (run < 2) return -1;
      return compounds[Math.min(run, 4) - 1];
    }
    if (!afterTitle) return -1;
    // Foreign names: "Shinzo Abe", "Vladimir Putin", "Pany Yathotou", one-word "Philatov".
    if (run === 1 && this.T[j].c.length > 3 && /^[A-Za-z]+$/.test(this.T[j].c)) return compounds[0];
    if (run === 1) return -1;
    return compounds[Math.min(run, 3) - 1];
  }

  /** Walks a title chain from a title at token i; returns the chain end (where a name may start). */
  private chain(i: number): number {
    let j = i;
    let guard = 0;
    while (j < this.T.length && guard++ < 30) {
      if (!this.cont(j) && j !== i) break;
      const t = this.title(j);
      const b = this.body(j);
      if (b && b.end >= t) {
        j = b.end;
        continue;
      }
      const te = this.title(j);
      if (te > 0) {
        // A body may start on the title's last word: "Trưởng Ban" + "Ban Kinh tế Trung ương".
        const inner = this.body(te - 1);
        j = inner && inner.end > te ? inner.end : te;
        continue;
      }
      // "Cục Thi hành án dân sự (THADS) Vũ Quốc Doanh"
      if (this.f(j) === '(' && upperRun(this.tok(j + 1)?.c ?? '', 2, '&') && this.f(j + 2) === ')' && j !== i) {
        j += 3;
        continue;
      }
      const m = this.longest(j, 'mod');
      if (m && this.title(m.end) > 0) {
        j = m.end;
        continue;
      }
      const c = this.longest(j, 'country') ?? (this.f(j) === 'nước' ? this.longest(j + 1, 'country') : undefined);
      if (c && j !== i) {
        j = c.end;
        continue;
      }
      const l = this.longest(j, 'loc', (x) => x.leveled || !x.rec.needsLevel);
      if (l && j !== i) {
        j = l.end;
        continue;
      }
      const f = this.f(j);
      if ((f === ',' || f === 'kiêm' || f === 'và' || f === 'tại' || f === 'của') && this.cont(j + 1)) {
        const n = j + 1;
        if (
          this.title(n) > 0 ||
          ((f === 'tại' || f === 'của') && (this.longest(n, 'country') || this.longest(n, 'loc') || this.body(n)))
        ) {
          j = n;
          continue;
        }
      }
      break;
    }
    return j;
  }

  private findOfficials(): void {
    const T = this.T;
    const names = this.names;
    const add = (s: number, e: number, id: string | undefined, role: string | undefined, prio: number) => {
      this.cands.push({ kind: 'official', s: T[s].s, e: T[e - 1].e, id, role, prio });
      if (e - s >= 2)
        names.set(
          T.slice(s, e)
            .map((t) => t.f)
            .join(' '),
          id ?? '',
        );
    };
    for (let i = 0; i < T.length; i++) {
      if (this.docTok[i]) continue;
      // Only an official's name or a title (with "phó", "quyền" before it) starts one here.
      if (!(this.bits(i) & (BIT.official | BIT.title)) && T[i].f !== 'phó' && T[i].f !== 'quyền') continue;
      const o = this.longest(i, 'official');
      if (o && this.isCapWord(i) && !this.falseFriendBefore(i)) {
        add(i, o.end, `official:${o.term.rec.id}`, undefined, 3);
        i = o.end - 1;
        continue;
      }
      if (this.title(i) < 0) continue;
      const end = this.chain(i);
      if (this.companyAt(end) || this.companyAt(end - 1)) continue;
      const ne = this.personName(end, true);
      // Lower-case titles ("đại biểu", "bộ trưởng") count before a Vietnamese name only.
      if (!T[i].cap && !this.capContext(i) && !surnames.has(T[end]?.c ?? '')) continue;
      if (ne > end) {
        const known = this.longest(end, 'official', (_, e) => e === ne);
        const role = this.origText(i, end).replace(/[\s,]+$/, '');
        add(end, ne, known ? `official:${known.term.rec.id}` : undefined, known ? undefined : role, 2);
        i = ne - 1;
      }
    }
    // Appositions: "Lê Minh Trí, Viện trưởng ..." and "Nguyễn Văn A (Bí thư ...)".
    for (let i = 0; i < T.length; i++) {
      if (!T[i].cap || this.docTok[i] || !this.isCapWord(i) || !surnames.has(T[i].c)) continue;
      if (i > 0 && this.isCapWord(i - 1) && !T[i].nl && !['ông', 'bà'].includes(this.f(i - 1))) continue;
      const ne = this.personName(i, false);
      if (ne < 0) continue;
      const sep = this.f(ne);
      if ((sep === ',' || sep === '(' || sep === '-') && this.cont(ne + 1)) {
        const t = this.title(ne + 1);
        const ce = t > 0 ? this.chain(ne + 1) : -1;
        if (t > 0 && T[ne + 1].cap && !this.companyAt(ce) && !this.companyAt(t))
          add(i, ne, undefined, this.origText(ne + 1, ce), 1);
      }
      i = ne - 1;
    }
    // Later mentions of a name found above.
    if (!names.size) return;
    const doc = new TokenTrie<string>();
    for (const [k, id] of names) doc.add(k.split(' '), id);
    for (let i = 0; i < T.length; i++) {
      if (!T[i].cap) continue;
      const m = doc.longestAt(T, i);
      if (!m || this.isCapWord(m.end) || this.falseFriendBefore(i)) continue;
      if (i > 0 && this.isCapWord(i - 1) && !T[i].nl && !this.titleEndsAt(i) && !this.body(i - 1)) {
        // Inside a longer capitalised run (a place or another name): leave it.
        const prev = this.T[i - 1];
        if (!prev || prev.e !== T[i].s - 1) continue;
      }
      this.cands.push({ kind: 'official', s: T[i].s, e: T[m.end - 1].e, id: m.entry.value || undefined, prio: 0 });
      i = m.end - 1;
    }
  }

  private companyAt(k: number): boolean {
    return companyWords.some((w) => w.every((x, n) => this.f(k + n) === x));
  }

  /** Lower-case titles count after a comma or inside a chain ("bộ trưởng" rarely stands alone). */
  private capContext(i: number): boolean {
    return i > 0 && (this.f(i - 1) === ',' || this.f(i - 1) === 'nguyên');
  }

  private falseFriendBefore(i: number): boolean {
    for (let k = Math.max(0, i - 3); k < i; k++) {
      const ff = this.longest(k, 'ff', (_, end) => end === i);
      if (ff) return true;
    }
    return false;
  }

  // ---- resolutions ---------------------------------------------------------------------------

  private findResolutions(): void {
    const docs = findDocuments(this.nz.cased, this.nz.folded);
    for (const d of docs) this.cands.push({ kind: 'resolution', s: d.s, e: d.e, id: d.id, prio: 4 });
    // Named laws and codes: "Luật Đất đai 2024", "Bộ luật Hình sự", "Luật sửa đổi, bổ sung ... Luật X".
    const T = this.T;
    for (let i = 0; i < T.length; i++) {
      if (T[i].f !== 'luật' && !(T[i].f === 'pháp' && this.f(i + 1) === 'lệnh')) continue;
      let start = i;
      let j = T[i].f === 'luật' ? i + 1 : i + 2;
      const code = i > 0 && this.f(i - 1) === 'bộ' && !T[i].sp === false && T[i - 1].cap;
      if (code) start = i - 1;
      if (!T[start].cap) continue;
      // "Luật sửa đổi, bổ sung một số điều của Luật X"
      if (this.f(j) === 'sửa' && this.f(j + 1) === 'đổi') {
        let k = j + 2;
        if (this.f(k) === ',') k++;
        if (this.f(k) === 'bổ' && this.f(k + 1) === 'sung') k += 2;
        if (['một', 'số', 'điều', 'của'].every((w, n) => this.f(k + n) === w)) k += 4;
        if (this.f(k) === 'luật') j = k + 1;
      }
      let e = -1;
      const law = this.longest(j, 'law');
      if (law) e = law.end;
      else if (this.cont(j) && upperRun(T[j].c, 2)) e = j + 1;
      if (e < 0) continue;
      if (this.f(e) === 'năm' && LAW_YEAR_STOP.test(this.f(e + 1))) e += 2;
      else if (LAW_YEAR_STOP.test(this.f(e)) && this.cont(e)) e += 1;
      this.cands.push({
        kind: 'resolution',
        s: T[start].s,
        e: T[e - 1].e,
        id: `resolution:${slugify(this.textOf(start, e))}`,
        prio: 4,
      });
      i = e - 1;
    }
    // Mark tokens inside documents so no body or name is read there.
    let k = 0;
    const sorted = this.cands.filter((c) => c.kind === 'resolution').sort((a, b) => a.s - b.s);
    for (const c of sorted) {
      while (k < T.length && T[k].s < c.s) k++;
      for (let m = k; m < T.length && T[m].s < c.e; m++) this.docTok[m] = 1;
    }
  }

  // ---- watch list ----------------------------------------------------------------------------

  private findWatch(): void {
    if (!this.watch) return;
    for (let i = 0; i < this.T.length; i++) {
      const w = this.longest(i, 'watch');
      if (w) this.cands.push({ kind: w.term.kind, s: this.T[i].s, e: this.T[w.end - 1].e, id: w.term.id, prio: 5 });
    }
  }

  private findBodies(): void {
    const T = this.T;
    for (let i = 0; i < T.length; i++) {
      if (this.docTok[i]) continue;
      // Only a body phrase or "Bộ" (a foreign ministry) can start a body.
      if (!(this.bits(i) & BIT.body) && T[i].c !== 'Bộ') continue;
      const b = this.body(i);
      if (!b) continue;
      this.cands.push({ kind: 'body', s: this.T[i].s, e: this.T[b.end - 1].e, id: `body:${b.id}`, prio: 1 });
      i = b.end - 1;
    }
  }

  // ---- output --------------------------------------------------------------------------------

  /** The caller's characters for tokens [a, b). */
  private origText(a: number, b: number): string {
    if (b <= a) return '';
    const [s, e] = toOriginal(this.nz, this.T[a].s, this.T[b - 1].e);
    return this.nz.original.slice(s, e);
  }

  private textOf(a: number, b: number): string {
    if (b <= a) return '';
    return this.nz.cased.slice(this.T[a].s, this.T[b - 1].e);
  }

  spans(): EntitySpan[] {
    this.findResolutions();
    this.findBodies();
    this.findOfficials();
    this.findWatch();
    // Longest first, then priority; keep what does not overlap what is kept.
    const order = this.cands.slice().sort((a, b) => b.e - b.s - (a.e - a.s) || b.prio - a.prio || a.s - b.s);
    const kept: Cand[] = [];
    const taken = new Uint8Array(this.nz.cased.length + 1);
    for (const c of order) {
      let free = c.s < c.e;
      for (let k = c.s; free && k < c.e; k++) if (taken[k]) free = false;
      if (!free) continue;
      taken.fill(1, c.s, c.e);
      kept.push(c);
    }
    kept.sort((a, b) => a.s - b.s);
    const orig = this.nz.original;
    return kept.map((c) => {
      const [s, e] = toOriginal(this.nz, c.s, c.e);
      const span: EntitySpan = { kind: c.kind, start: s, end: e, text: orig.slice(s, e) };
      if (c.id) span.id = c.id;
      if (c.role) span.role = c.role;
      return span;
    });
  }
}
