/**
 * What the reader chose to see on this page: each kind as the settings say unless they showed or
 * hid it here from the panel (for this page only: nothing is saved), and every highlight hidden
 * at once by the "hide all highlights" key. A short status line says what the key did.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntityKind } from '@/utils/model';
import { t } from '@/utils/i18n';
import { ENTITY_KINDS } from '@/utils/settings/settings';
import type { PageState } from './state';

/** Whether each kind is drawn on this page now. */
export function kindsShownHere(state: PageState): Record<EntityKind, boolean> {
  const kinds = state.settings.value.kinds;
  const here = state.kindsHere.value;
  return Object.fromEntries(ENTITY_KINDS.map((k) => [k, here[k] ?? kinds[k].enabled])) as Record<EntityKind, boolean>;
}

export function toggleHighlights(state: PageState, on = !state.highlightsHidden.value): void {
  state.highlightsHidden.value = on;
}

const SHOWN_FOR_MS = 4000;

/** The status line after the key hid or showed everything (a live region, gone after a moment). */
export function HighlightsStatus({ state }: { state: PageState }) {
  const hidden = state.highlightsHidden.value;
  const [said, setSaid] = useState<boolean | null>(null);
  const first = useRef(true);
  useEffect(() => {
    // Nothing to say on the page's first render, only after a change.
    if (first.current) return void (first.current = false);
    setSaid(hidden);
    const timer = setTimeout(() => setSaid(null), SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [hidden]);
  const lang = state.settings.value.language;
  return (
    <div class="status" role="status" data-testid="highlights-status" style={{ pointerEvents: 'none' }}>
      {said === null ? '' : t(said ? 'page.hiddenAll' : 'page.shownAll', lang)}
    </div>
  );
}
