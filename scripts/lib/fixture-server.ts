/**
 * Serves saved news pages at their real host names. Browsers reach it through a host mapping
 * (Chromium `--host-resolver-rules`) or an HTTP proxy setting (Firefox), so a request arrives
 * either as `GET /path` with `Host: vnexpress.net:PORT` or, through a proxy, as
 * `GET http://vnexpress.net/path`. Both are mapped to tests/fixtures/sites/<host>/<path>.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { SITES_DIR } from './fixtures';

/** What a request resolved to, handed to `edit` and `virtual` hooks. */
export interface FixtureRequest {
  host: string;
  /** URL path, decoded, without query string (always starts with '/'). */
  path: string;
  /** Query string including '?', or ''. */
  search: string;
}

export interface VirtualFile {
  body: string | Buffer;
  /** Content-Type; defaults from the request path's extension. */
  type?: string;
  status?: number;
}

/** Rewrites a page's text before it is sent; return undefined to leave it unchanged. */
export type EditHook = (req: FixtureRequest, body: string) => string | undefined;

export interface FixtureServerOptions {
  /** Directory holding one sub-directory per host. Default: tests/fixtures/sites. */
  root?: string;
  /** Extra hosts served from their own directory, e.g. {'hostile.vnexpress.net': '…/hostile'}. */
  mounts?: Record<string, string>;
  /** Generated responses, tried before files (e.g. a page made at run time). */
  virtual?: (req: FixtureRequest) => VirtualFile | undefined | Promise<VirtualFile | undefined>;
  /** See EditHook; can also be changed later with setEdit(). */
  edit?: EditHook;
  /** Print one line per request (debugging). */
  log?: boolean;
}

export interface FixtureServer {
  port: number;
  /** Host directories present under root, plus mounted hosts. */
  hosts: string[];
  /** http://host/path — the address a mapped browser should open. */
  url(host: string, pathname?: string): string;
  /** GET a fixture from Node as the browser would see it (fetch() cannot set Host). */
  fetchAs(host: string, pathname?: string): Promise<Response>;
  setEdit(hook: EditHook | undefined): void;
  /** Every request served so far, in order ("host/path status"). */
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
};

/**
 * News sites serve their pages under many extensions (.aspx, .vov, .tpo, .ldo, .epi, .vnp ...):
 * anything that is not a known asset type is a page.
 */
export function contentType(p: string): string {
  return TYPES[path.extname(p).toLowerCase()] ?? 'text/html; charset=utf-8';
}

function isHtml(type: string): boolean {
  return type.startsWith('text/html');
}

async function listHosts(root: string): Promise<string[]> {
  try {
    const entries = await readdir(root, { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** Parses origin-form and absolute-form (proxy) request targets alike. */
export function parseRequest(req: IncomingMessage): FixtureRequest {
  const target = req.url ?? '/';
  const absolute = /^https?:\/\//i.test(target);
  const u = new URL(absolute ? target : `http://${req.headers.host ?? 'localhost'}${target}`);
  let pathname: string;
  try {
    pathname = decodeURIComponent(u.pathname);
  } catch {
    pathname = u.pathname;
  }
  return { host: u.hostname.toLowerCase(), path: pathname, search: u.search };
}

function notFoundPage(req: FixtureRequest): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>404 Not Found</title></head>
<body><h1>404 Not Found</h1><p>No fixture for <code>${esc(req.host)}${esc(req.path)}</code>.</p></body></html>`;
}

export async function startFixtureServer(opts: FixtureServerOptions = {}): Promise<FixtureServer> {
  const root = path.resolve(opts.root ?? SITES_DIR);
  const mounts = Object.fromEntries(
    Object.entries(opts.mounts ?? {}).map(([h, d]) => [h.toLowerCase(), path.resolve(d)]),
  );
  let edit = opts.edit;
  const requests: string[] = [];

  /** Candidate files for a request, most specific first; all stay inside the host's directory. */
  function candidates(r: FixtureRequest): string[] {
    const hostDirs = mounts[r.host]
      ? [mounts[r.host]]
      : [r.host, r.host.startsWith('www.') ? r.host.slice(4) : `www.${r.host}`].map((h) => path.join(root, h));
    const out: string[] = [];
    for (const dir of hostDirs) {
      const file = path.join(dir, r.path);
      if (file !== dir && !file.startsWith(dir + path.sep)) continue; // ../ escapes
      if (r.path.endsWith('/')) out.push(path.join(file, 'index.html'));
      else out.push(file, path.join(file, 'index.html'), `${file}.html`);
    }
    return out;
  }

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const r = parseRequest(req);
    let status = 200;
    let type = contentType(r.path);
    let body: string | Buffer | undefined;

    const v = await opts.virtual?.(r);
    if (v) {
      body = v.body;
      status = v.status ?? 200;
      type = v.type ?? type;
    } else {
      for (const file of candidates(r)) {
        if (await isFile(file)) {
          body = await readFile(file);
          type = contentType(file);
          break;
        }
      }
    }
    if (body === undefined) {
      status = 404;
      type = TYPES['.html'];
      body = notFoundPage(r);
    }
    if (edit && isHtml(type)) {
      const edited = edit(r, body.toString('utf8'));
      if (edited !== undefined) body = edited;
    }
    requests.push(`${r.host}${r.path} ${status}`);
    if (opts.log) console.log(`[fixtures] ${req.method} ${r.host}${r.path} → ${status}`);
    res.writeHead(status, {
      'content-type': type,
      'cache-control': 'no-store',
      'content-length': Buffer.byteLength(body),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((req, res) => {
    respond(req, res).catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(err instanceof Error ? err.stack : err));
    });
  });
  // Browsers keep connections open; without this close() would wait for them.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const hosts = [...new Set([...(await listHosts(root)), ...Object.keys(mounts)])].sort();

  return {
    port,
    hosts,
    requests,
    url: (host, pathname = '/') => `http://${host}${pathname.startsWith('/') ? '' : '/'}${pathname}`,
    fetchAs: (host, pathname = '/') =>
      new Promise<Response>((resolve, reject) => {
        const rq = request({ host: '127.0.0.1', port, path: `http://${host}${pathname}` }, (rs) => {
          const chunks: Buffer[] = [];
          rs.on('data', (c: Buffer) => chunks.push(c));
          rs.on('end', () => {
            const headers = new Headers();
            for (const [k, v] of Object.entries(rs.headers)) if (typeof v === 'string') headers.set(k, v);
            resolve(new Response(Buffer.concat(chunks), { status: rs.statusCode ?? 500, headers }));
          });
        });
        rq.on('error', reject);
        rq.end();
      }),
    setEdit: (hook) => {
      edit = hook;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
