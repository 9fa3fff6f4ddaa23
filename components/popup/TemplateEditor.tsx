/**
 * The Markdown export template, chosen in the popup with a live preview: one switch per part
 * (saved in the settings at once, used by every Markdown export), and the citation format used
 * by "Cite". The preview renders the reader's own notes (this article's, else the newest) with
 * the real exporter, loaded when the section is opened.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Annotation, Article } from '../../utils/model';
import { TEMPLATE_PARTS, type TemplatePart } from '../../utils/export/template';
import { CitationFormatSelect } from '../shared/CitationFormatSelect';
import type { PopupModel } from './model';

/** Notes in the preview: enough to show each part, few enough to read at a glance. */
const PREVIEW_NOTES = 2;

const SAMPLE_KEY = 'https://baochinhphu.vn/vi-du-phien-hop-chinh-phu-thuong-ky.htm';
const SAMPLE_ARTICLE: Article = {
  key: SAMPLE_KEY,
  url: SAMPLE_KEY,
  title: 'Chính phủ họp phiên thường kỳ tháng 3',
  site: 'baochinhphu',
  published: '2025-03-05',
  firstVisit: '2025-03-06T08:00:00.000Z',
  lastVisit: '2025-03-06T08:00:00.000Z',
};
const SAMPLE_NOTE: Annotation = {
  id: '00000000-0000-4000-8000-000000000001',
  articleKey: SAMPLE_KEY,
  pageUrl: SAMPLE_KEY,
  selectors: [
    {
      type: 'TextQuoteSelector',
      exact: 'tăng trưởng GDP quý I đạt 6,9%',
      prefix: 'Thủ tướng cho biết ',
      suffix: ', cao',
    },
    { type: 'TextPositionSelector', start: 120, end: 150 },
  ],
  quote: 'tăng trưởng GDP quý I đạt 6,9%',
  colour: 'green',
  note: 'So sánh với mục tiêu 8% cả năm.',
  tags: ['kinh tế'],
  entityIds: [],
  entityNames: ['Chính phủ'],
  created: '2025-03-06T08:10:00.000Z',
  updated: '2025-03-06T08:10:00.000Z',
};

function previewData(m: PopupModel): { articles: Article[]; annotations: Annotation[]; sample: boolean } {
  const mine = m.pageAnnotations.value?.length ? m.pageAnnotations.value : (m.annotations.value ?? []);
  const annotations = [...mine].sort((a, b) => (a.created < b.created ? 1 : -1)).slice(0, PREVIEW_NOTES);
  if (!annotations.length) return { articles: [SAMPLE_ARTICLE], annotations: [SAMPLE_NOTE], sample: true };
  const articles = [...(m.articles.value ?? []), ...(m.pageArticle.value ? [m.pageArticle.value] : [])];
  return { articles, annotations, sample: false };
}

export function TemplateEditor({ model: m }: { model: PopupModel }) {
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState('');
  const s = m.settings.value;
  const data = open ? previewData(m) : null;
  useEffect(() => {
    if (!data) return;
    let live = true;
    void import('../../utils/export/markdown').then(({ toMarkdown }) => {
      if (!live) return;
      setPreview(
        toMarkdown(data, {
          exportedAt: new Date().toISOString().slice(0, 10),
          template: s.markdown,
          colourNames: m.names.value,
          lang: s.language,
        }),
      );
    });
    return () => {
      live = false;
    };
  }, [open, s, data?.annotations.map((a) => `${a.id}${a.updated}`).join()]);
  const part = (p: TemplatePart) => (
    <label key={p} class="block">
      <input
        type="checkbox"
        checked={s.markdown[p]}
        onChange={(e) => void m.updateSettings({ markdown: { [p]: e.currentTarget.checked } })}
        data-testid={`template-${p}`}
      />
      {m.tr(`template.part.${p}`)}
    </label>
  );
  return (
    <details class="template" onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="template-editor">
      <summary>{m.tr('template.title')}</summary>
      <p class="muted">{m.tr('template.help')}</p>
      <fieldset class="template-parts">
        <legend class="sr-only">{m.tr('template.title')}</legend>
        {TEMPLATE_PARTS.map(part)}
      </fieldset>
      <CitationFormatSelect
        title={m.tr('cite.format')}
        class="inline"
        value={s.citationFormat}
        onChange={(citationFormat) => void m.updateSettings({ citationFormat })}
        label={(f) => m.tr(`cite.format.${f}`)}
        testid="citation-format"
      />
      <h3 class="section-title" id="template-preview-title">
        {m.tr('template.preview')}
      </h3>
      {data?.sample && <p class="muted">{m.tr('template.sample')}</p>}
      <pre class="template-preview" data-testid="template-preview">
        {preview}
      </pre>
    </details>
  );
}
