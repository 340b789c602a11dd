import type { KeyPath, KubeObjectFact } from "../../../audit/facts.js";
import { objAt, podMetaOf } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

/** A label value: empty, or at most 63 characters of [A-Za-z0-9._-] starting and ending alphanumeric. */
/** What Kubernetes accepts as a label value (apimachinery validation), besides the empty string. */
export const LABEL_VALUE = /^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$/;

const NO_PATH: KeyPath = [];
const LABELS_PATH: KeyPath = ["metadata", "labels"];
const LABELS: KeyPath = ["labels"];

/** `LABEL_VALUE` by hand: every label of every object passes through here. */
export function validLabelValue(v: unknown): boolean {
  if (typeof v !== "string") return false;
  const n = v.length;
  if (n === 0) return true;
  if (n > 63) return false;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) continue;
    // '-', '_' and '.' inside only.
    if ((c === 0x2d || c === 0x5f || c === 0x2e) && i > 0 && i < n - 1) continue;
    return false;
  }
  return true;
}

/** `path` is where the labels sit; `base` is prepended (the pod template's metadata path). */
function checkLabels(
  labels: unknown,
  base: KeyPath,
  path: KeyPath,
  out: Problem[],
  subject: Problem["subject"],
): void {
  const map = objAt(labels);
  if (!map) return;
  for (const k in map) {
    const v = map[k];
    if (!validLabelValue(v))
      out.push({
        subject,
        message: `label "${k}" has an invalid value ${JSON.stringify(v)}`,
        path: [...base, ...path, k],
      });
  }
}

export const rule = crossRule(
  {
    id: "workload/label-values",
    title: "Label values are valid",
    severity: "low",
    pillar: "operations",
    level: "baseline",
    rationale:
      "Label values must be strings of at most 63 characters, alphanumeric at both ends with '-', '_' and '.' inside. The API server rejects anything else; YAML turns unquoted true, 1.0 or 2024-01-01 into non-strings.",
    remediation: {
      text: "Quote label values and keep them to 63 characters of letters, digits, '-', '_' and '.'.",
      yaml: 'metadata:\n  labels:\n    version: "1.0"',
    },
    sources: [S.s002Checklist, S.k8sLabels],
    equivalents: { kubeScore: ["label-values"] },
  },
  (ctx) => {
    const out: Problem[] = [];
    // An indexed loop: this one pass over every object mostly runs before it is optimized, where
    // for-of pays an iterator result per object.
    const objects = ctx.facts.kubeObjects;
    for (let i = 0; i < objects.length; i++) {
      const fact = objects[i] as KubeObjectFact;
      checkLabels(objAt(fact.object.metadata)?.labels, NO_PATH, LABELS_PATH, out, fact);
      const template = podMetaOf(fact);
      if (template) checkLabels(template.meta.labels, template.path, LABELS, out, fact);
    }
    return out;
  },
);
