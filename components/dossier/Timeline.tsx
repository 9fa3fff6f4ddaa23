/**
 * The timeline, drawn as inline SVG from utils/dossier/timeline.ts: a bar per period with the
 * number of articles read, the time axis, and an official's positions as bands under it (dashed
 * when the data does not settle them, with an arrow where they run on past the axis).
 */
import { layoutTimeline, TIMELINE } from '../../utils/dossier/timeline';
import type { Dossier } from '../../utils/dossier/build';
import type { DossierModel } from './model';
import { formatDay } from './format';

/** Band colours: distinct in hue and lightness, readable with dark text in light and dark modes. */
const BAND_COLOURS = ['#f2c14e', '#8ecae6', '#c9a3e6', '#9bd39b', '#f4a39a', '#d9d9d9'];

/** About how many characters of 11 px text fit in `px`. */
const fits = (px: number) => Math.floor((px - 6) / 6.2);

export function Timeline({ dossier: d, model: m }: { dossier: Dossier; model: DossierModel }) {
  const lang = m.lang.value;
  const t = layoutTimeline(
    d.articles.map((a) => a.day),
    d.facts.positions ?? [],
  );
  if (!t.dated) return t.undated ? <p class="muted">{m.tr('dossier.undatedNote', { n: t.undated })}</p> : null;
  const summary = m.tr('dossier.timelineSummary', {
    n: t.dated,
    from: formatDay(d.articles[d.articles.length - 1 - countUndated(d)]?.day, lang),
    to: formatDay(d.articles[0]?.day, lang),
    max: t.max,
    period: m.tr(`dossier.period.${t.period}`),
  });
  const colour = new Map<string, string>();
  for (const b of t.bands)
    if (!colour.has(b.title)) colour.set(b.title, BAND_COLOURS[colour.size % BAND_COLOURS.length]);
  const bandTop = t.plotHeight + TIMELINE.axis;
  return (
    <figure class="timeline" data-testid="timeline">
      <svg
        viewBox={`0 0 ${t.width} ${t.height}`}
        width="100%"
        role="img"
        aria-label={summary}
        data-period={t.period}
        data-bars={t.bars.length}
      >
        <line class="grid" x1={TIMELINE.left} x2={t.width} y1={8} y2={8} />
        <text class="axis-label" x={TIMELINE.left - 4} y={12} text-anchor="end">
          {t.max}
        </text>
        <text class="axis-label" x={TIMELINE.left - 4} y={t.plotHeight} text-anchor="end">
          0
        </text>
        {t.bars.map((b) => (
          <rect
            key={b.from}
            class="bar"
            x={b.x}
            y={b.y}
            width={b.width}
            height={b.height}
            data-count={b.count}
            data-from={b.from}
          >
            <title>
              {formatDay(b.from, lang)} – {formatDay(b.to, lang)}: {b.count}
            </title>
          </rect>
        ))}
        <line class="axis" x1={TIMELINE.left} x2={t.width} y1={t.plotHeight} y2={t.plotHeight} />
        {t.ticks.map((k) => (
          <g key={k.x}>
            <line class="axis" x1={k.x} x2={k.x} y1={t.plotHeight} y2={t.plotHeight + 4} />
            <text class="axis-label" x={k.x + 2} y={t.plotHeight + 15}>
              {k.label}
            </text>
          </g>
        ))}
        {t.bands.map((b) => {
          const y = bandTop + b.lane * TIMELINE.laneHeight;
          const label =
            b.title.length > fits(b.width) ? `${b.title.slice(0, Math.max(0, fits(b.width) - 1))}…` : b.title;
          const dates = `${b.from ? formatDay(b.from, lang) : m.tr('dossier.startUnknown')} – ${
            typeof b.to === 'string' ? formatDay(b.to, lang) : b.to === null ? '…' : m.tr('dossier.endUnknown')
          }`;
          return (
            <g key={`${b.title}|${b.from}`} class={`band${b.uncertain ? ' uncertain' : ''}`} data-testid="band">
              <rect
                x={b.x}
                y={y + 2}
                width={b.width}
                height={TIMELINE.laneHeight - 4}
                rx={3}
                fill={colour.get(b.title)}
              />
              {fits(b.width) >= 4 && (
                <text class="band-label" x={b.x + 4} y={y + 13}>
                  {label}
                </text>
              )}
              {b.openEnd && (
                <text class="band-label" x={b.x + b.width - 9} y={y + 13}>
                  ›
                </text>
              )}
              <title>
                {b.title}
                {b.org ? ` (${b.org})` : ''}: {dates}
                {b.uncertain ? ` · ${m.tr('dossier.uncertain')}` : ''}
              </title>
            </g>
          );
        })}
      </svg>
      <figcaption class="muted small">
        {summary}
        {t.undated > 0 && ` ${m.tr('dossier.undatedNote', { n: t.undated })}`}
      </figcaption>
    </figure>
  );
}

const countUndated = (d: Dossier) => d.articles.filter((a) => !a.day).length;
