/** Where an organ's name goes on with "của Quốc hội" (a committee of the National Assembly's, ours or another's). */
import { type Scan, TERM } from '../scan';

/** "Ủy ban Kinh tế của Quốc hội", "Ủy ban Kinh tế, Công nghệ và Môi trường của Quốc hội Lào". */
export function ofParliamentEnd(s: Scan, e: number): number {
  for (let k = e; k < e + 10 && s.cont(k); k++) {
    const f = s.f(k);
    if (f === 'của' && s.f(k + 1) === 'quốc' && s.f(k + 2) === 'hội') return k + 3;
    // (Not over another committee in a list: "Ủy ban về các vấn đề xã hội, Ủy ban Tư pháp của Quốc
    // hội", "Ủy ban Văn hóa, Giáo dục và Ủy ban Xã hội của Quốc hội", nor over a title: "Ủy ban Tài
    // chính – Ngân sách, Chủ nhiệm Ủy ban Kinh tế của Quốc hội".)
    const listed = s.f(k - 1) === ',' || s.f(k - 1) === 'và';
    if (!(f === ',' || s.isWord(k)) || (listed && s.startsAny(k, TERM.body | TERM.title))) break;
  }
  return e;
}
