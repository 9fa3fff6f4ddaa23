import { render } from 'preact';
import { browser } from 'wxt/browser';
import { loadSettings, watchSettings } from '@/utils/settings/settings';
import { getDb } from '@/utils/db/db';
import { createOptionsModel } from '@/components/options/model';
import { Options } from '@/components/options/Options';
import './style.css';

async function main() {
  const model = createOptionsModel({
    initial: await loadSettings(),
    dropOrigin: (origin) => browser.permissions.remove({ origins: [`${origin}/*`] }),
  });
  watchSettings(model.external);
  document.documentElement.lang = model.lang.value;
  render(<Options model={model} facts={{ db: getDb() }} />, document.getElementById('app')!);
}

void main();
