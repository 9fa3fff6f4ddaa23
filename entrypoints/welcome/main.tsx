import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome } from '@/components/welcome/Welcome';
import { browserShortcuts } from '@/components/shared/shortcuts';
import { t } from '@/utils/i18n';
import { loadSettings } from '@/utils/settings/settings';
import './style.css';

async function main() {
  const settings = await loadSettings();
  document.documentElement.lang = settings.language;
  document.title = t('welcome.title', settings.language);
  render(
    <Welcome settings={settings} shortcuts={browserShortcuts()} optionsUrl={browser.runtime.getURL('/options.html')} />,
    document.getElementById('app')!,
  );
}

void main();
