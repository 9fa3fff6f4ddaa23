/**
 * Documents: numbered references and symbols (document-numbers.ts), and laws, codes and
 * ordinances named by their title ("Luật Đất đai 2024", "Bộ luật Hình sự", "Luật sửa đổi, bổ
 * sung một số điều của Luật X"). Runs first: the tokens it claims are closed to bodies and names.
 */
import { upperRun } from '../../text/chars';
import { slugify } from '../../text/normalize';
import { PRIORITY, type Candidate } from '../resolver';
import type { Scan } from '../scan';
import { findDocuments } from './document-numbers';

const YEAR = /^(19|20)\d\d$/;
const AMENDING = ['một', 'số', 'điều', 'của'];

export function findDocumentReferences(s: Scan, out: Candidate[]): void {
  const found: Candidate[] = [];
  for (const d of findDocuments(s.nz.cased, s.nz.folded))
    found.push({ kind: 'resolution', start: d.s, end: d.e, id: d.id, priority: PRIORITY.document });
  namedLaws(s, found);
  for (const c of found) s.markDocument(c.start, c.end);
  out.push(...found);
}

/** "Luật Đất đai 2024", "Bộ luật Hình sự", "Pháp lệnh X", "Luật sửa đổi, bổ sung ... Luật X". */
function namedLaws(s: Scan, out: Candidate[]): void {
  for (let i = 0; i < s.count; i++) {
    const law = s.f(i) === 'luật';
    if (!law && !(s.f(i) === 'pháp' && s.f(i + 1) === 'lệnh')) continue;
    let start = i;
    let j = law ? i + 1 : i + 2;
    if (i > 0 && s.f(i - 1) === 'bộ' && s.spaceBefore(i) && s.isCap(i - 1)) start = i - 1;
    if (!s.isCap(start)) continue;
    if (s.f(j) === 'sửa' && s.f(j + 1) === 'đổi') {
      let k = j + 2;
      if (s.f(k) === ',') k++;
      if (s.f(k) === 'bổ' && s.f(k + 1) === 'sung') k += 2;
      if (s.wordsAt(k, AMENDING)) k += AMENDING.length;
      if (s.f(k) === 'luật') j = k + 1;
    }
    let e = -1;
    const known = s.longest(j, 'law');
    if (known) e = known.end;
    else if (s.cont(j) && upperRun(s.c(j), 2)) e = j + 1;
    if (e < 0) continue;
    if (s.f(e) === 'năm' && YEAR.test(s.f(e + 1))) e += 2;
    else if (YEAR.test(s.f(e)) && s.cont(e)) e += 1;
    out.push({
      kind: 'resolution',
      start: s.start(start),
      end: s.end(e - 1),
      id: `resolution:${slugify(s.textOf(start, e))}`,
      priority: PRIORITY.document,
    });
    i = e - 1;
  }
}
