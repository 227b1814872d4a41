import type { CellValue } from "../grid";

/**
 * Cache a pure reading of cells: plans repeat the same few deadline and rating texts hundreds
 * of times. Only text is cached (keyed with its number format); other values are read each time.
 */
export function memoCells<T>(read: (value: CellValue, format: string | null) => T): (value: CellValue, format: string | null) => T {
  const cache = new Map<string, T>();
  return (value, format) => {
    if (typeof value !== "string") return read(value, format);
    const key = `${format ?? ""}\u0000${value}`;
    let hit = cache.get(key);
    if (hit === undefined) cache.set(key, (hit = read(value, format)));
    return hit;
  };
}

/** Cache a pure reading of text. */
export function memoText<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let hit = cache.get(text);
    if (hit === undefined) cache.set(text, (hit = read(text)));
    return hit;
  };
}
