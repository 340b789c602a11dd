/**
 * Plain-text tables for terminal reports: columns padded to their widest cell, numbers right-aligned,
 * cells wider than a column's limit wrapped on spaces (or after ", ") onto continuation lines.
 */
export interface Column {
  header: string;
  align?: "left" | "right";
  /** Wrap cells longer than this (left-aligned columns only). */
  max?: number;
}

/** Splits text into lines of at most `width` characters, breaking at spaces; long words are cut. */
export function wrap(text: string, width: number): string[] {
  if (text.length <= width) return [text];
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    let w = word;
    while (w.length > width) {
      if (current) {
        lines.push(current);
        current = "";
      }
      lines.push(w.slice(0, width));
      w = w.slice(width);
    }
    if (!current) current = w;
    else if (current.length + 1 + w.length <= width) current += ` ${w}`;
    else {
      lines.push(current);
      current = w;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/** Renders rows under a header line; every line is indented by `indent` and trailing spaces removed. */
export function renderTable(columns: readonly Column[], rows: readonly string[][], indent = ""): string[] {
  const cells = rows.map((r) => columns.map((c, i) => (c.max ? wrap(r[i] ?? "", c.max) : [r[i] ?? ""])));
  const widths = columns.map((c, i) =>
    Math.max(c.header.length, ...cells.map((r) => Math.max(...r[i]!.map((l) => l.length)))),
  );
  const line = (parts: string[]) =>
    (
      indent +
      parts
        .map((p, i) => (columns[i]!.align === "right" ? p.padStart(widths[i]!) : p.padEnd(widths[i]!)))
        .join("  ")
    ).trimEnd();
  const out = [line(columns.map((c) => c.header))];
  for (const r of cells) {
    const height = Math.max(...r.map((c) => c.length));
    for (let k = 0; k < height; k++) out.push(line(r.map((c) => c[k] ?? "")));
  }
  return out;
}
