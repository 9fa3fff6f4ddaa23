/** The reader's watch list: its phrases are highlighted like built-in entities, with id "watch:<slug>". */
import { PRIORITY, type Candidate } from '../resolver';
import type { Scan } from '../scan';

export function findWatchList(s: Scan, out: Candidate[]): void {
  for (let i = 0; i < s.count; i++) {
    const w = s.longest(i, 'watch');
    if (w)
      out.push({
        kind: w.term.kind,
        start: s.start(i),
        end: s.end(w.end - 1),
        id: w.term.id,
        priority: PRIORITY.watchList,
      });
  }
}
