import { describe, expect, it } from "vitest";
import {
  attr,
  attrs,
  block,
  comment,
  dynamic,
  heredoc,
  quote,
  raw,
  renderAssignmentsFile,
  renderFile,
} from "../../../src/azure/terraform/hcl.js";

describe("HCL writer", () => {
  it("aligns = within a run of single-line attributes, like terraform fmt", () => {
    const text = renderFile([
      block(
        "resource",
        ["azurerm_resource_group", "this"],
        [attrs({ name: "rg-a", location: raw("var.location"), tags: raw("var.tags") })],
      ),
    ]);
    expect(text).toBe(`resource "azurerm_resource_group" "this" {
  name     = "rg-a"
  location = var.location
  tags     = var.tags
}
`);
  });

  it("does not align a line that opens a multi-line value, and starts a new run after it", () => {
    const text = renderFile([
      block("resource", ["x", "y"], [attrs({ a: 1, long_name: { k: "v", other_key: true }, bb: 2, ccc: 3 })]),
    ]);
    expect(text).toBe(`resource "x" "y" {
  a = 1
  long_name = {
    k         = "v"
    other_key = true
  }
  bb  = 2
  ccc = 3
}
`);
  });

  it("separates nested blocks with blank lines and writes empty blocks as {}", () => {
    const text = renderFile([
      block("resource", ["x", "y"], [attr("a", true), block("b", [], []), block("c", [], [attr("d", null)])]),
    ]);
    expect(text).toBe(`resource "x" "y" {
  a = true

  b {}

  c {
    d = null
  }
}
`);
  });

  it("writes dynamic blocks with for_each and content", () => {
    const text = renderFile([dynamic("rule", "var.rules", [attr("name", raw("rule.value"))])]);
    expect(text).toBe(`dynamic "rule" {
  for_each = var.rules

  content {
    name = rule.value
  }
}
`);
  });

  it("keeps short lists of scalars on one line and breaks lists of objects", () => {
    const text = renderFile([attr("zones", ["1", "2", "3"]), attr("rules", [{ name: "a" }])].flat());
    expect(text).toBe(`zones = ["1", "2", "3"]
rules = [
  {
    name = "a"
  },
]
`);
  });

  it("escapes quotes, backslashes and interpolation markers in strings", () => {
    expect(quote('a "b" \\ ${x} %{y}')).toBe('"a \\"b\\" \\\\ $${x} %%{y}"');
    expect(quote("line\nnext")).toBe('"line\\nnext"');
  });

  it("quotes object keys that are not identifiers", () => {
    const text = renderFile(attr("settings", { "a.b": "1", plain: "2" }));
    expect(text).toBe(`settings = {
  "a.b" = "1"
  plain = "2"
}
`);
  });

  it("re-indents multi-line raw expressions to their attribute", () => {
    const text = renderFile([
      block(
        "locals",
        [],
        [
          attr(
            "x",
            raw(`merge(
    var.a,
  )`),
          ),
        ],
      ),
    ]);
    expect(text).toBe(`locals {
  x = merge(
    var.a,
  )
}
`);
  });

  it("writes heredocs indented under their attribute", () => {
    const text = renderFile([block("x", [], [attr("a", 1), attr("script", heredoc("echo hi\n"))])]);
    expect(text).toBe(`x {
  a      = 1
  script = <<-EOT
    echo hi
    EOT
}
`);
  });

  it("puts a comment directly above the block it describes, after the header", () => {
    const text = renderFile([attr("a", 1), comment("About b."), block("b", [], [])].flat(), "# header\n");
    expect(text).toBe(`# header

a = 1
# About b.
b {}
`);
  });

  it("renders tfvars assignments aligned", () => {
    expect(
      renderAssignmentsFile([
        { key: "a", value: "x" },
        { key: "long", value: [] },
      ]),
    ).toBe(`a    = "x"
long = []
`);
  });
});
