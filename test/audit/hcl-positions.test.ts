import { describe, expect, it } from "vitest";
import { childBlock, scanHcl } from "../../src/audit/hcl-positions.js";

const TEXT = [
  "# comment",
  'resource "azurerm_kubernetes_cluster" "aks" {',
  '  name = "aks-${var.env == "prod" ? "p" : "d"}"   // trailing comment',
  "  tags = {",
  '    a = "}"',
  "  }",
  "  script = <<-EOT",
  "    default_node_pool {",
  "    EOT",
  "  /* block",
  "     comment */",
  "  default_node_pool {",
  '    name = "system"',
  "  }",
  '  network_profile { network_plugin = "azure" }',
  "}",
].join("\n");

describe("HCL position scanner", () => {
  const body = scanHcl(TEXT);
  const aks = body.blocks[0]!;

  it("finds resource blocks with their labels", () => {
    expect(aks).toMatchObject({
      type: "resource",
      labels: ["azurerm_kubernetes_cluster", "aks"],
      pos: { line: 2, column: 1 },
    });
  });

  it("skips strings with templates, objects, heredocs and comments", () => {
    expect([...aks.body.attributes.keys()]).toEqual(["name", "tags", "script"]);
    expect(aks.body.attributes.get("script")).toEqual({ line: 7, column: 3 });
    expect(aks.body.blocks.map((b) => b.type)).toEqual(["default_node_pool", "network_profile"]);
  });

  it("locates nested attributes, including one-line blocks", () => {
    expect(childBlock(aks.body, "default_node_pool")?.body.attributes.get("name")).toEqual({
      line: 13,
      column: 5,
    });
    expect(childBlock(aks.body, "network_profile")?.body.attributes.get("network_plugin")).toEqual({
      line: 15,
      column: 21,
    });
    expect(childBlock(aks.body, "default_node_pool", 1)).toBeUndefined();
  });
});
