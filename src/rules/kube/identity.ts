/** Microsoft Entra Workload ID and Secrets Store CSI conventions. */
import type { KeyPath, KubeObjectFact } from "../../audit/facts.js";
import type { PodView } from "./pod.js";
import { arrAt, getPath, isObj, strAt } from "./pod.js";

export const WI_USE_LABEL = "azure.workload.identity/use";
export const WI_CLIENT_ID = "azure.workload.identity/client-id";
export const CSI_DRIVER = "secrets-store.csi.k8s.io";

/** The service account a pod runs as (`default` when unset). */
export function serviceAccountName(pod: PodView): string {
  return strAt(pod.spec.serviceAccountName) ?? strAt(pod.spec.serviceAccount) ?? "default";
}

/** SecretProviderClass names a pod mounts through the Secrets Store CSI driver, with the attribute's path. */
export function mountedSpcs(pod: PodView): { name: string; path: KeyPath }[] {
  const out: { name: string; path: KeyPath }[] = [];
  arrAt(pod.spec.volumes).forEach((v, i) => {
    if (!isObj(v) || getPath(v, ["csi", "driver"]) !== CSI_DRIVER) return;
    const name = strAt(getPath(v, ["csi", "volumeAttributes", "secretProviderClass"]));
    if (name)
      out.push({
        name,
        path: [...pod.specPath, "volumes", i, "csi", "volumeAttributes", "secretProviderClass"],
      });
  });
  return out;
}

export function hasClientId(sa: KubeObjectFact): boolean {
  const v = getPath(sa.object, ["metadata", "annotations", WI_CLIENT_ID]);
  return typeof v === "string" && v.trim() !== "";
}
