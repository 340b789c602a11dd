/**
 * The files every root module has: versions.tf (Terraform and provider versions, the azurerm backend),
 * providers.tf, variables.tf rendered from the variables the builders declared, one tfvars per
 * environment and one backend-<name>.hcl per state.
 */
import type { ClusterModel } from "../../model/types.js";
import { attr, attrs, block, raw, renderAssignmentsFile, type BodyItem, type Expr } from "./hcl.js";
import type { TfModule } from "./module.js";

/** azurerm 4.x: the attributes akskit writes are checked against azurerm 4.55 (@cdktf/provider-azurerm 14.23.1). */
export const AZURERM_VERSION = "~> 4.55";
export const TERRAFORM_VERSION = ">= 1.9.0";

export function versionsTf(): BodyItem[] {
  return [
    block(
      "terraform",
      [],
      [
        attr("required_version", TERRAFORM_VERSION),
        block(
          "required_providers",
          [],
          [attr("azurerm", { source: "hashicorp/azurerm", version: AZURERM_VERSION })],
        ),
        { kind: "comment", text: "Partial configuration: terraform init -backend-config=backend-<name>.hcl" },
        block("backend", ["azurerm"], []),
      ],
    ),
  ];
}

export function providersTf(mod: TfModule): BodyItem[] {
  mod.variable({
    name: "subscription_id",
    type: "string",
    nullable: true,
    description: "Subscription to deploy to; null reads ARM_SUBSCRIPTION_ID from the environment.",
    value: () => null,
  });
  return [
    block(
      "provider",
      ["azurerm"],
      [
        attrs({ subscription_id: raw("var.subscription_id"), storage_use_azuread: true }),
        block(
          "features",
          [],
          [
            block("key_vault", [], [attr("purge_soft_delete_on_destroy", false)]),
            block("resource_group", [], [attr("prevent_deletion_if_contains_resources", true)]),
          ],
        ),
      ],
    ),
    block("data", ["azurerm_client_config", "current"], []),
  ];
}

export function variablesTf(mod: TfModule): BodyItem[] {
  return mod.variables().map((v) =>
    block(
      "variable",
      [v.name],
      [
        attrs({
          description: v.description,
          type: raw(v.type),
          ...(v.nullable ? { nullable: true, default: null } : {}),
          ...(v.sensitive ? { sensitive: true } : {}),
        }),
        ...(v.validation ?? []).map((val) =>
          block("validation", [], [attrs({ condition: raw(val.condition), error_message: val.message })]),
        ),
      ],
    ),
  );
}

/** One environment's values; null values of nullable variables are written too, so the file is complete. */
export function tfvars(mod: TfModule, m: ClusterModel, headerText: string): string {
  const values: { key: string; value: Expr }[] = mod
    .variables()
    .map((v) => ({ key: v.name, value: v.value(m) }));
  return renderAssignmentsFile(values, headerText);
}

export interface BackendState {
  platform: string;
  /** State name: an environment or `hub`. */
  name: string;
}

/** The remote state: one storage account per platform (created once, outside akskit), one key per state. */
export function backendHcl(s: BackendState, headerText: string): string {
  const compact = s.platform.replace(/[^a-z0-9]/g, "");
  return renderAssignmentsFile(
    [
      { key: "resource_group_name", value: `rg-${s.platform}-tfstate` },
      { key: "storage_account_name", value: `st${compact}tfstate`.slice(0, 24) },
      { key: "container_name", value: "tfstate" },
      { key: "key", value: `${s.platform}/${s.name}.tfstate` },
      { key: "use_azuread_auth", value: true },
    ],
    headerText,
  );
}
