/**
 * The keyboard shortcuts, as bound now: the browser's commands (from browser.commands.getAll(),
 * so a shortcut the reader changed shows as changed) and the keys inside the panel, card and
 * editor; then how to change a command's keys in this browser. Shown in the popup, on the welcome
 * page, and in the panel on `?`.
 */
import { useEffect, useState } from 'preact/hooks';
import { COMMANDS, type CommandName } from '@/utils/commands';
import { t, type StringKey } from '@/utils/i18n';
import type { Lang } from '@/utils/settings/settings';
import type { Binding, ShortcutEnv } from './shortcuts';

const IN_FRAMES: [string, StringKey][] = [
  ['Tab, Shift+Tab', 'keys.tab'],
  ['Enter', 'keys.enter'],
  ['Esc', 'keys.escape'],
  ['?', 'keys.help'],
  ['Ctrl+Enter', 'keys.save'],
];

interface Props {
  lang: Lang;
  env: ShortcutEnv;
  /** Heading level of the sheet's title (it sits in different documents). */
  level?: 2 | 3;
}

/** "Alt+Shift+E" → <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>E</kbd>. */
function Keys({ keys }: { keys: string }) {
  return (
    <>
      {keys
        .split(/(\+|, )/)
        .map((part, i) => (part === '+' || part === ', ' ? part : <kbd key={`${i}-${part}`}>{part}</kbd>))}
    </>
  );
}

export function ShortcutSheet({ lang, env, level = 2 }: Props) {
  const [bindings, setBindings] = useState<Binding[] | null>(null);
  const [cannotOpen, setCannotOpen] = useState(false);
  useEffect(() => {
    void env.bindings().then(setBindings, () => setBindings([]));
  }, [env]);
  const Heading = level === 2 ? 'h2' : 'h3';
  const shortcutOf = (name: CommandName) => bindings?.find((b) => b.name === name)?.shortcut ?? '';
  return (
    <section class="shortcut-sheet" aria-labelledby="shortcut-sheet-title" data-testid="shortcut-sheet">
      <Heading id="shortcut-sheet-title" tabIndex={-1}>
        {t('keys.title', lang)}
      </Heading>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('keys.action', lang)}</th>
            <th scope="col">{t('keys.keys', lang)}</th>
          </tr>
        </thead>
        <tbody>
          {COMMANDS.map((name) => (
            <tr key={name} data-testid={`shortcut-${name}`}>
              <td>{t(`keys.cmd.${name}` as StringKey, lang)}</td>
              <td>
                {bindings === null ? '…' : shortcutOf(name) ? <Keys keys={shortcutOf(name)} /> : t('keys.unset', lang)}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="rowgroup" colSpan={2}>
              {t('keys.inPanel', lang)}
            </th>
          </tr>
          {IN_FRAMES.map(([keys, what]) => (
            <tr key={keys}>
              <td>{t(what, lang)}</td>
              <td>
                <Keys keys={keys} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="shortcut-change">
        {t('keys.change', lang)}: {t(env.browser === 'firefox' ? 'keys.changeFirefox' : 'keys.changeChrome', lang)}{' '}
        {!cannotOpen && (
          <button
            type="button"
            data-testid="open-shortcut-settings"
            onClick={() => void env.openSettings().then((ok) => setCannotOpen(!ok))}
          >
            {t('keys.open', lang)}
          </button>
        )}
      </p>
    </section>
  );
}
