import type { DossierFacts, DossierPosition } from '../../utils/dossier/facts';
import type { DossierModel } from './model';
import { formatDay } from './format';
import { CARD_LEVELS } from '../../utils/facts/levels';

function PositionRow({ p, model: m }: { p: DossierPosition; model: DossierModel }) {
  const lang = m.lang.value;
  const end =
    typeof p.to === 'string'
      ? formatDay(p.to, lang)
      : p.to === null
        ? m.tr('dossier.stillHeld', { date: formatDay(p.checked, lang) })
        : m.tr('dossier.endUnknown');
  return (
    <li class={p.to === undefined || p.unconfirmed ? 'uncertain' : undefined} data-testid="position">
      <span class="position-title">{p.title}</span>
      {p.org && <span class="muted"> · {p.org}</span>}
      <div class="position-dates">
        {p.from ? formatDay(p.from, lang) : m.tr('dossier.startUnknown')} – {end}
        {' · '}
        <a href={p.source} target="_blank" rel="noreferrer">
          {m.tr('dossier.source')}
        </a>
        {p.endSource && (
          <>
            {' · '}
            <a href={p.endSource} target="_blank" rel="noreferrer">
              {m.tr('dossier.endSource')}
            </a>
          </>
        )}
        {p.unconfirmed && (
          <span class="badge-uncertain" title={p.unconfirmed}>
            {' · '}
            {m.tr('dossier.unconfirmed')}: {p.unconfirmed}
          </span>
        )}
      </div>
    </li>
  );
}

export function Facts({ facts: f, name, model: m }: { facts: DossierFacts; name: string; model: DossierModel }) {
  if (!f.known) return <p class="muted">{m.tr('dossier.noRecord')}</p>;
  if (f.positions) {
    // Latest first: what a reader wants to see at the top.
    const list = [...f.positions].reverse();
    return (
      <>
        <h3>{m.tr('dossier.positions')}</h3>
        <ul class="positions" data-testid="positions">
          {list.map((p) => (
            <PositionRow key={`${p.title}|${p.from}`} p={p} model={m} />
          ))}
        </ul>
        {f.checked && (
          <p class="muted small">{m.tr('dossier.checked', { date: formatDay(f.checked, m.lang.value) })}</p>
        )}
      </>
    );
  }
  const level = f.level && CARD_LEVELS.has(f.level);
  const rows: [string, string | undefined][] = [
    [m.tr('page.fullName'), f.fullName !== name ? f.fullName : undefined],
    [m.tr('page.level'), level ? m.tr(`page.level.${f.level}` as 'page.level.central') : undefined],
    [m.tr('page.successor'), f.successor],
    [m.tr('page.until'), f.successor ? undefined : formatDay(f.validTo, m.lang.value) || undefined],
    [m.tr('page.docType'), f.docType],
    [m.tr('page.number'), f.number],
    [m.tr('page.issuer'), f.issuer],
    [m.tr('page.year'), f.year],
  ];
  return (
    <>
      <dl class="facts" data-testid="facts">
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      {f.sources.length > 0 && (
        <p class="small">
          {m.tr('dossier.sources')}:{' '}
          {f.sources.map((s, i) => (
            <>
              {i > 0 && ', '}
              <a key={s} href={s} target="_blank" rel="noreferrer">
                {s.replace(/^https?:\/\/(www\.)?/, '').split('/')[0]}
              </a>
            </>
          ))}
        </p>
      )}
    </>
  );
}
