import type { KeyPath, KubeObjectFact } from "../../../audit/facts.js";
import type { KubeIndex } from "../index-cache.js";
import { kubeIndex, namespaceInventoried } from "../index-cache.js";
import { arrAt, getPath, isObj, namespaceOf, objAt, strAt } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

function checkBackend(
  index: KubeIndex,
  ing: KubeObjectFact,
  backend: unknown,
  path: KeyPath,
  out: Problem[],
): void {
  const service = objAt(objAt(backend)?.service);
  const name = strAt(service?.name);
  if (!service || !name) return;
  const ns = namespaceOf(ing);
  const svc = index.get("Service", ns, name);
  if (!svc) {
    out.push({
      subject: ing,
      message: `Ingress backend Service "${name}" is not in namespace "${ns}"`,
      path: [...path, "service", "name"],
    });
    return;
  }
  const number = getPath(service, ["port", "number"]);
  const portName = getPath(service, ["port", "name"]);
  const ports = arrAt(getPath(svc.object, ["spec", "ports"])).filter(isObj);
  const found = ports.some((p) => (number !== undefined ? p.port === number : p.name === portName));
  if ((number !== undefined || portName !== undefined) && !found)
    out.push({
      subject: ing,
      message: `Ingress backend port ${String(number ?? portName)} is not a port of Service "${name}"`,
      path: [...path, "service", "port"],
    });
}

export const rule = crossRule(
  {
    id: "workload/ingress-backend",
    title: "Ingress backends name existing Services and ports",
    severity: "high",
    pillar: "reliability",
    level: "baseline",
    rationale:
      "An Ingress rule pointing at a Service or port that does not exist returns 503 for its host and path. Judged when the input holds the Namespace or Services of the Ingress's namespace.",
    remediation: {
      text: "Point every backend at a Service in the Ingress's namespace and at one of its ports (by number or name).",
      spec: "spec.workloads[].ingress",
      yaml: "backend:\n  service:\n    name: api-gateway\n    port:\n      number: 80",
    },
    sources: [S.s001Ingress, S.s004Ingress, S.k8sIngress],
    equivalents: { kubeScore: ["ingress-targets-service"], kubeLinter: ["dangling-ingress"] },
  },
  (ctx) => {
    const index = kubeIndex(ctx.facts);
    const out: Problem[] = [];
    for (const ing of index.ofKind("Ingress")) {
      if (!namespaceInventoried(index, "Service", namespaceOf(ing))) continue;
      checkBackend(
        index,
        ing,
        getPath(ing.object, ["spec", "defaultBackend"]),
        ["spec", "defaultBackend"],
        out,
      );
      arrAt(getPath(ing.object, ["spec", "rules"])).forEach((r, i) => {
        arrAt(getPath(r, ["http", "paths"])).forEach((p, j) => {
          checkBackend(
            index,
            ing,
            getPath(p, ["backend"]),
            ["spec", "rules", i, "http", "paths", j, "backend"],
            out,
          );
        });
      });
    }
    return out;
  },
);
