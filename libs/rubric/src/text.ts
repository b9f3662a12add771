/** How labels and names are compared: case and spacing do not make two labels different. */
export const labelKey = (label: string): string => label.trim().replace(/\s+/g, ' ').toLowerCase();

export const cleanLabel = (label: string): string => label.trim().replace(/\s+/g, ' ');

/** Keeps the first of each value, compared by labelKey; drops blanks. */
export function uniqueLabels(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const clean = cleanLabel(value);
    const key = labelKey(clean);
    if (clean.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(clean);
  }
  return out;
}

export const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];
