/**
 * gitops.tf: the Flux cluster extension and one Flux configuration whose Kustomization `cluster`
 * reconciles ./clusters/<env> with `post_build.substitute` holding every deploy-time value of
 * src/generate/deploy-values.ts (tenant, client ids, Key Vault, registry, backup names).
 */
import { deployValues, type DeployValue } from "../../generate/deploy-values.js";
import type { ClusterModel } from "../../model/types.js";
import { attr, attrs, block, raw, type BodyItem, type Expr } from "./hcl.js";
import { countFor, ref, type Gate, type TfModule } from "./module.js";
import { CLIENT, CLUSTER, RG } from "./common.js";

/** Seconds of a Go duration such as 10m or 1h30m. */
export function seconds(duration: string): number {
  let total = 0;
  for (const [, n, unit] of duration.matchAll(/(\d+)([hms])/g))
    total += Number(n) * (unit === "h" ? 3600 : unit === "m" ? 60 : 1);
  return total;
}

export function gitopsPath(m: ClusterModel): string {
  return `./clusters/${m.environment}`;
}

export function gitopsBranch(m: ClusterModel): string {
  return m.settings.gitops.layout === "branch-per-environment"
    ? `env/${m.environment}`
    : m.settings.gitops.branch;
}

export interface SubstitutionGates {
  keyVault: Gate;
  registry: Gate;
  velero: Gate;
}

/** The HCL expression of one deploy-time value, or a literal kept in var.gitops_literal_substitutions. */
function sourceExpr(v: DeployValue, g: SubstitutionGates): string | undefined {
  const s = v.source;
  switch (s.kind) {
    case "tenantId":
      return `${CLIENT}.tenant_id`;
    case "subscriptionId":
      return `${CLIENT}.subscription_id`;
    case "literal":
      return undefined;
    case "keyVaultName":
      return ref(g.keyVault, "azurerm_key_vault.this", "name");
    case "keyVaultUri":
      return ref(g.keyVault, "azurerm_key_vault.this", "vault_uri");
    case "registryLoginServer":
      return ref(g.registry, "azurerm_container_registry.this", "login_server");
    case "workloadClientId":
      return `azurerm_user_assigned_identity.workload[${JSON.stringify(s.workload)}].client_id`;
    case "veleroClientId":
      return ref(g.velero, "azurerm_user_assigned_identity.velero", "client_id");
    case "backupStorageAccount":
      return "var.backup_storage_account_name";
    case "backupResourceGroup":
      return `${RG}.name`;
  }
}

export function buildGitOps(mod: TfModule, g: SubstitutionGates): BodyItem[] {
  const flux = mod.gate(
    "gitops_enabled",
    "Install the Flux extension and the Flux configuration.",
    (m) => m.settings.gitops.enabled,
  );
  if (flux.presence === "none") return [];
  mod.variable({
    name: "gitops_literal_substitutions",
    type: "map(string)",
    description:
      "Deploy-time values known when generating (cluster name, environment, location), passed to Flux post-build substitution.",
    value: (m) =>
      Object.fromEntries(
        deployValues(m)
          .filter((v) => v.source.kind === "literal")
          .map((v) => [v.name, v.source.kind === "literal" ? v.source.value : ""]),
      ),
  });
  // Every computed variable of any environment; one an environment lacks is switched off by its gate.
  const computed = new Map<string, { expr: string; envs: Set<string> }>();
  for (const m of mod.models)
    for (const v of deployValues(m)) {
      const expr = sourceExpr(v, g);
      if (!expr) continue;
      const e = computed.get(v.name) ?? { expr, envs: new Set<string>() };
      e.envs.add(m.environment);
      computed.set(v.name, e);
    }
  const always: Record<string, Expr> = {};
  const conditional: string[] = [];
  for (const name of [...computed.keys()].sort()) {
    const e = computed.get(name)!;
    if (e.envs.size === mod.models.length) always[name] = raw(e.expr);
    else {
      const variable = mod.variable({
        name: `gitops_substitute_${name.toLowerCase()}`,
        type: "bool",
        description: `Pass ${name} to Flux (the environment has what it names).`,
        value: (m: ClusterModel) => e.envs.has(m.environment),
      });
      conditional.push(`${variable.text} ? { ${name} = ${e.expr} } : {}`);
    }
  }
  const merged = conditional.length
    ? raw(`merge(
    var.gitops_literal_substitutions,
    local.gitops_computed_substitutions,
${conditional.map((c) => `    ${c},`).join("\n")}
  )`)
    : raw("merge(var.gitops_literal_substitutions, local.gitops_computed_substitutions)");
  const interval = mod.variable({
    name: "gitops_sync_interval_seconds",
    type: "number",
    description: "Flux reconciliation interval in seconds.",
    value: (m) => seconds(m.settings.gitops.interval),
  });
  return [
    block(
      "locals",
      [],
      [attr("gitops_computed_substitutions", always), attr("gitops_substitutions", merged)],
    ),
    block(
      "resource",
      ["azurerm_kubernetes_cluster_extension", "flux"],
      [
        countFor(flux),
        attrs({
          name: "flux",
          cluster_id: raw(`${CLUSTER}.id`),
          extension_type: "microsoft.flux",
          release_namespace: "flux-system",
          configuration_settings: {
            "multiTenancy.enforce": "false",
            "image-automation-controller.enabled": "false",
            "image-reflector-controller.enabled": "false",
          },
        }),
      ],
    ),
    block(
      "resource",
      ["azurerm_kubernetes_flux_configuration", "cluster"],
      [
        countFor(flux),
        attrs({
          name: "cluster",
          cluster_id: raw(`${CLUSTER}.id`),
          namespace: "flux-system",
          scope: "cluster",
        }),
        block(
          "git_repository",
          [],
          [
            attrs({
              url: mod.variable({
                name: "gitops_repository",
                type: "string",
                description: "Git repository Flux reconciles.",
                value: (m) => m.settings.gitops.repository,
                validation: [
                  {
                    condition: `can(regex("^(https://|ssh://|git@)", var.gitops_repository))`,
                    message: "gitops_repository must be an https:// or ssh:// Git URL.",
                  },
                ],
              }),
              reference_type: "branch",
              reference_value: mod.variable({
                name: "gitops_branch",
                type: "string",
                description: "Branch Flux follows (env/<env> for the branch-per-environment layout).",
                value: gitopsBranch,
              }),
              sync_interval_in_seconds: interval,
              timeout_in_seconds: 600,
            }),
          ],
        ),
        block(
          "kustomizations",
          [],
          [
            attrs({
              name: "cluster",
              path: mod.variable({
                name: "gitops_path",
                type: "string",
                description: "Path of the environment in the GitOps repository.",
                value: gitopsPath,
              }),
              garbage_collection_enabled: true,
              sync_interval_in_seconds: interval,
              timeout_in_seconds: 600,
            }),
            block("post_build", [], [attr("substitute", raw("local.gitops_substitutions"))]),
          ],
        ),
        attr("depends_on", [raw("azurerm_kubernetes_cluster_extension.flux")]),
      ],
    ),
  ];
}
