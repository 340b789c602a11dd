import { describe, expect, it } from "vitest";
import { field, run } from "./helpers.js";

describe("Services and HPAs", () => {
  it("Service without endpoints: selector matches no pod, shows the labels pods do have", () => {
    const ds = run(["services.json"]);
    expect(ds.map((d) => `${d.id} ${d.object.name}`)).toEqual([
      "service-no-endpoints api-gateway-production",
      "ingress-backend-missing ingress-production",
    ]);
    const d = ds[0];
    expect(field(d, "Endpoints api-gateway-production subsets[].addresses")).toBe("0 ready");
    expect(d?.cause).toBe(
      "No pod in namespace production carries the labels app=api-gateway,environment=production; pods there have app=api-gw,environment=production / app=frontend: the selector has a typo or the workload is not deployed.",
    );
    expect(d?.confirm[0]).toBe("kubectl get endpoints api-gateway-production -n production");
  });

  it("Ingress routing to a Service that does not exist", () => {
    const d = run(["services.json"]).find((x) => x.id === "ingress-backend-missing");
    expect(d?.summary).toBe(
      "Ingress ingress-production routes to Service(s) that do not exist: checkout-production",
    );
    expect(field(d, "spec.rules[0].http.paths[1].backend.service.name")).toBe(
      "checkout-production (no such Service in production)",
    );
    expect(d?.confirm[0]).toBe("kubectl describe ingress ingress-production -n production");
  });

  it("HPAs: missing CPU request, metrics API unavailable, target missing", () => {
    const ds = run(["hpa.json"]);
    expect(ds.map((d) => `${d.id} ${d.object.namespace}/${d.object.name}`)).toEqual([
      "hpa-target-missing orders/legacy-api-hpa",
      "hpa-metrics-unavailable orders/orders-api-hpa",
      "hpa-missing-requests production/api-gateway-production-hpa",
    ]);
    expect(ds[2]?.cause).toContain(
      "container istio-proxy of Deployment/api-gateway-production sets no cpu request",
    );
    expect(ds[1]?.confirm).toContain("kubectl get apiservice v1beta1.metrics.k8s.io");
  });

  it("a healthy namespace gives no diagnosis", () => {
    expect(run(["healthy.json"])).toEqual([]);
  });
});
