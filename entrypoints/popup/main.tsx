import { render } from 'preact';
import { getDb } from '@/utils/db/db';
import { loadSettings, watchSettings } from '@/utils/settings/settings';
import { createPopupModel } from '@/components/popup/model';
import { browserEnv } from '@/components/popup/env';
import { App } from '@/components/popup/App';
import './style.css';
import './notes.css';
import './a11y.css';

async function main() {
  const db = getDb();
  const env = browserEnv();
  // The database queries start while the settings are read; the first render waits for the
  // settings only so the language does not flip.
  const settings = loadSettings();
  const model = createPopupModel({ db, env });
  model.start();
  model.settings.value = await settings;
  watchSettings((s) => (model.settings.value = s));
  document.documentElement.lang = model.lang.value;
  // The window's title, as screen readers announce it, in the reader's language.
  document.title = model.tr('app.name');
  render(<App model={model} onOpenOptions={env.openOptions} />, document.getElementById('app')!);
}

void main();
