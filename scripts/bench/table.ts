/** Plain-text tables and number formats for the bench's human-readable report. */

/**
 * Renders rows as a space-aligned table under a header and a rule. Columns whose header starts
 * with a space-free right marker (`>`) are right-aligned (numbers); the marker is not printed.
 */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const right = headers.map((header) => header.startsWith('>'));
  const names = headers.map((header) => (header.startsWith('>') ? header.slice(1) : header));
  const widths = names.map((name, column) =>
    Math.max(name.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return right[column] ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(names), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** Milliseconds with precision that suits their size: 0.0123, 1.234, 123.4. */
export function ms(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return '–';
  if (value < 0.1) return value.toFixed(4);
  if (value < 10) return value.toFixed(3);
  if (value < 100) return value.toFixed(1);
  return value.toFixed(0);
}

/** A ratio such as 0.42×. */
export function times(value: number | null | undefined): string {
  return value == null || !Number.isFinite(value) ? '–' : `${value.toFixed(value < 0.01 ? 4 : 2)}×`;
}

/** Bytes as kB (1 kB = 1,000 bytes, the unit the budget is read in). */
export function kB(bytes: number | null | undefined): string {
  return bytes == null || !Number.isFinite(bytes) ? '–' : `${(bytes / 1000).toFixed(1)} kB`;
}

/** An integer with thousands separators. */
export function count(value: number | null | undefined): string {
  return value == null || !Number.isFinite(value) ? '–' : Math.round(value).toLocaleString('en-US');
}

/** A share 0..1 as a percentage. */
export function percent(share: number | null | undefined): string {
  return share == null || !Number.isFinite(share) ? '–' : `${(share * 100).toFixed(1)}%`;
}
