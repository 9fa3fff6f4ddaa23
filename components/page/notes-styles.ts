/**
 * Styles of the note features in the page UI and its frames: tag suggestions, the panel's scope
 * line and "cite" buttons, notes on the whole article, and the status line of the "hide all
 * highlights" key. Kept apart from styles.ts, which holds the UI's base look.
 */
export const NOTES_FRAME_CSS = `
.tag-field { position: relative; }
.tag-suggestions { margin: 2px 0 0; padding: 2px 0; border: 1px solid #c9d1da; border-radius: 6px; max-height: 12em; overflow-y: auto; }
.tag-suggestions [role=option] { display: flex; justify-content: space-between; gap: 8px; padding: 2px 6px; cursor: pointer; }
.tag-suggestions [role=option].active { background: #1565c0; color: #fff; }
.tag-suggestions [role=option].active .count { color: inherit; }
.scope { margin: 6px 0 2px; }
.scope p { margin: 0 0 4px; }
.hide-all { display: flex; gap: 4px; align-items: center; font-size: 13px; }
.panel li button.cite { flex: 0 0 auto; width: auto; font-size: 12px; padding: 2px 6px; color: #0b5c8a; }
.copied { margin: 0; padding: 0 12px 8px; min-height: 1em; }
[data-testid=panel-article-notes] > button { margin-top: 4px; }
@media (prefers-color-scheme: dark) {
  .tag-suggestions { border-color: #3a434d; }
  .panel li button.cite { color: #7cc4f0; }
}
`;

/** In the page's shadow root: the status line after the "hide all highlights" key. */
export const NOTES_PAGE_CSS = `
.status:empty { display: none; }
.status { position: fixed; right: 72px; bottom: 18px; z-index: 2147483645; max-width: 320px; padding: 6px 10px;
  border-radius: 8px; background: #1d232a; color: #fff; font-size: 13px; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
`;
