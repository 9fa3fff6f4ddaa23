/**
 * Titles of office ("Bí thư", "Phó Thủ tướng", "Quyền Bộ trưởng"): where one starts, where one
 * ends. Bodies and officials both ask: a standing organ's prefix reads differently after a title,
 * and a title chain introduces a name.
 */
import type { Scan } from '../scan';

const NOT_READ = -2;
/** Words after a title that say its holder serves full time. */
const FULL_TIME = ['chuyên', 'trách'];

export class Titles {
  private ends: Int32Array;

  constructor(private scan: Scan) {
    this.ends = new Int32Array(scan.count).fill(NOT_READ);
  }

  /** The end of the title at token i (with a "Phó" or "Quyền" before it), or -1. */
  at(i: number): number {
    if (i < 0 || i >= this.scan.count) return -1;
    const known = this.ends[i];
    if (known !== NOT_READ) return known;
    return (this.ends[i] = this.read(i));
  }

  private read(i: number): number {
    const s = this.scan;
    const t = s.longest(i, 'title');
    const f = s.f(i);
    let end = t ? t.end : -1;
    // "quyền Thủ tướng" is acting; "uỷ quyền" (authorised by) is no part of a title.
    if (f === 'quyền' && s.f(i - 1) === 'uỷ') return -1;
    // "Ban Bí thư": an organ whose name holds a title word, no office.
    // (Not after a title's "Ban": "Phó Trưởng Ban" + "Thường trực Ban ...".)
    const head = s.f(i - 2) === 'trưởng' || s.f(i - 2) === 'phó';
    if (s.f(i - 1) === 'ban' && s.isCap(i - 1) && !head && (s.longest(i - 1, 'body')?.end ?? 0) > i) return -1;
    // "Đoàn Chủ tịch" (a congress's presidium, "Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ"): an
    // organ, no office ("Trưởng đoàn" + "Chủ tịch ..." is no name of one).
    if (f === 'chủ' && s.f(i - 1) === 'đoàn' && s.cont(i - 1) && !(s.f(i - 2) === 'trưởng' || s.f(i - 2) === 'phó'))
      return -1;
    // "Văn phòng Tổng Bí thư", "Văn phòng Chủ tịch nước": an office named after its principal, no office.
    const office = (k: number) => s.f(k - 1) === 'phòng' && s.f(k - 2) === 'văn' && s.isCap(k - 2);
    if (office(i) || ((s.f(i - 1) === 'tổng' || s.f(i - 1) === 'phó') && office(i - 1))) return -1;
    // "Đại sứ quán": an embassy, no ambassador.
    if (t && s.f(t.end) === 'quán' && s.cont(t.end)) return -1;
    // "tại Phủ Chủ tịch", "Phủ Thủ tướng": a palace, no office ("Văn phòng Phủ Thủ tướng" is an office).
    if (s.f(i - 1) === 'phủ' && s.isCap(i - 1) && s.cont(i - 1) && s.f(i - 2) !== 'phòng') return -1;
    if ((f === 'phó' || f === 'quyền') && s.cont(i + 1)) {
      const t2 = s.longest(i + 1, 'title');
      if (t2 && (!t || t2.end > t.end)) end = t2.end;
    }
    // "Phó Trưởng Đoàn chuyên trách": a full-time holder's title goes on.
    return end > 0 && s.cont(end) && s.wordsAt(end, FULL_TIME) ? end + FULL_TIME.length : end;
  }

  /** A title ends right before token i. */
  endsAt(i: number): boolean {
    for (let k = Math.max(0, i - 6); k < i; k++) if (this.at(k) === i) return true;
    return false;
  }

  /**
   * A title's own organ [i, end), named bare by its full name right after it or with its head word
   * in it ("Trưởng Đoàn" + "đại biểu Quốc hội", "Chánh án Tòa án nhân dân"): one delegation, one
   * court; not a short name ("Thứ trưởng Công an") nor a word of the title ("Chánh Thanh tra").
   */
  ownOrgan(i: number, end: number, tags: ReadonlySet<string>): boolean {
    const full = end - i >= 3 && this.scan.isCap(i) && !tags.has('ad-hoc') && !tags.has('prefix');
    return full && (this.endsAt(i) || this.at(i - 1) > i || this.at(i - 2) > i);
  }

  /** Token i is inside (not at the start of) a title: "Ủy viên Thường vụ", "Phó Trưởng ban Thường trực". */
  inside(i: number): boolean {
    for (let k = Math.max(0, i - 4); k < i; k++) if (this.at(k) > i) return true;
    return false;
  }
}
