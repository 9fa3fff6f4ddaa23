/** How a colour drawn on a news page (an underline) stands out on a white page and a dark one. */
import { contrast } from './contrast';
import { PAGE_BACKDROPS } from './palette';

export function pageContrast(colour: string): { light: number; dark: number } {
  return { light: contrast(colour, PAGE_BACKDROPS.light), dark: contrast(colour, PAGE_BACKDROPS.dark) };
}
