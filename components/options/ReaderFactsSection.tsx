/**
 * The reader's own facts, all in one place: how many, about whom, and a Markdown report for the
 * maintainers of the officials data (utils/facts/upstream.ts). Facts are written and removed on
 * the card; here they are only counted and exported. The options page reads the database
 * directly: it runs in the extension's origin, never in a news page.
 */
import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import type { AnnotatorDB } from '../../utils/db/db';
import type { ReaderFact } from '../../utils/model';
import { upstreamReport } from '../../utils/facts/upstream';
import { downloadText } from '../shared/download';
import type { OptionsModel } from './model';

export interface FactsSource {
  db: AnnotatorDB;
  now?: () => Date;
  download?: (fileName: string, text: string, mime: string) => void;
}

export function ReaderFactsSection({ model: m, source }: { model: OptionsModel; source: FactsSource }) {
  const [facts, setFacts] = useState<ReaderFact[] | null>(null);
  useEffect(() => {
    const sub = liveQuery(() => source.db.readerFacts.toArray()).subscribe({
      next: setFacts,
      error: () => setFacts([]),
    });
    return () => sub.unsubscribe();
  }, [source.db]);
  const people = new Set((facts ?? []).map((f) => f.entityId)).size;

  function exportReport() {
    const now = (source.now ?? (() => new Date()))();
    const text = upstreamReport(facts ?? [], { lang: m.lang.value, exportedAt: now.toISOString() });
    (source.download ?? downloadText)(`vna-facts-${now.toISOString().slice(0, 10)}.md`, text, 'text/markdown');
  }

  return (
    <section aria-labelledby="h-facts">
      <h2 id="h-facts">{m.tr('options.facts')}</h2>
      <p class="muted">{m.tr('options.factsHelp')}</p>
      <p data-testid="facts-count">
        {facts === null
          ? m.tr('popup.loading')
          : facts.length
            ? m.tr('options.factsCount', { n: facts.length, people })
            : m.tr('options.factsNone')}
      </p>
      <button type="button" data-testid="facts-export" disabled={!facts?.length} onClick={exportReport}>
        {m.tr('options.factsExport')}
      </button>
    </section>
  );
}
