/**
 * Styles for the in-page UI: the floating button in the UI host's shadow root, and the card,
 * panel and editor in their frames (components/frame/styles.ts adds the frame's own rules). Page
 * CSS cannot reach either. Colours are custom properties, light and dark, each measured by
 * scripts/eval/contrast.ts (text 4.5 : 1, borders of controls and focus rings 3 : 1). Sizes are in
 * em (the floating button: its shadow root inherits nothing from the page, `em` is the reader's
 * default size; `rem` would be the page's) and rem inside the frames (their own documents).
 */
export const PAGE_UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
:root, .vna {
  --vna-fg: #1d232a;
  --vna-bg: #ffffff;
  --vna-muted: #56616c;
  --vna-surface-border: #c9d1da;
  --vna-control-border: #6e7781;
  --vna-button-bg: #f5f7f9;
  --vna-hover-bg: #e8edf2;
  --vna-row-hover: #eef3f8;
  --vna-focus: #1565c0;
  --vna-link: #0b57b8;
  --vna-danger: #8a1c1c;
  --vna-kind-official: #7d4f00;
  --vna-kind-body: #1d4fc4;
  --vna-kind-resolution: #a61e5f;
  --vna-fab-bg: #b3261e;
  --vna-fab-hover: #8c1d18;
  --vna-fab-fg: #ffffff;
  --vna-pressed: #1d232a;
}
@media (prefers-color-scheme: dark) {
  :root, .vna {
    --vna-fg: #e6e9ed;
    --vna-bg: #1f2429;
    --vna-muted: #a5afb9;
    --vna-surface-border: #3a434d;
    --vna-control-border: #7d8893;
    --vna-button-bg: #2a3138;
    --vna-hover-bg: #343c45;
    --vna-row-hover: #2c343c;
    --vna-focus: #8ab4f8;
    --vna-link: #8ab4f8;
    --vna-danger: #ff8a80;
    --vna-kind-official: #e6b56a;
    --vna-kind-body: #9db5ff;
    --vna-kind-resolution: #f59cc6;
    --vna-pressed: #e6e9ed;
  }
}
.vna { font: 0.875em/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--vna-fg); }
.card, .panel, .toolbar {
  position: fixed; z-index: 2147483646; background: var(--vna-bg); color: var(--vna-fg);
  border: 1px solid var(--vna-surface-border); border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.18);
}
.card { width: 320px; padding: 0.625rem 0.75rem; }
.card h2 { font-size: 1.0625rem; margin: 0.125rem 0 0.375rem; }
.kind { font-size: 0.8125rem; text-transform: uppercase; letter-spacing: .06em; font-weight: 700; display: flex; align-items: center; }
.kind.official { color: var(--vna-kind-official); } .kind.body { color: var(--vna-kind-body); } .kind.resolution { color: var(--vna-kind-resolution); }
dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 0.125rem 0.625rem; font-size: 0.875rem; }
dt { color: var(--vna-muted); } dd { margin: 0; }
a { color: var(--vna-link); }
.row { display: flex; flex-wrap: wrap; gap: 0.375rem; align-items: center; margin-top: 0.5rem; font-size: 0.875rem; }
button { font: inherit; border: 1px solid var(--vna-control-border); background: var(--vna-button-bg); color: inherit; border-radius: 6px; padding: 0.1875rem 0.5625rem; cursor: pointer; }
button:hover { background: var(--vna-hover-bg); }
button:focus-visible, input:focus-visible, textarea:focus-visible, select:focus-visible, a:focus-visible, summary:focus-visible {
  outline: 2px solid var(--vna-focus); outline-offset: 2px;
}
.fab { position: fixed; right: 16px; bottom: 16px; z-index: 2147483645; min-width: 3.2em; height: 3.2em; border-radius: 1.6em;
  padding: 0 1em; font: 700 1em/1 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  background: var(--vna-fab-bg); color: var(--vna-fab-fg); border: 2px solid var(--vna-fab-bg); box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.fab:hover { background: var(--vna-fab-hover); }
/* A ring of two colours: white inside, dark blue outside, visible on any page. */
.fab:focus-visible { outline: 3px solid #0d47a1; outline-offset: 2px; box-shadow: 0 0 0 2px #ffffff; }
.panel { right: 16px; bottom: 70px; width: 360px; max-height: min(70vh, 640px); display: flex; flex-direction: column; }
.panel header { display: flex; justify-content: space-between; align-items: center; gap: 0.5rem; padding: 0.625rem 0.75rem; border-bottom: 1px solid var(--vna-surface-border); }
.panel header h2 { font-size: 1.0625rem; margin: 0; }
.panel .body { overflow: auto; padding: 0.375rem 0.75rem 0.75rem; }
.panel h3 { font-size: 0.875rem; margin: 0.75rem 0 0.25rem; display: flex; justify-content: space-between; }
.panel ul { list-style: none; margin: 0; padding: 0; }
.panel li button { width: 100%; text-align: left; border: 0; background: none; padding: 0.1875rem 0.25rem; display: flex; justify-content: space-between; gap: 0.5rem; }
.panel li button:hover, .panel li button:focus-visible { background: var(--vna-row-hover); }
.count { color: var(--vna-muted); font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: 0.75rem; height: 0.75rem; border-radius: 2px; margin-right: 0.375rem; vertical-align: baseline;
  border: 1px solid var(--vna-control-border); }
/* A kind's mark: its underline's style and colour, as on the page (kinds differ without colour). */
.kind-mark { display: inline-block; width: 1.25rem; height: 0; margin: 0 0.375rem 0.2em 0; border-bottom: 3px solid currentColor; vertical-align: middle; }
.kind-mark.body { border-bottom-style: dashed; } .kind-mark.resolution { border-bottom-style: dotted; }
.orphan { color: var(--vna-danger); font-size: 0.8125rem; }
.toolbar { width: 300px; padding: 0.5rem; }
.colours { display: flex; gap: 0.375rem; }
.colours button { width: 1.75rem; height: 1.75rem; padding: 0; border-radius: 50%; border: 2px solid var(--vna-control-border);
  color: #1d232a; font-weight: 700; line-height: 1; }
.colours button[aria-pressed="true"] { border-color: var(--vna-pressed); box-shadow: 0 0 0 2px var(--vna-bg), 0 0 0 4px var(--vna-pressed); }
.colours button[aria-pressed="true"]::after { content: "✓"; }
textarea, input[type=text] { width: 100%; font: inherit; color: inherit; background: var(--vna-bg); border: 1px solid var(--vna-control-border); border-radius: 6px; padding: 0.25rem 0.375rem; margin-top: 0.375rem; }
textarea { min-height: 4rem; resize: vertical; }
::placeholder { color: var(--vna-muted); opacity: 1; }
.muted { color: var(--vna-muted); font-size: 0.8125rem; }
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--vna-focus); outline-offset: -2px; }
.panel-foot { margin: 0; padding: 0.375rem 0.75rem 0.75rem; }
.sheet-view { padding: 0.625rem 0.75rem; }
.shortcut-sheet h2, .shortcut-sheet h3 { font-size: 1.0625rem; margin: 0 0 0.375rem; }
.shortcut-sheet table { border-collapse: collapse; width: 100%; font-size: 0.875rem; }
.shortcut-sheet th, .shortcut-sheet td { text-align: left; padding: 0.1875rem 0.25rem; border-bottom: 1px solid var(--vna-surface-border); vertical-align: top; }
.shortcut-sheet tbody th { padding-top: 0.625rem; }
.shortcut-change { font-size: 0.875rem; }
kbd { font: 0.8125rem/1.3 ui-monospace, monospace; border: 1px solid var(--vna-control-border); border-radius: 4px; padding: 0 0.25rem; white-space: nowrap; }
.danger { color: var(--vna-danger); }
@media (prefers-color-scheme: dark) {
  textarea, input[type=text] { background: #15191d; }
}
@media (forced-colors: active) {
  .card, .panel, .toolbar, .fab { border: 2px solid CanvasText; }
  button { border-color: ButtonText; }
  button:focus-visible, input:focus-visible, textarea:focus-visible, select:focus-visible, a:focus-visible, summary:focus-visible,
  .fab:focus-visible { outline: 3px solid Highlight; }
  .kind-mark { border-bottom-color: CanvasText; }
  /* The swatches' colours are what they say: kept, each with a frame; the chosen one is ticked. */
  .colours button, .swatch { forced-color-adjust: none; border-color: CanvasText; }
  .colours button[aria-pressed="true"] { box-shadow: 0 0 0 2px Canvas, 0 0 0 4px Highlight; }
}
`;
