/** Turns records into a file and saves it; the formats themselves are pure (utils/export, utils/backup). */
import type { ExportData } from '../../utils/export/order';
import type { BackupData } from '../../utils/backup/backup';
import { exportFileName, toMarkdown } from '../../utils/export/markdown';
import { toBackup } from '../../utils/backup/backup';
import { toW3CJson } from '../../utils/export/w3c';
import type { Settings } from '../../utils/settings/settings';
import { colourNames } from '../../utils/notes/colours';
import { downloadText, nextFrame } from '../shared/download';

export type ExportKind = 'md-article' | 'md-selected' | 'md-all' | 'json' | 'w3c';

export interface ExportOptions {
  now: Date;
  settings: Settings;
  download?: (fileName: string, text: string, mime: string) => void;
}

/** Only the articles the annotations refer to go into a file. */
export function usedArticles(data: ExportData): ExportData {
  const keys = new Set(data.annotations.map((a) => a.articleKey));
  const seen = new Set<string>();
  const articles = data.articles.filter((a) => keys.has(a.key) && !seen.has(a.key) && seen.add(a.key));
  return { articles, annotations: data.annotations };
}

export function render(
  kind: ExportKind,
  data: ExportData & Pick<BackupData, 'entityMerges' | 'readerFacts'>,
  { now, settings }: ExportOptions,
): { ext: string; mime: string; text: string } {
  const exportedAt = now.toISOString();
  const d = usedArticles(data);
  switch (kind) {
    case 'json':
      // The backup keeps every visit, with or without notes: the dossiers are made of them.
      return { ext: 'json', mime: 'application/json', text: toBackup(data, exportedAt) };
    case 'w3c':
      return {
        ext: 'jsonld',
        mime: 'application/ld+json',
        text: toW3CJson(d, {
          exportedAt,
          colourNames: colourNames(settings.colourNames, settings.language),
          lang: settings.language,
        }),
      };
    default:
      return {
        ext: 'md',
        mime: 'text/markdown',
        text: toMarkdown(d, {
          exportedAt,
          template: settings.markdown,
          colourNames: colourNames(settings.colourNames, settings.language),
          lang: settings.language,
        }),
      };
  }
}

/** Renders and saves; returns the file name. */
export async function runExport(
  kind: ExportKind,
  data: ExportData & Pick<BackupData, 'entityMerges' | 'readerFacts'>,
  opts: ExportOptions,
): Promise<string> {
  await nextFrame();
  const { ext, mime, text } = render(kind, data, opts);
  const name = exportFileName(opts.now, ext);
  (opts.download ?? downloadText)(name, text, mime);
  return name;
}
