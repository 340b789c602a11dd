/** Whether a pod spec spreads its replicas over a topology key (anti-affinity or topology spread constraints). */
import type { PodView } from "./pod.js";
import { arrAt, getPath, isObj } from "./pod.js";

export const HOSTNAME_KEY = "kubernetes.io/hostname";
export const ZONE_KEY = "topology.kubernetes.io/zone";

export function spreadsOver(pod: PodView, topologyKey: string): boolean {
  for (const c of arrAt(pod.spec.topologySpreadConstraints)) {
    if (isObj(c) && c.topologyKey === topologyKey) return true;
  }
  const anti = getPath(pod.spec, ["affinity", "podAntiAffinity"]);
  for (const term of arrAt(getPath(anti, ["requiredDuringSchedulingIgnoredDuringExecution"]))) {
    if (isObj(term) && term.topologyKey === topologyKey) return true;
  }
  for (const w of arrAt(getPath(anti, ["preferredDuringSchedulingIgnoredDuringExecution"]))) {
    if (isObj(w) && getPath(w, ["podAffinityTerm", "topologyKey"]) === topologyKey) return true;
  }
  return false;
}
