/**
 * The reader's notes on the whole article, in the panel (an extension frame, so their text is
 * shown here and never in the page), with a button to write one.
 */
import { t } from '@/utils/i18n';
import type { Lang } from '@/utils/settings/settings';
import { clip } from './clip';

export interface PanelArticleNote {
  id: string;
  note: string;
  tags: string[];
  colour: string;
}

interface Props {
  notes: PanelArticleNote[];
  lang: Lang;
  onOpen: (id: string) => void;
  onAdd: () => void;
  onCite: (id: string) => void;
}

export function ArticleNotes(p: Props) {
  return (
    <div data-testid="panel-article-notes">
      <h3>{t('articleNote.title', p.lang)}</h3>
      <ul>
        {p.notes.map((n) => (
          <li key={n.id}>
            <button type="button" onClick={() => p.onOpen(n.id)} data-testid="panel-article-note">
              <span>
                <span class="swatch" style={{ background: n.colour }} />
                {clip(n.note || n.tags.map((x) => `#${x}`).join(' '), 160)}
              </span>
            </button>
            <button
              type="button"
              class="cite"
              onClick={() => p.onCite(n.id)}
              title={t('cite.copy', p.lang)}
              aria-label={t('cite.of', p.lang, { what: clip(n.note || n.tags.join(', '), 60) })}
              data-testid="panel-cite"
            >
              {t('cite.short', p.lang)}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={p.onAdd} data-testid="panel-add-article-note">
        {t('articleNote.add', p.lang)}
      </button>
    </div>
  );
}
