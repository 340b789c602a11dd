/** HorizontalPodAutoscalers that cannot read their metrics (or their scale target), and so cannot scale. */
import { SEED, eventEvidence } from "./common.js";
import { nameOf, namespaceOf } from "./kube.js";
import { objectKey, eventMessage, type Snapshot } from "./snapshot.js";
import type { Diagnosis, Evidence } from "./types.js";

export function diagnoseHpas(snap: Snapshot): Diagnosis[] {
  const out: Diagnosis[] = [];
  for (const hpa of snap.hpas) {
    const name = nameOf(hpa);
    const n = namespaceOf(hpa);
    const conditions = hpa.status?.conditions ?? [];
    const activeIdx = conditions.findIndex((c) => c.type === "ScalingActive" && c.status === "False");
    const ableIdx = conditions.findIndex((c) => c.type === "AbleToScale" && c.status === "False");
    const events = snap
      .eventsFor("HorizontalPodAutoscaler", n, name)
      .filter((e) =>
        /^Failed(GetResourceMetric|GetPodsMetric|GetExternalMetric|GetObjectMetric|ComputeMetricsReplicas|GetScale)$/.test(
          e.reason ?? "",
        ),
      );
    if (activeIdx < 0 && ableIdx < 0 && events.length === 0) continue;
    const evidence: Evidence[] = [];
    for (const i of [ableIdx, activeIdx]) {
      const c = conditions[i];
      if (c)
        evidence.push({
          field: `status.conditions[${i}]`,
          value: `${c.type}=False reason=${c.reason ?? ""}: ${c.message ?? ""}`,
        });
    }
    for (const e of events.slice(0, 2)) evidence.push(eventEvidence(e));
    const text = [
      ...conditions.map((c) => `${c.reason ?? ""} ${c.message ?? ""}`),
      ...events.map(eventMessage),
    ].join("\n");
    const target = hpa.spec?.scaleTargetRef;
    const targetText = `${target?.kind ?? "?"}/${target?.name ?? "?"}`;
    evidence.push({ field: "spec.scaleTargetRef", value: targetText });
    const base = { object: { kind: "HorizontalPodAutoscaler", namespace: n, name }, evidence };
    const source = `${SEED.operations001} "Horizontal Pod Autoscaling (HPA)" (kubectl describe hpa)`;
    const describe = `kubectl describe hpa ${name} -n ${n}`;
    const targetMissing =
      /FailedGetScale|not found/.test(text) &&
      target?.kind &&
      target.name &&
      !snap.present.has(objectKey(target.kind, n, target.name));
    if (ableIdx >= 0 && targetMissing) {
      out.push({
        ...base,
        id: "hpa-target-missing",
        summary: `HPA ${name} cannot scale: its target ${targetText} does not exist`,
        cause: `spec.scaleTargetRef names ${targetText}, which is not in namespace ${n}: a renamed or deleted workload.`,
        confirm: [
          describe,
          `kubectl get ${(target?.kind ?? "deployment").toLowerCase()} ${target?.name ?? ""} -n ${n}`,
        ],
        fix: [`Point spec.scaleTargetRef at the workload's current name, or delete the HPA.`],
        source,
      });
      continue;
    }
    const missingRequest = /missing request for (\w+)(?: in container (\S+))?/.exec(text);
    if (missingRequest) {
      out.push({
        ...base,
        id: "hpa-missing-requests",
        summary: `HPA ${name} cannot compute ${missingRequest[1]} utilization: a container has no ${missingRequest[1]} request`,
        cause: `Utilization is usage divided by request; container ${missingRequest[2] ?? "?"} of ${targetText} sets no ${missingRequest[1]} request, so the HPA cannot compute it and does not scale.`,
        confirm: [
          describe,
          `kubectl get ${(target?.kind ?? "deployment").toLowerCase()} ${target?.name ?? ""} -n ${n} -o jsonpath='{.spec.template.spec.containers[*].resources}'`,
        ],
        fix: [
          `Set resources.requests.${missingRequest[1]} on every container of ${targetText} (sidecars included).`,
        ],
        source,
      });
      continue;
    }
    out.push({
      ...base,
      id: "hpa-metrics-unavailable",
      summary: `HPA ${name} cannot read its metrics`,
      cause:
        /no metrics returned|unable to fetch metrics|the server could not find the requested resource|metrics\.k8s\.io/.test(
          text,
        )
          ? "The resource metrics API (metrics-server, metrics.k8s.io) returns nothing for the target's pods: metrics-server is down or unavailable, or the pods are too new to have metrics."
          : /external|custom/i.test(text)
            ? "The custom or external metrics adapter (for example KEDA or the Prometheus adapter) does not serve the metric the HPA asks for."
            : "The HPA cannot get the metric it scales on (see the condition message).",
      confirm: [
        describe,
        "kubectl get apiservice v1beta1.metrics.k8s.io",
        "kubectl get pods -n kube-system -l k8s-app=metrics-server",
        `kubectl top pods -n ${n}`,
      ],
      fix: [
        "Restore metrics-server (an AKS-managed add-on: check its pods and their events in kube-system).",
        "For custom or external metrics, check the adapter's APIService is Available and serves the metric name used in spec.metrics.",
      ],
      source,
    });
  }
  return out;
}
