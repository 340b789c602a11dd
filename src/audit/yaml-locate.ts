/**
 * Source positions inside a parsed YAML document (the `yaml` package's nodes and LineCounter). A key
 * path points at the key that holds it (`replicas:`), an index at the sequence item; a missing key at its
 * deepest existing parent.
 */
import { isMap, isScalar, isSeq, type LineCounter, type Node } from "yaml";
import type { KeyPath } from "./facts.js";

export function yamlOffset(root: unknown, path: KeyPath): number {
  let node = root as Node | null | undefined;
  let shown = node?.range?.[0] ?? 0;
  for (const seg of path) {
    if (!node) break;
    if (typeof seg === "number") {
      if (!isSeq(node)) break;
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      node = item;
      shown = item.range?.[0] ?? shown;
    } else {
      if (!isMap(node)) break;
      const pair = node.items.find((p) => {
        const k = p.key;
        return isScalar(k) ? String(k.value) === seg : k === seg;
      });
      if (!pair) break;
      const key = pair.key as Node | null;
      shown = key?.range?.[0] ?? shown;
      node = pair.value as Node | null;
    }
  }
  return shown;
}

export function yamlPosition(lineCounter: LineCounter, offset: number): { line: number; column: number } {
  const p = lineCounter.linePos(offset);
  return { line: p.line, column: p.col };
}
