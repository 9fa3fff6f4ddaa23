import type { Dossier, DossierArticle, DossierNote } from '../../utils/dossier/build';
import { dossierHash } from '../../utils/dossier/link';
import { ColourSwatch } from '../shared/ColourSwatch';
import { ROWS, type DossierModel } from './model';
import { Facts } from './Facts';
import { Timeline } from './Timeline';
import { MergePanel } from './MergePanel';
import { formatDay } from './format';
import { useState } from 'preact/hooks';

function ArticleRow({ a, official, model: m }: { a: DossierArticle; official: boolean; model: DossierModel }) {
  const lang = m.lang.value;
  return (
    <li class="dossier-article" data-testid="dossier-article" data-key={a.key}>
      <div class="article-meta">
        <span data-testid="article-day">{a.day ? formatDay(a.day, lang) : m.tr('dossier.undated')}</span>
        {' · '}
        <span data-testid="article-outlet">{a.outlet}</span>
        {' · '}
        <span data-testid="article-mentions">{m.tr('dossier.mentions', { n: a.mentions })}</span>
      </div>
      <a class="article-title" href={a.url} target="_blank" rel="noreferrer">
        {a.title || a.url}
      </a>
      {official && a.day && (
        <div class="role" data-testid="article-role">
          {m.tr('dossier.roleOn')}:{' '}
          {a.roles.length
            ? a.roles.map((r, i) => (
                <span key={r.title} class={r.certain ? undefined : 'uncertain'} title={r.source}>
                  {i > 0 && '; '}
                  {r.title}
                  {!r.certain && ` (${m.tr('dossier.uncertain')})`}
                </span>
              ))
            : m.tr('dossier.noRole')}
        </div>
      )}
      {official && a.unlistedRole && (
        <div class="doubt" data-testid="article-unlisted-role">
          {m.tr('dossier.unlistedRole', { role: a.unlistedRole })}
        </div>
      )}
    </li>
  );
}

function NoteRow({ n, model: m }: { n: DossierNote; model: DossierModel }) {
  return (
    <li class={`dossier-note${n.orphan ? ' orphan' : ''}`} data-testid="dossier-note" data-id={n.id}>
      <blockquote class="note-quote">
        <ColourSwatch colour={n.colour} label={m.tr(`colour.${n.colour}`)} />
        {/* A note on the whole article has no quote: said so instead. */}
        <span data-testid="note-quote">{n.quote || m.tr('articleNote.badge')}</span>
      </blockquote>
      {n.orphan && <p class="badge-orphan">{m.tr('dossier.orphan')}</p>}
      {n.note && (
        <p class="note" data-testid="note-text">
          {n.note}
        </p>
      )}
      <div class="article-meta">
        {m.tr('dossier.inArticle')}: {n.articleTitle}
        {n.via === 'note' && ` · ${m.tr('dossier.viaNote')}`}
        {n.tags.length > 0 && ` · ${n.tags.map((t) => `#${t}`).join(' ')}`}
        {n.link && (
          <>
            {' · '}
            <a href={n.link} target="_blank" rel="noreferrer" data-testid="note-jump">
              {m.tr('dossier.jump')}
            </a>
          </>
        )}
      </div>
    </li>
  );
}

function Related({ dossier: d, model: m }: { dossier: Dossier; model: DossierModel }) {
  const [all, setAll] = useState(false);
  const shown = all ? d.related : d.related.slice(0, 15);
  return (
    <section class="card-section" aria-labelledby="related-h">
      <h2 id="related-h">{m.tr('dossier.related')}</h2>
      <ul class="related" data-testid="related">
        {shown.map((r) => (
          <li key={r.id} class={`kind-${r.kind}`}>
            <a href={dossierHash(r.id)} data-testid="related-link">
              {r.name}
            </a>{' '}
            <span class="count">{m.tr('dossier.relatedCount', { n: r.count })}</span>
          </li>
        ))}
      </ul>
      {!all && m.notesReady.value && d.related.length > shown.length && (
        <button type="button" class="link" onClick={() => setAll(true)}>
          {m.tr('dossier.showAll', { n: d.related.length })}
        </button>
      )}
    </section>
  );
}

export function DossierView({ dossier: d, model: m }: { dossier: Dossier; model: DossierModel }) {
  const lang = m.lang.value;
  const official = d.kind === 'official';
  const shown = d.articles.slice(0, m.articleLimit.value);
  const from = m.redirectedFrom.value;
  const fromName = from ? (d.merged.find((x) => x.from === from)?.name ?? from) : undefined;
  return (
    <article class="dossier" data-testid="dossier" data-id={d.id} data-ready="true">
      <header class="dossier-head">
        <div class={`kind kind-${d.kind}`}>{m.tr(`page.${d.kind}`)}</div>
        <h1 data-testid="dossier-name">{d.name}</h1>
        <p class="muted" data-testid="dossier-summary">
          {m.tr('dossier.summary', { articles: d.articles.length, notes: m.notesReady.value ? d.notes.length : '…' })}
          {d.firstSeen &&
            d.lastSeen &&
            ` · ${m.tr('dossier.seen', { first: formatDay(d.firstSeen, lang), last: formatDay(d.lastSeen, lang) })}`}
        </p>
        {d.names.length > 1 && (
          <p class="small">
            {m.tr('dossier.otherNames')}: {d.names.filter((x) => x !== d.name).join(', ')}
          </p>
        )}
        {fromName && (
          <p class="notice" role="status" data-testid="requested-note">
            {m.tr('dossier.requested', { name: fromName })}
          </p>
        )}
        <div class="export-buttons">
          <span class="muted small">{m.tr('dossier.export')}:</span>
          <button
            type="button"
            onClick={() => m.exportAs('md')}
            disabled={!m.notesReady.value}
            data-testid="export-dossier-md"
          >
            {m.tr('dossier.exportMd')}
          </button>
          <button
            type="button"
            onClick={() => m.exportAs('json')}
            disabled={!m.notesReady.value}
            data-testid="export-dossier-json"
          >
            {m.tr('dossier.exportJson')}
          </button>
        </div>
      </header>
      <div class="dossier-grid">
        <div class="dossier-main">
          <section class="card-section" aria-labelledby="timeline-h">
            <h2 id="timeline-h">{m.tr('dossier.timeline')}</h2>
            <Timeline dossier={d} model={m} />
          </section>
          <section class="card-section" aria-labelledby="articles-h">
            <h2 id="articles-h">{m.tr('dossier.articles', { n: d.articles.length })}</h2>
            {d.articles.length === 0 && <p class="muted">{m.tr('dossier.noArticles')}</p>}
            <ol class="dossier-articles" data-testid="dossier-articles">
              {shown.map((a) => (
                <ArticleRow key={a.key} a={a} official={official} model={m} />
              ))}
            </ol>
            {d.articles.length > shown.length && (
              <button type="button" class="show-more" onClick={() => (m.articleLimit.value += ROWS)}>
                {m.tr('popup.showMore', { n: d.articles.length - shown.length })}
              </button>
            )}
          </section>
          <section class="card-section" aria-labelledby="notes-h">
            <h2 id="notes-h">{m.tr('dossier.notes', { n: m.notesReady.value ? d.notes.length : '…' })}</h2>
            {!m.notesReady.value && <p class="muted">{m.tr('dossier.loading')}</p>}
            {m.notesReady.value && d.notes.length === 0 && <p class="muted">{m.tr('dossier.noNotes')}</p>}
            <ul class="dossier-notes" data-testid="dossier-notes">
              {d.notes.slice(0, m.noteLimit.value).map((n) => (
                <NoteRow key={n.id} n={n} model={m} />
              ))}
            </ul>
            {d.notes.length > m.noteLimit.value && (
              <button type="button" class="show-more" onClick={() => (m.noteLimit.value += ROWS)}>
                {m.tr('popup.showMore', { n: d.notes.length - m.noteLimit.value })}
              </button>
            )}
          </section>
        </div>
        <aside class="dossier-side">
          <section class="card-section" aria-labelledby="facts-h">
            <h2 id="facts-h">{m.tr('dossier.facts')}</h2>
            <Facts facts={d.facts} name={d.name} model={m} />
          </section>
          {d.related.length > 0 && <Related dossier={d} model={m} />}
          <MergePanel dossier={d} model={m} />
        </aside>
      </div>
    </article>
  );
}
