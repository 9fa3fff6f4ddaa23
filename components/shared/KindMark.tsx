import type { EntityKind } from '../../utils/model';
import './kind-mark.css';

/** A kind's mark: a short line in the style of its underline on the page (solid, dashed, dotted). */
export function KindMark({ kind }: { kind: EntityKind }) {
  return <span class={`kind-mark ${kind}`} aria-hidden="true" />;
}
