/**
 * The entity card, shown in its own extension frame. For an official it lists what the data
 * places on the article's date and what it holds as of the day the data was checked, each
 * position with its dates, its doubts in words and a link to its source: unknown is said, never
 * shown as current.
 */
import type { ComponentChildren } from 'preact';
import type { Doubt, HeldPosition } from '@/utils/facts/held';
import type { CardData } from '@/utils/frames/protocol';
import { t, type StringKey } from '@/utils/i18n';
import type { Lang } from '@/utils/settings/settings';

interface Props {
  card: CardData;
  lang: Lang;
  onStep: (delta: 1 | -1) => void;
  onClose: () => void;
  /** "Note this mention": the note editor on the mention's text (the keyboard's way to a note). */
  onNote?: () => void;
  /** Parts only the frame knows (the reader's own facts, their reading). */
  children?: ComponentChildren;
}

/** "2022-12-12" → "12/12/2022" in Vietnamese; partial dates stay partial ("2016-02" → "02/2016"). */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  if (lang !== 'vi') return iso.slice(0, 10);
  return [d, m, y].filter(Boolean).join('/');
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

function doubtText(d: Doubt, lang: Lang): string {
  const key = `page.doubt.${d.reason}` as StringKey;
  if (d.reason === 'unconfirmed') return t(key, lang, { why: d.why });
  if ('date' in d) return t(key, lang, { date: formatDate(d.date, lang) });
  return t(key, lang);
}

function span(p: HeldPosition, lang: Lang): string {
  const day = formatDate(p.from, lang);
  const from = p.fromBy ? t('page.orEarlier', lang, { date: day }) : day;
  if (typeof p.to === 'string') return t('page.span', lang, { from, to: formatDate(p.to, lang) });
  if (p.to === null) return t('page.span', lang, { from, to: t('page.stillHeld', lang) });
  return t('page.from', lang, { date: from });
}

function Position({ p, lang }: { p: HeldPosition; lang: Lang }) {
  return (
    <li
      class={p.certain ? 'position' : 'position uncertain'}
      data-testid="card-position"
      data-certain={String(p.certain)}
    >
      <span class="title">{p.org && !p.title.includes(p.org) ? `${p.title} (${p.org})` : p.title}</span>{' '}
      <span class="dates">{span(p, lang)}</span>
      {p.doubts.map((d) => (
        <span class="doubt" key={d.reason}>
          {' · '}
          {doubtText(d, lang)}
        </span>
      ))}{' '}
      <a href={p.source} target="_blank" rel="noopener noreferrer" class="src">
        {t('page.source', lang)}
      </a>
      {p.endSource && p.endSource !== p.source && (
        <>
          {' · '}
          <a href={p.endSource} target="_blank" rel="noopener noreferrer" class="src">
            {t('page.endSource', lang)}
          </a>
        </>
      )}
    </li>
  );
}

function Positions({ label, list, lang, testid }: { label: string; list: HeldPosition[]; lang: Lang; testid: string }) {
  return (
    <section data-testid={testid}>
      <h3>{label}</h3>
      <ul class="positions">
        {list.map((p) => (
          <Position key={`${p.title}|${p.from}`} p={p} lang={lang} />
        ))}
      </ul>
    </section>
  );
}

export function Card({ card, lang, onStep, onClose, onNote, children }: Props) {
  const official = card.kind === 'official';
  const date = card.articleDate ? formatDate(card.articleDate, lang) : undefined;
  return (
    <div
      class="card"
      role="dialog"
      aria-label={card.name}
      data-testid="entity-card"
      data-kind={card.kind}
      tabIndex={-1}
    >
      <div class={`kind ${card.kind}`}>
        <span class={`kind-mark ${card.kind}`} aria-hidden="true" />
        {t(`page.${card.kind}` as StringKey, lang)}
      </div>
      <h2>{card.name}</h2>
      {official && card.otherPerson && (
        <p class="doubt" data-testid="card-other-person">
          {t('page.otherPerson', lang, { name: card.name, role: card.role ?? '', held: card.otherPerson })}
        </p>
      )}
      {official && card.unlistedRole && !card.otherPerson && (
        <p class="doubt" data-testid="card-unlisted-role">
          {t('page.unlistedRole', lang, { name: card.name, role: card.unlistedRole })}
        </p>
      )}
      {official && card.noRoleInText && (
        <p class="doubt" data-testid="card-no-role">
          {t('page.noRoleInText', lang, { name: card.name })}
        </p>
      )}
      {official && !!card.namesakes?.length && (
        <p class="doubt" data-testid="card-namesakes">
          {t('page.namesakes', lang, { name: card.name, others: card.namesakes.join('; ') })}
        </p>
      )}
      {card.sharedName && card.sharedName.read !== 'before' && (
        <p class={card.sharedName.read === 'unknown' ? 'doubt' : 'muted'} data-testid="card-shared-name">
          {t(card.sharedName.read === 'after' ? 'page.sharedName.byDate' : 'page.sharedName.noDate', lang, {
            short: card.sharedName.short,
            before: card.sharedName.before,
            after: card.sharedName.after,
            until: formatDate(card.sharedName.until, lang),
          })}
        </p>
      )}
      {official && card.atDate && (
        <Positions
          label={
            !date
              ? t('page.atDateUnknown', lang)
              : card.unlistedRole || card.noRoleInText
                ? t('page.atDateOfData', lang, { name: card.name, date })
                : t('page.atDate', lang, { date })
          }
          list={card.atDate}
          lang={lang}
          testid="card-at-date"
        />
      )}
      {official && card.atDate?.length === 0 && <p class="muted">{t('page.noPositionAtDate', lang)}</p>}
      {official && !!card.before?.length && date && (
        <Positions label={t('page.before', lang, { date })} list={card.before} lang={lang} testid="card-before" />
      )}
      {official && !!card.current?.length && (
        <Positions
          label={t('page.asOf', lang, { date: formatDate(card.checked ?? '', lang) })}
          list={card.current}
          lang={lang}
          testid="card-now"
        />
      )}
      {official && !!card.endUnknown?.length && (
        <Positions
          label={t('page.endUnknownList', lang)}
          list={card.endUnknown}
          lang={lang}
          testid="card-end-unknown"
        />
      )}
      {card.rows.length > 0 && (
        <dl>
          {card.rows.map((d) => (
            <>
              <dt>{t(d.label as StringKey, lang)}</dt>
              <dd>{d.translate ? t(d.value as StringKey, lang) : d.value}</dd>
            </>
          ))}
        </dl>
      )}
      {card.sources.length > 0 && !official && (
        <p class="sources">
          {t('page.sources', lang)}:{' '}
          {card.sources.map((s, i) => (
            <>
              {i > 0 && ', '}
              <a href={s} target="_blank" rel="noopener noreferrer">
                {hostOf(s)}
              </a>
            </>
          ))}
        </p>
      )}
      {children}
      <div class="row">
        <span class="count" data-testid="card-count">
          {t('page.mention', lang)} {card.mention.index + 1} {t('page.of', lang)} {card.mention.count}
        </span>
        <button
          type="button"
          onClick={() => onStep(-1)}
          aria-label={t('page.previous', lang)}
          disabled={card.mention.count < 2}
        >
          ‹
        </button>
        <button
          type="button"
          onClick={() => onStep(1)}
          aria-label={t('page.next', lang)}
          disabled={card.mention.count < 2}
        >
          ›
        </button>
        {onNote && (
          <button type="button" onClick={onNote} data-testid="card-note">
            {t('page.noteMention', lang)}
          </button>
        )}
        <button type="button" onClick={onClose} style={{ marginLeft: 'auto' }}>
          {t('page.close', lang)}
        </button>
      </div>
    </div>
  );
}
