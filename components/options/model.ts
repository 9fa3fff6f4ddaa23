/** The options page's state: the settings as a signal, saved on every change, with a "saved" flag. */
import { computed, signal } from '@preact/signals';
import { saveSettings, type Settings, type SettingsPatch, type WatchEntry } from '../../utils/settings/settings';
import { t, type StringKey } from '../../utils/i18n/index';
import { forDisplay } from '../../utils/text/normalize';

export interface OptionsDeps {
  initial: Settings;
  save?: (patch: SettingsPatch) => Promise<Settings>;
  /** Gives up the host permission of a user-enabled origin. */
  dropOrigin?: (origin: string) => Promise<unknown>;
}

export type OptionsModel = ReturnType<typeof createOptionsModel>;

export function createOptionsModel(deps: OptionsDeps) {
  const save = deps.save ?? saveSettings;
  const settings = signal(deps.initial);
  const lang = computed(() => settings.value.language);
  const status = signal<'idle' | 'saved' | 'error'>('idle');
  const error = signal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tr = (key: StringKey, values?: Record<string, string | number>) => t(key, lang.value, values);

  async function update(patch: SettingsPatch): Promise<void> {
    try {
      settings.value = await save(patch);
      status.value = 'saved';
      clearTimeout(timer);
      timer = setTimeout(() => (status.value = 'idle'), 2000);
    } catch (e) {
      status.value = 'error';
      error.value = e instanceof Error ? e.message : String(e);
    }
  }

  function setSite(id: string, on: boolean) {
    const off = new Set(settings.value.disabledSites);
    on ? off.delete(id) : off.add(id);
    return update({ disabledSites: [...off] });
  }

  async function removeOrigin(origin: string) {
    await deps.dropOrigin?.(origin).catch(() => undefined);
    return update({ extraOrigins: settings.value.extraOrigins.filter((o) => o !== origin) });
  }

  /** False when the name is empty or already listed for that kind. */
  function addWatch(entry: WatchEntry): Promise<boolean> | false {
    const name = forDisplay(entry.name).trim();
    if (!name || settings.value.watchList.some((w) => w.kind === entry.kind && w.name === name)) return false;
    return update({ watchList: [...settings.value.watchList, { ...entry, name }] }).then(() => true);
  }

  function removeWatch(index: number) {
    return update({ watchList: settings.value.watchList.filter((_, i) => i !== index) });
  }

  /** Applies storage changes made elsewhere (e.g. the popup enabling a site). */
  function external(s: Settings) {
    settings.value = s;
  }

  return { settings, lang, status, error, tr, update, setSite, removeOrigin, addWatch, removeWatch, external };
}
