import type { EntityKind } from '@/utils/model';
import { t, type StringKey } from '@/utils/i18n';
import type { Lang } from '@/utils/settings/settings';

import type { PanelEntity } from '@/utils/frames/protocol';
import { clip } from './clip';
import { ArticleNotes, type PanelArticleNote } from './ArticleNotes';
import { PanelScope } from './PanelScope';

export type { PanelEntity };

export interface PanelNote {
  id: string;
  quote: string;
  colour: string;
  orphan: boolean;
}

interface Props {
  entities: PanelEntity[];
  notes: PanelNote[];
  /** Notes on the whole article (no quote). */
  articleNotes?: PanelArticleNote[];
  /** Whether each kind is drawn on this page (its toggle changes this page only). */
  shown: Record<EntityKind, boolean>;
  highlightsHidden?: boolean;
  onHideAll?: (on: boolean) => void;
  onNoteArticle?: () => void;
  /** Copies a note as a citation. */
  onCite?: (id: string) => void;
  onOpenSettings?: () => void;
  colours: Record<EntityKind, string>;
  lang: Lang;
  onToggleKind: (kind: EntityKind, on: boolean) => void;
  onPick: (entity: PanelEntity) => void;
  onPickNote: (id: string) => void;
  onSiteOff: () => void;
  onClose: () => void;
  /** The address of an entity's dossier, when there is one to open. */
  dossierUrl?: (key: string) => string;
}

const KINDS: { kind: EntityKind; label: 'officials' | 'bodies' | 'resolutions' }[] = [
  { kind: 'official', label: 'officials' },
  { kind: 'body', label: 'bodies' },
  { kind: 'resolution', label: 'resolutions' },
];

export { clip };

export function Panel(p: Props) {
  return (
    <section
      class="panel"
      role="dialog"
      aria-label={t('page.panelTitle', p.lang)}
      data-testid="entity-panel"
      onKeyDown={(e) => e.key === 'Escape' && p.onClose()}
    >
      <header>
        <h2>{t('page.panelTitle', p.lang)}</h2>
        <button type="button" onClick={p.onClose} aria-label={t('page.close', p.lang)}>
          ×
        </button>
      </header>
      <div class="body">
        {p.onHideAll && (
          <PanelScope
            lang={p.lang}
            highlightsHidden={!!p.highlightsHidden}
            onHideAll={p.onHideAll}
            onOpenSettings={p.onOpenSettings}
          />
        )}
        {p.entities.length === 0 && <p class="muted">{t('page.none', p.lang)}</p>}
        {KINDS.map(({ kind, label }) => {
          const items = p.entities.filter((e) => e.kind === kind);
          if (!items.length) return null;
          const total = items.reduce((n, e) => n + e.count, 0);
          return (
            <div key={kind} data-testid={`panel-group-${kind}`}>
              <h3>
                <label>
                  <input
                    type="checkbox"
                    aria-describedby="kinds-scope"
                    title={t('page.kindsHere', p.lang)}
                    checked={p.shown[kind]}
                    onChange={(e) => p.onToggleKind(kind, (e.target as HTMLInputElement).checked)}
                  />{' '}
                  <span class={`kind-mark ${kind}`} style={{ color: p.colours[kind] }} aria-hidden="true" />
                  {t(`page.${label}` as StringKey, p.lang)}
                </label>
                <span class="count">
                  {items.length} · {total}
                </span>
              </h3>
              <ul>
                {items.map((e) => (
                  <li key={e.key}>
                    <button type="button" onClick={() => p.onPick(e)} data-testid="panel-entity">
                      <span>{e.name}</span>
                      <span class="count">{e.count}</span>
                    </button>
                    {p.dossierUrl && (
                      <a
                        class="dossier-link"
                        href={p.dossierUrl(e.key)}
                        target="_blank"
                        rel="noopener"
                        aria-label={t('page.dossier', p.lang, { name: e.name })}
                        title={t('page.dossier', p.lang, { name: e.name })}
                        data-testid="panel-dossier"
                      >
                        ↗
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
        {p.onNoteArticle && p.onCite && (
          <ArticleNotes
            notes={p.articleNotes ?? []}
            lang={p.lang}
            onOpen={p.onPickNote}
            onAdd={p.onNoteArticle}
            onCite={p.onCite}
          />
        )}
        {p.notes.length > 0 && (
          <div data-testid="panel-notes">
            <h3>{t('page.notes', p.lang)}</h3>
            <ul>
              {p.notes.map((n) => (
                <li key={n.id}>
                  <button type="button" onClick={() => p.onPickNote(n.id)} data-testid="panel-note">
                    <span>
                      <span class="swatch" style={{ background: n.colour }} />
                      {clip(n.quote, 120)}
                    </span>
                    {n.orphan && <span class="orphan">{t('page.orphan', p.lang)}</span>}
                  </button>
                  {p.onCite && (
                    <button
                      type="button"
                      class="cite"
                      onClick={() => p.onCite?.(n.id)}
                      title={t('cite.copy', p.lang)}
                      aria-label={t('cite.of', p.lang, { what: clip(n.quote, 60) })}
                      data-testid="panel-cite"
                    >
                      {t('cite.short', p.lang)}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div class="row">
          <button type="button" onClick={p.onSiteOff} data-testid="site-off">
            {t('page.offForSite', p.lang)}
          </button>
        </div>
      </div>
    </section>
  );
}
