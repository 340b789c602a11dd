/** Kubernetes label selectors: `matchLabels` plus `matchExpressions`, and plain Service selectors. */
import { arrAt, isObj, objAt, strAt, stringMap } from "./pod.js";

export interface LabelSelector {
  matchLabels: Record<string, string>;
  matchExpressions: { key: string; operator: string; values: string[] }[];
}

/** Parses a `LabelSelector` object; undefined when absent or not an object. */
export function parseSelector(v: unknown): LabelSelector | undefined {
  const o = objAt(v);
  if (!o) return undefined;
  const matchExpressions = arrAt(o.matchExpressions)
    .filter(isObj)
    .map((e) => ({
      key: strAt(e.key) ?? "",
      operator: strAt(e.operator) ?? "",
      values: arrAt(e.values).filter((x): x is string => typeof x === "string"),
    }));
  return { matchLabels: stringMap(o.matchLabels), matchExpressions };
}

/** A plain map selector (Service `spec.selector`) as a label selector. */
export function mapSelector(v: unknown): LabelSelector | undefined {
  const labels = stringMap(v);
  return hasKeys(labels) ? { matchLabels: labels, matchExpressions: [] } : undefined;
}

export function isEmptySelector(s: LabelSelector): boolean {
  return s.matchExpressions.length === 0 && !hasKeys(s.matchLabels);
}

/** Whether a string map has an entry (without the array `Object.keys` builds). */
function hasKeys(map: Record<string, string>): boolean {
  for (const k in map) if (Object.hasOwn(map, k)) return true;
  return false;
}

/** Whether the selector selects an object carrying `labels`. An empty selector selects everything. */
export function selectorMatches(s: LabelSelector, labels: Record<string, string>): boolean {
  const match = s.matchLabels;
  for (const k in match) if (Object.hasOwn(match, k) && labels[k] !== match[k]) return false;
  for (const e of s.matchExpressions) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    const value = labels[e.key];
    switch (e.operator) {
      case "In":
        if (!has || value === undefined || !e.values.includes(value)) return false;
        break;
      case "NotIn":
        if (has && value !== undefined && e.values.includes(value)) return false;
        break;
      case "Exists":
        if (!has) return false;
        break;
      case "DoesNotExist":
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}
