/** One surface per frame: the card, the note editor or the panel, fed by the content script. */
import type { Signal } from '@preact/signals';
import type { FromFrame, Surface, ToFrame } from '@/utils/frames/protocol';
import { CardSurface } from './CardSurface';
import { EditorSurface } from './EditorSurface';
import { PanelSurface } from './PanelSurface';

interface Props {
  surface: Surface;
  message: Signal<ToFrame | null>;
  send: (m: FromFrame) => void;
}

export function FrameApp({ surface, message, send }: Props) {
  const m = message.value;
  if (!m || m.t === 'hidden') return null;
  if (surface === 'card' && m.t === 'card') return <CardSurface m={m} send={send} />;
  if (surface === 'editor' && m.t === 'editor') return <EditorSurface m={m} send={send} />;
  if (surface === 'panel' && m.t === 'panel') return <PanelSurface m={m} send={send} />;
  return null;
}
