/** The popup's shortcut sheet, folded away under its title until the reader opens it. */
import { useState } from 'preact/hooks';
import { ShortcutSheet } from '../shared/ShortcutSheet';
import { browserShortcuts, type ShortcutEnv } from '../shared/shortcuts';
import type { PopupModel } from './model';

export function Shortcuts({ model: m, env }: { model: PopupModel; env?: ShortcutEnv }) {
  const [shortcuts] = useState(() => env ?? browserShortcuts());
  const [open, setOpen] = useState(false);
  return (
    <details class="shortcuts" data-testid="popup-shortcuts" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{m.tr('keys.title')}</summary>
      {open && <ShortcutSheet lang={m.lang.value} env={shortcuts} level={3} />}
    </details>
  );
}
