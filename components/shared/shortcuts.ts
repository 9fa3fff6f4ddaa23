/**
 * The keyboard commands as the browser has them now (the reader may have rebound or cleared one),
 * and the way to the browser's page for changing them. Glue around browser.commands and
 * browser.tabs, kept apart from the sheet so the sheet renders in tests with a fake.
 */
import { browser } from 'wxt/browser';
import { COMMANDS, type CommandName } from '@/utils/commands';

export interface Binding {
  name: CommandName;
  /** The keys as the browser shows them; empty when the reader cleared the shortcut. */
  shortcut: string;
}

export interface ShortcutEnv {
  bindings(): Promise<Binding[]>;
  /** Opens the browser's shortcut settings; false when this browser or context cannot. */
  openSettings(): Promise<boolean>;
  browser: 'chrome' | 'firefox';
}

const isFirefox = () => typeof navigator !== 'undefined' && /firefox/i.test(navigator.userAgent);

export function browserShortcuts(): ShortcutEnv {
  return {
    browser: isFirefox() ? 'firefox' : 'chrome',
    async bindings() {
      const all = (await browser.commands?.getAll?.().catch(() => [])) ?? [];
      return COMMANDS.map((name) => ({ name, shortcut: all.find((c) => c.name === name)?.shortcut ?? '' }));
    },
    async openSettings() {
      // Firefox 137+ opens its own page; Chrome lets an extension open chrome://extensions/shortcuts.
      const commands = browser.commands as { openShortcutSettings?: () => Promise<void> } | undefined;
      if (isFirefox()) {
        if (!commands?.openShortcutSettings) return false;
        return commands.openShortcutSettings().then(
          () => true,
          () => false,
        );
      }
      if (!browser.tabs?.create) return false;
      return browser.tabs.create({ url: 'chrome://extensions/shortcuts' }).then(
        () => true,
        () => false,
      );
    },
  };
}
