/**
 * The extension's keyboard commands and their default keys, in one place: the manifest
 * (wxt.config.ts), the background and the shortcut sheet read them. The reader may rebind them in
 * the browser, so the sheet shows what browser.commands.getAll() says, not these.
 *
 * Defaults avoid the keys popular reading and clipping extensions take: Obsidian Web Clipper has
 * Alt+Shift+O, Alt+Shift+H and Alt+Shift+R (and Ctrl+Shift+O), Zotero Connector Ctrl+Shift+S,
 * Dark Reader Alt+Shift+D and Alt+Shift+A; Chromium keeps Alt+Shift+N for itself (an extension
 * suggesting it gets no key at all). G as in ghi chú (note), E as in entities.
 */
export const COMMANDS = ['toggle-panel', 'highlight-selection', 'toggle-highlights'] as const;
export type CommandName = (typeof COMMANDS)[number];

export const DEFAULT_KEYS: Record<CommandName, string> = {
  'toggle-panel': 'Alt+Shift+E',
  'highlight-selection': 'Alt+Shift+G',
  // U as in unmark: hide or show every highlight.
  'toggle-highlights': 'Alt+Shift+U',
};

/** The manifest's message for each command's description (public/_locales). */
export const COMMAND_MESSAGES: Record<CommandName, string> = {
  'toggle-panel': '__MSG_cmdTogglePanel__',
  'highlight-selection': '__MSG_cmdHighlightSelection__',
  'toggle-highlights': '__MSG_cmdToggleHighlights__',
};
