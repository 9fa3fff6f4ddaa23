/**
 * UI strings for the popup, the options page and the in-page UI (floating button, card, panel,
 * editor), one file per surface under strings/. Vietnamese is the reference table: English must
 * have exactly the same keys (each file's type says so). `{name}` marks a value filled in by t().
 */
import { findEn, findVi } from './strings/find';
import { notesEn, notesVi } from './strings/notes';
import { optionsEn, optionsVi } from './strings/options';
import { pageEn, pageVi } from './strings/page';
import { pluralsEn, pluralsVi } from './strings/plurals';
import { popupEn, popupVi } from './strings/popup';
import { a11yEn, a11yVi } from './strings/a11y';
import { welcomeEn, welcomeVi } from './strings/welcome';

export const vi = {
  ...pageVi,
  ...popupVi,
  ...optionsVi,
  ...notesVi,
  ...findVi,
  ...pluralsVi,
  ...a11yVi,
  ...welcomeVi,
} as const;

export type StringKey = keyof typeof vi;

export const en: Record<StringKey, string> = {
  ...pageEn,
  ...popupEn,
  ...optionsEn,
  ...notesEn,
  ...findEn,
  ...pluralsEn,
  ...a11yEn,
  ...welcomeEn,
};
