/**
 * Messages the background or the popup sends to a tab's content script. Kept apart from
 * protocol.ts so the content script does not carry zod: it checks these few shapes by hand.
 */
export type TabMessage =
  | { type: 'tab:highlight-selection' }
  | { type: 'tab:toggle-panel' }
  | { type: 'tab:toggle-highlights' }
  | { type: 'tab:scroll-to'; annotationId: string }
  | { type: 'tab:annotations-changed'; articleKey: string }
  | { type: 'tab:info' }
  | { type: 'tab:state' }
  | { type: 'tab:reread' };

const TAB_TYPES = new Set([
  'tab:highlight-selection',
  'tab:toggle-panel',
  'tab:toggle-highlights',
  'tab:scroll-to',
  'tab:annotations-changed',
  'tab:info',
  'tab:state',
  'tab:reread',
]);

/** Light validation for the content script, which does not carry zod. */
export function parseTabMessage(raw: unknown): TabMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  if (typeof m.type !== 'string' || !TAB_TYPES.has(m.type)) return null;
  if (m.type === 'tab:scroll-to' && typeof m.annotationId !== 'string') return null;
  if (m.type === 'tab:annotations-changed' && typeof m.articleKey !== 'string') return null;
  return m as TabMessage;
}
