/**
 * Myers' bit-parallel edit-distance columns (Myers 1999), for patterns of at most 32 code units:
 * one word of state per pattern, one `step` per text character. The one implementation behind
 * the fuzzy quote search and the context similarity.
 */

/** Pattern bitmasks by UTF-16 code unit; set by begin(), cleared by end(). */
const peq = new Int32Array(0x10000);

export class MyersColumns {
  private pattern = '';
  private high = 0;
  private pv = -1;
  private mv = 0;
  private topRow = 0;
  /** Edit distance of the whole pattern ending at the last character stepped. */
  score = 0;

  /**
   * `global`: the match must start at the first character stepped (the top row counts up, as in
   * Hyyrö's variant); otherwise it may start anywhere. `reversed`: the pattern is read backwards,
   * for text read outwards from a boundary or from the end.
   */
  begin(pattern: string, { global = false, reversed = false } = {}): this {
    const m = pattern.length;
    for (let i = 0; i < m; i++) peq[pattern.charCodeAt(reversed ? m - 1 - i : i)] |= 1 << i;
    this.pattern = pattern;
    this.high = 1 << (m - 1);
    this.pv = -1;
    this.mv = 0;
    this.topRow = global ? 1 : 0;
    this.score = m;
    return this;
  }

  /** Restarts the columns with the same pattern (a new scan over other text). */
  restart(): void {
    this.pv = -1;
    this.mv = 0;
    this.score = this.pattern.length;
  }

  step(code: number): number {
    const eq = peq[code];
    const pv = this.pv;
    const mv = this.mv;
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & this.high) this.score++;
    else if (mh & this.high) this.score--;
    ph = (ph << 1) | this.topRow;
    mh <<= 1;
    this.pv = mh | ~(xv | ph);
    this.mv = ph & xv;
    return this.score;
  }

  end(): void {
    const p = this.pattern;
    for (let i = 0; i < p.length; i++) peq[p.charCodeAt(i)] = 0;
    this.pattern = '';
  }
}

/** One shared instance: scans never nest. */
export const myers = new MyersColumns();
