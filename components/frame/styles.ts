/** Styles of the extension's frames in a page: the page UI's, filling the frame instead of floating. */
import { PAGE_UI_CSS } from '../page/styles';
import { NOTES_FRAME_CSS } from '../page/notes-styles';

export const FRAME_CSS = `${PAGE_UI_CSS}
html, body { margin: 0; padding: 0; background: transparent; }
/* Chrome sets extension pages in 75 % type (body): back to the reader's size. */
body { font-size: 1rem; }
.vna { display: block; }
.card, .panel, .toolbar { position: static; box-shadow: none; border: 0; width: auto; border-radius: 0; }
.panel { max-height: none; display: block; }
.panel header { position: sticky; top: 0; background: inherit; z-index: 1; }
.panel .body { overflow: visible; }
html { overflow-y: auto; }
.positions { list-style: none; margin: 0.125rem 0 0.375rem; padding: 0; font-size: 0.875rem; }
.positions li { margin: 0.125rem 0; }
.position .dates { color: var(--vna-muted); white-space: nowrap; }
.position.uncertain .title { font-style: italic; }
.doubt { color: var(--vna-kind-official); }
.src { font-size: 0.8125rem; }
.card h3 { font-size: 0.8125rem; margin: 0.5rem 0 0.125rem; color: var(--vna-muted); font-weight: 700; }
.sources { font-size: 0.8125rem; color: var(--vna-muted); margin: 0.375rem 0 0; }
.toast { padding: 0.5rem; display: flex; gap: 0.5rem; align-items: center; }
.panel li { display: flex; align-items: center; }
.panel li button { flex: 1; }
.dossier-link { text-decoration: none; display: inline-flex; align-items: center; justify-content: center; min-width: 1.5rem; min-height: 1.5rem; }
.seen-in { margin: 0.375rem 0 0; font-size: 0.875rem; }
.mine { font-size: 0.75rem; font-weight: 700; color: var(--vna-kind-body); text-transform: uppercase; }
.fact-form label { display: block; font-size: 0.8125rem; margin-top: 0.375rem; }
.fact-form label.inline { display: flex; gap: 0.375rem; align-items: center; }
.fact-form input[type=text], .fact-form select { width: 100%; font: inherit; margin-top: 0.125rem; }
button.link { border: 0; background: none; color: inherit; padding: 0 0.25rem; }
html, body { background: var(--vna-bg); }
.panel { background: inherit; }
@media (forced-colors: active) {
  .card, .panel, .toolbar { border: 2px solid CanvasText; }
}
${NOTES_FRAME_CSS}`;
