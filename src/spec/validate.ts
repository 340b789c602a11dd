/**
 * Semantic validation: what the schema cannot say. Runs in two steps — on the document (CIDRs parse,
 * references resolve) before resolution, and on each environment's resolved model (overlaps, capacity,
 * combinations Azure rejects, names) after. Every problem is collected with the spec location that
 * caused it; nothing throws.
 */
import type { Diagnostic, SourceLocation } from "../errors.js";
import type { KeyPath } from "../audit/facts.js";
import { cidr, containsCidr, containsIp, overlaps, parseCidr, parseIp, type Cidr } from "../net/cidr.js";
import { checkName, NAME_RULES, namesToCheck } from "../model/names.js";
import type { ClusterModel, Origin, PlatformModel } from "../model/types.js";
import { computeCapacity } from "../plan/capacity.js";
import { parseQuantity } from "../kube/quantity.js";
import { getAt, type LoadedSpec } from "./load.js";
import type { PlatformDocumentT } from "./schema.js";

export interface ValidationResult {
  diagnostics: Diagnostic[];
}

type Push = (
  severity: Diagnostic["severity"],
  code: string,
  message: string,
  hint: string,
  location: SourceLocation,
) => void;

function collector(out: Diagnostic[]): Push {
  return (severity, code, message, hint, location) => out.push({ severity, code, message, hint, location });
}

/** Every CIDR-valued key of the document with its path, for parsing checks. */
function cidrFields(doc: PlatformDocumentT): { path: KeyPath; value: string }[] {
  const out: { path: KeyPath; value: string }[] = [];
  const visit = (v: unknown, path: KeyPath) => {
    if (typeof v === "string" && /^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(v)) out.push({ path, value: v });
    else if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i]));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) visit(x, [...path, k]);
  };
  visit(doc.spec, ["spec"]);
  return out;
}

/** Checks that must pass before the document can be resolved (CIDRs that parse, IPs that parse). */
export function validateDocument(spec: LoadedSpec): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = collector(out);
  const doc = spec.document;
  for (const f of cidrFields(doc)) {
    const r = parseCidr(f.value);
    if (!r.ok)
      push(
        "error",
        "invalid-cidr",
        r.reason,
        "Write the network address of the range (host bits zero), e.g. 10.240.0.0/16.",
        spec.source.locateValue(f.path),
      );
  }
  const dnsPaths: KeyPath[] = [
    ["spec", "network", "dnsServiceIp"],
    ...Object.keys(doc.spec.environments ?? {}).map(
      (e) => ["spec", "environments", e, "network", "dnsServiceIp"] as KeyPath,
    ),
  ];
  for (const p of dnsPaths) {
    const v = getAt(doc, p);
    if (typeof v === "string" && parseIp(v) === undefined)
      push(
        "error",
        "invalid-ip",
        `"${v}" is not an IPv4 address`,
        "Use four numbers 0–255 separated by dots, e.g. 10.0.0.10.",
        spec.source.locateValue(p),
      );
  }
  // References inside the document.
  const envs = doc.spec.environments ?? {};
  const specPools = new Set((doc.spec.nodePools ?? []).map((p) => p.name));
  const workloadNames = new Set((doc.spec.workloads ?? []).map((w) => w.name));
  for (const [env, e] of Object.entries(envs)) {
    if (!/^[a-z][a-z0-9]{0,7}$/.test(env))
      push(
        "error",
        "bad-environment-name",
        `environment name "${env}" must be 1–8 lowercase letters and digits, starting with a letter`,
        "It goes into every resource name; use a short name such as dev, qa, prod.",
        spec.source.locate(["spec", "environments", env]),
      );
    for (const [pool, o] of Object.entries(e.nodePools ?? {})) {
      const inPreset = doc.spec.nodePools === undefined && ["system", "apps"].includes(pool);
      if (!specPools.has(pool) && !inPreset) {
        const missing = (["mode", "vmSize", "min", "max"] as const).filter((k) => o[k] === undefined);
        if (missing.length > 0)
          push(
            "error",
            "unknown-node-pool",
            `environment "${env}" changes node pool "${pool}", which spec.nodePools does not have; a new pool needs ${missing.join(", ")}`,
            `Add "${pool}" to spec.nodePools, fix the name, or give ${missing.join(", ")}.`,
            spec.source.locate(["spec", "environments", env, "nodePools", pool]),
          );
      }
    }
    for (const w of Object.keys(e.workloads ?? {})) {
      if (!workloadNames.has(w))
        push(
          "error",
          "unknown-workload",
          `environment "${env}" changes workload "${w}", which spec.workloads does not have`,
          "Fix the name or add the workload to spec.workloads.",
          spec.source.locate(["spec", "environments", env, "workloads", w]),
        );
    }
  }
  return out;
}

/** Full validation: document checks, then per-environment model checks. Errors and warnings, sorted by location. */
export function validatePlatform(spec: LoadedSpec, model: PlatformModel): ValidationResult {
  const out: Diagnostic[] = [];
  for (const cluster of model.clusters) validateCluster(spec, cluster, out);
  validateAcrossEnvironments(spec, model, out);
  // The same problem in several environments, caused by the same line, is reported once naming them all.
  const groups = new Map<string, { d: Diagnostic; envs: string[] }>();
  for (const d of out) {
    const m = / \[environment ([a-z0-9]+)\]$/.exec(d.message);
    const base = m ? d.message.slice(0, m.index) : d.message;
    const key = `${d.code}|${base}|${d.location.line}|${d.location.column}`;
    const g = groups.get(key);
    if (g) {
      if (m && !g.envs.includes(m[1]!)) g.envs.push(m[1]!);
    } else groups.set(key, { d: { ...d, message: base }, envs: m ? [m[1]!] : [] });
  }
  const unique = [...groups.values()].map(({ d, envs }) =>
    envs.length === 0
      ? d
      : { ...d, message: `${d.message} [environment${envs.length > 1 ? "s" : ""} ${envs.join(", ")}]` },
  );
  unique.sort(
    (a, b) =>
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      a.message.localeCompare(b.message),
  );
  return { diagnostics: unique };
}

/** Where a resolved setting was written: the environment override, the spec key, or `spec.preset`. */
export function settingLocation(
  spec: LoadedSpec,
  cluster: ClusterModel,
  settingPath: string,
): SourceLocation {
  const origin: Origin | undefined = cluster.origins[settingPath] ?? findOriginPrefix(cluster, settingPath);
  const parts: (string | number)[] = settingPath.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  if (origin?.kind === "environment")
    return spec.source.locateValue(["spec", "environments", cluster.environment, ...parts]);
  if (origin?.kind === "spec") {
    if (parts[0] === "nodePools") {
      const idx = (spec.document.spec.nodePools ?? []).findIndex((p) => p.name === parts[1]);
      if (idx >= 0) return spec.source.locateValue(["spec", "nodePools", idx, ...parts.slice(2)]);
    }
    return spec.source.locateValue(["spec", ...parts]);
  }
  if (origin?.kind === "derived" && settingPath === "network.spokeAddressSpace")
    return spec.source.locateValue(["spec", "network", "spokeAddressSpace"]);
  const loc = spec.source.locateValue(["spec", "preset"]);
  return { ...loc, path: `spec.${settingPath} (from preset ${cluster.preset})` };
}

function findOriginPrefix(cluster: ClusterModel, path: string): Origin | undefined {
  // Lists and objects set as a whole are recorded at their own path; leaves below inherit it.
  const parts = path.split(".");
  for (let i = parts.length - 1; i > 0; i--) {
    const o = cluster.origins[parts.slice(0, i).join(".")];
    if (o) return o;
  }
  // A value set deeper (e.g. network.hub.firewall) marks the parent as set by the same origin.
  const deeper = Object.entries(cluster.origins).find(([k]) => k.startsWith(`${path}.`));
  return deeper?.[1];
}

function envLabel(c: ClusterModel): string {
  return c.environments.length > 1 ? ` [environment ${c.environment}]` : "";
}

function validateCluster(spec: LoadedSpec, c: ClusterModel, out: Diagnostic[]): void {
  const push = collector(out);
  const s = c.settings;
  const net = s.network;
  const at = (p: string) => settingLocation(spec, c, p);
  const E = envLabel(c);

  // ---- Network ranges: overlaps among hub, spoke, subnets, pods, services and reserved ranges.
  const ranges: { label: string; path: string; c: Cidr }[] = [];
  ranges.push({
    label: "the spoke address space",
    path: "network.spokeAddressSpace",
    c: cidr(net.spokeAddressSpace),
  });
  if (net.topology === "hub-spoke")
    ranges.push({
      label: "the hub address space",
      path: "network.hub.addressSpace",
      c: cidr(net.hub.addressSpace),
    });
  ranges.push({ label: "the service CIDR", path: "network.serviceCidr", c: cidr(net.serviceCidr) });
  if (net.plugin !== "azure")
    ranges.push({ label: "the pod CIDR", path: "network.podCidr", c: cidr(net.podCidr) });
  net.reservedRanges.forEach((r, i) =>
    ranges.push({ label: "the reserved range", path: `network.reservedRanges.${i}`, c: cidr(r) }),
  );
  // Point at the range the user wrote, not the one a preset supplied.
  const written = (path: string) => {
    const o = c.origins[path.replace(/\.\d+$/, "")] ?? findOriginPrefix(c, path.replace(/\.\d+$/, ""));
    return o?.kind === "spec" || o?.kind === "environment";
  };
  for (let i = 0; i < ranges.length; i++) {
    for (let j = i + 1; j < ranges.length; j++) {
      const a = ranges[i]!;
      const b = ranges[j]!;
      if (!overlaps(a.c, b.c)) continue;
      const [here, other] = written(b.path) && !written(a.path) ? [b, a] : [a, b];
      push(
        "error",
        "cidr-overlap",
        `${a.label} ${a.c.text} overlaps ${b.label} ${b.c.text}${E}`,
        `Choose ranges that do not overlap; ${other.label} is set at ${other.path.replace(/\.(\d+)$/, "[$1]")}.`,
        at(here.path),
      );
    }
  }
  // Subnets given explicitly must sit inside the spoke and not overlap each other.
  const spoke = cidr(net.spokeAddressSpace);
  const given = Object.entries(net.subnets).filter((e): e is [string, string] => typeof e[1] === "string");
  for (const [key, text] of given) {
    const sub = cidr(text);
    if (!containsCidr(spoke, sub))
      push(
        "error",
        "subnet-outside-vnet",
        `subnet ${key} ${text} is not inside the spoke address space ${spoke.text}${E}`,
        "Pick a range inside network.spokeAddressSpace, or leave the subnet out to have it laid out automatically.",
        at(`network.subnets.${key}`),
      );
  }
  for (let i = 0; i < given.length; i++)
    for (let j = i + 1; j < given.length; j++)
      if (overlaps(cidr(given[i]![1]), cidr(given[j]![1])))
        push(
          "error",
          "cidr-overlap",
          `subnet ${given[i]![0]} ${given[i]![1]} overlaps subnet ${given[j]![0]} ${given[j]![1]}${E}`,
          "Give each subnet its own range.",
          at(`network.subnets.${given[j]![0]}`),
        );
  for (const u of c.network.unplaced)
    push(
      "error",
      "address-space-full",
      `no room for a /${u.prefix} ${u.key} subnet in ${u.space}${E}`,
      `Enlarge the address space or give network.subnets.${u.key} explicitly.`,
      at(u.space === net.hub.addressSpace ? "network.hub.addressSpace" : "network.spokeAddressSpace"),
    );

  // ---- DNS service IP: inside the service CIDR, not the network address, not the first address (kubernetes service).
  const svc = cidr(net.serviceCidr);
  const dns = parseIp(net.dnsServiceIp);
  if (dns !== undefined) {
    if (!containsIp(svc, dns))
      push(
        "error",
        "dns-ip-outside-service-cidr",
        `dnsServiceIp ${net.dnsServiceIp} is not inside serviceCidr ${svc.text}${E}`,
        `Pick an address inside ${svc.text}, conventionally its .10 address.`,
        at("network.dnsServiceIp"),
      );
    else if (dns === svc.network || dns === svc.network + 1)
      push(
        "error",
        "dns-ip-reserved",
        `dnsServiceIp ${net.dnsServiceIp} is the ${dns === svc.network ? "network" : "first"} address of ${svc.text}; Kubernetes uses the first address for the kubernetes service${E}`,
        "Use another address in the range, conventionally the .10 address.",
        at("network.dnsServiceIp"),
      );
  }

  // ---- Combinations Azure rejects (learn.microsoft.com/azure/aks/azure-cni-powered-by-cilium, /azure/aks/use-network-policies).
  if (net.dataPlane === "cilium" && net.plugin !== "azure-overlay")
    push(
      "error",
      "unsupported-combination",
      `dataPlane cilium needs the azure-overlay plugin (or a pod subnet, which akskit does not model); plugin is ${net.plugin}${E}`,
      "Set network.plugin: azure-overlay, or network.dataPlane: azure.",
      at("network.dataPlane"),
    );
  if (net.dataPlane === "cilium" && net.networkPolicy !== "cilium" && net.networkPolicy !== "none")
    push(
      "error",
      "unsupported-combination",
      `with dataPlane cilium the network policy engine is Cilium; networkPolicy ${net.networkPolicy} is not allowed${E}`,
      "Set network.networkPolicy: cilium.",
      at("network.networkPolicy"),
    );
  if (net.networkPolicy === "cilium" && net.dataPlane !== "cilium")
    push(
      "error",
      "unsupported-combination",
      `networkPolicy cilium needs dataPlane cilium${E}`,
      "Set network.dataPlane: cilium, or choose networkPolicy azure or calico.",
      at("network.networkPolicy"),
    );
  if (net.plugin === "kubenet" && net.networkPolicy === "azure")
    push(
      "error",
      "unsupported-combination",
      `Azure Network Policy Manager does not support kubenet${E}`,
      "Use networkPolicy calico with kubenet, or better, move to plugin azure-overlay.",
      at("network.networkPolicy"),
    );
  if (net.plugin === "kubenet")
    push(
      "warning",
      "legacy-kubenet",
      `kubenet is legacy and retires on 31 March 2028${E}`,
      "Use plugin azure-overlay (seed 004: kubenet — legacy; avoid).",
      at("network.plugin"),
    );
  if (net.networkPolicy === "none" && c.preset !== "dev")
    push(
      "warning",
      "no-network-policy",
      `networkPolicy none leaves pod-to-pod traffic unrestricted${E}`,
      "Set network.networkPolicy: cilium (seed 000 'Network policies').",
      at("network.networkPolicy"),
    );
  if (net.egress === "firewall" && (net.topology !== "hub-spoke" || !net.hub.firewall))
    push(
      "error",
      "egress-without-firewall",
      `egress firewall needs topology hub-spoke with hub.firewall: true${E}`,
      "Enable the hub firewall, or choose egress nat-gateway or load-balancer.",
      at("network.egress"),
    );

  // ---- API server.
  const api = s.apiServer;
  if (api.access !== "public" && api.authorizedIpRanges.length > 0)
    push(
      "error",
      "unsupported-combination",
      `authorizedIpRanges apply only to a public API server; access is ${api.access}${E}`,
      "Remove apiServer.authorizedIpRanges or set apiServer.access: public.",
      at("apiServer.authorizedIpRanges"),
    );
  if (api.access === "public" && api.authorizedIpRanges.length === 0)
    push(
      c.preset === "dev" ? "warning" : "error",
      "public-api-server",
      `the API server is public and open to every address${E}`,
      "Set apiServer.authorizedIpRanges, or apiServer.access: private (seed 000 'Private cluster').",
      at("apiServer.access"),
    );
  if (api.authorizedIpRanges.some((r) => r === "0.0.0.0/0"))
    push(
      "error",
      "public-api-server",
      `authorizedIpRanges contains 0.0.0.0/0, which allows every address${E}`,
      "List only the ranges that need access.",
      at("apiServer.authorizedIpRanges"),
    );

  // ---- Identity.
  if (!s.identity.localAccounts && !s.identity.azureRbac && s.identity.adminGroupObjectIds.length === 0)
    push(
      "error",
      "no-cluster-admin",
      `local accounts are disabled and there is neither Azure RBAC nor an admin group: nobody could administer the cluster${E}`,
      "Add identity.adminGroupObjectIds or set identity.azureRbac: true.",
      at("identity.adminGroupObjectIds"),
    );
  const needsWi = c.workloads.filter((w) => w.identity || w.secrets.length > 0);
  if (!s.identity.workloadIdentity && needsWi.length > 0)
    push(
      "error",
      "workload-identity-disabled",
      `workloads ${needsWi.map((w) => w.name).join(", ")} need Workload Identity but identity.workloadIdentity is false${E}`,
      "Set identity.workloadIdentity: true.",
      at("identity.workloadIdentity"),
    );

  // ---- Registry, Key Vault, observability, policy, upgrades.
  const reg = s.registry;
  if (reg.enabled && reg.privateEndpoint && reg.sku !== "Premium")
    push(
      "error",
      "unsupported-combination",
      `registry private endpoints need the Premium SKU; sku is ${reg.sku}${E}`,
      "Set registry.sku: Premium or registry.privateEndpoint: false.",
      at("registry.sku"),
    );
  if (reg.enabled && reg.geoReplicas.length > 0 && reg.sku !== "Premium")
    push(
      "error",
      "unsupported-combination",
      `registry geo-replication needs the Premium SKU; sku is ${reg.sku}${E}`,
      "Set registry.sku: Premium or remove registry.geoReplicas.",
      at("registry.geoReplicas"),
    );
  if (reg.geoReplicas.includes(c.location))
    push(
      "error",
      "geo-replica-home-region",
      `registry.geoReplicas lists ${c.location}, the registry's own region${E}`,
      "List only other regions.",
      at("registry.geoReplicas"),
    );
  if (s.security.customerManagedKeys && (!s.keyVault.enabled || !s.keyVault.purgeProtection))
    push(
      "error",
      "unsupported-combination",
      `customer-managed disk keys need a Key Vault with purge protection${E}`,
      "Set keyVault.enabled: true and keyVault.purgeProtection: true, or security.customerManagedKeys: false.",
      at("security.customerManagedKeys"),
    );
  if (s.observability.grafana && !s.observability.managedPrometheus)
    push(
      "error",
      "unsupported-combination",
      `grafana needs managedPrometheus (Grafana is linked to the Azure Monitor workspace)${E}`,
      "Set observability.managedPrometheus: true or observability.grafana: false.",
      at("observability.grafana"),
    );
  if (s.observability.selfHostedPrometheus && s.observability.managedPrometheus)
    push(
      "warning",
      "duplicate-prometheus",
      `both managed and self-hosted Prometheus are enabled${E}`,
      "Choose one: observability.managedPrometheus or observability.selfHostedPrometheus.",
      at("observability.selfHostedPrometheus"),
    );
  if (s.policy.verifyImages.enabled && s.policy.engine !== "kyverno")
    push(
      "error",
      "unsupported-combination",
      `image signature verification needs engine kyverno; engine is ${s.policy.engine}${E}`,
      "Set policy.engine: kyverno, or policy.verifyImages.enabled: false.",
      at("policy.verifyImages.enabled"),
    );
  if (s.upgrades.channel === "node-image" && s.upgrades.nodeOsChannel !== "NodeImage")
    push(
      "error",
      "unsupported-combination",
      `the node-image auto-upgrade channel requires nodeOsChannel NodeImage; it is ${s.upgrades.nodeOsChannel}${E}`,
      "Set upgrades.nodeOsChannel: NodeImage, or pick another channel.",
      at("upgrades.nodeOsChannel"),
    );
  if (
    s.ingress.tls.issuer !== "none" &&
    /@example\.(com|org|net)$/.test(s.ingress.tls.email) &&
    c.preset !== "dev"
  )
    push(
      "warning",
      "placeholder-email",
      `ingress.tls.email ${s.ingress.tls.email} is a placeholder; Let's Encrypt sends expiry notices there${E}`,
      "Set ingress.tls.email to a team mailbox.",
      at("ingress.tls.email"),
    );
  if (
    (s.ingress.controller === "agic" || s.ingress.controller === "agc") &&
    s.ingress.gatewayApi &&
    s.ingress.controller === "agic"
  )
    push(
      "error",
      "unsupported-combination",
      `AGIC does not implement Gateway API${E}`,
      "Use controller agc for Gateway API, or set ingress.gatewayApi: false.",
      at("ingress.gatewayApi"),
    );
  const nsNames = new Set(c.namespaces.map((n) => n.name));
  s.backup.namespaces.forEach((n, i) => {
    if (!nsNames.has(n))
      push(
        "error",
        "unknown-namespace",
        `backup.namespaces lists "${n}", which spec.namespaces does not declare${E}`,
        "Declare the namespace or remove it from backup.namespaces.",
        at(`backup.namespaces.${i}`),
      );
  });

  // ---- Node pools (learn.microsoft.com/azure/aks/create-node-pools: names, modes, spot).
  const pools = c.nodePools;
  if (!pools.some((p) => p.mode === "System"))
    push(
      "error",
      "no-system-pool",
      `no System node pool${E}`,
      "Add a pool with mode: System (at least 3 nodes across zones for production).",
      spec.source.locate(["spec", "nodePools"]),
    );
  const names = new Set<string>();
  for (const p of pools) {
    const loc = (field: string) => at(`nodePools.${p.name}.${field}`);
    if (names.has(p.name))
      push(
        "error",
        "duplicate-node-pool",
        `node pool "${p.name}" is declared twice${E}`,
        "Give each pool a unique name.",
        loc("name"),
      );
    names.add(p.name);
    const maxLen = p.osSku === "Windows2022" ? 6 : 12;
    if (!new RegExp(`^[a-z][a-z0-9]{0,${maxLen - 1}}$`).test(p.name))
      push(
        "error",
        "bad-node-pool-name",
        `node pool name "${p.name}" must be 1–${maxLen} lowercase letters and digits, starting with a letter${E}`,
        "Rename the pool, e.g. apps, spot, gpu.",
        loc("name"),
      );
    if (p.min > p.max)
      push(
        "error",
        "min-above-max",
        `node pool "${p.name}" has min ${p.min} above max ${p.max}${E}`,
        "Set min ≤ max.",
        loc("min"),
      );
    if (p.mode === "System" && p.min < 1)
      push(
        "error",
        "system-pool-empty",
        `System pool "${p.name}" needs at least 1 node (min is ${p.min})${E}`,
        "Set min to 1 or more (3 for production).",
        loc("min"),
      );
    if (p.priority === "Spot" && p.mode === "System")
      push(
        "error",
        "spot-system-pool",
        `spot pool "${p.name}" cannot be a System pool${E}`,
        "Set mode: User; System pools must be regular priority.",
        loc("mode"),
      );
    if (p.gpu && !/^Standard_N/i.test(p.vmSize))
      push(
        "warning",
        "gpu-vm-size",
        `GPU pool "${p.name}" uses ${p.vmSize}, which has no GPU${E}`,
        "Use an N-series size such as Standard_NC6s_v3.",
        loc("vmSize"),
      );
    if (new Set(p.zones).size !== p.zones.length)
      push(
        "error",
        "duplicate-zone",
        `node pool "${p.name}" lists a zone twice${E}`,
        "List each zone once.",
        loc("zones"),
      );
    if (p.mode === "System" && c.preset !== "dev" && p.min === 1)
      push(
        "warning",
        "system-pool-small",
        `System pool "${p.name}" has min ${p.min}; the baseline runs at least 3 across zones${E}`,
        "Set min: 3 (seed 003 'Configure compute').",
        loc("min"),
      );
    if (p.osSku === "Windows2022" && p.mode === "System")
      push(
        "error",
        "windows-system-pool",
        `System pool "${p.name}" cannot run Windows${E}`,
        "Use AzureLinux or Ubuntu for System pools.",
        loc("osSku"),
      );
    if (s.security.fips && p.osSku === "Windows2022")
      push(
        "error",
        "unsupported-combination",
        `FIPS is not available on Windows pool "${p.name}"${E}`,
        "Turn off security.fips or use a Linux pool.",
        loc("osSku"),
      );
  }

  // ---- Capacity: subnets and the pod CIDR at max scale with surge (seed 004's story).
  const cap = computeCapacity(c);
  for (const sub of cap.subnets) {
    if (sub.needed > sub.usable) {
      const detail = sub.pools
        .map((p) => `${p.name}: (${p.max} max + ${p.surge} surge) × ${p.addressesPerNode}`)
        .join(", ");
      push(
        "error",
        "subnet-too-small",
        `subnet ${sub.name} ${sub.cidr} has ${sub.usable} usable addresses but needs ${sub.needed} at max scale (${detail}); it fills after ${sub.maxNodes ?? 0} nodes${E}`,
        net.plugin === "azure"
          ? "Use plugin azure-overlay (1 address per node), lower maxPods, or give a larger subnet."
          : "Give a larger subnet or lower the pools' max.",
        sub.key in net.subnets ? at(`network.subnets.${sub.key}`) : at("network.spokeAddressSpace"),
      );
    }
  }
  if (cap.podCidr.maxNodes !== undefined && cap.podCidr.nodesNeeded > cap.podCidr.maxNodes)
    push(
      "error",
      "pod-cidr-too-small",
      `pod CIDR ${cap.podCidr.cidr} gives a /24 to each node and holds ${cap.podCidr.maxNodes} nodes, but the pools reach ${cap.podCidr.nodesNeeded} with surge${E}`,
      "Use a larger network.podCidr (a /16 holds 256 nodes).",
      at("network.podCidr"),
    );

  // ---- Names (CAF + Azure naming rules).
  for (const n of namesToCheck(c.names)) {
    for (const problem of checkName(n.resource, n.name)) {
      const rule = NAME_RULES[n.resource]!;
      push(
        "error",
        "bad-resource-name",
        `${problem}${E}`,
        `The name is built from metadata.name and the environment name; shorten them.${rule.global ? " It must also be unique across all of Azure." : ""}`,
        spec.source.locateValue(["metadata", "name"]),
      );
    }
  }

  // ---- Namespaces and workloads.
  const reserved = new Set([
    "default",
    "kube-system",
    "kube-public",
    "kube-node-lease",
    "flux-system",
    "gatekeeper-system",
    "kyverno",
    "cert-manager",
    "velero",
    "app-routing-system",
  ]);
  const nsIdx = new Map((spec.document.spec.namespaces ?? []).map((n, i) => [n.name, i]));
  const seenNs = new Set<string>();
  for (const ns of c.namespaces) {
    const i = nsIdx.get(ns.name) ?? 0;
    if (reserved.has(ns.name))
      push(
        "error",
        "reserved-namespace",
        `namespace "${ns.name}" is reserved for the platform${E}`,
        "Choose another name for application namespaces.",
        spec.source.locateValue(["spec", "namespaces", i, "name"]),
      );
    if (seenNs.has(ns.name))
      push(
        "error",
        "duplicate-namespace",
        `namespace "${ns.name}" is declared twice${E}`,
        "Declare each namespace once.",
        spec.source.locateValue(["spec", "namespaces", i, "name"]),
      );
    seenNs.add(ns.name);
  }
  const wIdx = new Map((spec.document.spec.workloads ?? []).map((w, i) => [w.name, i]));
  const wl = (name: string, ...rest: KeyPath) =>
    spec.source.locateValue(["spec", "workloads", wIdx.get(name) ?? 0, ...rest]);
  const workloadNames = new Set(c.workloads.map((w) => w.name));
  const hosts = new Map<string, string>();
  const seenW = new Set<string>();
  for (const w of c.workloads) {
    if (seenW.has(w.name))
      push(
        "error",
        "duplicate-workload",
        `workload "${w.name}" is declared twice${E}`,
        "Workload names must be unique.",
        wl(w.name, "name"),
      );
    seenW.add(w.name);
    if (!nsNames.has(w.namespace))
      push(
        "error",
        "unknown-namespace",
        `workload "${w.name}" uses namespace "${w.namespace}", which spec.namespaces does not declare${E}`,
        "Declare the namespace in spec.namespaces.",
        wl(w.name, "namespace"),
      );
    if (w.replicas.min > w.replicas.max)
      push(
        "error",
        "min-above-max",
        `workload "${w.name}" has replicas.min ${w.replicas.min} above max ${w.replicas.max}${E}`,
        "Set min ≤ max.",
        wl(w.name, "replicas"),
      );
    if (w.nodePool !== undefined) {
      const pool = pools.find((p) => p.name === w.nodePool);
      if (!pool)
        push(
          "error",
          "unknown-node-pool",
          `workload "${w.name}" asks for node pool "${w.nodePool}", which does not exist${E}`,
          `Use one of: ${pools.map((p) => p.name).join(", ")}.`,
          wl(w.name, "nodePool"),
        );
      else if (pool.mode === "System")
        push(
          "error",
          "workload-on-system-pool",
          `workload "${w.name}" is placed on System pool "${pool.name}", which is tainted for critical add-ons only${E}`,
          "Place workloads on a User pool (seed 003 'Configure compute').",
          wl(w.name, "nodePool"),
        );
    }
    for (const from of w.allowFrom) {
      const name = from.includes("/") ? from.split("/")[1]! : from;
      if (!workloadNames.has(name))
        push(
          "error",
          "unknown-workload",
          `workload "${w.name}" allows calls from "${from}", which is not a workload${E}`,
          "Name a workload from spec.workloads.",
          wl(w.name, "allowFrom"),
        );
    }
    for (const [env, secret] of Object.entries(w.secretEnv)) {
      if (!w.secrets.includes(secret))
        push(
          "error",
          "unknown-secret",
          `workload "${w.name}" maps ${env} to secret "${secret}", which is not in its secrets list${E}`,
          `Add "${secret}" to secrets.`,
          wl(w.name, "secretEnv", env),
        );
    }
    if (c.preset === "regulated" && Object.keys(w.secretEnv).length > 0)
      push(
        "warning",
        "secret-in-env",
        `workload "${w.name}" exposes Key Vault secrets as environment variables (secretEnv); the regulated bar flags this (security/secret-from-env)${E}`,
        "Read the secrets from the files the CSI driver mounts under /mnt/secrets-store instead.",
        wl(w.name, "secretEnv"),
      );
    if (w.secrets.length > 0 && !s.keyVault.enabled)
      push(
        "error",
        "key-vault-disabled",
        `workload "${w.name}" mounts Key Vault secrets but keyVault.enabled is false${E}`,
        "Set keyVault.enabled: true.",
        wl(w.name, "secrets"),
      );
    for (const r of w.identity?.roles ?? []) {
      if (r.scope === "keyVault" && !s.keyVault.enabled)
        push(
          "error",
          "key-vault-disabled",
          `workload "${w.name}" has a role on the Key Vault but keyVault.enabled is false${E}`,
          "Set keyVault.enabled: true.",
          wl(w.name, "identity"),
        );
      if (r.scope === "registry" && !s.registry.enabled)
        push(
          "error",
          "registry-disabled",
          `workload "${w.name}" has a role on the registry but registry.enabled is false${E}`,
          "Set registry.enabled: true.",
          wl(w.name, "identity"),
        );
      if (
        !["keyVault", "registry", "resourceGroup"].includes(r.scope) &&
        !r.scope.startsWith("/subscriptions/")
      )
        push(
          "error",
          "bad-role-scope",
          `workload "${w.name}" has role scope "${r.scope}"; use keyVault, registry, resourceGroup or a resource id${E}`,
          "Fix the scope.",
          wl(w.name, "identity"),
        );
    }
    if (w.ingress) {
      const prev = hosts.get(`${w.ingress.host}${w.ingress.path}`);
      if (prev)
        push(
          "error",
          "duplicate-host",
          `workloads "${prev}" and "${w.name}" both route ${w.ingress.host}${w.ingress.path}${E}`,
          "Give each workload its own host or path.",
          wl(w.name, "ingress", "host"),
        );
      hosts.set(`${w.ingress.host}${w.ingress.path}`, w.name);
      if (s.ingress.controller === "none")
        push(
          "error",
          "no-ingress-controller",
          `workload "${w.name}" has an ingress host but ingress.controller is none${E}`,
          "Choose an ingress controller.",
          wl(w.name, "ingress"),
        );
    }
    if (quantityValue(w.resources.memoryLimit) < quantityValue(w.resources.memory))
      push(
        "error",
        "limit-below-request",
        `workload "${w.name}" has a memory limit below its request${E}`,
        "Set memoryLimit ≥ memory.",
        wl(w.name, "resources"),
      );
    if (w.resources.cpuLimit && quantityValue(w.resources.cpuLimit) < quantityValue(w.resources.cpu))
      push(
        "error",
        "limit-below-request",
        `workload "${w.name}" has a CPU limit below its request${E}`,
        "Set cpuLimit ≥ cpu.",
        wl(w.name, "resources"),
      );
  }
}

function validateAcrossEnvironments(spec: LoadedSpec, model: PlatformModel, out: Diagnostic[]): void {
  const push = collector(out);
  const clusters = model.clusters;
  // Spokes peered to one hub must not overlap each other (seed 003 "Plan the IP addresses").
  for (let i = 0; i < clusters.length; i++) {
    for (let j = i + 1; j < clusters.length; j++) {
      const a = clusters[i]!;
      const b = clusters[j]!;
      if (overlaps(cidr(a.settings.network.spokeAddressSpace), cidr(b.settings.network.spokeAddressSpace)))
        push(
          "error",
          "cidr-overlap",
          `the spokes of environments ${a.environment} (${a.settings.network.spokeAddressSpace}) and ${b.environment} (${b.settings.network.spokeAddressSpace}) overlap`,
          `Give environments.${b.environment}.network.spokeAddressSpace its own range.`,
          settingLocation(spec, b, "network.spokeAddressSpace"),
        );
      if (
        a.settings.network.topology === "hub-spoke" &&
        b.settings.network.topology === "hub-spoke" &&
        a.settings.network.hub.addressSpace !== b.settings.network.hub.addressSpace
      )
        push(
          "error",
          "hub-mismatch",
          `environments ${a.environment} and ${b.environment} set different hub address spaces; the hub is shared`,
          "Set network.hub.addressSpace once, at the spec level.",
          settingLocation(spec, b, "network.hub.addressSpace"),
        );
    }
  }
}

/** Numeric value of a Kubernetes quantity ("500m" → 0.5, "1Gi" → 1073741824); NaN when malformed. */
export function quantityValue(q: string): number {
  return parseQuantity(q) ?? NaN;
}
