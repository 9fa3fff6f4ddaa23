/**
 * Whether the reader's last input in this frame was the keyboard: what they pick with Enter
 * (an entity in the panel) opens with focus in it, what they click opens without taking it.
 */
let keyboard = false;

/** Starts following the frame's input; returns the stop. */
export function trackInputMode(doc: Document = document): () => void {
  const key = () => {
    keyboard = true;
  };
  const pointer = () => {
    keyboard = false;
  };
  doc.addEventListener('keydown', key, true);
  doc.addEventListener('pointerdown', pointer, true);
  return () => {
    doc.removeEventListener('keydown', key, true);
    doc.removeEventListener('pointerdown', pointer, true);
  };
}

export const usedKeyboard = () => keyboard;
