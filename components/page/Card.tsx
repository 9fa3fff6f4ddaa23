import type { EntityKind } from '@/utils/model';
import { t, type StringKey } from '@/utils/i18n';
import type { Lang } from '@/utils/settings/settings';

/** What the hover card shows for one entity; built by the content script from the engine's card data. */
export interface CardView {
  kind: EntityKind;
  name: string;
  details: { label: string; value: string }[];
  /** Mentions of this entity in the article, and which one the card is on (0-based). */
  count: number;
  index: number;
}

interface Props {
  view: CardView;
  x: number;
  y: number;
  lang: Lang;
  onStep: (delta: 1 | -1) => void;
  onClose: () => void;
  onHover: (inside: boolean) => void;
}

export function Card({ view, x, y, lang, onStep, onClose, onHover }: Props) {
  const left = Math.max(8, Math.min(x, window.innerWidth - 330));
  const top = y + 180 > window.innerHeight ? Math.max(8, y - 190) : y + 8;
  return (
    <div
      class="card"
      role="dialog"
      aria-label={view.name}
      data-testid="entity-card"
      style={{ left: `${left}px`, top: `${top}px` }}
      onMouseEnter={() => onHover(true)}
      onMouseLeave={() => onHover(false)}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <div class={`kind ${view.kind}`}>{t(`page.${view.kind}` as StringKey, lang)}</div>
      <h2>{view.name}</h2>
      {view.details.length > 0 && (
        <dl>
          {view.details.map((d) => (
            <>
              <dt>{d.label}</dt>
              <dd>{d.value}</dd>
            </>
          ))}
        </dl>
      )}
      <div class="row">
        <span class="count" data-testid="card-count">
          {t('page.mention', lang)} {view.index + 1} {t('page.of', lang)} {view.count}
        </span>
        <button
          type="button"
          onClick={() => onStep(-1)}
          aria-label={t('page.previous', lang)}
          disabled={view.count < 2}
        >
          ‹
        </button>
        <button type="button" onClick={() => onStep(1)} aria-label={t('page.next', lang)} disabled={view.count < 2}>
          ›
        </button>
        <button type="button" onClick={onClose} style={{ marginLeft: 'auto' }}>
          {t('page.close', lang)}
        </button>
      </div>
    </div>
  );
}
