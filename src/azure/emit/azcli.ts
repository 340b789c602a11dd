/**
 * The az CLI quick start: `infra/azcli/<env>.sh`, an imperative script in the seeds' style (set -euo
 * pipefail, numbered and commented steps). It creates the same resources as the ARM and Bicep targets,
 * in dependency order: dedicated `az` commands where the CLI has them (groups, VNets, NSGs, route tables,
 * public IPs, identities, role assignments, registry, Key Vault, Log Analytics, `az aks create` with every
 * setting of the model, node pools, maintenance windows, federated credentials, cluster extensions), and
 * `az rest --method put` with the resource's ARM body for the rest.
 */
import { header } from "../../generate/header.js";
import type { GeneratedFile } from "../../generate/types.js";
import type { ClusterModel, PlatformModel } from "../../model/types.js";
import { buildEnvironment, dependencies, symbolTable } from "../build.js";
import { firewallEgress, hubOwner } from "../context.js";
import {
  Expr,
  type ExprArg,
  IDENTITY_KEY_PREFIX,
  PUBLIC_CLOUD,
  type Value,
  type ValueObject,
  isValueObject,
} from "../expr.js";
import { type ArmResourceDef, NETWORK_WATCHER_RESOURCE_GROUP, concernScope } from "../resources.js";

export const AZCLI_DIR = "infra/azcli";

export function buildAzCliFiles(platform: PlatformModel): GeneratedFile[] {
  return platform.clusters.map((c) => ({
    path: `${AZCLI_DIR}/${c.environment}.sh`,
    content: script(platform, c),
  }));
}

/** Single-quotes a shell word unless it is plain. */
export function q(s: string): string {
  return /^[A-Za-z0-9_./:=,@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** A scalar of a resource body as text. */
function lit(v: Value | undefined): string {
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return String(v);
  throw new Error(`expected a scalar, got ${JSON.stringify(v)}`);
}

/** A double-quoted shell word that may expand variables and command substitutions. */
const dq = (s: string): string => `"${s}"`;

class Shell {
  readonly symbols: Map<string, ArmResourceDef>;
  constructor(
    readonly cluster: ClusterModel,
    resources: ArmResourceDef[],
  ) {
    this.symbols = symbolTable(resources);
  }

  rg(r: ArmResourceDef): string {
    const group = concernScope(r.concern);
    if (group === "networkWatcher") return NETWORK_WATCHER_RESOURCE_GROUP;
    return group === "hub" ? "${HUB_RESOURCE_GROUP}" : "${RESOURCE_GROUP}";
  }

  /** The resource id, as text for a double-quoted shell word. */
  id(symbol: string): string {
    const r = this.symbols.get(symbol)!;
    if (r.scope) return `${this.id(r.scope)}/providers/${r.type}/${this.nameText(r)}`;
    const segs: string[] = [];
    for (let x: ArmResourceDef | undefined = r; x; x = x.parent ? this.symbols.get(x.parent) : undefined)
      segs.unshift(this.nameText(x));
    const [ns, ...types] = r.type.split("/");
    const path = types.map((t, i) => `${t}/${segs[i]}`).join("/");
    return `/subscriptions/\${SUBSCRIPTION_ID}/resourceGroups/${this.rg(r)}/providers/${ns}/${path}`;
  }

  nameText(r: ArmResourceDef): string {
    if (typeof r.name === "string") return r.name;
    if (r.name.node.kind === "guid") throw new Error(`resource ${r.symbol} has a computed name`);
    return this.expr(r.name);
  }

  /** An expression as text inside a double-quoted shell word. */
  expr(e: Expr): string {
    const n = e.node;
    const arg = (a: ExprArg) => (typeof a === "string" ? a : this.expr(a));
    switch (n.kind) {
      case "param":
        return n.name === "hubLocation" ? "${HUB_LOCATION}" : "${LOCATION}";
      case "id":
        return this.id(n.symbol);
      case "childId":
        return `${this.id(n.symbol)}/${n.childType}/${n.childName}`;
      case "ref": {
        const r = this.symbols.get(n.symbol)!;
        const query = n.root ? n.path : `properties.${n.path}`;
        return `$(az resource show --ids "${this.id(n.symbol)}" --api-version ${r.apiVersion} --query "${query}" --output tsv)`;
      }
      case "tenantId":
        return "${TENANT_ID}";
      case "subscriptionId":
        return "${SUBSCRIPTION_ID}";
      case "resourceGroupId":
        return "/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}";
      case "roleDefinition":
        return `/subscriptions/\${SUBSCRIPTION_ID}/providers/Microsoft.Authorization/roleDefinitions/${n.guid}`;
      case "concat":
        return n.parts.map(arg).join("");
      case "guid":
        throw new Error("guid() has no shell form; role assignments use az role assignment create");
      case "list":
        return n.items.join(",");
      case "cloud":
        return PUBLIC_CLOUD[n.value];
    }
  }

  /** A value as a shell word. */
  word(v: Value): string {
    if (v instanceof Expr) return dq(this.expr(v));
    return q(lit(v));
  }

  /** JSON for an unquoted heredoc: literal `\`, `$` and backquotes escaped, expressions expanded. */
  json(v: Value): string {
    const exprs: string[] = [];
    const plain = (x: Value): unknown => {
      if (x instanceof Expr) {
        if (x.node.kind === "list") return x.node.items;
        exprs.push(this.expr(x));
        return `@@AKSKIT_${exprs.length - 1}@@`;
      }
      if (Array.isArray(x)) return x.map(plain);
      if (isValueObject(x)) {
        const out: Record<string, unknown> = {};
        for (const [k, y] of Object.entries(x)) {
          const key = k.startsWith(IDENTITY_KEY_PREFIX)
            ? plain(new Expr({ kind: "id", symbol: k.slice(IDENTITY_KEY_PREFIX.length) }))
            : k;
          out[key as string] = plain(y);
        }
        return out;
      }
      return x;
    };
    const text = JSON.stringify(plain(v), null, 2)
      .replace(/\\/g, "\\\\")
      .replace(/\$/g, "\\$")
      .replace(/`/g, "\\`");
    return text.replace(/@@AKSKIT_(\d+)@@/g, (_, i: string) => exprs[Number(i)]!);
  }
}

function tagsArgs(tags: Record<string, string> | undefined): string {
  if (!tags || Object.keys(tags).length === 0) return "";
  return ` \\\n    --tags ${Object.entries(tags)
    .map(([k, v]) => q(`${k}=${v}`))
    .join(" ")}`;
}

/** Dependency order, stable: each resource after everything it depends on. */
function ordered(resources: ArmResourceDef[]): ArmResourceDef[] {
  const bySymbol = symbolTable(resources);
  const done = new Set<string>();
  const out: ArmResourceDef[] = [];
  const visit = (r: ArmResourceDef, stack: Set<string>) => {
    if (done.has(r.symbol) || stack.has(r.symbol)) return;
    stack.add(r.symbol);
    for (const d of dependencies(r)) {
      const dep = bySymbol.get(d);
      if (dep) visit(dep, stack);
    }
    stack.delete(r.symbol);
    done.add(r.symbol);
    out.push(r);
  };
  for (const r of resources) visit(r, new Set());
  return out;
}

function script(platform: PlatformModel, c: ClusterModel): string {
  const resources = buildEnvironment(platform, c);
  const sh = new Shell(c, resources);
  const hubLocation = hubOwner(platform)?.location ?? c.location;
  const usesHub = resources.some((r) => concernScope(r.concern) === "hub");
  const lines: string[] = [
    "#!/usr/bin/env bash",
    header(c.platform.specFile, "azcli", "hash").trimEnd(),
    `#`,
    `# Quick start for the ${c.environment} environment of ${c.platform.name}: creates every resource of the ARM`,
    `# and Bicep targets with the Azure CLI, step by step. For repeatable deployments prefer`,
    `#   az deployment sub create --location ${c.location} --template-file ../arm/${c.environment}.json`,
    "# Needs: az login, Azure CLI 2.61 or later, and the k8s-extension and amg CLI extensions",
    "#   (az extension add --name k8s-extension; az extension add --name amg).",
    "set -euo pipefail",
    "",
    `LOCATION=${q(c.location)}`,
    `HUB_LOCATION=${q(hubLocation)}`,
    `RESOURCE_GROUP=${q(c.names.resourceGroup)}`,
    `HUB_RESOURCE_GROUP=${q(c.names.hubResourceGroup)}`,
    `CLUSTER=${q(c.names.cluster)}`,
    'SUBSCRIPTION_ID="$(az account show --query id --output tsv)"',
    'TENANT_ID="$(az account show --query tenantId --output tsv)"',
    'ARM_ENDPOINT="$(az cloud show --query endpoints.resourceManager --output tsv)"',
    "",
    "# Creates or updates a resource from its ARM body (resources without a dedicated az command).",
    "arm_put() {",
    "  local body",
    '  body="$(mktemp)"',
    '  cat >"$body"',
    '  az rest --method put --url "${ARM_ENDPOINT%/}$1?api-version=$2" --body "@$body" --output none',
    '  rm -f "$body"',
    "}",
    "",
  ];
  let step = 0;
  const stepTitle = (title: string) => {
    step++;
    lines.push(`# ${step}. ${title}`);
  };
  stepTitle("Resource groups");
  if (usesHub)
    lines.push(
      `az group create --name "\${HUB_RESOURCE_GROUP}" --location "\${HUB_LOCATION}"${tagsArgs({ ...c.tags, environment: "shared" })} --output none`,
    );
  lines.push(
    `az group create --name "\${RESOURCE_GROUP}" --location "\${LOCATION}"${tagsArgs(c.tags)} --output none`,
  );
  if (resources.some((r) => concernScope(r.concern) === "networkWatcher"))
    lines.push(
      "# Azure creates NetworkWatcherRG with a subscription's first VNet, possibly in another region: keep it then.",
      `az group show --name ${NETWORK_WATCHER_RESOURCE_GROUP} --output none 2>/dev/null ||${cont}az group create --name ${NETWORK_WATCHER_RESOURCE_GROUP} --location "\${${usesHub ? "HUB_LOCATION" : "LOCATION"}}" --output none`,
    );
  lines.push("");
  for (const r of ordered(resources)) {
    stepTitle(r.description.replace(/\.$/, ""));
    lines.push(...command(sh, c, r), "");
  }
  stepTitle("Credentials");
  lines.push(
    c.settings.apiServer.access === "public"
      ? 'az aks get-credentials --resource-group "${RESOURCE_GROUP}" --name "${CLUSTER}" --overwrite-existing'
      : '# The API server is private: connect through Bastion (az network bastion tunnel) or a peered network, then\n#   az aks get-credentials --resource-group "${RESOURCE_GROUP}" --name "${CLUSTER}" --overwrite-existing',
    'echo "Created ${CLUSTER} in ${RESOURCE_GROUP}."',
    "",
  );
  return lines.join("\n");
}

const cont = " \\\n    ";

function command(sh: Shell, c: ClusterModel, r: ArmResourceDef): string[] {
  const rg = `--resource-group "${sh.rg(r)}"`;
  const loc = r.location !== undefined ? `--location ${sh.word(r.location)}` : "";
  const p = (r.properties ?? {}) as Record<string, Value>;
  switch (r.type) {
    case "Microsoft.Network/virtualNetworks":
      return vnet(sh, r, rg, loc);
    case "Microsoft.Network/networkSecurityGroups": {
      const out = [
        `az network nsg create ${rg} --name ${q(sh.nameText(r))} ${loc}${tagsArgs(r.tags)} --output none`,
      ];
      for (const rule of (p.securityRules as ValueObject[] | undefined) ?? []) {
        const rp = rule.properties as Record<string, string | number>;
        out.push(
          `az network nsg rule create ${rg} --nsg-name ${q(sh.nameText(r))} --name ${q(lit(rule.name))}${cont}--priority ${rp.priority} --direction ${rp.direction} --access ${rp.access} --protocol ${rp.protocol}${cont}--source-address-prefixes ${q(lit(rp.sourceAddressPrefix))} --source-port-ranges '*'${cont}--destination-address-prefixes ${q(lit(rp.destinationAddressPrefix))} --destination-port-ranges ${q(lit(rp.destinationPortRange))} --output none`,
        );
      }
      return out;
    }
    case "Microsoft.Network/routeTables": {
      const out = [
        `az network route-table create ${rg} --name ${q(sh.nameText(r))} ${loc} --disable-bgp-route-propagation true${tagsArgs(r.tags)} --output none`,
      ];
      for (const route of (p.routes as ValueObject[] | undefined) ?? []) {
        const rp = route.properties as Record<string, Value>;
        out.push(
          `az network route-table route create ${rg} --route-table-name ${q(sh.nameText(r))} --name ${q(lit(route.name))}${cont}--address-prefix ${sh.word(rp.addressPrefix!)} --next-hop-type ${sh.word(rp.nextHopType!)}${cont}--next-hop-ip-address ${sh.word(rp.nextHopIpAddress!)} --output none`,
        );
      }
      return out;
    }
    case "Microsoft.Network/publicIPAddresses":
      return [
        `az network public-ip create ${rg} --name ${q(sh.nameText(r))} ${loc}${cont}--sku Standard --allocation-method Static --version IPv4${r.zones ? ` --zone ${r.zones.join(" ")}` : ""}${tagsArgs(r.tags)} --output none`,
      ];
    case "Microsoft.ManagedIdentity/userAssignedIdentities":
      return [`az identity create ${rg} --name ${q(sh.nameText(r))} ${loc}${tagsArgs(r.tags)} --output none`];
    case "Microsoft.Authorization/roleAssignments": {
      const role = (p.roleDefinitionId as Expr).node;
      const guid = role.kind === "roleDefinition" ? role.guid : "";
      const scope = r.scope
        ? dq(sh.id(r.scope))
        : '"/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}"';
      return [
        `az role assignment create --role ${guid}${cont}--assignee-object-id ${sh.word(p.principalId!)} --assignee-principal-type ServicePrincipal${cont}--scope ${scope} --output none`,
      ];
    }
    case "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials": {
      const parent = sh.symbols.get(r.parent!)!;
      return [
        `az identity federated-credential create ${rg} --identity-name ${q(sh.nameText(parent))} --name ${q(sh.nameText(r))}${cont}--issuer ${sh.word(p.issuer!)}${cont}--subject ${q(lit(p.subject))} --audiences ${q(((p.audiences as string[]) ?? [])[0] ?? "")} --output none`,
      ];
    }
    case "Microsoft.ContainerService/managedClusters":
      return aksCreate(sh, c, r);
    case "Microsoft.ContainerService/managedClusters/agentPools":
      return nodepoolAdd(sh, r);
    case "Microsoft.ContainerService/managedClusters/maintenanceConfigurations": {
      const w = (p.maintenanceWindow as Record<string, Value>) ?? {};
      const weekly = ((w.schedule as ValueObject).weekly as Record<string, Value>) ?? {};
      return [
        `az aks maintenanceconfiguration add ${rg} --cluster-name "\${CLUSTER}" --name ${q(sh.nameText(r))}${cont}--schedule-type Weekly --day-of-week ${q(lit(weekly.dayOfWeek))} --interval-weeks ${lit(weekly.intervalWeeks)}${cont}--start-time ${q(lit(w.startTime))} --duration ${lit(w.durationHours)} --utc-offset ${q(lit(w.utcOffset))} --output none`,
      ];
    }
    case "Microsoft.ContainerRegistry/registries": {
      const sku = (r.sku?.name as string) ?? "Premium";
      const publicAccess = p.publicNetworkAccess === "Disabled" ? "false" : "true";
      return [
        `az acr create ${rg} --name ${q(sh.nameText(r))} ${loc} --sku ${sku}${cont}--admin-enabled false --public-network-enabled ${publicAccess}${p.zoneRedundancy ? ` --zone-redundancy ${lit(p.zoneRedundancy)}` : ""}${tagsArgs(r.tags)} --output none`,
      ];
    }
    case "Microsoft.ContainerRegistry/registries/replications":
      return [
        `az acr replication create --registry ${q(sh.nameText(sh.symbols.get(r.parent!)!))} ${rg} --location ${sh.word(r.location!)} --zone-redundancy Enabled --output none`,
      ];
    case "Microsoft.KeyVault/vaults": {
      const acls = (p.networkAcls as Record<string, string>) ?? {};
      return [
        `az keyvault create ${rg} --name ${q(sh.nameText(r))} ${loc}${cont}--enable-rbac-authorization true --retention-days ${lit(p.softDeleteRetentionInDays)}${p.enablePurgeProtection ? " --enable-purge-protection true" : ""}${cont}--public-network-access ${lit(p.publicNetworkAccess)} --default-action ${acls.defaultAction ?? "Allow"} --bypass ${acls.bypass ?? "AzureServices"}${tagsArgs(r.tags)} --output none`,
      ];
    }
    case "Microsoft.KeyVault/vaults/keys":
      return keyCreate(sh, r);
    case "Microsoft.Compute/diskEncryptionSets": {
      const key = p.activeKey as Record<string, Value>;
      return [
        `az disk-encryption-set create ${rg} --name ${q(sh.nameText(r))} ${loc}${cont}--key-url ${sh.word(key.keyUrl!)}${cont}--source-vault ${sh.word((key.sourceVault as ValueObject).id!)}${cont}--encryption-type ${lit(p.encryptionType)} --enable-auto-key-rotation ${lit(p.rotationToLatestKeyVersionEnabled)} --mi-system-assigned${tagsArgs(r.tags)} --output none`,
      ];
    }
    case "Microsoft.Network/networkWatchers":
      return [
        `az network watcher configure --resource-group ${NETWORK_WATCHER_RESOURCE_GROUP} --locations ${sh.word(r.location!)} --enabled true --output none`,
      ];
    case "Microsoft.Network/networkWatchers/flowLogs":
      return flowLogCreate(sh, r);
    case "Microsoft.OperationalInsights/workspaces":
      return [
        `az monitor log-analytics workspace create ${rg} --workspace-name ${q(sh.nameText(r))} ${loc}${cont}--sku PerGB2018 --retention-time ${lit(p.retentionInDays)}${tagsArgs(r.tags)} --output none`,
      ];
    case "Microsoft.KubernetesConfiguration/extensions": {
      const settings = (p.configurationSettings as Record<string, Value> | undefined) ?? {};
      const cfg = Object.entries(settings).map(([k, v]) =>
        v instanceof Expr ? `"${k}=${sh.expr(v)}"` : q(`${k}=${String(v as string)}`),
      );
      return [
        `az k8s-extension create ${rg} --cluster-name "\${CLUSTER}" --cluster-type managedClusters${cont}--name ${q(sh.nameText(r))} --extension-type ${q(lit(p.extensionType))} --release-train ${q(lit(p.releaseTrain))} --auto-upgrade-minor-version true${cfg.length > 0 ? `${cont}--configuration-settings ${cfg.join(" ")}` : ""} --output none`,
      ];
    }
    default:
      return armPut(sh, r);
  }
}

function keyCreate(sh: Shell, r: ArmResourceDef): string[] {
  const p = r.properties as Record<string, Value>;
  const vault = q(sh.nameText(sh.symbols.get(r.parent!)!));
  const name = q(sh.nameText(r));
  const policy = p.rotationPolicy as ValueObject | undefined;
  const out = [
    "# Key Vault data plane: run from a network that reaches the vault (its public access is off when it has a",
    "# private endpoint), with a Key Vault Crypto Officer role on it.",
    `az keyvault key create --vault-name ${vault} --name ${name}${cont}--kty ${lit(p.kty)} --size ${lit(p.keySize)} --ops ${((p.keyOps as string[]) ?? []).join(" ")}${tagsArgs(r.tags)} --output none`,
  ];
  if (policy) {
    // The data plane's policy format: action types are capitalised (Rotate, Notify).
    const lifetimeActions = ((policy.lifetimeActions as ValueObject[]) ?? []).map((a) => {
      const type = lit((a.action as ValueObject).type);
      return { trigger: a.trigger!, action: { type: type[0]!.toUpperCase() + type.slice(1) } };
    });
    out.push(
      'policy="$(mktemp)"',
      'cat >"$policy" <<JSON',
      sh.json({ lifetimeActions, attributes: policy.attributes! }),
      "JSON",
      `az keyvault key rotation-policy update --vault-name ${vault} --name ${name} --value "@$policy" --output none`,
      'rm -f "$policy"',
    );
  }
  return out;
}

function flowLogCreate(sh: Shell, r: ArmResourceDef): string[] {
  const p = r.properties as Record<string, Value>;
  const retention = p.retentionPolicy as Record<string, Value>;
  const format = p.format as Record<string, Value>;
  const ta = (p.flowAnalyticsConfiguration as ValueObject).networkWatcherFlowAnalyticsConfiguration as Record<
    string,
    Value
  >;
  return [
    `az network watcher flow-log create --location ${sh.word(r.location!)} --name ${q(sh.nameText(r))}${cont}--vnet ${sh.word(p.targetResourceId!)}${cont}--storage-account ${sh.word(p.storageId!)}${cont}--enabled true --format ${lit(format.type)} --log-version ${lit(format.version)} --retention ${lit(retention.days)}${cont}--traffic-analytics ${lit(ta.enabled)} --workspace ${sh.word(ta.workspaceResourceId!)} --interval ${lit(ta.trafficAnalyticsInterval)}${tagsArgs(r.tags)} --output none`,
  ];
}

function vnet(sh: Shell, r: ArmResourceDef, rg: string, loc: string): string[] {
  const p = r.properties as Record<string, Value>;
  const prefixes = ((p.addressSpace as ValueObject).addressPrefixes as string[]).join(" ");
  const out = [
    `az network vnet create ${rg} --name ${q(sh.nameText(r))} ${loc} --address-prefixes ${prefixes}${tagsArgs(r.tags)} --output none`,
  ];
  for (const s of (p.subnets as ValueObject[]) ?? []) {
    const sp = s.properties as Record<string, Value>;
    const args = [`--address-prefixes ${q(lit(sp.addressPrefix))}`];
    const ref = (v: Value | undefined) => (v && isValueObject(v) ? sh.word(v.id!) : undefined);
    const nsg = ref(sp.networkSecurityGroup);
    if (nsg) args.push(`--network-security-group ${nsg}`);
    const rt = ref(sp.routeTable);
    if (rt) args.push(`--route-table ${rt}`);
    const nat = ref(sp.natGateway);
    if (nat) args.push(`--nat-gateway ${nat}`);
    if (sp.delegations) args.push("--delegations Microsoft.ContainerService/managedClusters");
    if (sp.privateEndpointNetworkPolicies)
      args.push(`--private-endpoint-network-policies ${lit(sp.privateEndpointNetworkPolicies)}`);
    out.push(
      `az network vnet subnet create ${rg} --vnet-name ${q(sh.nameText(r))} --name ${q(lit(s.name))}${cont}${args.join(cont)} --output none`,
    );
  }
  return out;
}

function armPut(sh: Shell, r: ArmResourceDef): string[] {
  const body: ValueObject = {};
  if (r.location !== undefined) body.location = r.location;
  if (r.tags) body.tags = r.tags;
  if (r.kind) body.kind = r.kind;
  if (r.sku) body.sku = r.sku;
  if (r.identity) body.identity = r.identity;
  if (r.zones) body.zones = r.zones;
  if (r.properties) body.properties = r.properties;
  return [`arm_put "${sh.id(r.symbol)}" ${r.apiVersion} <<JSON`, sh.json(body), "JSON"];
}

function poolFlags(sh: Shell, p: Record<string, Value>, prefix: "node" | "pool"): string[] {
  const f: string[] = [];
  const node = prefix === "node";
  f.push(`${node ? "--node-vm-size" : "--node-vm-size"} ${lit(p.vmSize)}`);
  f.push(`${node ? "--node-count" : "--node-count"} ${lit(p.count)}`);
  f.push(`--enable-cluster-autoscaler --min-count ${lit(p.minCount)} --max-count ${lit(p.maxCount)}`);
  if (p.availabilityZones) f.push(`--zones ${(p.availabilityZones as string[]).join(" ")}`);
  f.push(`--os-sku ${lit(p.osSKU)}`);
  f.push(`--node-osdisk-type ${lit(p.osDiskType)} --node-osdisk-size ${lit(p.osDiskSizeGB)}`);
  f.push(`--max-pods ${lit(p.maxPods)}`);
  f.push(`${node ? "--vnet-subnet-id" : "--vnet-subnet-id"} ${sh.word(p.vnetSubnetID!)}`);
  if (p.nodeTaints)
    f.push(`${node ? "--nodepool-taints" : "--node-taints"} ${q((p.nodeTaints as string[]).join(","))}`);
  if (p.nodeLabels)
    f.push(
      `${node ? "--nodepool-labels" : "--labels"} ${Object.entries(p.nodeLabels as Record<string, string>)
        .map(([k, v]) => q(`${k}=${v}`))
        .join(" ")}`,
    );
  const upgrade = p.upgradeSettings as Record<string, string> | undefined;
  if (upgrade?.maxSurge) f.push(`--max-surge ${upgrade.maxSurge}`);
  if (p.enableEncryptionAtHost) f.push("--enable-encryption-at-host");
  if (p.enableFIPS) f.push("--enable-fips-image");
  return f;
}

function nodepoolAdd(sh: Shell, r: ArmResourceDef): string[] {
  const p = r.properties as Record<string, Value>;
  const f = [`--mode ${lit(p.mode)}`, ...poolFlags(sh, p, "pool")];
  if (p.scaleSetPriority === "Spot")
    f.push(
      `--priority Spot --eviction-policy ${lit(p.scaleSetEvictionPolicy)} --spot-max-price ${lit(p.spotMaxPrice)}`,
    );
  return [
    `az aks nodepool add --resource-group "\${RESOURCE_GROUP}" --cluster-name "\${CLUSTER}" --name ${q(sh.nameText(r))}${cont}${f.join(cont)} --output none`,
  ];
}

function aksCreate(sh: Shell, c: ClusterModel, r: ArmResourceDef): string[] {
  const s = c.settings;
  const p = r.properties as Record<string, Value>;
  const f: string[] = [];
  f.push(
    `--location "\${LOCATION}" --tier ${s.tier.toLowerCase()} --kubernetes-version ${s.kubernetesVersion}`,
  );
  f.push(`--dns-name-prefix ${q(c.names.cluster)} --node-resource-group ${q(c.names.nodeResourceGroup)}`);
  if (s.tier === "Premium") f.push("--k8s-support-plan AKSLongTermSupport");
  // Identity and access.
  f.push(`--assign-identity "${sh.id("controlPlaneIdentity")}"`);
  f.push(`--assign-kubelet-identity "${sh.id("kubeletIdentity")}"`);
  f.push(`--enable-aad${s.identity.azureRbac ? " --enable-azure-rbac" : ""} --aad-tenant-id "\${TENANT_ID}"`);
  if (s.identity.adminGroupObjectIds.length > 0)
    f.push(`--aad-admin-group-object-ids ${s.identity.adminGroupObjectIds.join(",")}`);
  if (!s.identity.localAccounts) f.push("--disable-local-accounts");
  if (p.diskEncryptionSetID) f.push(`--node-osdisk-diskencryptionset-id ${sh.word(p.diskEncryptionSetID)}`);
  // API server.
  const a = s.apiServer;
  const noRunCommand =
    (p.apiServerAccessProfile as Record<string, Value> | undefined)?.disableRunCommand === true
      ? " --disable-run-command"
      : "";
  if (a.access === "private")
    f.push(
      `--enable-private-cluster --private-dns-zone ${a.privateDnsZone} --disable-public-fqdn${noRunCommand}`,
    );
  else if (a.access === "vnet-integration")
    f.push(
      `--enable-apiserver-vnet-integration --apiserver-subnet-id "${sh.id("spokeVnet")}/subnets/snet-apiserver" --enable-private-cluster --private-dns-zone ${a.privateDnsZone}${noRunCommand}`,
    );
  else if (a.authorizedIpRanges.length > 0)
    f.push(`--api-server-authorized-ip-ranges ${a.authorizedIpRanges.join(",")}`);
  // Network.
  const n = (p.networkProfile as Record<string, string>) ?? {};
  f.push(
    `--network-plugin ${n.networkPlugin}${n.networkPluginMode ? ` --network-plugin-mode ${n.networkPluginMode}` : ""}${n.networkDataplane ? ` --network-dataplane ${n.networkDataplane}` : ""}${n.networkPolicy ? ` --network-policy ${n.networkPolicy}` : ""}`,
  );
  f.push(
    `${n.podCidr ? `--pod-cidr ${n.podCidr} ` : ""}--service-cidr ${n.serviceCidr} --dns-service-ip ${n.dnsServiceIP}`,
  );
  f.push(`--outbound-type ${n.outboundType} --load-balancer-sku standard`);
  // Workload identity, security, add-ons.
  if (s.identity.workloadIdentity) f.push("--enable-oidc-issuer --enable-workload-identity");
  if (s.security.defender) f.push("--enable-defender");
  if (s.security.imageCleaner)
    f.push(`--enable-image-cleaner --image-cleaner-interval-hours ${s.security.imageCleanerIntervalHours}`);
  const addons: string[] = [];
  if (s.keyVault.enabled) addons.push("azure-keyvault-secrets-provider");
  if (s.policy.azurePolicy !== "none") addons.push("azure-policy");
  if (s.observability.containerInsights) addons.push("monitoring");
  if (addons.length > 0) f.push(`--enable-addons ${addons.join(",")}`);
  if (s.keyVault.enabled && s.keyVault.secretRotation)
    f.push(`--enable-secret-rotation --rotation-poll-interval ${s.keyVault.rotationInterval}`);
  if (s.observability.containerInsights)
    f.push(`--workspace-resource-id "${sh.id("logAnalytics")}" --enable-msi-auth-for-monitoring`);
  if (s.observability.managedPrometheus)
    f.push(
      `--enable-azure-monitor-metrics --azure-monitor-workspace-resource-id "${sh.id("monitorWorkspace")}"${sh.symbols.has("grafana") ? ` --grafana-resource-id "${sh.id("grafana")}"` : ""}`,
    );
  if (s.ingress.controller === "app-routing") f.push("--enable-app-routing");
  // Upgrades and autoscaler.
  f.push(
    `--auto-upgrade-channel ${s.upgrades.channel} --node-os-upgrade-channel ${s.upgrades.nodeOsChannel}`,
  );
  const as = s.autoscaler;
  f.push(
    `--cluster-autoscaler-profile expander=${as.expander} scan-interval=${as.scanInterval} scale-down-unneeded-time=${as.scaleDownUnneededTime} scale-down-delay-after-add=${as.scaleDownDelayAfterAdd} balance-similar-node-groups=${String(as.balanceSimilarNodeGroups)}`,
  );
  // The system pool(s): the first is created with the cluster, others are added.
  const profiles = (p.agentPoolProfiles as Record<string, Value>[]) ?? [];
  const [first, ...more] = profiles;
  if (first) f.push(`--nodepool-name ${lit(first.name)}`, ...poolFlags(sh, first, "node"));
  const out = [
    ...(firewallEgress(c)
      ? [
          "# Egress goes through the hub firewall: the route table and firewall rules must exist first (steps above).",
        ]
      : []),
    "# az aks create fails on an existing cluster: skip it when re-running the script.",
    'if ! az aks show --resource-group "${RESOURCE_GROUP}" --name "${CLUSTER}" --output none 2>/dev/null; then',
    `az aks create --resource-group "\${RESOURCE_GROUP}" --name "\${CLUSTER}"${cont}${f.join(cont)}${tagsArgs(c.tags)} --output none`,
    "fi",
  ];
  for (const extra of more)
    out.push(
      `az aks nodepool add --resource-group "\${RESOURCE_GROUP}" --cluster-name "\${CLUSTER}" --name ${q(lit(extra.name))} --mode System${cont}${poolFlags(sh, extra, "pool").join(cont)} --output none`,
    );
  return out;
}
