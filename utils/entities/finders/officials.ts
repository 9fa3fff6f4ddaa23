/**
 * Officials: people the gazetteer knows by name, names introduced by a title chain before them
 * ("Phó Bí thư Thành ủy TPHCM Nguyễn Văn Tám") or after them ("Lê Minh Trí, Viện trưởng ..."),
 * and later mentions of a name introduced once in the article (`names`, shared by the pieces of
 * one article).
 */
import { upperRun } from '../../text/chars';
import { PRIORITY, type Candidate } from '../resolver';
import type { Scan } from '../scan';
import { TokenTrie } from '../trie';
import { wordSets } from '../words';
import type { Bodies } from './bodies';
import type { Titles } from './titles';

/** Names introduced so far in an article: folded name → official id, or '' for one found by rule. */
export type KnownNames = Map<string, string>;

const MAX_CHAIN = 30;
const ASCII_NAME = /^[A-Za-z]+$/;

export class Officials {
  constructor(
    private scan: Scan,
    private titles: Titles,
    private bodies: Bodies,
    private names: KnownNames,
  ) {}

  find(out: Candidate[]): void {
    this.knownOrTitled(out);
    this.apposed(out);
    this.laterMentions(out);
  }

  private add(out: Candidate[], from: number, to: number, priority: number, id?: string, role?: string): void {
    const s = this.scan;
    out.push({ kind: 'official', start: s.start(from), end: s.end(to - 1), id, role, priority });
    if (to - from >= 2) {
      const words: string[] = [];
      for (let k = from; k < to; k++) words.push(s.f(k));
      this.names.set(words.join(' '), id ?? '');
    }
  }

  /** Gazetteer names, and names after a title chain. */
  private knownOrTitled(out: Candidate[]): void {
    const s = this.scan;
    const { surnames } = wordSets();
    for (let i = 0; i < s.count; i++) {
      if (s.inDocument[i]) continue;
      // Only an official's name or a title (with "phó", "quyền" before it) starts one here.
      if (!s.startsAny(i, 'official', 'title') && s.f(i) !== 'phó' && s.f(i) !== 'quyền') continue;
      const known = s.longest(i, 'official');
      if (known && s.isCapWord(i) && !this.falseFriendBefore(i)) {
        this.add(out, i, known.end, PRIORITY.knownOfficial, `official:${known.term.rec.id}`);
        i = known.end - 1;
        continue;
      }
      if (this.titles.at(i) < 0) continue;
      const end = this.chain(i);
      if (this.companyAt(end) || this.companyAt(end - 1)) continue;
      const nameEnd = this.personName(end, true);
      // Lower-case titles ("đại biểu", "bộ trưởng") count before a Vietnamese name only.
      if (!s.isCap(i) && !this.lowerTitleContext(i) && !surnames.has(s.c(end))) continue;
      if (nameEnd > end) {
        const rec = s.longest(end, 'official', (_, e) => e === nameEnd);
        const role = s.originalText(i, end).replace(/[\s,]+$/, '');
        if (rec) this.add(out, end, nameEnd, PRIORITY.titledName, `official:${rec.term.rec.id}`);
        else this.add(out, end, nameEnd, PRIORITY.titledName, undefined, role);
        i = nameEnd - 1;
      }
    }
  }

  /** Appositions: "Lê Minh Trí, Viện trưởng ..." and "Nguyễn Văn A (Bí thư ...)". */
  private apposed(out: Candidate[]): void {
    const s = this.scan;
    const { surnames } = wordSets();
    for (let i = 0; i < s.count; i++) {
      if (!s.isCap(i) || s.inDocument[i] || !s.isCapWord(i) || !surnames.has(s.c(i))) continue;
      if (i > 0 && s.isCapWord(i - 1) && !s.lineBefore(i) && s.f(i - 1) !== 'ông' && s.f(i - 1) !== 'bà') continue;
      const nameEnd = this.personName(i, false);
      if (nameEnd < 0) continue;
      const sep = s.f(nameEnd);
      if ((sep === ',' || sep === '(' || sep === '-') && s.cont(nameEnd + 1)) {
        const title = this.titles.at(nameEnd + 1);
        const chainEnd = title > 0 ? this.chain(nameEnd + 1) : -1;
        if (title > 0 && s.isCap(nameEnd + 1) && !this.companyAt(chainEnd) && !this.companyAt(title))
          this.add(out, i, nameEnd, PRIORITY.apposedName, undefined, s.originalText(nameEnd + 1, chainEnd));
      }
      i = nameEnd - 1;
    }
  }

  /** Later mentions of a name found above (or in an earlier piece of the article). */
  private laterMentions(out: Candidate[]): void {
    const s = this.scan;
    if (!this.names.size) return;
    const known = new TokenTrie<string>();
    for (const [name, id] of this.names) known.add(name.split(' '), id);
    for (let i = 0; i < s.count; i++) {
      if (!s.isCap(i)) continue;
      const m = known.longestAt(s.tokenRecords, i);
      if (!m || s.isCapWord(m.end) || this.falseFriendBefore(i)) continue;
      if (i > 0 && s.isCapWord(i - 1) && !s.lineBefore(i) && !this.titles.endsAt(i) && !this.bodies.at(i - 1)) {
        // Inside a longer capitalised run (a place or another name): leave it.
        if (s.end(i - 1) !== s.start(i) - 1) continue;
      }
      out.push({
        kind: 'official',
        start: s.start(i),
        end: s.end(m.end - 1),
        id: m.entry.value || undefined,
        priority: PRIORITY.laterMention,
      });
      i = m.end - 1;
    }
  }

  /** Walks a title chain from a title at token i; returns the chain's end (where a name may start). */
  chain(i: number): number {
    const s = this.scan;
    let j = i;
    for (let guard = 0; j < s.count && guard < MAX_CHAIN; guard++) {
      if (!s.cont(j) && j !== i) break;
      const title = this.titles.at(j);
      const body = this.bodies.at(j);
      if (body && body.end >= title) {
        j = body.end;
        continue;
      }
      if (title > 0) {
        // A body may start on the title's last word: "Trưởng Ban" + "Ban Kinh tế Trung ương".
        const inner = this.bodies.at(title - 1);
        j = inner && inner.end > title ? inner.end : title;
        continue;
      }
      // "Cục Thi hành án dân sự (THADS) Vũ Quốc Doanh"
      if (s.f(j) === '(' && upperRun(s.c(j + 1), 2, '&') && s.f(j + 2) === ')' && j !== i) {
        j += 3;
        continue;
      }
      const mod = s.longest(j, 'mod');
      if (mod && this.titles.at(mod.end) > 0) {
        j = mod.end;
        continue;
      }
      const country = s.longest(j, 'country') ?? (s.f(j) === 'nước' ? s.longest(j + 1, 'country') : undefined);
      if (country && j !== i) {
        j = country.end;
        continue;
      }
      const loc = s.longest(j, 'loc', (x) => x.leveled || !x.rec.needsLevel);
      if (loc && j !== i) {
        j = loc.end;
        continue;
      }
      const f = s.f(j);
      if ((f === ',' || f === 'kiêm' || f === 'và' || f === 'tại' || f === 'của') && s.cont(j + 1)) {
        const n = j + 1;
        const of = f === 'tại' || f === 'của';
        if (this.titles.at(n) > 0 || (of && (s.longest(n, 'country') || s.longest(n, 'loc') || this.bodies.at(n)))) {
          j = n;
          continue;
        }
      }
      break;
    }
    return j;
  }

  /** A personal name at token j: 2-4 capitalised syllables, or a foreign name after a title. Returns its end or -1. */
  personName(j: number, afterTitle: boolean): number {
    const s = this.scan;
    if (!s.cont(j) || !s.isCapWord(j) || s.inDocument[j]) return -1;
    const { surnames, notName, nameBreak } = wordSets();
    const vietnamese = surnames.has(s.c(j));
    if (!vietnamese && notName.has(s.c(j))) return -1;
    let k = j;
    const ends: number[] = [];
    while (s.cont(k) && s.isCapWord(k) && (k === j || (this.titles.at(k) < 0 && !nameBreak.has(s.c(k))))) {
      if (s.c(k).length > 1 && upperRun(s.c(k), 1)) break; // UBND, TP
      k++;
      while (s.f(k) === '-' && !s.spaceBefore(k) && s.isWord(k + 1) && !s.spaceBefore(k + 1)) k += 2;
      ends.push(k);
    }
    const run = ends.length;
    if (!run) return -1;
    // A province or a country is not a person ("Sơn La", "Hà Nội").
    const place = s.longest(j, 'loc', (t) => !t.rec.needsLevel) ?? s.longest(j, 'country');
    if (place && place.end >= ends[Math.min(run, 2) - 1]) return -1;
    if (vietnamese) return run < 2 ? -1 : ends[Math.min(run, 4) - 1];
    if (!afterTitle) return -1;
    // Foreign names: "Shinzo Abe", "Vladimir Putin", "Pany Yathotou", one-word "Philatov".
    if (run === 1) return s.c(j).length > 3 && ASCII_NAME.test(s.c(j)) ? ends[0] : -1;
    return ends[Math.min(run, 3) - 1];
  }

  private companyAt(k: number): boolean {
    return wordSets().companyWords.some((w) => this.scan.wordsAt(k, w));
  }

  /** Lower-case titles count after a comma or "nguyên" ("bộ trưởng" rarely stands alone). */
  private lowerTitleContext(i: number): boolean {
    return i > 0 && (this.scan.f(i - 1) === ',' || this.scan.f(i - 1) === 'nguyên');
  }

  /** A street, school or place word ends right before token i ("đường Võ Văn Kiệt"). */
  private falseFriendBefore(i: number): boolean {
    for (let k = Math.max(0, i - 3); k < i; k++) if (this.scan.longest(k, 'ff', (_, end) => end === i)) return true;
    return false;
  }
}
