import { describe, expect, it } from "vitest";
import { auditDocWithMapping } from "../../scripts/generate-rule-docs.js";
import { MAPPING_START } from "../../src/audit/loaders/terraform-map-doc.js";

describe("docs/audit.md", () => {
  it("holds the current Terraform mapping table (run `npx tsx scripts/generate-rule-docs.ts`)", async () => {
    const { current, wanted } = await auditDocWithMapping();
    expect(current).toContain(MAPPING_START);
    expect(current).toBe(wanted);
    expect(current).toMatch(/\| `local_account_disabled` +\| `properties\.disableLocalAccounts` +\|/);
  });
});
