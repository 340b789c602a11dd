import { describe, expect, it } from "vitest";
import { kubeFact } from "../../../src/audit/facts.js";
import { imageAllowed, isPinnedDigest, parseImage } from "../../../src/rules/kube/images.js";
import { KubeIndex } from "../../../src/rules/kube/index-cache.js";
import { intOrPercent } from "../../../src/rules/kube/replicas.js";
import {
  isPlaceholderValue,
  isSensitiveName,
  looksLikeSecretValue,
  redacted,
} from "../../../src/rules/kube/secrets.js";
import { parseSelector, selectorMatches } from "../../../src/rules/kube/selectors.js";
import { DIGEST, deploy, pod } from "./fixtures.js";

describe("parseImage", () => {
  it("splits registry, repository, tag and digest", () => {
    expect(parseImage("nginx")).toEqual({
      registry: "docker.io",
      repository: "nginx",
      tag: undefined,
      digest: undefined,
    });
    expect(parseImage("library/nginx:1.27")).toEqual({
      registry: "docker.io",
      repository: "library/nginx",
      tag: "1.27",
      digest: undefined,
    });
    expect(parseImage("contosoacr.azurecr.io/team/api:1.4.2")).toEqual({
      registry: "contosoacr.azurecr.io",
      repository: "team/api",
      tag: "1.4.2",
      digest: undefined,
    });
    expect(parseImage("localhost:5000/api")).toEqual({
      registry: "localhost:5000",
      repository: "api",
      tag: undefined,
      digest: undefined,
    });
    expect(parseImage(`mcr.microsoft.com/dotnet/aspnet:8.0@${DIGEST}`)).toEqual({
      registry: "mcr.microsoft.com",
      repository: "dotnet/aspnet",
      tag: "8.0",
      digest: DIGEST,
    });
    expect(parseImage("  ")).toBeUndefined();
  });

  it("accepts only full sha256 digests as pins", () => {
    expect(isPinnedDigest(DIGEST)).toBe(true);
    expect(isPinnedDigest("sha256:abc")).toBe(false);
    expect(isPinnedDigest(undefined)).toBe(false);
  });
});

describe("imageAllowed", () => {
  it("matches hosts, wildcard hosts and prefixes", () => {
    expect(imageAllowed("contosoacr.azurecr.io/api:1", ["*.azurecr.io"])).toBe(true);
    expect(imageAllowed("azurecr.io.evil.com/api:1", ["*.azurecr.io"])).toBe(false);
    expect(imageAllowed("mcr.microsoft.com/dotnet/aspnet:8.0", ["mcr.microsoft.com"])).toBe(true);
    expect(imageAllowed("ghcr.io/contoso/api:1", ["ghcr.io/contoso/"])).toBe(true);
    expect(imageAllowed("ghcr.io/contosoevil/api:1", ["ghcr.io/contoso/"])).toBe(false);
    expect(imageAllowed("nginx:1.27", ["*.azurecr.io", "mcr.microsoft.com"])).toBe(false);
  });
});

describe("label selectors", () => {
  it("apply matchLabels and every matchExpressions operator", () => {
    const labels = { app: "web", tier: "front" };
    expect(selectorMatches(parseSelector({})!, labels)).toBe(true);
    expect(selectorMatches(parseSelector({ matchLabels: { app: "web" } })!, labels)).toBe(true);
    expect(selectorMatches(parseSelector({ matchLabels: { app: "api" } })!, labels)).toBe(false);
    expect(
      selectorMatches(
        parseSelector({ matchExpressions: [{ key: "tier", operator: "In", values: ["front", "back"] }] })!,
        labels,
      ),
    ).toBe(true);
    expect(
      selectorMatches(
        parseSelector({ matchExpressions: [{ key: "tier", operator: "NotIn", values: ["front"] }] })!,
        labels,
      ),
    ).toBe(false);
    expect(
      selectorMatches(
        parseSelector({ matchExpressions: [{ key: "canary", operator: "DoesNotExist" }] })!,
        labels,
      ),
    ).toBe(true);
    expect(
      selectorMatches(parseSelector({ matchExpressions: [{ key: "canary", operator: "Exists" }] })!, labels),
    ).toBe(false);
    expect(
      selectorMatches(
        parseSelector({ matchExpressions: [{ key: "app", operator: "Bogus", values: [] }] })!,
        labels,
      ),
    ).toBe(false);
  });
});

describe("secret heuristics", () => {
  it("recognise sensitive names but not references to secrets", () => {
    expect(isSensitiveName("DB_PASSWORD")).toBe(true);
    expect(isSensitiveName("stripeApiKey")).toBe(true);
    expect(isSensitiveName("AZURE_CLIENT_SECRET")).toBe(true);
    expect(isSensitiveName("TOKEN_FILE")).toBe(false);
    expect(isSensitiveName("PASSWORD_MIN_LENGTH")).toBe(false);
    expect(isSensitiveName("LOG_LEVEL")).toBe(false);
  });

  it("recognise credential-shaped values and placeholders", () => {
    expect(looksLikeSecretValue("Server=tcp:x.database.windows.net;Password=Sup3rS3cret;")).toBe(true);
    expect(looksLikeSecretValue("postgres://app:pa55word@db:5432/app")).toBe(true);
    expect(looksLikeSecretValue("https://example.com/path")).toBe(false);
    expect(isPlaceholderValue("<IDENTITY_CLIENT_ID>")).toBe(true);
    expect(isPlaceholderValue("$(DB_PASSWORD)")).toBe(true);
    expect(isPlaceholderValue("/mnt/secrets-store/db-password")).toBe(true);
    expect(isPlaceholderValue("hunter2")).toBe(false);
  });

  it("redact to the length only", () => {
    expect(redacted("hunter2")).toBe("<redacted, 7 characters>");
  });
});

describe("intOrPercent", () => {
  it("resolves integers and percentages like the disruption controller", () => {
    expect(intOrPercent(2, 5)).toBe(2);
    expect(intOrPercent("50%", 3)).toBe(2);
    expect(intOrPercent("100%", 3)).toBe(3);
    expect(intOrPercent("3", 5)).toBe(3);
    expect(intOrPercent("half", 5)).toBeUndefined();
  });
});

describe("KubeIndex", () => {
  const d = deploy({ containers: [{ name: "app", image: "a:1" }] });
  const rs = {
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: {
      name: "web-1",
      namespace: "app",
      ownerReferences: [{ kind: "Deployment", name: "web", controller: true }],
    },
    spec: { template: { metadata: { labels: { app: "web" } }, spec: { containers: [] } } },
  };
  const orphan = pod(
    { containers: [] },
    {
      name: "orphan",
      labels: { app: "web" },
      ownerReferences: [{ kind: "ReplicaSet", name: "gone", controller: true }],
    },
  );
  const index = new KubeIndex([d, rs, orphan].map((o) => kubeFact(o)));

  it("treats objects whose controller is in the input as controlled", () => {
    expect(index.workloads.map((w) => w.id)).toEqual(["Deployment/app/web", "Pod/app/orphan"]);
    expect(index.objects.filter((o) => index.isControlledByPresentOwner(o)).map((w) => w.id)).toEqual([
      "ReplicaSet/app/web-1",
    ]);
  });

  it("selects top-level workloads by label", () => {
    expect(
      index
        .workloadsSelectedBy("app", { matchLabels: { app: "web" }, matchExpressions: [] })
        .map((w) => w.id),
    ).toEqual(["Deployment/app/web", "Pod/app/orphan"]);
    expect(index.workloadsSelectedBy("other", { matchLabels: { app: "web" }, matchExpressions: [] })).toEqual(
      [],
    );
    expect(index.hasWorkloads("app")).toBe(true);
    expect(index.hasWorkloads("other")).toBe(false);
  });

  it("looks objects up by kind, namespace and name; cluster-scoped kinds ignore the namespace", () => {
    const ns = new KubeIndex([kubeFact({ apiVersion: "v1", kind: "Namespace", metadata: { name: "app" } })]);
    expect(ns.get("Namespace", "whatever", "app")?.id).toBe("Namespace/app");
    expect(index.get("Deployment", "app", "web")?.id).toBe("Deployment/app/web");
    expect(index.get("Deployment", "other", "web")).toBeUndefined();
  });
});
