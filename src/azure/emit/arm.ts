/**
 * ARM JSON: one deployable subscription-scope template per environment (`az deployment sub create`).
 * It creates the hub's and the environment's resource groups and deploys into them with nested
 * `Microsoft.Resources/deployments` (`expressionEvaluationOptions.scope: inner`):
 *   1. `akskit-hub` → hub resource group (identical in every environment's template),
 *   2. `akskit-<env>` → the environment's resource group,
 *   3. `akskit-hub-peering-<env>` → hub resource group (the hub's side of the peering),
 *   4. `akskit-flow-logs-<env>` → `NetworkWatcherRG` (VNet flow logs on the regions' Network Watchers).
 */
import { headerLines } from "../../generate/header.js";
import type { GeneratedFile } from "../../generate/types.js";
import type { ClusterModel, PlatformModel } from "../../model/types.js";
import { buildEnvironment, dependencies, symbolTable } from "../build.js";
import { hubOwner } from "../context.js";
import {
  API,
  type ArmResourceDef,
  type Concern,
  NETWORK_WATCHER_RESOURCE_GROUP,
  type ResourceGroupKind,
  concernScope,
} from "../resources.js";
import { type ArmScope, armName, armResourceId, armString, armValue, resourceGroupName } from "./arm-expr.js";

const SUBSCRIPTION_SCHEMA =
  "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#";
const GROUP_SCHEMA = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";

export const ARM_DIR = "infra/arm";

export function buildArmFiles(platform: PlatformModel): GeneratedFile[] {
  return platform.clusters.map((c) => ({
    path: `${ARM_DIR}/${c.environment}.json`,
    content: JSON.stringify(armTemplate(platform, c), null, 2) + "\n",
  }));
}

interface Deployment {
  name: string;
  group: ResourceGroupKind;
  concerns: Concern[];
}

/** The nested deployments of an environment's template, in order. */
export function deploymentsOf(c: ClusterModel): Deployment[] {
  return [
    { name: "akskit-hub", group: "hub", concerns: ["hub"] },
    { name: `akskit-${c.environment}`, group: "environment", concerns: envConcerns },
    { name: `akskit-hub-peering-${c.environment}`, group: "hub", concerns: ["hubPeering"] },
    { name: `akskit-flow-logs-${c.environment}`, group: "networkWatcher", concerns: ["flowLogs"] },
  ];
}
const envConcerns: Concern[] = [
  "network",
  "monitoring",
  "registry",
  "keyvault",
  "cluster",
  "identity",
  "alerts",
  "policy",
  "backup",
  "gitops",
];

export function armTemplate(platform: PlatformModel, c: ClusterModel): Record<string, unknown> {
  const resources = buildEnvironment(platform, c);
  const symbols = symbolTable(resources);
  const hubLocation = hubOwner(platform)?.location ?? c.location;
  const [first, second] = headerLines(c.platform.specFile, "arm");
  const rgId = (name: string) =>
    `[subscriptionResourceId('Microsoft.Resources/resourceGroups', ${armString(name)})]`;
  const deploymentId = (rg: string, name: string) =>
    `[extensionResourceId(format('/subscriptions/{0}/resourceGroups/{1}', subscription().subscriptionId, ${armString(rg)}), 'Microsoft.Resources/deployments', ${armString(name)})]`;
  const usesHub = resources.some((r) => concernScope(r.concern) === "hub");
  const top: Record<string, unknown>[] = [];
  if (usesHub)
    top.push({
      type: "Microsoft.Resources/resourceGroups",
      apiVersion: API.resourceGroups,
      name: c.names.hubResourceGroup,
      location: "[parameters('hubLocation')]",
      tags: hubTags(c.tags),
      properties: {},
    });
  top.push({
    type: "Microsoft.Resources/resourceGroups",
    apiVersion: API.resourceGroups,
    name: c.names.resourceGroup,
    location: "[parameters('location')]",
    tags: c.tags,
    properties: {},
  });
  if (resources.some((r) => concernScope(r.concern) === "networkWatcher"))
    // Azure creates NetworkWatcherRG with the first virtual network of a subscription; declaring it again
    // with the same region is a no-op (a different region is rejected: see docs/generate.md).
    top.push({
      type: "Microsoft.Resources/resourceGroups",
      apiVersion: API.resourceGroups,
      name: NETWORK_WATCHER_RESOURCE_GROUP,
      location: usesHub ? "[parameters('hubLocation')]" : "[parameters('location')]",
      properties: {},
    });
  const previous: string[] = [];
  for (const d of deploymentsOf(c)) {
    const members = resources.filter((r) => d.concerns.includes(r.concern));
    if (members.length === 0) continue;
    const rg = resourceGroupName(d.group, c);
    const scope: ArmScope = { group: d.group, symbols, cluster: c };
    const locations = deploymentLocations(d.group, usesHub);
    top.push({
      type: "Microsoft.Resources/deployments",
      apiVersion: API.deployments,
      name: d.name,
      resourceGroup: rg,
      dependsOn: [rgId(rg), ...previous],
      properties: {
        mode: "Incremental",
        expressionEvaluationOptions: { scope: "inner" },
        parameters: Object.fromEntries(locations.map((l) => [l, { value: `[parameters('${l}')]` }])),
        template: {
          $schema: GROUP_SCHEMA,
          contentVersion: "1.0.0.0",
          parameters: Object.fromEntries(locations.map((l) => [l, { type: "string" }])),
          resources: nest(members, scope),
        },
      },
    });
    previous.push(deploymentId(rg, d.name));
  }
  return {
    $schema: SUBSCRIPTION_SCHEMA,
    contentVersion: "1.0.0.0",
    metadata: {
      _generator: { name: "akskit", target: "arm" },
      description: `${first} ${second}`,
      environment: c.environment,
    },
    parameters: {
      location: {
        type: "string",
        defaultValue: c.location,
        metadata: { description: `Azure region of the ${c.environment} environment.` },
      },
      ...(usesHub
        ? {
            hubLocation: {
              type: "string",
              defaultValue: hubLocation,
              metadata: { description: "Azure region of the shared hub." },
            },
          }
        : {}),
    },
    resources: top,
  };
}

/** The region parameters a nested deployment receives. */
function deploymentLocations(group: ResourceGroupKind, usesHub: boolean): string[] {
  if (group === "hub") return ["hubLocation"];
  if (group === "environment") return ["location"];
  return usesHub ? ["hubLocation", "location"] : ["location"];
}

function hubTags(tags: Record<string, string>): Record<string, string> {
  return { ...tags, environment: "shared" };
}

/**
 * Template resources: children whose parent is in the same template are nested in the parent's
 * `resources` with their short type and name (the schemas check child names in that form).
 */
function nest(members: ArmResourceDef[], scope: ArmScope): Record<string, unknown>[] {
  const inTemplate = new Set(members.map((m) => m.symbol));
  const children = new Map<string, ArmResourceDef[]>();
  for (const r of members)
    if (r.parent && inTemplate.has(r.parent)) children.set(r.parent, [...(children.get(r.parent) ?? []), r]);
  const render = (r: ArmResourceDef, nested: boolean): Record<string, unknown> => {
    const out = armResource(r, members, scope, nested);
    const kids = children.get(r.symbol);
    if (kids) out.resources = kids.map((k) => render(k, true));
    return out;
  };
  return members.filter((r) => !(r.parent && inTemplate.has(r.parent))).map((r) => render(r, false));
}

function armResource(
  r: ArmResourceDef,
  members: ArmResourceDef[],
  scope: ArmScope,
  nested: boolean,
): Record<string, unknown> {
  const inTemplate = new Set(members.map((m) => m.symbol));
  const deps = dependencies(r).filter((s) => inTemplate.has(s) && s !== r.scope);
  // An extension resource's scope target is a dependency too (when it is in this template).
  if (r.scope && inTemplate.has(r.scope)) deps.unshift(r.scope);
  const target = r.scope ? scope.symbols.get(r.scope)! : undefined;
  const out: Record<string, unknown> = {
    type: nested ? r.type.slice(r.type.lastIndexOf("/") + 1) : r.type,
    apiVersion: r.apiVersion,
    name: nested ? armName({ ...r, parent: undefined }, scope) : armName(r, scope),
  };
  if (target) out.scope = `${target.type}/${armName(target, scope)}`;
  if (r.location !== undefined) out.location = armValue(r.location, scope);
  if (r.tags) out.tags = r.tags;
  if (r.kind) out.kind = r.kind;
  if (r.sku) out.sku = armValue(r.sku, scope);
  if (r.identity) out.identity = armValue(r.identity, scope);
  if (r.zones) out.zones = r.zones;
  if (deps.length > 0) out.dependsOn = [...new Set(deps)].map((s) => `[${armResourceId(s, scope)}]`);
  if (r.properties) out.properties = armValue(r.properties, scope);
  return out;
}
