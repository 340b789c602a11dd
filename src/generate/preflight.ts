/**
 * Checks, before anything is generated, the spec values the generators cannot turn into Azure
 * resources, so that the user gets file:line:col and exit 2 instead of a failure half-way: workload role
 * names akskit has no built-in role definition id for, and role scopes given as resource ids (the
 * templates assign roles only on the Key Vault, the registry and the resource group they create).
 */
import { BUILT_IN_ROLES, roleDefinitionGuid } from "../azure/roles.js";
import type { Diagnostic } from "../errors.js";
import type { LoadedSpec } from "../spec/load.js";

const SCOPES = ["keyVault", "registry", "resourceGroup"];

export function preflight(spec: LoadedSpec): Diagnostic[] {
  const out: Diagnostic[] = [];
  (spec.document.spec.workloads ?? []).forEach((w, i) =>
    (w.identity?.roles ?? []).forEach((r, j) => {
      const base = ["spec", "workloads", i, "identity", "roles", j] as const;
      if (!roleDefinitionGuid(r.role))
        out.push({
          severity: "error",
          code: "unknown-role",
          message: `workload "${w.name}": "${r.role}" is not a built-in role akskit knows`,
          hint: `use a role definition id (GUID) or one of: ${Object.keys(BUILT_IN_ROLES).sort().join(", ")}`,
          location: spec.source.locateValue([...base, "role"]),
        });
      if (!SCOPES.includes(r.scope))
        out.push({
          severity: "error",
          code: "role-scope-not-generated",
          message: `workload "${w.name}": role scope "${r.scope}" is outside what akskit deploys`,
          hint: "use keyVault, registry or resourceGroup, and assign roles on other resources outside the generated templates",
          location: spec.source.locateValue([...base, "scope"]),
        });
    }),
  );
  return out;
}
