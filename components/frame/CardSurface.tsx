/** The card in its frame; tells the content script while the pointer rests on it. */
import { useEffect, useMemo } from 'preact/hooks';
import { Card } from '../page/Card';
import { ReaderFacts } from './ReaderFacts';
import { SeenIn } from './SeenIn';
import { cardData } from '@/utils/facts/card-data';
import type { FromFrame, ToFrame } from '@/utils/frames/protocol';

type CardMessage = Extract<ToFrame, { t: 'card' }>;

export function CardSurface({ m, send }: { m: CardMessage; send: (x: FromFrame) => void }) {
  // The facts are read here, in the extension's frame, from the mention the content script sent.
  const card = useMemo(() => {
    const { span, articleDate, mention, key } = m.card;
    return { ...cardData(span, articleDate, mention), key };
  }, [m.card]);
  // The frame is the card: the pointer entering or leaving it is the document's.
  useEffect(() => {
    const enter = () => send({ t: 'pointer', inside: true });
    const leave = () => send({ t: 'pointer', inside: false });
    const key = (e: KeyboardEvent) => e.key === 'Escape' && send({ t: 'close', refocusPage: true });
    document.documentElement.addEventListener('mouseenter', enter);
    document.documentElement.addEventListener('mouseleave', leave);
    document.addEventListener('keydown', key);
    return () => {
      document.documentElement.removeEventListener('mouseenter', enter);
      document.documentElement.removeEventListener('mouseleave', leave);
      document.removeEventListener('keydown', key);
    };
  }, [send]);
  // Opened from the keyboard: focus on the card itself, so it is read from its name down.
  useEffect(() => {
    if (m.focus) document.querySelector<HTMLElement>('[data-testid="entity-card"]')?.focus();
  }, [m]);
  return (
    <Card
      card={card}
      lang={m.lang}
      onStep={(delta) => send({ t: 'step', delta })}
      onClose={() => send({ t: 'close', refocusPage: true })}
      onNote={() => send({ t: 'note-mention' })}
    >
      <SeenIn entityKey={card.key} lang={m.lang} />
      <ReaderFacts card={card} lang={m.lang} onBusy={() => send({ t: 'touched' })} />
    </Card>
  );
}
