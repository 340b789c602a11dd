/** Variables and references every concern of the environment module uses. */
import type { ClusterModel } from "../../model/types.js";
import { raw, type Raw } from "./hcl.js";
import type { TfModule } from "./module.js";

export const RG = "azurerm_resource_group.this";
export const CLUSTER = "azurerm_kubernetes_cluster.this";
export const CLIENT = "data.azurerm_client_config.current";

export const cidrValidation = (expr: string, what: string) => ({
  condition: `can(cidrhost(${expr}, 0))`,
  message: `${what} must be an IPv4 CIDR such as 10.240.0.0/16.`,
});

export function enumValidation(name: string, values: string[], nullable = false) {
  const list = `[${values.map((v) => JSON.stringify(v)).join(", ")}]`;
  return {
    // Terraform's || does not short-circuit and contains() rejects null: test null with a conditional.
    condition: nullable
      ? `var.${name} == null ? true : contains(${list}, var.${name})`
      : `contains(${list}, var.${name})`,
    message: `${name} must be one of ${values.join(", ")}${nullable ? " (or null)" : ""}.`,
  };
}

export function location(mod: TfModule): Raw {
  return mod.variable({
    name: "location",
    type: "string",
    description: "Azure region of the environment's resources.",
    validation: [
      {
        condition: `can(regex("^[a-z0-9]+$", var.location))`,
        message: "location must be an Azure region name such as westeurope.",
      },
    ],
    value: (m) => m.location,
  });
}

export function tags(mod: TfModule): Raw {
  return mod.variable({
    name: "tags",
    type: "map(string)",
    description: "Tags on every resource.",
    value: (m) => sortedRecord(m.tags),
  });
}

export function environment(mod: TfModule): Raw {
  return mod.variable({
    name: "environment",
    type: "string",
    description: "Environment name (one cluster per environment).",
    value: (m) => m.environment,
  });
}

export function clusterName(mod: TfModule): Raw {
  return mod.variable({
    name: "cluster_name",
    type: "string",
    description: "AKS cluster name.",
    validation: [
      {
        condition: `can(regex("^[A-Za-z0-9][-A-Za-z0-9_]{0,61}[A-Za-z0-9]$", var.cluster_name))`,
        message:
          "cluster_name must be 2-63 letters, digits, '-' or '_', starting and ending with a letter or digit.",
      },
    ],
    value: (m) => m.names.cluster,
  });
}

/** Keys sorted, so tfvars and maps are byte-stable whatever order the spec used. */
export function sortedRecord<T>(r: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));
}

/** Common `name`/`location`/`resource_group_name` head of a resource in the environment's group. */
export function placed(mod: TfModule, name: Raw | string) {
  return {
    name,
    location: location(mod),
    resource_group_name: raw(`${RG}.name`),
  };
}

export const isHubSpoke = (m: ClusterModel) => m.settings.network.topology === "hub-spoke";
