/** Services with a selector whose Endpoints list no ready address: no traffic reaches any pod. */
import { SEED } from "./common.js";
import type { Endpoints } from "./kube.js";
import { nameOf, namespaceOf } from "./kube.js";
import { matchesSelector, selectorText } from "./selector.js";
import type { Snapshot } from "./snapshot.js";
import type { Diagnosis, Evidence } from "./types.js";

export function diagnoseServices(snap: Snapshot): Diagnosis[] {
  const out: Diagnosis[] = [];
  for (const svc of snap.services) {
    const selector = svc.spec?.selector;
    if (!selector || Object.keys(selector).length === 0 || svc.spec?.type === "ExternalName") continue;
    const name = nameOf(svc);
    const n = namespaceOf(svc);
    const ep = snap.get<Endpoints>("Endpoints", n, name);
    const ready = (ep?.subsets ?? []).reduce((t, s) => t + (s.addresses?.length ?? 0), 0);
    const notReady = (ep?.subsets ?? []).reduce((t, s) => t + (s.notReadyAddresses?.length ?? 0), 0);
    const matching = snap.podsIn(n).filter((p) => matchesSelector(p.metadata?.labels, selector));
    const running = matching.filter((p) => p.status?.phase === "Running");
    const readyPods = running.filter((p) =>
      (p.status?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True"),
    );
    // Without an Endpoints object, judge from the pods; without either, say nothing.
    const empty = ep ? ready === 0 : snap.pods.length > 0 && readyPods.length === 0;
    if (!empty) continue;
    const sel = selectorText(selector);
    const evidence: Evidence[] = [{ field: "spec.selector", value: sel }];
    if (ep) {
      evidence.push({ field: `Endpoints ${name} subsets[].addresses`, value: `${ready} ready` });
      if (notReady > 0)
        evidence.push({
          field: `Endpoints ${name} subsets[].notReadyAddresses`,
          value: `${notReady} not ready`,
        });
    }
    evidence.push({
      field: `pods in ${n} matching ${sel}`,
      value: `${matching.length} (${running.length} running, ${readyPods.length} ready)`,
    });
    const targetPorts = (svc.spec?.ports ?? []).map((p) => String(p.targetPort ?? p.port ?? "?"));
    evidence.push({ field: "spec.ports[].targetPort", value: targetPorts.join(", ") });
    let cause: string;
    const fix: string[] = [];
    if (matching.length === 0) {
      const similar = snap
        .podsIn(n)
        .filter((p) => Object.keys(selector).some((k) => p.metadata?.labels?.[k] !== undefined));
      const seen = [
        ...new Set(
          similar.map((p) =>
            selectorText(
              Object.fromEntries(
                Object.keys(selector)
                  .filter((k) => p.metadata?.labels?.[k] !== undefined)
                  .map((k) => [k, p.metadata!.labels![k]!]),
              ),
            ),
          ),
        ),
      ].sort();
      cause = `No pod in namespace ${n} carries the labels ${sel}${seen.length ? `; pods there have ${seen.join(" / ")}` : ""}: the selector has a typo or the workload is not deployed.`;
      fix.push(`Make spec.selector of Service ${name} equal to the pod template labels of its workload.`);
    } else if (readyPods.length === 0) {
      cause = `${matching.length} pod(s) match the selector but none is ready, so the endpoints list no address: see the pods' own diagnoses (failing readiness probe, crash loop, pending).`;
      fix.push("Fix the pods' readiness first; the Service recovers as soon as one pod is ready.");
    } else {
      cause =
        "Pods are ready but the Endpoints object lists none: the endpoints controller has not caught up, or the input mixes objects from different times.";
      fix.push(
        "Re-run the dump; if it persists, check the kube-controller-manager health in the AKS diagnostics.",
      );
    }
    out.push({
      id: "service-no-endpoints",
      object: { kind: "Service", namespace: n, name },
      summary: `Service ${name} has no ready endpoints`,
      evidence,
      cause,
      confirm: [
        `kubectl get endpoints ${name} -n ${n}`,
        `kubectl get pods -n ${n} -l ${sel} --show-labels`,
        `kubectl describe service ${name} -n ${n}`,
      ],
      fix,
      source: `${SEED.troubleshooting001} "Service Not Reachable" (kubectl get endpoints)`,
    });
  }
  return out;
}
