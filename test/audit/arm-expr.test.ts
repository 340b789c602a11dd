import { describe, expect, it } from "vitest";
import { evaluateString } from "../../src/audit/arm-expr.js";
import { Unknown } from "../../src/audit/facts.js";

const scope = {
  parameters: { name: "aks-prod", count: 3, tags: { env: "prod" }, zones: ["1", "2"] },
  variables: { tier: "Standard" },
};

describe("ARM expressions", () => {
  it("resolves parameters and variables", () => {
    expect(evaluateString("[parameters('name')]", scope)).toBe("aks-prod");
    expect(evaluateString("[variables('tier')]", scope)).toBe("Standard");
  });

  it("evaluates string and logical functions", () => {
    expect(evaluateString("[concat(parameters('name'), '/system')]", scope)).toBe("aks-prod/system");
    expect(evaluateString("[format('{0}-{1}', 'a', parameters('count'))]", scope)).toBe("a-3");
    expect(evaluateString("[if(equals(parameters('name'), 'aks-prod'), 'Standard', 'Free')]", scope)).toBe(
      "Standard",
    );
    expect(evaluateString("[toLower('ABC')]", scope)).toBe("abc");
    expect(evaluateString("[not(bool('false'))]", scope)).toBe(true);
    expect(evaluateString("[replace(parameters('name'), '-', '')]", scope)).toBe("aksprod");
  });

  it("reads properties and indexes", () => {
    expect(evaluateString("[parameters('tags').env]", scope)).toBe("prod");
    expect(evaluateString("[parameters('zones')[1]]", scope)).toBe("2");
  });

  it("treats deployment-time functions as unknown, never as a failure", () => {
    const v = evaluateString("[resourceGroup().location]", scope);
    expect(v).toBeInstanceOf(Unknown);
    expect((v as Unknown).expression).toBe("[resourceGroup().location]");
    expect(evaluateString("[concat(reference('x').id, '/y')]", scope)).toBeInstanceOf(Unknown);
  });

  it("treats a missing parameter and bad syntax as unknown", () => {
    expect(evaluateString("[parameters('nope')]", scope)).toBeInstanceOf(Unknown);
    expect(evaluateString("[concat('a', ]", scope)).toBeInstanceOf(Unknown);
  });

  it("picks the known branch of if() even when the other is unknown", () => {
    expect(evaluateString("[if(true(), 'x', reference('y'))]", scope)).toBeInstanceOf(Unknown);
    expect(evaluateString("[if(equals(1, 1), 'x', reference('y').z)]", scope)).toBe("x");
  });

  it("keeps literal strings and unescapes [[", () => {
    expect(evaluateString("plain", scope)).toBe("plain");
    expect(evaluateString("[[not an expression]", scope)).toBe("[not an expression]");
  });
});
