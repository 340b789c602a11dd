import { describe, expect, it } from "vitest";
import { durationSeconds } from "../../src/azure/builders/gitops.js";
import { allowedImagesRegex } from "../../src/azure/builders/policy.js";
import { pascal } from "../../src/azure/context.js";
import { concat, exprKey, guidOf, idOf, refOf, valueEquals, valueSymbols } from "../../src/azure/expr.js";
import { gitHost } from "../../src/azure/firewall-rules.js";
import { roleDefinitionGuid } from "../../src/azure/roles.js";

describe("expressions", () => {
  it("have a canonical text", () => {
    expect(exprKey(concat(idOf("spokeVnet"), "/subnets/x"))).toBe('concat(id(spokeVnet),"/subnets/x")');
    expect(exprKey(guidOf(idOf("a"), "b"))).toBe('guid(id(a),"b")');
    expect(exprKey(refOf("cluster", "oidcIssuerProfile.issuerURL"))).toBe(
      "ref(cluster).oidcIssuerProfile.issuerURL",
    );
  });

  it("compare by their text and collect the symbols they use", () => {
    expect(valueEquals({ a: [idOf("x")] }, { a: [idOf("x")] })).toBe(true);
    expect(valueEquals({ a: [idOf("x")] }, { a: [idOf("y")] })).toBe(false);
    expect(valueEquals({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect([...valueSymbols({ a: concat(idOf("v"), "/s"), b: [refOf("k", "clientId")] })].sort()).toEqual([
      "k",
      "v",
    ]);
  });
});

describe("helpers", () => {
  it.each([
    ["10m", 600],
    ["1h30m", 5400],
    ["45s", 45],
  ])("durationSeconds(%s) = %d", (d, s) => {
    expect(durationSeconds(d)).toBe(s);
  });

  it("builds the allowed-images regex from registries, escaped and sorted", () => {
    expect(allowedImagesRegex(["mcr.microsoft.com", "crx.azurecr.io"])).toBe(
      "^(crx\\.azurecr\\.io|mcr\\.microsoft\\.com)/.+$",
    );
  });

  it.each([
    ["https://github.com/org/repo", "github.com"],
    ["ssh://git@ssh.dev.azure.com/v3/org/p/r", "ssh.dev.azure.com"],
    ["git@gitlab.com:org/repo.git", "gitlab.com"],
  ])("gitHost(%s) = %s", (url, host) => {
    expect(gitHost(url)).toBe(host);
  });

  it("maps role names and GUIDs to role definition ids", () => {
    expect(roleDefinitionGuid("AcrPull")).toBe("7f951dda-4ed3-4680-a7ca-43fe172d538d");
    expect(roleDefinitionGuid("B24988AC-6180-42A0-AB88-20F7382DD24C")).toBe(
      "b24988ac-6180-42a0-ab88-20f7382dd24c",
    );
    expect(roleDefinitionGuid("Made Up")).toBeUndefined();
  });

  it("makes symbols from names", () => {
    expect(pascal("api-gateway")).toBe("ApiGateway");
    expect(pascal("Key Vault Secrets User")).toBe("KeyVaultSecretsUser");
  });
});
