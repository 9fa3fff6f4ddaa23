/** One surface per frame: the card, the note editor or the panel, fed by the content script. */
import type { Signal } from '@preact/signals';
import type { FromFrame, Surface, ToFrame } from '@/utils/frames/protocol';
import { CardSurface } from './CardSurface';
import { EditorSurface } from './EditorSurface';
import { PanelSurface } from './PanelSurface';
import { Alert } from './Alert';

interface Props {
  surface: Surface;
  message: Signal<ToFrame | null>;
  send: (m: FromFrame) => void;
  /** The page's script took the keyboard from this frame, and it was given back. */
  focusTaken?: Signal<boolean>;
  /** Asks the content script whether the page shows this frame as drawn (not covered nor faded). */
  askShown?: () => Promise<boolean>;
}

export function FrameApp({ surface, message, send, focusTaken, askShown }: Props) {
  const m = message.value;
  if (!m || m.t === 'hidden' || m.t === 'focus' || m.t === 'shown') return null;
  const body =
    surface === 'card' && m.t === 'card' ? (
      <CardSurface m={m} send={send} />
    ) : surface === 'editor' && m.t === 'editor' ? (
      <EditorSurface m={m} send={send} askShown={askShown} />
    ) : surface === 'panel' && m.t === 'panel' ? (
      <PanelSurface m={m} send={send} />
    ) : null;
  if (!body) return null;
  // (One shape whether the warning shows or not: the surface below it keeps its state.)
  return (
    <>
      {focusTaken?.value && <Alert lang={m.lang} text="page.focusTaken" testid="focus-taken" />}
      {body}
    </>
  );
}
