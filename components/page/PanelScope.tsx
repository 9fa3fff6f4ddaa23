/**
 * What the panel's kind toggles change, said where they are: this page only, not saved (the
 * setting for every site lives in the options, one click away); and the switch that hides every
 * highlight on this page, the same as the "hide all highlights" key.
 */
import { t } from '@/utils/i18n';
import type { Lang } from '@/utils/settings/settings';

interface Props {
  lang: Lang;
  highlightsHidden: boolean;
  onHideAll: (on: boolean) => void;
  onOpenSettings?: () => void;
}

export function PanelScope(p: Props) {
  return (
    <div class="scope" data-testid="panel-scope">
      <p class="muted" id="kinds-scope">
        {t('page.kindsHereHelp', p.lang)}{' '}
        {p.onOpenSettings && (
          <button type="button" class="link" onClick={p.onOpenSettings} data-testid="panel-open-settings">
            {t('page.openSettings', p.lang)}
          </button>
        )}
      </p>
      <label class="hide-all">
        <input
          type="checkbox"
          checked={p.highlightsHidden}
          onChange={(e) => p.onHideAll((e.target as HTMLInputElement).checked)}
          data-testid="panel-hide-all"
        />{' '}
        {t('page.hideAll', p.lang)}
      </label>
    </div>
  );
}
