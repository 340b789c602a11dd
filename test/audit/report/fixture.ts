/** One audit result shared by the reporter tests: real fixtures, test rules, a suppression and a problem. */
import { audit, type AuditResult } from "../../../src/audit/audit.js";
import { FIXTURES, TEST_RULES } from "../helpers.js";

export async function sampleResult(): Promise<AuditResult> {
  return audit([`${FIXTURES}/kube/list.json`, `${FIXTURES}/kube/multi.yaml`, `${FIXTURES}/arm`, "-"], {
    rules: TEST_RULES,
    profile: "regulated",
    readStdin: () => Promise.resolve("apiVersion: v1\nkind: [broken\n"),
    suppressions: [
      {
        rule: "nodepool/test-zones",
        target: "managedClusters/*/agentPools/apps",
        reason: "burst pool",
        source: ".akskit.yaml:2:3",
      },
    ],
    now: new Date("2026-01-01T00:00:00Z"),
  });
}
