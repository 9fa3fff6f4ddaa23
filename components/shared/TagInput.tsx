/**
 * The comma-separated tag field with suggestions from the reader's own tags (a combobox: the
 * field keeps focus, arrows move through the list, Enter takes the highlighted tag, Escape
 * closes the list without closing the editor around it). Used by the in-page note editor and
 * the popup's editor; the matching is utils/search/tag-suggest.ts.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { acceptTag, suggestTags, tokenAt, type TagCount } from '../../utils/search/tag-suggest';

interface Props {
  id: string;
  value: string;
  onInput: (value: string) => void;
  /** The reader's tags, most used first. */
  known: readonly TagCount[];
  label: string;
  placeholder?: string;
  /** The list's name for screen readers ("Tags you have used"). */
  listLabel: string;
  /** "3 uses", shown beside each suggestion. */
  usesLabel: (n: number) => string;
  name?: string;
  testid?: string;
}

export function TagInput(p: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [caret, setCaret] = useState(p.value.length);
  const listId = `${p.id}-suggestions`;
  const suggestions = useMemo(
    () => (open ? suggestTags(p.known, p.value, caret) : []),
    [open, p.known, p.value, caret],
  );
  const shown = open && suggestions.length > 0;
  const at = Math.min(active, suggestions.length - 1);

  const take = (tag: string) => {
    const next = acceptTag(p.value, caret, tag);
    p.onInput(next.value);
    setCaret(next.caret);
    setOpen(false);
    // After Preact writes the value: put the caret after the tag, ready for the next one.
    requestAnimationFrame(() => input.current?.setSelectionRange(next.caret, next.caret));
  };

  return (
    <div class="tag-field">
      <input
        ref={input}
        id={p.id}
        name={p.name}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && at >= 0 ? `${listId}-${at}` : undefined}
        aria-label={p.label}
        placeholder={p.placeholder}
        value={p.value}
        data-testid={p.testid}
        onInput={(e) => {
          const el = e.currentTarget;
          const c = el.selectionStart ?? el.value.length;
          p.onInput(el.value);
          setCaret(c);
          // Suggest once something is typed; an empty piece waits for the arrow key.
          setOpen(tokenAt(el.value, c).text !== '');
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            if (!shown) {
              setCaret(e.currentTarget.selectionStart ?? p.value.length);
              setOpen(true);
              setActive(0);
              return;
            }
            const n = suggestions.length;
            setActive((at + (e.key === 'ArrowDown' ? 1 : -1) + n) % n);
          } else if (e.key === 'Enter' && shown && at >= 0 && !e.ctrlKey && !e.metaKey) {
            // Takes the tag instead of submitting the form or saving the note.
            e.preventDefault();
            e.stopPropagation();
            take(suggestions[at].tag);
          } else if (e.key === 'Escape' && shown) {
            e.stopPropagation();
            setOpen(false);
          }
        }}
        onBlur={() => setOpen(false)}
      />
      {shown && (
        <div id={listId} role="listbox" aria-label={p.listLabel} class="tag-suggestions" data-testid="tag-suggestions">
          {suggestions.map((s, i) => (
            <div
              key={s.tag}
              id={`${listId}-${i}`}
              role="option"
              // Reached with the arrow keys from the field (aria-activedescendant), never by Tab.
              tabIndex={-1}
              aria-selected={i === at}
              class={i === at ? 'active' : undefined}
              data-testid="tag-suggestion"
              // mousedown, not click: the field keeps focus (blur would close the list first).
              onMouseDown={(e) => {
                e.preventDefault();
                take(s.tag);
              }}
            >
              <span>{s.tag}</span> <span class="count">{p.usesLabel(s.count)}</span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
