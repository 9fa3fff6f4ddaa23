import { render } from 'preact';
import { effect } from '@preact/signals';
import { getDb } from '@/utils/db/db';
import { request } from '@/utils/messaging/client';
import { loadSettings, watchSettings } from '@/utils/settings/settings';
import { idFromHash, dossierHash } from '@/utils/dossier/link';
import { createDossierModel } from '@/components/dossier/model';
import { DossierApp } from '@/components/dossier/App';
import '../popup/style.css';
import './style.css';

async function main() {
  // The database is read while the settings load; the first render waits only for the language.
  const settings = loadSettings();
  const model = createDossierModel({ db: getDb(), send: (msg) => request(msg) });
  model.open(idFromHash(location.hash));
  addEventListener('hashchange', () => {
    model.open(idFromHash(location.hash));
    scrollTo(0, 0);
  });
  model.settings.value = await settings;
  watchSettings((s) => (model.settings.value = s));
  effect(() => {
    const d = model.dossier.value;
    const title = model.tr('dossier.title');
    document.documentElement.lang = model.lang.value;
    if (!model.route.value) document.title = `${model.tr('dossier.indexTitle')} · ${model.tr('app.name')}`;
    else if (d.status === 'ready') document.title = `${d.value.name} · ${title}`;
    // A merged id's address becomes its entry's, so a bookmark opens the dossier it is part of.
    const id = model.route.value;
    if (id && idFromHash(location.hash) !== id) history.replaceState(null, '', dossierHash(id));
  });
  render(<DossierApp model={model} />, document.getElementById('app')!);
}

void main();
