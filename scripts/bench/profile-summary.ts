/**
 * Summary of a V8 CPU profile of the analyzer: by the analyzer module that owns each sample (the
 * innermost lib/analyzer frame on its stack, so a compromise `match` called from a check counts
 * for that check) and by what code ran (compromise, the analyzer's own code, garbage collection,
 * the rest). Pure, so the attribution rules are unit-tested.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(__dirname, '../..');

/** The subset of V8's Profiler.Profile the summary reads. */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    hitCount?: number;
    children?: number[];
  }>;
  startTime: number;
  endTime: number;
  samples?: number[];
}

/** What kind of code a sample was executing. */
export type CodeKind = 'compromise' | 'analyzer' | 'gc' | 'other';

/** One analyzer module's share of the profile. */
export interface StageShare {
  /** Project-relative file of the innermost analyzer frame, or a label for samples outside it. */
  stage: string;
  /** Share of all samples, 0..1. */
  share: number;
  /** Milliseconds per analysis this stage accounts for. */
  msPerAnalysis: number;
  /** Share of this stage's samples spent inside compromise, 0..1. */
  inCompromise: number;
}

/** A summary of one profiled loop of analyses. */
export interface ProfileSummary {
  analyses: number;
  durationMs: number;
  msPerAnalysis: number;
  byKind: Record<CodeKind, number>;
  byStage: StageShare[];
  /** Hottest functions by self time, each with the caller that accounts for most of it. */
  topFunctions: Array<{ name: string; where: string; share: number; caller: string }>;
}

function kindOf(frame: { functionName: string; url: string }): CodeKind {
  if (frame.url.includes('/node_modules/compromise/')) return 'compromise';
  if (frame.url.includes('/lib/analyzer/')) return 'analyzer';
  if (frame.functionName === '(garbage collector)') return 'gc';
  return 'other';
}

// Project files run through tsx's on-the-fly transform, so V8's line numbers for them point into
// the transformed code, not the source: name the file only. Packages run as shipped: keep lines.
function where(url: string, line: number): string {
  if (url === '') return '(native)';
  const path = url.startsWith('file:') ? fileURLToPath(url) : url;
  if (!path.startsWith(ROOT)) return `${path}:${line + 1}`;
  const local = relative(ROOT, path);
  return local.startsWith('node_modules/') ? `${local}:${line + 1}` : local;
}

/**
 * Summarizes a CPU profile: shares by code kind, by owning analyzer module, and the top functions
 * by self time. `analyses` is how many analyses ran while profiling.
 */
export function summarizeProfile(profile: CpuProfile, analyses: number, topCount = 12): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const ownerCache = new Map<number, string>();
  const ownerOf = (id: number): string => {
    const cached = ownerCache.get(id);
    if (cached !== undefined) return cached;
    const node = byId.get(id);
    let owner: string;
    if (!node) owner = '(unknown)';
    else if (node.callFrame.url.includes('/lib/analyzer/')) owner = where(node.callFrame.url, 0);
    else if (node.callFrame.functionName === '(garbage collector)') owner = '(garbage collector)';
    else {
      const up = parent.get(id);
      owner = up === undefined ? '(outside the analyzer)' : ownerOf(up);
    }
    ownerCache.set(id, owner);
    return owner;
  };

  const hits = new Map<number, number>();
  let total = 0;
  for (const node of profile.nodes) {
    if (node.callFrame.functionName === '(idle)') continue;
    const count = node.hitCount ?? 0;
    if (count === 0) continue;
    hits.set(node.id, count);
    total += count;
  }
  const durationMs = (profile.endTime - profile.startTime) / 1000;
  const msPerHit = total === 0 ? 0 : durationMs / total;

  const byKind: Record<CodeKind, number> = { compromise: 0, analyzer: 0, gc: 0, other: 0 };
  const stages = new Map<string, { hits: number; compromise: number }>();
  const functions = new Map<string, { name: string; where: string; hits: number; callers: Map<string, number> }>();
  for (const [id, count] of hits) {
    const node = byId.get(id);
    if (!node) continue;
    const kind = kindOf(node.callFrame);
    byKind[kind] += count;
    const stage = stages.get(ownerOf(id)) ?? { hits: 0, compromise: 0 };
    stage.hits += count;
    if (kind === 'compromise') stage.compromise += count;
    stages.set(ownerOf(id), stage);
    const at = where(node.callFrame.url, node.callFrame.lineNumber);
    const name = node.callFrame.functionName || '(anonymous)';
    const key = `${name}@${at}`;
    const fn = functions.get(key) ?? { name, where: at, hits: 0, callers: new Map<string, number>() };
    fn.hits += count;
    const up = byId.get(parent.get(id) ?? -1);
    const caller = up ? `${up.callFrame.functionName || '(anonymous)'} (${where(up.callFrame.url, up.callFrame.lineNumber)})` : '–';
    fn.callers.set(caller, (fn.callers.get(caller) ?? 0) + count);
    functions.set(key, fn);
  }
  const share = (count: number) => (total === 0 ? 0 : count / total);
  return {
    analyses,
    durationMs,
    msPerAnalysis: analyses === 0 ? Number.NaN : durationMs / analyses,
    byKind: {
      compromise: share(byKind.compromise),
      analyzer: share(byKind.analyzer),
      gc: share(byKind.gc),
      other: share(byKind.other),
    },
    byStage: [...stages.entries()]
      .map(([stage, counts]) => ({
        stage,
        share: share(counts.hits),
        msPerAnalysis: analyses === 0 ? Number.NaN : (counts.hits * msPerHit) / analyses,
        inCompromise: counts.hits === 0 ? 0 : counts.compromise / counts.hits,
      }))
      .sort((a, b) => b.share - a.share),
    topFunctions: [...functions.values()]
      .sort((a, b) => b.hits - a.hits)
      .slice(0, topCount)
      .map((fn) => ({
        name: fn.name,
        where: fn.where,
        share: share(fn.hits),
        caller: [...fn.callers.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '–',
      })),
  };
}
