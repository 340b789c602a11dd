import { describe, expect, it } from "vitest";
import { parseConfigError } from "../../src/diagnose/config-error.js";
import { field, run } from "./helpers.js";

describe("CreateContainerConfigError", () => {
  const ds = run(["config-error.json"]);

  it("missing Secret: names it and the env var that reads it", () => {
    const d = ds.find((x) => x.id === "config-missing-secret");
    expect(d?.summary).toBe("Container api-gateway cannot start: Secret jwt-credentials does not exist");
    expect(field(d, "spec.containers[0].env[3].valueFrom.secretKeyRef")).toBe("Secret jwt-credentials");
    expect(d?.confirm[0]).toBe("kubectl get secret jwt-credentials -n production");
  });

  it("missing key in an existing Secret", () => {
    const d = ds.find((x) => x.id === "config-missing-key");
    expect(d?.cause).toBe(
      "Secret mongodb-credentials exists but has no key uri, which container orders-api reads into its environment.",
    );
    expect(field(d, "spec.containers[0].env[0].valueFrom.secretKeyRef")).toBe(
      "Secret mongodb-credentials key uri",
    );
  });

  it("never prints secret values: confirm commands only describe (key names and sizes)", () => {
    for (const d of ds) expect(d.confirm.join("\n")).not.toMatch(/jsonpath='\{\.data|base64 -d|-o yaml/);
  });

  it("parses the kubelet's messages", () => {
    expect(parseConfigError('configmap "app-config" not found')).toEqual({
      kind: "ConfigMap",
      name: "app-config",
      key: undefined,
    });
    expect(parseConfigError("couldn't find key LOG_LEVEL in ConfigMap shop/app-config")).toEqual({
      kind: "ConfigMap",
      name: "app-config",
      key: "LOG_LEVEL",
    });
  });
});
