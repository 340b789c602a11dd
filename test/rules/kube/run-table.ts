import { describe, it } from "vitest";
import type { Rule } from "../../../src/rules/types.js";
import type { Case } from "./fixtures.js";
import { audit, expectFindings, idOf } from "./fixtures.js";

/** Declares one test per literal case: the rule, run alone at the regulated level, reports exactly `expected`. */
export function ruleTable(table: readonly (readonly [Rule, readonly Case[]])[]): void {
  for (const [rule, cases] of table) {
    describe(rule.id, () => {
      for (const c of cases) {
        it(c.name, () => {
          expectFindings(audit(rule, c.objects), c.expected, c.objects[0] ? idOf(c.objects[0]) : "");
        });
      }
    });
  }
}
