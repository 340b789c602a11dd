import { describe, expect, it } from "vitest";
import { renderText } from "../../../src/audit/report/text.js";
import { auditFacts } from "../../../src/audit/audit.js";
import { emptyFacts, kubeFact } from "../../../src/audit/facts.js";
import { latestTagRule, privilegedRule } from "../helpers.js";
import { sampleResult } from "./fixture.js";

describe("text report", () => {
  it("groups findings by object and ends with a summary and pillar scores", () => {
    const f = emptyFacts();
    f.kubeObjects.push(
      kubeFact(
        {
          apiVersion: "apps/v1",
          kind: "Deployment",
          metadata: { name: "api", namespace: "shop" },
          spec: {
            template: {
              spec: { containers: [{ name: "app", image: "nginx", securityContext: { privileged: true } }] },
            },
          },
        },
        "deploy.yaml",
      ),
    );
    const result = auditFacts(f, { rules: [latestTagRule, privilegedRule] });
    expect(renderText({ result, version: "0.1.0" })).toBe(
      [
        "deploy.yaml",
        "  Deployment/shop/api",
        "    CRITICAL security/test-privileged  container app is privileged  1:1 spec.template.spec.containers[0].securityContext.privileged",
        "    HIGH     workload/test-latest-tag  container app uses a floating tag  1:1 spec.template.spec.containers[0].image",
        "",
        "2 findings (1 critical, 1 high), 0 suppressed, 0 input problems; 2 rules (profile production) over 0 objects from 0 files",
        "Scores: security 0  reliability n/a  cost n/a  operations n/a  performance n/a",
        "",
      ].join("\n"),
    );
  });

  it("lists input problems and colours only when asked", async () => {
    const result = await sampleResult();
    const plain = renderText({ result, version: "0.1.0" });
    expect(plain).toContain("Input problems\n  <stdin>:3:1: error: invalid YAML in document 1");
    expect(plain).not.toContain("\u001b[");
    expect(renderText({ result, version: "0.1.0", color: true })).toContain("\u001b[1;35mCRITICAL");
  });
});
