import { describe, expect, it } from "vitest";
import { parseImage } from "../../src/diagnose/image.js";
import { classifyPullError } from "../../src/diagnose/image-pull.js";
import { run } from "./helpers.js";

describe("image pull", () => {
  it("unauthorized: AcrPull missing, confirms with az aks check-acr on the image's registry", () => {
    const [d] = run(["image-pull-unauthorized.json"], {
      resourceGroup: "rg-contoso-prod",
      clusterName: "aks-contoso-prod",
      pools: [],
    });
    expect(d?.id).toBe("image-pull-unauthorized");
    expect(d?.confirm[0]).toBe(
      "az aks check-acr --resource-group rg-contoso-prod --name aks-contoso-prod --acr contosoacr.azurecr.io",
    );
    expect(d?.fix[0]).toBe(
      "az aks update --resource-group rg-contoso-prod --name aks-contoso-prod --attach-acr contosoacr",
    );
    expect(d?.cause).toContain("no AcrPull role on registry contosoacr");
    expect(
      d?.evidence.some(
        (e) => e.field === "event Warning Failed (x4) from kubelet" && e.value.endsWith("401 Unauthorized"),
      ),
    ).toBe(true);
  });

  it("manifest not found: wrong tag, confirms with az acr repository show-tags", () => {
    const [d] = run(["image-pull-not-found.json"]);
    expect(d?.id).toBe("image-pull-not-found");
    expect(d?.confirm[0]).toBe(
      "az acr repository show-tags --name contosoacr --repository catalog --output table",
    );
    expect(d?.cause).toContain("The tag 1.9.0-rc.1");
  });

  it("timeout: egress blocked by the firewall", () => {
    const [d] = run(["image-pull-timeout.json"]);
    expect(d?.id).toBe("image-pull-timeout");
    expect(d?.cause).toContain("egress is blocked by the firewall");
    expect(d?.fix[0]).toContain("contosoacr.<region>.data.azurecr.io");
  });

  it("classifies the runtime's pull errors", () => {
    expect(classifyPullError("Error response from daemon: unauthorized: authentication required")).toBe(
      "unauthorized",
    );
    expect(classifyPullError("manifest for x:1 not found: manifest unknown")).toBe("not-found");
    expect(classifyPullError("toomanyrequests: You have reached your pull rate limit")).toBe("rate-limited");
    expect(classifyPullError("dial tcp: lookup contosoacr.azurecr.io: no such host")).toBe("timeout");
  });

  it("splits image references", () => {
    expect(parseImage("contosoacr.azurecr.io/team/api:1.2.3")).toEqual({
      registry: "contosoacr.azurecr.io",
      repository: "team/api",
      tag: "1.2.3",
      digest: undefined,
      acrName: "contosoacr",
    });
    expect(parseImage("redis:7").registry).toBe("docker.io");
    expect(parseImage("redis:7").repository).toBe("library/redis");
    expect(parseImage("localhost:5000/app@sha256:abc").digest).toBe("sha256:abc");
  });
});
