/**
 * Summary of a V8 CPU profile: by the project module that owns each sample (the innermost frame
 * of project code on its stack, so a compromise `match` called from a check counts for that check)
 * and by what kind of code ran (compromise, the analyzer, other project code, Next, garbage
 * collection, the rest). Pure, so the attribution rules are unit-tested; where a frame's code lives
 * is asked of a `locate` function (a path for tsx-run sources, a source map for built chunks).
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(__dirname, '../..');

/** The subset of V8's Profiler.Profile the summary reads. */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: CallFrame;
    hitCount?: number;
    children?: number[];
  }>;
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** A V8 call frame. Lines and columns are 0-based. */
export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber?: number;
}

/** What kind of code a sample was executing. */
export type CodeKind = 'compromise' | 'analyzer' | 'project' | 'next' | 'gc' | 'other';

/** Where a frame's code lives: a project-relative path (or URL) and a 1-based line, if known. */
export interface Location {
  file: string;
  line: number | null;
}

/** One project module's share of the profile. */
export interface StageShare {
  /** Project-relative file of the innermost owning frame, or a label for samples outside them. */
  stage: string;
  /** Share of all busy samples, 0..1. */
  share: number;
  /** Milliseconds per unit of work (analysis or request) this stage accounts for. */
  msPerUnit: number;
  /** Share of this stage's samples spent inside compromise, 0..1. */
  inCompromise: number;
}

/** A summary of one profile. */
export interface ProfileSummary {
  /** Units of work done while profiling (analyses, requests). */
  units: number;
  /** Busy (non-idle) milliseconds. */
  busyMs: number;
  msPerUnit: number;
  byKind: Record<CodeKind, number>;
  byStage: StageShare[];
  /** Hottest functions by self time, each with the caller that accounts for most of it. */
  topFunctions: Array<{ name: string; where: string; share: number; caller: string }>;
}

/** How to read a profile. */
export interface SummaryOptions {
  /** Where a frame's code lives (default: its URL, project-relative; line kept for packages only). */
  locate?: (frame: CallFrame) => Location;
  /** Which located files own samples (default: the analyzer's modules). */
  owns?: (file: string) => boolean;
  /** Only samples taken within [start, end] (µs, the profile's clock) count; default: all. */
  window?: { start: number; end: number };
  topCount?: number;
}

/**
 * The default `locate`: project files run through tsx's on-the-fly transform, so V8's line numbers
 * for them point into transformed code: name the file only. Packages run as shipped: keep lines.
 */
export function locateByUrl(frame: CallFrame): Location {
  if (frame.url === '') return { file: '(native)', line: null };
  const path = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
  if (!path.startsWith(ROOT)) return { file: path, line: frame.lineNumber + 1 };
  const local = relative(ROOT, path);
  return local.includes('node_modules/') ? { file: local, line: frame.lineNumber + 1 } : { file: local, line: null };
}

/** True for the analyzer's own modules. */
export const isAnalyzerModule = (file: string): boolean => file.startsWith('lib/analyzer/');

function kindOf(frame: CallFrame, file: string): CodeKind {
  if (frame.functionName === '(garbage collector)') return 'gc';
  if (file.includes('node_modules/compromise/')) return 'compromise';
  if (file.startsWith('lib/analyzer/')) return 'analyzer';
  if (/^(?:lib|app|components)\//.test(file) || file === 'proxy.ts') return 'project';
  if (file.includes('node_modules/next/')) return 'next';
  return 'other';
}

const show = (location: Location) => (location.line === null ? location.file : `${location.file}:${location.line}`);

/** Busy sample counts per node: from `samples` within the window, else from `hitCount`. */
function sampleCounts(profile: CpuProfile, window: SummaryOptions['window']): Map<number, number> {
  const counts = new Map<number, number>();
  if (window && profile.samples && profile.timeDeltas) {
    let time = profile.startTime;
    profile.samples.forEach((id, index) => {
      time += profile.timeDeltas?.[index] ?? 0;
      if (time >= window.start && time <= window.end) counts.set(id, (counts.get(id) ?? 0) + 1);
    });
    return counts;
  }
  for (const node of profile.nodes) if (node.hitCount) counts.set(node.id, node.hitCount);
  return counts;
}

/**
 * Summarizes a CPU profile: shares by kind of code, by owning module, and the top functions by
 * self time. `units` is how much work (analyses, requests) was done in the profiled span.
 */
export function summarizeProfile(profile: CpuProfile, units: number, options: SummaryOptions = {}): ProfileSummary {
  const locate = options.locate ?? locateByUrl;
  const owns = options.owns ?? isAnalyzerModule;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const locations = new Map<number, Location>();
  const locationOf = (id: number): Location => {
    let location = locations.get(id);
    if (!location) {
      const node = byId.get(id);
      location = node ? locate(node.callFrame) : { file: '(unknown)', line: null };
      locations.set(id, location);
    }
    return location;
  };

  const ownerCache = new Map<number, string>();
  const ownerOf = (id: number): string => {
    const cached = ownerCache.get(id);
    if (cached !== undefined) return cached;
    const node = byId.get(id);
    let owner: string;
    if (!node) owner = '(unknown)';
    else if (node.callFrame.functionName === '(garbage collector)') owner = '(garbage collector)';
    else if (owns(locationOf(id).file)) owner = locationOf(id).file;
    else {
      const up = parent.get(id);
      owner = up === undefined ? '(outside)' : ownerOf(up);
    }
    ownerCache.set(id, owner);
    return owner;
  };

  const counts = sampleCounts(profile, options.window);
  let total = 0;
  for (const [id, count] of counts) {
    if (byId.get(id)?.callFrame.functionName === '(idle)') counts.delete(id);
    else total += count;
  }
  const allSamples = profile.samples?.length ?? [...profile.nodes].reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const msPerSample = allSamples === 0 ? 0 : (profile.endTime - profile.startTime) / 1000 / allSamples;
  const busyMs = total * msPerSample;

  const byKind: Record<CodeKind, number> = { compromise: 0, analyzer: 0, project: 0, next: 0, gc: 0, other: 0 };
  const stages = new Map<string, { hits: number; compromise: number }>();
  const functions = new Map<string, { name: string; where: string; hits: number; callers: Map<string, number> }>();
  for (const [id, count] of counts) {
    const node = byId.get(id);
    if (!node) continue;
    const location = locationOf(id);
    const kind = kindOf(node.callFrame, location.file);
    byKind[kind] += count;
    const owner = ownerOf(id);
    const stage = stages.get(owner) ?? { hits: 0, compromise: 0 };
    stage.hits += count;
    if (kind === 'compromise') stage.compromise += count;
    stages.set(owner, stage);
    const name = node.callFrame.functionName || '(anonymous)';
    const key = `${name}@${show(location)}`;
    const fn = functions.get(key) ?? { name, where: show(location), hits: 0, callers: new Map<string, number>() };
    fn.hits += count;
    const up = parent.get(id);
    const upNode = up === undefined ? undefined : byId.get(up);
    const caller = upNode && up !== undefined ? `${upNode.callFrame.functionName || '(anonymous)'} (${show(locationOf(up))})` : '–';
    fn.callers.set(caller, (fn.callers.get(caller) ?? 0) + count);
    functions.set(key, fn);
  }
  const share = (count: number) => (total === 0 ? 0 : count / total);
  const perUnit = (count: number) => (units === 0 ? Number.NaN : (count * msPerSample) / units);
  return {
    units,
    busyMs,
    msPerUnit: units === 0 ? Number.NaN : busyMs / units,
    byKind: {
      compromise: share(byKind.compromise),
      analyzer: share(byKind.analyzer),
      project: share(byKind.project),
      next: share(byKind.next),
      gc: share(byKind.gc),
      other: share(byKind.other),
    },
    byStage: [...stages.entries()]
      .map(([stage, hits]) => ({
        stage,
        share: share(hits.hits),
        msPerUnit: perUnit(hits.hits),
        inCompromise: hits.hits === 0 ? 0 : hits.compromise / hits.hits,
      }))
      .sort((a, b) => b.share - a.share),
    topFunctions: [...functions.values()]
      .sort((a, b) => b.hits - a.hits)
      .slice(0, options.topCount ?? 12)
      .map((fn) => ({
        name: fn.name,
        where: fn.where,
        share: share(fn.hits),
        caller: [...fn.callers.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '–',
      })),
  };
}
