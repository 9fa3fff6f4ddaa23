/**
 * axe-core run inside a real page or one of the extension's frames (its source injected through
 * the DevTools protocol, as the axe browser extensions do; no network). Returns the serious and
 * critical violations as readable lines; WCAG 2.x A and AA rules, plus the experimental check that
 * a control's accessible name contains its visible text (2.5.3).
 */
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

export const axeSource: string = createRequire(import.meta.url)('axe-core').source;

/** The rules run everywhere: WCAG 2.x A and AA, best practice, and 2.5.3 (label in name). */
export const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: { 'label-content-name-mismatch': { enabled: true } },
  resultTypes: ['violations'],
};

export interface AxeResult {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
  passes: unknown[];
}

export async function axeViolations(target: Page | Frame, where: string): Promise<string[]> {
  const loaded = await target.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await target.evaluate(axeSource);
  const result = (await target.evaluate(
    (opts) =>
      (
        window as unknown as {
          axe: { run(ctx: Document, opts: object): Promise<unknown> };
        }
      ).axe.run(document, opts),
    AXE_OPTIONS,
  )) as AxeResult;
  return seriousViolations(result, where);
}

/** The serious and critical violations of a run, one readable line each. */
export function seriousViolations(result: AxeResult, where: string): string[] {
  if (!result.passes) throw new Error(`axe did not run in ${where}`);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes
          .slice(0, 3)
          .map((n) => JSON.stringify(n.target))
          .join(', ')}`,
    );
}
