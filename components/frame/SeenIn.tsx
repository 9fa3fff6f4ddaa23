/**
 * "Seen in N articles you read", linking to the entity's dossier: the reader's own reading, so it
 * is shown only here, in the extension's frame, never in the page.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getDb } from '@/utils/db/db';
import { seenIn } from '@/utils/dossier/seen';
import { t } from '@/utils/i18n';
import type { Lang } from '@/utils/settings/settings';

export function SeenIn({ entityKey, lang }: { entityKey?: string; lang: Lang }) {
  const [seen, setSeen] = useState<{ count: number; url: string } | null>(null);
  useEffect(() => {
    setSeen(null);
    if (!entityKey) return;
    seenIn(getDb(), entityKey, (p) => browser.runtime.getURL(p as '/dossier.html'))
      .then(setSeen)
      .catch(() => setSeen(null));
  }, [entityKey]);
  if (!seen?.count) return null;
  return (
    <p class="seen-in">
      <a href={seen.url} target="_blank" rel="noopener" data-testid="seen-in">
        {t(seen.count === 1 ? 'page.seenInOne' : 'page.seenIn', lang, { n: seen.count })}
      </a>
    </p>
  );
}
