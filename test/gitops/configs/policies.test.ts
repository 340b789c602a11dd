import { describe, expect, it } from "vitest";
import {
  gatekeeperConstraints,
  gatekeeperTemplates,
} from "../../../src/gitops/configs/gatekeeper-policies.js";
import { kyvernoPolicies } from "../../../src/gitops/configs/kyverno-policies.js";
import { exemptNamespaces } from "../../../src/gitops/configs/policy-scope.js";
import { clusterFrom } from "../helpers.js";

const spec = (policy: string) => `  preset: production
  location: westeurope
  policy: ${policy}
`;

describe("Kyverno ClusterPolicies", () => {
  const audit = clusterFrom(
    spec(
      "{ mode: audit, podSecurity: restricted, allowedRegistries: [mcr.microsoft.com], requiredLabels: [team] }",
    ),
  );
  const policies = kyvernoPolicies(audit);

  it("the baseline set, sorted by name", () => {
    expect(policies.map((p) => p.metadata.name)).toEqual([
      "disallow-latest-tag",
      "pod-security-restricted",
      "require-labels",
      "require-requests-limits",
      "restrict-image-registries",
    ]);
  });

  it("audit mode audits, deny mode enforces, on every rule", () => {
    for (const p of policies) for (const r of p.spec.rules) expect(r.validate?.failureAction).toBe("Audit");
    const deny = kyvernoPolicies(clusterFrom(spec("{ mode: deny }")));
    for (const p of deny) for (const r of p.spec.rules) expect(r.validate?.failureAction).toBe("Enforce");
  });

  it("Pod Security at the spec's level", () => {
    const pss = policies.find((p) => p.metadata.name === "pod-security-restricted")!;
    expect(pss.spec.rules[0]!.validate!.podSecurity).toEqual({ level: "restricted", version: "latest" });
    const baseline = kyvernoPolicies(clusterFrom(spec("{ podSecurity: baseline }")));
    expect(baseline.map((p) => p.metadata.name)).toContain("pod-security-baseline");
  });

  it("allowed registries include the platform registry as a deploy-time value", () => {
    const p = policies.find((x) => x.metadata.name === "restrict-image-registries")!;
    expect(p.spec.rules[0]!.validate!.pattern).toEqual({
      spec: {
        containers: [{ image: "${ACR_LOGIN_SERVER}/* | mcr.microsoft.com/*" }],
        "=(initContainers)": [{ image: "${ACR_LOGIN_SERVER}/* | mcr.microsoft.com/*" }],
        "=(ephemeralContainers)": [{ image: "${ACR_LOGIN_SERVER}/* | mcr.microsoft.com/*" }],
      },
    });
  });

  it("requests and memory limits are required; latest is refused", () => {
    const rr = policies.find((x) => x.metadata.name === "require-requests-limits")!;
    expect(rr.spec.rules[0]!.validate!.pattern).toEqual({
      spec: {
        containers: [{ resources: { requests: { cpu: "?*", memory: "?*" }, limits: { memory: "?*" } } }],
      },
    });
    const latest = policies.find((x) => x.metadata.name === "disallow-latest-tag")!;
    expect(latest.spec.rules.map((r) => r.name)).toEqual(["require-image-tag", "disallow-latest"]);
  });

  it("platform and system namespaces are exempt", () => {
    const exempt = policies[0]!.spec.rules[0]!.exclude!.any[0]!.resources.namespaces!;
    expect(exempt).toEqual(exemptNamespaces(audit));
    expect(exempt).toEqual(
      expect.arrayContaining(["kube-system", "flux-system", "kyverno", "cert-manager", "velero"]),
    );
  });

  it("verifies image signatures with the spec's key when configured", () => {
    const key = "-----BEGIN PUBLIC KEY-----\\nMFkw\\n-----END PUBLIC KEY-----";
    const signed = kyvernoPolicies(
      clusterFrom(spec(`{ verifyImages: { enabled: true, publicKey: "${key}" } }`)),
    );
    const v = signed.find((p) => p.metadata.name === "verify-image-signatures")!;
    expect(v.spec.rules[0]!.verifyImages).toEqual([
      {
        imageReferences: ["${ACR_LOGIN_SERVER}/*"],
        failureAction: "Audit",
        mutateDigest: false,
        verifyDigest: true,
        required: true,
        attestors: [
          { entries: [{ keys: { publicKeys: key.replace(/\\n/g, "\n"), rekor: { ignoreTlog: true } } }] },
        ],
      },
    ]);
    expect(policies.find((p) => p.metadata.name === "verify-image-signatures")).toBeUndefined();
    const enforced = kyvernoPolicies(
      clusterFrom(spec(`{ mode: deny, verifyImages: { enabled: true, publicKey: "${key}" } }`)),
    );
    const ve = enforced.find((p) => p.metadata.name === "verify-image-signatures")!;
    expect(ve.spec.rules[0]!.verifyImages![0]).toMatchObject({
      failureAction: "Enforce",
      mutateDigest: true,
    });
  });
});

describe("Gatekeeper equivalents", () => {
  const model = clusterFrom(spec("{ engine: gatekeeper, mode: deny, requiredLabels: [team, owner] }"));

  it("one template and one constraint per policy", () => {
    expect(gatekeeperTemplates(model).map((t) => [t.metadata.name, t.spec.crd.spec.names.kind])).toEqual([
      ["k8sallowedrepos", "K8sAllowedRepos"],
      ["k8sdisallowedtags", "K8sDisallowedTags"],
      ["k8spodsecuritystandard", "K8sPodSecurityStandard"],
      ["k8srequiredlabels", "K8sRequiredLabels"],
      ["k8srequiredresources", "K8sRequiredResources"],
    ]);
    expect(gatekeeperConstraints(model).map((c) => c.kind)).toEqual([
      "K8sAllowedRepos",
      "K8sDisallowedTags",
      "K8sPodSecurityStandard",
      "K8sRequiredLabels",
      "K8sRequiredResources",
    ]);
  });

  it("deny mode denies; the label constraint takes the library's parameters", () => {
    const labels = gatekeeperConstraints(model).find((c) => c.kind === "K8sRequiredLabels")!;
    expect(labels.spec.enforcementAction).toBe("deny");
    expect(labels.spec.parameters).toEqual({
      message: "Label every workload with team, owner.",
      labels: [{ key: "owner" }, { key: "team" }],
    });
    const audit = gatekeeperConstraints(clusterFrom(spec("{ engine: gatekeeper, mode: audit }")));
    expect(audit.every((c) => c.spec.enforcementAction === "warn")).toBe(true);
  });

  it("the Pod Security template checks the restricted controls", () => {
    const rego = gatekeeperTemplates(model).find((t) => t.metadata.name === "k8spodsecuritystandard")!.spec
      .targets[0]!.rego;
    expect(rego).toContain("allowPrivilegeEscalation");
    expect(rego).toContain("runAsNonRoot");
    expect(rego).toContain('c.securityContext.capabilities.drop[_] == "ALL"');
    expect(rego).toContain("RuntimeDefault");
  });
});
