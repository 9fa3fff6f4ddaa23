/** Browser plumbing for the page benchmark: extension snapshot, a plain browser, CDP helpers. */
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BASE_CHROMIUM_ARGS, findChromium, hostResolverRules } from '../lib/chromium';
import type { FixtureServer } from '../lib/fixture-server';

/**
 * Copies the built extension to a temp dir: other people rebuild .output in this checkout, and a
 * rebuild in the middle of a run would otherwise change (or remove) what Chromium loads.
 */
export async function snapshotExtension(dir: string): Promise<{ dir: string; remove(): Promise<void> }> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'vna-bench-ext-'));
  await cp(dir, tmp, { recursive: true });
  return { dir: tmp, remove: () => rm(tmp, { recursive: true, force: true }) };
}

/** The same Chromium and host mapping as the harness, without any extension (the heap baseline). */
export async function launchPlain(server: FixtureServer): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'vna-bench-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...BASE_CHROMIUM_ARGS, `--host-resolver-rules=${hostResolverRules(server.port, server.hosts)}`],
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    },
  };
}

interface ContextDescription {
  id: number;
  name: string;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean };
}

/** The execution context id of the extension's content script (its isolated world) in `page`. */
export async function contentScriptContext(cdp: CDPSession): Promise<number | undefined> {
  const seen: ContextDescription[] = [];
  const onCreated = (e: { context: ContextDescription }) => seen.push(e.context);
  cdp.on('Runtime.executionContextCreated', onCreated);
  // Runtime.enable reports every existing context before it returns.
  await cdp.send('Runtime.enable');
  cdp.off('Runtime.executionContextCreated', onCreated);
  return seen.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'))?.id;
}

/** Evaluates an expression (awaiting a promise) in a given context and returns its value. */
export async function evalIn<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const r = (await cdp.send('Runtime.evaluate', {
    contextId,
    expression,
    awaitPromise: true,
    returnByValue: true,
  })) as {
    result: { value?: T };
    exceptionDetails?: { text: string; exception?: { description?: string } };
  };
  if (r.exceptionDetails)
    throw new Error(`${r.exceptionDetails.text} ${r.exceptionDetails.exception?.description ?? ''}`);
  return r.result.value as T;
}

/** Waits for the content script's last mark; throws with what the page had otherwise. */
export async function waitForDrawn(page: Page, timeout = 20_000): Promise<void> {
  try {
    await page.waitForFunction(() => performance.getEntriesByName('vna:drawn').length > 0, null, {
      timeout,
      polling: 20,
    });
  } catch (err) {
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name)).catch(() => []);
    throw new Error(
      `No 'vna:drawn' mark on ${page.url()} within ${timeout} ms (marks: ${marks.join(', ') || 'none'}). Was the extension built from a tree with the performance marks?`,
      { cause: err },
    );
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
