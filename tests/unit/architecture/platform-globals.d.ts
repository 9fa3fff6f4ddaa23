/**
 * The only globals a pure module may use: the few that Node and every browser share. Used by the
 * architecture test's compile of the pure folders in place of the DOM and Node type libraries, so
 * `document`, `window`, `browser`, `indexedDB` or `process` there fail to compile.
 */
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly origin: string;
  href: string;
  protocol: string;
  host: string;
  hostname: string;
  port: string;
  pathname: string;
  search: string;
  hash: string;
  username: string;
  password: string;
  readonly searchParams: URLSearchParams;
  toString(): string;
}
interface URLSearchParams {
  append(name: string, value: string): void;
  delete(name: string): void;
  forEach(fn: (value: string, key: string) => void): void;
  get(name: string): string | null;
  has(name: string): boolean;
  keys(): IterableIterator<string>;
  set(name: string, value: string): void;
  toString(): string;
  [Symbol.iterator](): IterableIterator<[string, string]>;
}
interface AbortSignal {
  readonly aborted: boolean;
  throwIfAborted(): void;
}
declare function setTimeout(handler: (...args: unknown[]) => void, ms?: number): unknown;
declare function clearTimeout(id: unknown): void;
declare function atob(data: string): string;
declare function btoa(data: string): string;
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
