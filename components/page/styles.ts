/** Styles for the in-page UI; they live inside the shadow root, so page CSS cannot reach them. */
export const PAGE_UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.vna { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d232a; }
.card, .panel, .toolbar {
  position: fixed; z-index: 2147483646; background: #fff; color: #1d232a;
  border: 1px solid #c9d1da; border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.18);
}
.card { width: 320px; padding: 10px 12px; }
.card h2 { font-size: 15px; margin: 2px 0 6px; }
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; font-weight: 600; }
.kind.official { color: #8a4b00; } .kind.body { color: #0b5c8a; } .kind.resolution { color: #5b3a9e; }
dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; font-size: 13px; }
dt { color: #5a6570; } dd { margin: 0; }
.row { display: flex; gap: 6px; align-items: center; margin-top: 8px; font-size: 13px; }
button { font: inherit; border: 1px solid #c9d1da; background: #f5f7f9; color: inherit; border-radius: 6px; padding: 3px 9px; cursor: pointer; }
button:hover { background: #e8edf2; }
button:focus-visible, input:focus-visible, textarea:focus-visible, a:focus-visible { outline: 2px solid #1565c0; outline-offset: 1px; }
.fab { position: fixed; right: 16px; bottom: 16px; z-index: 2147483645; width: 44px; height: 44px; border-radius: 22px;
  background: #b3261e; color: #fff; border: 0; font-weight: 700; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.fab:hover { background: #8c1d18; }
.panel { right: 16px; bottom: 70px; width: 360px; max-height: min(70vh, 640px); display: flex; flex-direction: column; }
.panel header { display: flex; justify-content: space-between; align-items: center; padding: 10px 12px; border-bottom: 1px solid #e3e8ee; }
.panel header h2 { font-size: 15px; margin: 0; }
.panel .body { overflow: auto; padding: 6px 12px 12px; }
.panel h3 { font-size: 13px; margin: 12px 0 4px; display: flex; justify-content: space-between; }
.panel ul { list-style: none; margin: 0; padding: 0; }
.panel li button { width: 100%; text-align: left; border: 0; background: none; padding: 3px 4px; display: flex; justify-content: space-between; }
.panel li button:hover, .panel li button:focus-visible { background: #eef3f8; }
.count { color: #5a6570; font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; vertical-align: baseline; }
.orphan { color: #8a1c1c; font-size: 12px; }
.toolbar { width: 300px; padding: 8px; }
.colours { display: flex; gap: 6px; }
.colours button { width: 26px; height: 26px; padding: 0; border-radius: 13px; border: 2px solid transparent; }
.colours button[aria-pressed="true"] { border-color: #1d232a; }
textarea, input[type=text] { width: 100%; font: inherit; border: 1px solid #c9d1da; border-radius: 6px; padding: 4px 6px; margin-top: 6px; }
textarea { min-height: 64px; resize: vertical; }
.muted { color: #5a6570; font-size: 12px; }
.danger { color: #8a1c1c; }
@media (prefers-color-scheme: dark) {
  .vna, .card, .panel, .toolbar { color: #e6e9ed; }
  .card, .panel, .toolbar { background: #1f2429; border-color: #3a434d; }
  button { background: #2a3138; border-color: #3a434d; }
  button:hover, .panel li button:hover { background: #343c45; }
  dt, .count, .muted { color: #a5afb9; }
  textarea, input[type=text] { background: #15191d; color: inherit; border-color: #3a434d; }
  .kind.official { color: #f0b36a; } .kind.body { color: #7cc4f0; } .kind.resolution { color: #c3a6f5; }
}
`;
