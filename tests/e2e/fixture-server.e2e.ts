/** The fixture server on its own (no browser): host mapping, paths, types, 404s and edits. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { HOSTILE_HOST, hostileServerOptions } from '../fixtures/hostile/generate';

let root: string;
let server: FixtureServer;

/** A raw request in origin form, the way a browser behind --host-resolver-rules sends it. */
function get(hostHeader: string, target: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const rq = request({ host: '127.0.0.1', port: server.port, path: target, headers: { host: hostHeader } }, (rs) => {
      const chunks: Buffer[] = [];
      rs.on('data', (c: Buffer) => chunks.push(c));
      rs.on('end', () =>
        resolve({
          status: rs.statusCode ?? 0,
          type: String(rs.headers['content-type']),
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    rq.on('error', reject);
    rq.end();
  });
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'vna-fixtures-'));
  await mkdir(path.join(root, 'vnexpress.net/thoi-su'), { recursive: true });
  await mkdir(path.join(root, 'tuoitre.vn'), { recursive: true });
  await writeFile(path.join(root, 'vnexpress.net/index.html'), '<title>Trang chủ VnExpress</title>');
  await writeFile(path.join(root, 'vnexpress.net/thoi-su/bai-1234.html'), '<p>Bộ Chính trị họp.</p>');
  await writeFile(path.join(root, 'vnexpress.net/thoi-su/no-extension'), '<p>Quốc hội</p>');
  await writeFile(path.join(root, 'vnexpress.net/style.css'), 'p{color:red}');
  await writeFile(path.join(root, 'vnexpress.net/logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(path.join(root, 'tuoitre.vn/index.html'), '<title>Tuổi Trẻ</title>');
  await writeFile(path.join(root, 'secret.txt'), 'outside any host');
  server = await startFixtureServer({ root, ...hostileServerOptions(2_000) });
});

afterAll(async () => {
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('fixture server', () => {
  it('lists the host directories and mounted hosts', () => {
    expect(server.hosts).toEqual([HOSTILE_HOST, 'tuoitre.vn', 'vnexpress.net']);
    expect(server.port).toBeGreaterThan(0);
    expect(server.url('vnexpress.net', '/a.html')).toBe('http://vnexpress.net/a.html');
  });

  it('picks the directory from the Host header, ignoring its port', async () => {
    const a = await get(`vnexpress.net:${server.port}`, '/');
    const b = await get('tuoitre.vn', '/');
    expect(a.body).toContain('Trang chủ VnExpress');
    expect(b.body).toContain('Tuổi Trẻ');
    expect(a.type).toBe('text/html; charset=utf-8');
  });

  it('accepts proxy-style absolute request targets (Firefox through a proxy)', async () => {
    const r = await get('ignored.example', 'http://vnexpress.net/thoi-su/bai-1234.html?utm_source=x');
    expect(r.status).toBe(200);
    expect(r.body).toBe('<p>Bộ Chính trị họp.</p>');
    expect(await (await server.fetchAs('www.vnexpress.net', '/thoi-su/bai-1234.html')).text()).toContain(
      'Bộ Chính trị',
    );
  });

  it('sends content types by extension, html for files without one', async () => {
    expect((await get('vnexpress.net', '/thoi-su/no-extension')).type).toBe('text/html; charset=utf-8');
    expect((await get('vnexpress.net', '/style.css')).type).toBe('text/css; charset=utf-8');
    expect((await get('vnexpress.net', '/logo.png')).type).toBe('image/png');
  });

  it('answers 404 with a page for missing files, unknown hosts and escapes', async () => {
    for (const [host, p] of [
      ['vnexpress.net', '/khong-co.html'],
      ['unknown.example', '/'],
      ['vnexpress.net', '/../secret.txt'],
      ['vnexpress.net', '/%2e%2e/secret.txt'],
      ['vnexpress.net', '/..%2fsecret.txt'],
    ]) {
      const r = await get(host, p);
      expect(r.status, `${host}${p}`).toBe(404);
      expect(r.body).toContain('404');
      expect(r.body).not.toContain('outside any host');
    }
  });

  it('serves an edited page while an edit hook is set, the saved one after', async () => {
    server.setEdit((r, body) => (r.path.endsWith('bai-1234.html') ? body.replace('họp', 'họp bất thường') : undefined));
    expect((await get('vnexpress.net', '/thoi-su/bai-1234.html')).body).toBe('<p>Bộ Chính trị họp bất thường.</p>');
    expect((await get('tuoitre.vn', '/')).body).toContain('Tuổi Trẻ');
    server.setEdit(undefined);
    expect((await get('vnexpress.net', '/thoi-su/bai-1234.html')).body).toBe('<p>Bộ Chính trị họp.</p>');
  });

  it('serves the hostile page with its generated bulk and its static frame', async () => {
    const page = await get(HOSTILE_HOST, '/');
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('<!--vna:bulk-->');
    expect(page.body.match(/<p>Đoạn \d+:/g)?.length).toBe(400);
    expect((await get(HOSTILE_HOST, '/frame.html')).body).toContain('Khung cùng nguồn');
  });
});
