/** A warning above a surface, in the reader's language: what the page tried, and what was done. */
import { t, type StringKey } from '@/utils/i18n';
import type { Lang } from '@/utils/model';

export function Alert(p: { lang: Lang; text: StringKey; testid: string }) {
  return (
    <p class="danger" role="alert" data-testid={p.testid}>
      {t(p.text, p.lang)}
    </p>
  );
}
