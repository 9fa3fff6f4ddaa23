/** Styles of the extension's frames in a page: the page UI's, filling the frame instead of floating. */
import { PAGE_UI_CSS } from '../page/styles';
import { NOTES_FRAME_CSS } from '../page/notes-styles';

export const FRAME_CSS = `${PAGE_UI_CSS}
html, body { margin: 0; padding: 0; background: transparent; }
.vna { display: block; }
.card, .panel, .toolbar { position: static; box-shadow: none; border: 0; width: auto; border-radius: 0; }
.panel { max-height: none; display: block; }
.panel header { position: sticky; top: 0; background: inherit; z-index: 1; }
.panel .body { overflow: visible; }
html { overflow-y: auto; }
.positions { list-style: none; margin: 2px 0 6px; padding: 0; font-size: 13px; }
.positions li { margin: 2px 0; }
.position .dates { color: #5a6570; white-space: nowrap; }
.position.uncertain .title { font-style: italic; }
.doubt { color: #8a4b00; }
.src { font-size: 12px; }
.card h3 { font-size: 12px; margin: 8px 0 2px; color: #5a6570; font-weight: 600; }
.sources { font-size: 12px; color: #5a6570; margin: 6px 0 0; }
.toast { padding: 8px; display: flex; gap: 8px; align-items: center; }
.panel li { display: flex; align-items: center; }
.panel li button { flex: 1; }
.dossier-link { text-decoration: none; padding: 0 6px; }
.seen-in { margin: 6px 0 0; font-size: 13px; }
.mine { font-size: 11px; font-weight: 600; color: #0b5c8a; text-transform: uppercase; }
.fact-form label { display: block; font-size: 12px; margin-top: 6px; }
.fact-form label.inline { display: flex; gap: 6px; align-items: center; }
.fact-form input[type=text], .fact-form select { width: 100%; font: inherit; margin-top: 2px; }
button.link { border: 0; background: none; color: inherit; padding: 0 4px; }
@media (prefers-color-scheme: dark) {
  html, body { background: #1f2429; }
  .position .dates, .card h3, .sources { color: #a5afb9; }
  .doubt { color: #f0b36a; }
  a { color: #8ab4f8; }
}
@media (prefers-color-scheme: light) {
  html, body { background: #fff; }
}
.panel { background: inherit; }
${NOTES_FRAME_CSS}`;
