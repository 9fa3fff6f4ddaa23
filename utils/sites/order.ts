/**
 * Document order of a page's elements, computed once. Node.compareDocumentPosition would do, but
 * linkedom (the `detect` command's DOM) answers it wrongly across some sibling subtrees, and the
 * command must see pages as the browser does.
 */
import { all } from './page';

export class DocOrder {
  private readonly index = new Map<Element, number>();
  readonly elements: Element[];

  constructor(root: ParentNode) {
    this.elements = all(root, '*');
    this.elements.forEach((el, i) => this.index.set(el, i));
  }

  /** Position in document order, or -1 for an element outside the root. */
  of(el: Element): number {
    return this.index.get(el) ?? -1;
  }

  /** `b` starts after `a` starts, and is not inside it. */
  follows(b: Element, a: Element): boolean {
    const ia = this.of(a);
    const ib = this.of(b);
    return ia >= 0 && ib > ia && !a.contains(b);
  }
}
