/** NetworkPolicy semantics: which directions a policy governs and whether it denies everything. */
import type { KubeObjectFact } from "../../audit/facts.js";
import { arrAt, getPath, isObj } from "./pod.js";
import { isEmptySelector, parseSelector } from "./selectors.js";

export type Direction = "Ingress" | "Egress";

/** policyTypes, defaulted as the API server does: Ingress always, Egress when egress rules are present. */
export function policyTypes(np: KubeObjectFact): Direction[] {
  const explicit = arrAt(getPath(np.object, ["spec", "policyTypes"])).filter(
    (t): t is Direction => t === "Ingress" || t === "Egress",
  );
  if (explicit.length) return explicit;
  return getPath(np.object, ["spec", "egress"]) !== undefined ? ["Ingress", "Egress"] : ["Ingress"];
}

/** True when the policy selects every pod of its namespace and allows nothing in `direction`. */
export function isDefaultDeny(np: KubeObjectFact, direction: Direction): boolean {
  const selector = parseSelector(getPath(np.object, ["spec", "podSelector"]));
  if (!selector || !isEmptySelector(selector)) return false;
  if (!policyTypes(np).includes(direction)) return false;
  return arrAt(getPath(np.object, ["spec", direction === "Ingress" ? "ingress" : "egress"])).length === 0;
}

/** True when an egress rule of the policy can carry DNS (port 53, a port named dns, or no port restriction). */
export function allowsDnsEgress(np: KubeObjectFact): boolean {
  if (!policyTypes(np).includes("Egress")) return false;
  return arrAt(getPath(np.object, ["spec", "egress"])).some((r) => {
    if (!isObj(r)) return false;
    const ports = arrAt(r.ports);
    return (
      ports.length === 0 ||
      ports.some(
        (p) => isObj(p) && (p.port === 53 || p.port === "53" || p.port === "dns" || p.port === "dns-tcp"),
      )
    );
  });
}
