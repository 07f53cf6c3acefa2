/**
 * Just enough of the Source Map v3 format to say which source file and line a position of a built
 * server chunk came from, so a CPU profile of the production server names project modules rather
 * than Turbopack chunk hashes. No dependency: Base64 VLQ decoding and a per-line binary search.
 * Index maps (`sections`) are not followed; their positions stay unmapped.
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** Decodes one mapping segment ("AAgBC") into its signed integers. Throws on a bad character. */
export function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`invalid base64 VLQ character "${char}"`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value - 1) / 2 : value / 2);
    value = 0;
    shift = 0;
  }
  return values;
}

/** Where a generated position came from. */
export interface OriginalPosition {
  source: string;
  /** 0-based line in the source. */
  line: number;
}

/** A decoded source map answering "which source and line produced generated line:column?". */
export class SourceMapLookup {
  /** Per generated line: [column, source index, source line] triples, ascending by column. */
  private readonly lines: Array<Array<[number, number, number]>> = [];

  constructor(private readonly sources: readonly string[], mappings: string) {
    let sourceIndex = 0;
    let sourceLine = 0;
    for (const line of mappings.split(';')) {
      const segments: Array<[number, number, number]> = [];
      let column = 0;
      for (const text of line.split(',')) {
        if (text === '') continue;
        const fields = decodeVlq(text);
        column += fields[0] ?? 0;
        if (fields.length < 4) continue;
        sourceIndex += fields[1] ?? 0;
        sourceLine += fields[2] ?? 0;
        segments.push([column, sourceIndex, sourceLine]);
      }
      this.lines.push(segments);
    }
  }

  /** Parses a source map's JSON text; null for index maps and anything unreadable. */
  static parse(json: string): SourceMapLookup | null {
    try {
      const map = JSON.parse(json) as { sources?: unknown; mappings?: unknown };
      if (!Array.isArray(map.sources) || typeof map.mappings !== 'string') return null;
      return new SourceMapLookup(map.sources.map(String), map.mappings);
    } catch {
      return null;
    }
  }

  /** The original source and line of 0-based generated `line`, `column`, or null if unmapped. */
  lookup(line: number, column: number): OriginalPosition | null {
    const segments = this.lines[line];
    if (!segments || segments.length === 0) return null;
    let low = 0;
    let high = segments.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((segments[middle] as [number, number, number])[0] <= column) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    if (found === -1) return null;
    const segment = segments[found] as [number, number, number];
    const source = this.sources[segment[1]];
    return source === undefined ? null : { source, line: segment[2] };
  }
}

/**
 * A project-relative path for a source map's source: Turbopack writes "turbopack:///[project]/lib/x.ts"
 * or a relative "../../../lib/x.ts"; both become "lib/x.ts". Package sources keep "node_modules/…".
 */
export function projectPath(source: string): string {
  return source
    .replace(/^turbopack:\/\/\/(?:\[project\]\/)?/, '')
    .replace(/^webpack:\/\/[^/]*\//, '')
    .replace(/^(?:\.\.?\/)+/, '');
}
