/**
 * One page load under the V8 sampling profiler (CDP Profiler, 100 µs), reduced to where the
 * content script spends its time: inclusive time of its pipeline steps and the top functions by
 * self time, over samples whose stack is inside the content script's bundle.
 */
import type { BrowserContext } from 'playwright-core';
import { sleep, waitForDrawn } from './browser';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Profiles one load of `url`; `warmUrl` (same site) is opened first so the tab keeps its renderer. */
export async function profileLoad(context: BrowserContext, warmUrl: string, url: string): Promise<CpuProfile> {
  const page = await context.newPage();
  try {
    await page.goto(warmUrl, { waitUntil: 'load' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await waitForDrawn(page);
    await sleep(300);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    return profile;
  } finally {
    await page.close();
  }
}

export interface ProfileSummary {
  /** ms of samples with a content-script frame on the stack. */
  totalMs: number;
  steps: { name: string; ms: number }[];
  top: { name: string; ms: number }[];
}

/**
 * Steps are matched by function name in the (unminified) bundle. "a>b" counts b only with a below
 * it on the stack; "a!b" counts a without b above it.
 */
export function summarise(profile: CpuProfile, scriptUrlPart: string, steps: string[], topN = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (f: CallFrame) => {
    if (!f.url) return f.functionName || '(anonymous)';
    const file = f.url.split('/').pop();
    return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
  };

  const self = new Map<string, number>();
  const incl = new Map<string, number>(steps.map((s) => [s, 0]));
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const stack: CallFrame[] = [];
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) stack.push(byId.get(n)!.callFrame);
    if (!stack.some((f) => f.url.includes(scriptUrlPart))) return;
    total += dt;
    const top = label(stack[0]);
    self.set(top, (self.get(top) ?? 0) + dt);
    const own = stack.filter((f) => f.url.includes(scriptUrlPart)).map((f) => f.functionName);
    const names = new Set(own);
    for (const s of steps) if (stepHolds(s, own, names)) incl.set(s, incl.get(s)! + dt);
  });
  return {
    totalMs: total,
    steps: steps.map((name) => ({ name, ms: incl.get(name)! })),
    top: [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, topN)
      .map(([name, ms]) => ({ name, ms })),
  };
}

/** `own` is the stack's content-script frames, innermost first. */
function stepHolds(step: string, own: string[], names: Set<string>): boolean {
  const nested = step.split('>');
  if (nested.length === 2) {
    const inner = own.indexOf(nested[1]);
    return inner >= 0 && own.indexOf(nested[0], inner + 1) > inner;
  }
  const [a, b] = step.split('!');
  if (b === undefined) return names.has(a);
  const outer = own.indexOf(a);
  return outer >= 0 && !own.slice(0, outer).includes(b);
}
