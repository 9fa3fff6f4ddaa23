import { SITES } from '../../utils/sites/registry';
import { ENTITY_KINDS } from '../../utils/settings/settings';
import type { EntityKind } from '../../utils/model';
import type { OptionsModel } from './model';
import { WatchListEditor } from './WatchListEditor';
import { KindMark } from '../shared/KindMark';
import { KIND_LINE } from '../../utils/a11y/palette';
import { pageContrast } from '../../utils/a11y/page-contrast';
import { ColourNamesEditor } from './ColourNamesEditor';
import { ReaderFactsSection, type FactsSource } from './ReaderFactsSection';

/** `facts`: where the reader's own card facts are read from (absent: the section is not shown). */
export function Options({ model: m, facts }: { model: OptionsModel; facts?: FactsSource }) {
  const s = m.settings.value;
  const kindName = (k: EntityKind) => m.tr(`kind.${k}`);
  return (
    <div class="options" lang={s.language}>
      <header>
        <h1>{m.tr('options.title')}</h1>
        <p class="status" role="status" data-testid="saved-status">
          {m.status.value === 'saved'
            ? m.tr('options.saved')
            : m.status.value === 'error'
              ? m.tr('popup.error', { error: m.error.value })
              : ''}
        </p>
      </header>
      <nav aria-label={m.tr('options.sections')}>
        <ul class="sections">
          <li>
            <a href="#h-kinds">{m.tr('options.kinds')}</a>
          </li>
          <li>
            <a href="#h-sites">{m.tr('options.sites')}</a>
          </li>
          <li>
            <a href="#h-watch">{m.tr('options.watch')}</a>
          </li>
          {facts && (
            <li>
              <a href="#h-facts">{m.tr('options.facts')}</a>
            </li>
          )}
          <li>
            <a href="#h-md">{m.tr('options.markdown')}</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="h-lang">
        <h2 id="h-lang">{m.tr('options.language')}</h2>
        <select
          aria-labelledby="h-lang"
          data-testid="language"
          value={s.language}
          onChange={(e) => void m.update({ language: e.currentTarget.value as 'vi' | 'en' })}
        >
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </select>
      </section>

      <section aria-labelledby="h-kinds">
        <h2 id="h-kinds">{m.tr('options.kinds')}</h2>
        {ENTITY_KINDS.map((k) => (
          <div class="kind-row" key={k}>
            <label class="inline">
              <input
                type="checkbox"
                data-testid={`kind-enabled-${k}`}
                checked={s.kinds[k].enabled}
                onChange={(e) => void m.update({ kinds: { [k]: { enabled: e.currentTarget.checked } } })}
              />
              <KindMark kind={k} />
              {kindName(k)}
            </label>
            <input
              type="color"
              data-testid={`kind-colour-${k}`}
              aria-label={m.tr('options.kindColour', { kind: kindName(k) })}
              value={s.kinds[k].colour}
              onChange={(e) => void m.update({ kinds: { [k]: { colour: e.currentTarget.value } } })}
            />
            <span
              class="sample"
              style={{
                background: `${s.kinds[k].colour}40`,
                borderBottom: `2px ${KIND_LINE[k]} ${s.kinds[k].colour}`,
              }}
            >
              {k === 'official' ? 'Võ Văn Thưởng' : k === 'body' ? 'Ban Chỉ đạo Trung ương' : 'Nghị quyết 23'}
            </span>
            <ContrastWarning model={m} colour={s.kinds[k].colour} />
          </div>
        ))}
      </section>

      <section aria-labelledby="h-sites">
        <h2 id="h-sites">{m.tr('options.sites')}</h2>
        <ul class="sites">
          {SITES.map((site) => (
            <li key={site.id}>
              <label class="inline">
                <input
                  type="checkbox"
                  data-testid={`site-${site.id}`}
                  checked={!s.disabledSites.includes(site.id)}
                  onChange={(e) => void m.setSite(site.id, e.currentTarget.checked)}
                />
                {site.name} <span class="muted">{site.domains[0]}</span>
              </label>
            </li>
          ))}
        </ul>
        <h3>{m.tr('options.extraOrigins')}</h3>
        {s.extraOrigins.length === 0 ? (
          <p class="muted">{m.tr('options.noExtraOrigins')}</p>
        ) : (
          <ul data-testid="extra-origins">
            {s.extraOrigins.map((o) => (
              <li key={o}>
                {o}{' '}
                <button
                  type="button"
                  onClick={() => void m.removeOrigin(o)}
                  aria-label={`${m.tr('options.remove')} ${o}`}
                >
                  {m.tr('options.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <WatchListEditor model={m} />

      <ColourNamesEditor model={m} />

      {facts && <ReaderFactsSection model={m} source={facts} />}

      <section aria-labelledby="h-md">
        <h2 id="h-md">{m.tr('options.markdown')}</h2>
        <label class="block">
          <input
            type="checkbox"
            data-testid="md-front-matter"
            checked={s.markdown.frontMatter}
            onChange={(e) => void m.update({ markdown: { frontMatter: e.currentTarget.checked } })}
          />
          {m.tr('options.frontMatter')}
        </label>
        <label class="block">
          <input
            type="checkbox"
            data-testid="md-links"
            checked={s.markdown.links}
            onChange={(e) => void m.update({ markdown: { links: e.currentTarget.checked } })}
          />
          {m.tr('options.links')}
        </label>
      </section>

      <footer>
        {/* PRIVACY.md, rendered into the build by scripts/build/privacy-page.ts. */}
        <a href="/privacy.html" target="_blank" rel="noopener" data-testid="privacy-link">
          {m.tr('options.privacy')}
        </a>
      </footer>
    </div>
  );
}

/** Says when a chosen colour's underline is hard to see on light or dark news pages (under 3 : 1). */
function ContrastWarning({ model: m, colour }: { model: OptionsModel; colour: string }) {
  const c = pageContrast(colour);
  if (c.light >= 3 && c.dark >= 3) return null;
  const ratio = Math.min(c.light, c.dark).toFixed(1);
  return (
    <p class="contrast-warning" data-testid="contrast-warning">
      {m.tr(c.light < 3 ? 'options.hardOnLight' : 'options.hardOnDark', { ratio })}
    </p>
  );
}
