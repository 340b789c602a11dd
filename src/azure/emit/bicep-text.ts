/** Bicep literal syntax: strings, keys, and multi-line objects and arrays. */

export function bicepString(s: string): string {
  return `'${s
    .replace(/\\/g, "\\\\")
    .replace(/'/g, "\\'")
    .replace(/\$\{/g, "\\${")
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t")}'`;
}

/** An interpolated string from literal parts and expressions. */
export function bicepInterpolation(parts: ({ text: string } | { expr: string })[]): string {
  let out = "'";
  for (const p of parts) {
    if ("text" in p) out += bicepString(p.text).slice(1, -1);
    else out += `\${${p.expr}}`;
  }
  return out + "'";
}

export function bicepKey(k: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : bicepString(k);
}

export function bicepObject(entries: [string, string][], indent: string): string {
  if (entries.length === 0) return "{}";
  const inner = indent + "  ";
  return `{\n${entries.map(([k, v]) => `${inner}${k}: ${v}`).join("\n")}\n${indent}}`;
}

export function bicepArray(items: string[], indent: string): string {
  if (items.length === 0) return "[]";
  const inner = indent + "  ";
  return `[\n${items.map((v) => `${inner}${v}`).join("\n")}\n${indent}]`;
}
