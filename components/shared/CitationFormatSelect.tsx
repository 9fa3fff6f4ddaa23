import { CITATION_FORMATS, type CitationFormat } from '../../utils/settings/settings';

/** The labelled menu of citation formats ("Cite" copies in this one), in the options and the popup alike. */
export function CitationFormatSelect(p: {
  /** The label's words ("Citation format"). */
  title: string;
  class: string;
  value: CitationFormat;
  onChange: (f: CitationFormat) => void;
  /** Each format's name in the interface's language. */
  label: (f: CitationFormat) => string;
  testid: string;
}) {
  return (
    <label class={p.class}>
      {p.title}{' '}
      <select
        value={p.value}
        onChange={(e) => p.onChange(e.currentTarget.value as CitationFormat)}
        data-testid={p.testid}
      >
        {CITATION_FORMATS.map((f) => (
          <option key={f} value={f}>
            {p.label(f)}
          </option>
        ))}
      </select>
    </label>
  );
}
