/**
 * Under a search result: why it is listed ("Matched in: note, tag") and a few words around where
 * the search words are in the note or the quote, the words marked.
 */
import type { StringKey } from '../../utils/i18n/index';
import type { Snippet } from '../../utils/search/snippet';
import type { MatchReason } from './results-flow';

const LABEL: Record<MatchReason, StringKey> = {
  quote: 'find.in.quote',
  note: 'find.in.note',
  tag: 'find.in.tag',
  title: 'find.in.title',
  entity: 'find.in.entity',
  colour: 'find.in.colour',
  site: 'find.in.site',
  date: 'find.in.date',
};

interface Props {
  reasons: readonly MatchReason[];
  snippet: Snippet | null;
  tr: (key: StringKey) => string;
}

export function ResultWhy({ reasons, snippet, tr }: Props) {
  if (!reasons.length && !snippet) return null;
  return (
    <div class="why" data-testid="result-why">
      {reasons.length > 0 && (
        <p class="why-fields">
          {tr('find.why')}:{' '}
          {reasons.map((r, i) => (
            <span key={r} class="why-field" data-testid="why-field" data-field={r}>
              {tr(LABEL[r])}
              {i < reasons.length - 1 ? ', ' : ''}
            </span>
          ))}
        </p>
      )}
      {snippet && (
        <p class="snippet" data-testid="result-snippet">
          {snippet.before}
          <mark>{snippet.hit}</mark>
          {snippet.after}
        </p>
      )}
    </div>
  );
}
