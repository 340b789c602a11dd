/** Ingresses whose backend Service is missing or has no ready endpoints, and Ingresses without an address. */
import { SEED } from "./common.js";
import type { IngressBackend } from "./kube.js";
import { nameOf, namespaceOf } from "./kube.js";
import type { Snapshot } from "./snapshot.js";
import type { Diagnosis, Evidence } from "./types.js";

export function diagnoseIngresses(snap: Snapshot): Diagnosis[] {
  const out: Diagnosis[] = [];
  // Without Services in the input nothing can be said about backends.
  if (snap.services.length === 0) return out;
  for (const ing of snap.ingresses) {
    const n = namespaceOf(ing);
    const name = nameOf(ing);
    const backends: { path: string; backend: IngressBackend }[] = [];
    if (ing.spec?.defaultBackend)
      backends.push({ path: "spec.defaultBackend", backend: ing.spec.defaultBackend });
    (ing.spec?.rules ?? []).forEach((r, i) =>
      (r.http?.paths ?? []).forEach((p, j) => {
        if (p.backend)
          backends.push({ path: `spec.rules[${i}].http.paths[${j}].backend`, backend: p.backend });
      }),
    );
    const missing: Evidence[] = [];
    for (const b of backends) {
      const svc = b.backend.service?.name;
      if (!svc) continue;
      if (!snap.get("Service", n, svc)) {
        missing.push({ field: `${b.path}.service.name`, value: `${svc} (no such Service in ${n})` });
      }
    }
    if (missing.length === 0) continue;
    const names = [...new Set(missing.map((m) => m.value.split(" ")[0]!))];
    out.push({
      id: "ingress-backend-missing",
      object: { kind: "Ingress", namespace: n, name },
      summary: `Ingress ${name} routes to Service(s) that do not exist: ${names.join(", ")}`,
      evidence: [
        ...missing,
        {
          field: "status.loadBalancer.ingress",
          value:
            (ing.status?.loadBalancer?.ingress ?? []).map((x) => x.ip ?? x.hostname ?? "").join(", ") ||
            "(no address)",
        },
      ],
      cause: `The ingress controller answers 503 for these routes: no Service named ${names.join(", ")} exists in namespace ${n} (a typo, or the workload is not deployed there).`,
      confirm: [`kubectl describe ingress ${name} -n ${n}`, `kubectl get services -n ${n}`],
      fix: [
        "Point the backend at the Service's exact name and port, or deploy the Service in the Ingress's namespace.",
      ],
      source: `${SEED.troubleshooting001} "Service Not Reachable" (Check Ingress, Check Service)`,
    });
  }
  return out;
}
