/**
 * Reads a V8 .cpuprofile (what `node --cpu-prof` writes) into the figures that say where a page's
 * CPU goes: time per function, self (its own code) and inclusive (with what it called, each
 * sample counted once per function however deep the recursion), and time per source file. Pure.
 */

export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileRow {
  name: string;
  ms: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Time in idle, garbage collection and the program root, which no function owns. */
  idleMs: number;
  gcMs: number;
  selfByFunction: ProfileRow[];
  inclusiveByFunction: ProfileRow[];
  selfByFile: ProfileRow[];
}

const SYSTEM_NODES = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/** Short, stable label of a call frame: function name and the file path from its last `node_modules/` or `.next*` folder on. */
export function frameLabel(frame: { functionName: string; url: string; lineNumber: number }): string {
  return `${frame.functionName || '(anonymous)'} ${shortFile(frame.url)}:${frame.lineNumber + 1}`;
}

export function shortFile(url: string): string {
  if (!url) return '(native)';
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('node_modules/');
  if (modules >= 0) return path.slice(modules + 'node_modules/'.length);
  const build = path.search(/\/\.next[^/]*\//);
  if (build >= 0) return path.slice(build + 1);
  const parts = path.split('/');
  return parts.slice(-3).join('/');
}

const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
const top = (map: Map<string, number>, n: number): ProfileRow[] =>
  [...map.entries()]
    .map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10 }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, n);

export function summarizeProfile(profile: CpuProfile, rows = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  let idle = 0;
  let gc = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const us = profile.timeDeltas[i] ?? 0;
    const node = byId.get(profile.samples[i]);
    if (!node) continue;
    total += us;
    const name = node.callFrame.functionName;
    if (name === '(idle)' || name === '(program)' || name === '(root)') {
      idle += us;
      continue;
    }
    if (name === '(garbage collector)') gc += us;
    add(self, frameLabel(node.callFrame), us);
    add(files, shortFile(node.callFrame.url), us);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!.callFrame;
      if (SYSTEM_NODES.has(frame.functionName)) continue;
      const label = frameLabel(frame);
      if (seen.has(label)) continue;
      seen.add(label);
      add(inclusive, label, us);
    }
  }
  const ms = (us: number) => Math.round(us / 100) / 10;
  return {
    totalMs: ms(total),
    idleMs: ms(idle),
    gcMs: ms(gc),
    selfByFunction: top(self, rows),
    inclusiveByFunction: top(inclusive, rows),
    selfByFile: top(files, rows),
  };
}
