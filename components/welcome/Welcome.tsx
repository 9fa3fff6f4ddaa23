/**
 * The page opened once, on install: the three things to try on a real article (the card, the
 * panel, a note), each with its keys as the browser binds them now, the sites to try them on, and
 * the shortcut sheet. A sample sentence shows the three kinds' underlines, drawn with the same
 * colours and line styles as on a news page. Nothing here is fetched: no image, no font.
 */
import { useEffect, useState } from 'preact/hooks';
import { KIND_LINE, KIND_TINT_ALPHA } from '@/utils/a11y/palette';
import { t, type StringKey } from '@/utils/i18n';
import type { EntityKind } from '@/utils/model';
import type { Settings } from '@/utils/settings/settings';
import { SITES } from '@/utils/sites/registry';
import { ShortcutSheet } from '../shared/ShortcutSheet';
import type { Binding, ShortcutEnv } from '../shared/shortcuts';

/** Sites to try first: the national press, then the most read. */
const FIRST_SITES = ['baochinhphu', 'nhandan', 'dangcongsan', 'vnexpress', 'tuoitre', 'thanhnien'];

interface Props {
  settings: Settings;
  shortcuts: ShortcutEnv;
  optionsUrl: string;
}

function Mark({ kind, children, settings }: { kind: EntityKind; children: string; settings: Settings }) {
  const colour = settings.kinds[kind].colour;
  return (
    <span
      class="sample-mark"
      style={{
        background: `${colour}${KIND_TINT_ALPHA}`,
        textDecoration: `underline ${KIND_LINE[kind]} 2px ${colour}`,
      }}
    >
      {children}
    </span>
  );
}

export function Welcome({ settings, shortcuts, optionsUrl }: Props) {
  const lang = settings.language;
  const tr = (key: StringKey, values?: Record<string, string | number>) => t(key, lang, values);
  const [bindings, setBindings] = useState<Binding[]>([]);
  useEffect(() => {
    void shortcuts.bindings().then(setBindings, () => setBindings([]));
  }, [shortcuts]);
  const keys = (name: Binding['name']) => bindings.find((b) => b.name === name)?.shortcut || tr('welcome.unset');
  const sites = FIRST_SITES.map((id) => SITES.find((s) => s.id === id)).filter((s) => !!s);
  const steps: [StringKey, StringKey, Record<string, string>][] = [
    ['welcome.try1.title', 'welcome.try1.body', {}],
    ['welcome.try2.title', 'welcome.try2.body', { count: tr('page.fab', { n: 40 }), keys: keys('toggle-panel') }],
    ['welcome.try3.title', 'welcome.try3.body', { keys: keys('highlight-selection') }],
  ];
  return (
    <main class="welcome" lang={lang} data-testid="welcome">
      <h1>{tr('welcome.title')}</h1>
      <p>{tr('welcome.intro', { n: SITES.length })}</p>
      <figure class="sample">
        <figcaption>{tr('welcome.sample')}</figcaption>
        <blockquote lang="vi">
          Đồng chí{' '}
          <Mark kind="official" settings={settings}>
            Võ Văn Thưởng
          </Mark>
          , Thường trực{' '}
          <Mark kind="body" settings={settings}>
            Ban Bí thư
          </Mark>
          , làm việc về thực hiện{' '}
          <Mark kind="resolution" settings={settings}>
            Nghị quyết 23
          </Mark>
          .
        </blockquote>
        <p class="legend">{tr('welcome.legend')}</p>
      </figure>
      <ol class="steps">
        {steps.map(([title, body, values]) => (
          <li key={title} data-testid="welcome-step">
            <h2>{tr(title)}</h2>
            <p>{tr(body, values)}</p>
          </li>
        ))}
      </ol>
      <section aria-labelledby="welcome-sites">
        <h2 id="welcome-sites">{tr('welcome.sites')}</h2>
        <ul class="sites">
          {sites.map((s) => (
            <li key={s.id}>
              <a href={`https://${s.domains[0]}/`} target="_blank" rel="noopener noreferrer">
                {s.name}
              </a>
            </li>
          ))}
        </ul>
        <p>
          <a href={optionsUrl} target="_blank" rel="noopener">
            {tr('welcome.allSites')}
          </a>
        </p>
      </section>
      <ShortcutSheet lang={lang} env={shortcuts} />
      <section class="watch" aria-labelledby="welcome-watch">
        <h2 id="welcome-watch">{tr('options.watch')}</h2>
        <p>
          {tr('welcome.watch')}{' '}
          <a href={`${optionsUrl}#h-watch`} target="_blank" rel="noopener" data-testid="welcome-watch">
            {tr('welcome.openWatch')}
          </a>
        </p>
      </section>
      <p class="private">{tr('welcome.private')}</p>
    </main>
  );
}
