/**
 * Bicep: `main.bicep` (subscription scope: the resource groups and one module per concern),
 * `modules/<concern>.bicep` shared by every environment, and `<env>.bicepparam` per environment.
 * Follows the Bicep linter's default rules: locations are parameters, no hard-coded environment URLs,
 * references through resource symbols (`existing` declarations across modules).
 */
import { header } from "../../generate/header.js";
import type { GeneratedFile } from "../../generate/types.js";
import type { PlatformModel } from "../../model/types.js";
import { dependencies } from "../build.js";
import { hubOwner } from "../context.js";
import { Expr, type ExprArg, IDENTITY_KEY_PREFIX, type Value, isValueObject } from "../expr.js";
import { API, CONCERNS, type Concern, NETWORK_WATCHER_RESOURCE_GROUP, concernScope } from "../resources.js";
import {
  ENV_PLACEHOLDER,
  type Json,
  type ParamDecl,
  type Shared,
  type SharedPlatform,
  type SharedResource,
  conditionParam,
  shareValue,
  sharePlatform,
} from "./bicep-share.js";
import { cloudFunction } from "./arm-expr.js";
import { bicepArray, bicepInterpolation, bicepKey, bicepObject, bicepString } from "./bicep-text.js";

export const BICEP_DIR = "infra/bicep";

/** Parameters every module may use, besides the lifted ones. */
const BASE_PARAMS: Record<string, { type: string; description: string }> = {
  // Not `environment`: a parameter of that name would hide Bicep's environment() function.
  environmentName: { type: "string", description: "Environment name." },
  location: { type: "string", description: "Azure region of the environment." },
  hubLocation: { type: "string", description: "Azure region of the shared hub." },
  tags: { type: "object", description: "Tags on every resource of the environment." },
};

export function buildBicepFiles(platform: PlatformModel): GeneratedFile[] {
  const sp = sharePlatform(platform);
  const specFile = platform.specFile;
  const groups = resourceGroups(sp, platform);
  const modules: { concern: Concern; writer: ModuleWriter }[] = [];
  for (const concern of CONCERNS) {
    const members = sp.resources.filter((r) => r.def.concern === concern);
    if (members.length === 0) continue;
    const writer = new ModuleWriter(sp, concern, members, groups);
    writer.render();
    modules.push({ concern, writer });
  }
  const files: GeneratedFile[] = modules.map(({ concern, writer }) => ({
    path: `${BICEP_DIR}/modules/${moduleFile(concern)}.bicep`,
    content: header(specFile, "bicep", "slash") + writer.text(),
  }));
  files.push({ path: `${BICEP_DIR}/main.bicep`, content: mainBicep(sp, platform, modules, groups) });
  for (const c of platform.clusters)
    files.push({
      path: `${BICEP_DIR}/${c.environment}.bicepparam`,
      content: paramFile(sp, c.environment, mainParams(sp, modules, groups), specFile, {
        environmentName: c.environment,
        location: c.location,
        hubLocation: hubOwner(platform)?.location ?? c.location,
        tags: c.tags,
      }),
    });
  return files;
}

export function moduleFile(concern: Concern): string {
  return concern.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);
}

interface Groups {
  env: Shared;
  hub: Shared;
  networkWatcher: Shared;
  hubTags: Record<string, string>;
}

function resourceGroups(sp: SharedPlatform, platform: PlatformModel): Groups {
  const env = shareValue(
    sp,
    "resourceGroup",
    ["name"],
    new Map(platform.clusters.map((c) => [c.environment, c.names.resourceGroup])),
  );
  const hub = shareValue(
    sp,
    "hubResourceGroup",
    ["name"],
    new Map(platform.clusters.map((c) => [c.environment, c.names.hubResourceGroup])),
  );
  const networkWatcher = shareValue(
    sp,
    "networkWatcherResourceGroup",
    ["name"],
    new Map(platform.clusters.map((c) => [c.environment, NETWORK_WATCHER_RESOURCE_GROUP])),
  );
  const owner = hubOwner(platform) ?? platform.clusters[0]!;
  return { env, hub, networkWatcher, hubTags: { ...owner.tags, environment: "shared" } };
}

/** Renders Shared values, expressions and values in one module's context. */
class ModuleWriter {
  readonly used = new Set<string>();
  readonly existing = new Set<string>();
  private body = "";
  private members: Set<string>;

  constructor(
    readonly sp: SharedPlatform,
    readonly concern: Concern,
    readonly resources: SharedResource[],
    readonly groups: Groups,
  ) {
    this.members = new Set(resources.map((r) => r.def.symbol));
  }

  /** The module's owning concern of a symbol. */
  moduleOf(symbol: string): Concern {
    const r = this.sp.bySymbol.get(symbol);
    if (!r) throw new Error(`unknown resource symbol "${symbol}"`);
    return r.def.concern;
  }

  /** A symbol usable in this module (declaring it `existing` when another module owns it). */
  sym(symbol: string): string {
    if (!this.members.has(symbol)) this.existing.add(symbol);
    return symbol;
  }

  render(): void {
    const parts: string[] = [];
    for (const r of this.resources) parts.push(this.resource(r));
    this.body = parts.join("\n\n") + "\n";
  }

  text(): string {
    const existing = this.existingDeclarations();
    const params = [...this.used].sort();
    const out: string[] = [];
    out.push(`// Module ${this.concern}: ${moduleDescription(this.concern)}\n`);
    for (const p of params) out.push(paramDeclaration(this.sp, p) + "\n");
    if (existing) out.push(existing);
    out.push(this.body);
    return out.join("\n");
  }

  private existingDeclarations(): string {
    const done = new Set<string>();
    const decls: string[] = [];
    const declare = (symbol: string) => {
      if (done.has(symbol) || this.members.has(symbol)) return;
      done.add(symbol);
      const r = this.sp.bySymbol.get(symbol)!;
      const entries: [string, string][] = [["name", this.shared(r.name, "  ")]];
      if (r.def.parent) {
        declare(r.def.parent);
        entries.push(["parent", r.def.parent]);
      } else if (r.def.scope) {
        declare(r.def.scope);
        entries.push(["scope", r.def.scope]);
      } else if (concernScope(r.def.concern) !== concernScope(this.concern)) {
        const kind = concernScope(r.def.concern);
        const rg =
          kind === "hub"
            ? this.groups.hub
            : kind === "networkWatcher"
              ? this.groups.networkWatcher
              : this.groups.env;
        entries.push(["scope", `resourceGroup(${this.shared(rg, "  ")})`]);
      }
      decls.push(
        `resource ${symbol} '${r.def.type}@${r.def.apiVersion}' existing = ${bicepObject(entries, "")}\n`,
      );
    };
    // Declaring may add more (parents); iterate until stable.
    let before = -1;
    while (before !== this.existing.size) {
      before = this.existing.size;
      for (const s of [...this.existing].sort()) declare(s);
    }
    return decls.join("\n");
  }

  private resource(r: SharedResource): string {
    const d = r.def;
    const entries: [string, string][] = [];
    if (d.parent) entries.push(["parent", this.sym(d.parent)]);
    if (d.scope) entries.push(["scope", this.sym(d.scope)]);
    entries.push(["name", this.shared(r.name, "  ")]);
    for (const [field, value] of r.fields) {
      if (value.kind === "absent") continue;
      entries.push([field, this.shared(value, "  ")]);
      if (field === "location" && r.envTags) {
        this.used.add("tags");
        entries.push(["tags", "tags"]);
      }
    }
    if (r.envTags && !r.fields.some(([f]) => f === "location")) {
      this.used.add("tags");
      entries.push(["tags", "tags"]);
    }
    // Explicit dependencies that references do not already imply.
    const implied = new Set(dependencies({ ...d, dependsOn: [] }));
    const explicit = (d.dependsOn ?? []).filter((s) => this.members.has(s) && !implied.has(s));
    if (explicit.length > 0) entries.push(["dependsOn", bicepArray(explicit, "  ")]);
    let condition = "";
    const moduleWide = moduleEnvs(this.sp, this.concern).length === r.envs.length;
    if (r.condition && !moduleWide) {
      this.used.add(r.condition);
      condition = `if (${r.condition}) `;
    }
    return `// ${d.description}\nresource ${d.symbol} '${d.type}@${d.apiVersion}' = ${condition}${bicepObject(entries, "")}`;
  }

  shared(s: Shared, indent: string): string {
    switch (s.kind) {
      case "literal":
        return this.value(s.value, indent);
      case "param":
        this.used.add(s.name);
        return s.name;
      case "envTemplate": {
        this.used.add("environmentName");
        const pieces = s.template.split(ENV_PLACEHOLDER);
        const parts: ({ text: string } | { expr: string })[] = [];
        pieces.forEach((p, i) => {
          if (i > 0) parts.push({ expr: "environmentName" });
          if (p) parts.push({ text: p });
        });
        // Linter rule simplify-interpolation: '${x}' is just x.
        if (parts.length === 1 && "expr" in parts[0]!) return parts[0].expr;
        return bicepInterpolation(parts);
      }
      case "object":
        return bicepObject(
          s.entries
            .filter(([, v]) => v.kind !== "absent")
            .map(([k, v]) => [bicepKey(k), this.shared(v, indent + "  ")]),
          indent,
        );
      case "array":
        return bicepArray(
          s.items.map((v) => (v.kind === "absent" ? "null" : this.shared(v, indent + "  "))),
          indent,
        );
      case "choice": {
        this.used.add("environmentName");
        const branches = s.byEnv;
        let out =
          branches[branches.length - 1]![1] === undefined
            ? "null"
            : this.value(branches[branches.length - 1]![1]!, indent);
        for (let i = branches.length - 2; i >= 0; i--) {
          const [env, v] = branches[i]!;
          out = `environmentName == ${bicepString(env)} ? ${v === undefined ? "null" : this.value(v, indent)} : ${out}`;
        }
        return `(${out})`;
      }
      case "absent":
        return "null";
    }
  }

  value(v: Value, indent: string): string {
    if (v instanceof Expr) return this.expr(v, indent);
    if (v === null) return "null";
    if (typeof v === "string") return bicepString(v);
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    if (Array.isArray(v))
      return bicepArray(
        v.map((x) => this.value(x, indent + "  ")),
        indent,
      );
    if (isValueObject(v))
      return bicepObject(
        Object.entries(v).map(([k, x]) => [
          k.startsWith(IDENTITY_KEY_PREFIX)
            ? bicepInterpolation([{ expr: `${this.sym(k.slice(IDENTITY_KEY_PREFIX.length))}.id` }])
            : bicepKey(k),
          this.value(x, indent + "  "),
        ]),
        indent,
      );
    return "null";
  }

  private arg(a: ExprArg, indent: string): string {
    return typeof a === "string" ? bicepString(a) : this.expr(a, indent);
  }

  expr(e: Expr, indent: string): string {
    const n = e.node;
    switch (n.kind) {
      case "param":
        this.used.add(n.name);
        return n.name;
      case "id":
        return `${this.sym(n.symbol)}.id`;
      case "ref":
        return n.root ? `${this.sym(n.symbol)}.${n.path}` : `${this.sym(n.symbol)}.properties.${n.path}`;
      case "childId": {
        const r = this.sp.bySymbol.get(n.symbol)!;
        return `resourceId(${bicepString(`${r.def.type}/${n.childType}`)}, ${this.shared(r.name, indent)}, ${bicepString(n.childName)})`;
      }
      case "tenantId":
        return "subscription().tenantId";
      case "subscriptionId":
        return "subscription().subscriptionId";
      case "resourceGroupId":
        return "resourceGroup().id";
      case "roleDefinition":
        return `subscriptionResourceId('Microsoft.Authorization/roleDefinitions', ${bicepString(n.guid)})`;
      case "guid":
        return `guid(${n.args.map((a) => this.arg(a, indent)).join(", ")})`;
      case "concat":
        return bicepInterpolation(
          n.parts.map((p) => (typeof p === "string" ? { text: p } : { expr: this.expr(p, indent) })),
        );
      case "list":
        return bicepArray(n.items.map(bicepString), indent);
      case "cloud":
        return cloudFunction(n.value);
    }
  }
}

function moduleDescription(concern: Concern): string {
  const d: Record<Concern, string> = {
    hub: "the hub shared by every environment (VNet, Azure Firewall and its policy, Bastion, VPN gateway).",
    network:
      "the environment's spoke (VNet, subnets, NSGs, egress route table or NAT gateway, Application Gateway WAF).",
    monitoring:
      "Log Analytics, data collection rules, Azure Monitor workspace, Grafana and the action group.",
    registry: "Azure Container Registry with its private endpoint, replicas and AcrPull for the kubelet.",
    keyvault: "Key Vault with RBAC authorization, its private endpoint and the disk encryption key.",
    cluster: "the AKS cluster, its identities, disk encryption set, node pools and maintenance windows.",
    identity: "workload identities, their federated credentials and role assignments.",
    alerts: "diagnostic settings, data collection rule associations, metric and Prometheus alerts.",
    policy: "Azure Policy assignments for the clusters.",
    backup: "cluster backup (Velero storage and identity, or the AKS backup extension and vault).",
    gitops: "the Flux extension and the Flux configuration with the deploy-time values.",
    hubPeering: "the hub's side of the peering with the environment's spoke.",
    flowLogs:
      "VNet flow logs of the spoke and the hub on the regions' Network Watchers (resource group NetworkWatcherRG).",
  };
  return d[concern];
}

function paramDeclaration(sp: SharedPlatform, name: string): string {
  const base = BASE_PARAMS[name];
  if (base) return `@description(${bicepString(base.description)})\nparam ${name} ${base.type}`;
  const p = sp.params.get(name);
  if (!p) throw new Error(`unknown parameter "${name}"`);
  return `@description(${bicepString(p.description)})\nparam ${name} ${p.type}${p.nullable ? "?" : ""}`;
}

function mainParams(sp: SharedPlatform, modules: { writer: ModuleWriter }[], groups: Groups): string[] {
  // location and tags are the environment resource group's; environmentName only when something uses it
  // (linter rule no-unused-params).
  const used = new Set<string>(["location", "tags"]);
  // Modules deployed once per environment into a shared resource group get the environment in their name.
  if (modules.some((m) => m.writer.concern === "hubPeering" || m.writer.concern === "flowLogs"))
    used.add("environmentName");
  for (const m of modules) for (const p of m.writer.used) used.add(p);
  for (const g of [groups.env, groups.hub]) if (g.kind === "param") used.add(g.name);
  if (modules.some((m) => concernScope(m.writer.concern) === "hub")) used.add("hubLocation");
  // Module conditions.
  for (const m of modules) {
    const cond = moduleCondition(sp, m.writer.concern);
    if (cond) used.add(cond);
  }
  const hub = hubCondition(sp);
  if (hub) used.add(hub);
  if (modules.some((m) => concernScope(m.writer.concern) === "networkWatcher")) {
    const nw = networkWatcherCondition(sp);
    if (nw) used.add(nw);
  }
  return [...used].sort();
}

function jsonToBicep(v: Json, indent: string): string {
  if (v === null) return "null";
  if (typeof v === "string") return bicepString(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v))
    return bicepArray(
      v.map((x) => jsonToBicep(x, indent + "  ")),
      indent,
    );
  return bicepObject(
    Object.entries(v).map(([k, x]) => [bicepKey(k), jsonToBicep(x, indent + "  ")]),
    indent,
  );
}

/** The environments a module deploys in (those where some resource of it does). */
function moduleEnvs(sp: SharedPlatform, concern: Concern): string[] {
  const envs = new Set(sp.resources.filter((r) => r.def.concern === concern).flatMap((r) => r.envs));
  return sp.envs.filter((e) => envs.has(e));
}

function moduleCondition(sp: SharedPlatform, concern: Concern): string | undefined {
  return conditionParam(sp, moduleEnvs(sp, concern), `the ${concern} module`);
}

/** Whether an environment deploys the hub resource group (some hub resource). */
function hubCondition(sp: SharedPlatform): string | undefined {
  const hubEnvs = new Set(
    sp.resources.filter((r) => concernScope(r.def.concern) === "hub").flatMap((r) => r.envs),
  );
  if (hubEnvs.size === 0) return undefined;
  return conditionParam(
    sp,
    sp.envs.filter((e) => hubEnvs.has(e)),
    "the hub resource group",
  );
}

/** Whether an environment deploys into NetworkWatcherRG (flow logs). */
function networkWatcherCondition(sp: SharedPlatform): string | undefined {
  const envs = new Set(
    sp.resources.filter((r) => concernScope(r.def.concern) === "networkWatcher").flatMap((r) => r.envs),
  );
  return conditionParam(
    sp,
    sp.envs.filter((e) => envs.has(e)),
    "the Network Watcher resource group",
  );
}

function mainBicep(
  sp: SharedPlatform,
  platform: PlatformModel,
  modules: { concern: Concern; writer: ModuleWriter }[],
  groups: Groups,
): string {
  const conditions = new Map(modules.map((m) => [m.concern, moduleCondition(sp, m.concern)]));
  const writer = new ModuleWriter(sp, "hub", [], groups);
  const out: string[] = [header(platform.specFile, "bicep", "slash").trimEnd()];
  out.push(
    "// Deploy: az deployment sub create --location <region> --template-file main.bicep --parameters <env>.bicepparam",
    "",
    "targetScope = 'subscription'",
    "",
  );
  for (const p of mainParams(sp, modules, groups)) out.push(paramDeclaration(sp, p) + defaultFor(sp, p), "");
  const hubModules = modules.filter((m) => concernScope(m.concern) === "hub");
  if (hubModules.length > 0) {
    const condition = hubCondition(sp);
    const cond = condition ? `if (${condition}) ` : "";
    out.push(
      "// The hub's resource group, shared by every environment.",
      `resource hubResourceGroup '${"Microsoft.Resources/resourceGroups"}@${API.resourceGroups}' = ${cond}${bicepObject(
        [
          ["name", writer.shared(groups.hub, "  ")],
          ["location", "hubLocation"],
          ["tags", writer.value(groups.hubTags, "  ")],
        ],
        "",
      )}`,
      "",
    );
  }
  out.push(
    "// The environment's resource group.",
    `resource environmentResourceGroup '${"Microsoft.Resources/resourceGroups"}@${API.resourceGroups}' = ${bicepObject(
      [
        ["name", writer.shared(groups.env, "  ")],
        ["location", "location"],
        ["tags", "tags"],
      ],
      "",
    )}`,
    "",
  );
  if (modules.some((m) => concernScope(m.concern) === "networkWatcher")) {
    const condition = networkWatcherCondition(sp);
    const cond = condition ? `if (${condition}) ` : "";
    out.push(
      "// Azure's resource group of Network Watchers (created with a subscription's first VNet; declaring it in the",
      "// same region is a no-op).",
      `resource networkWatcherResourceGroup '${"Microsoft.Resources/resourceGroups"}@${API.resourceGroups}' = ${cond}${bicepObject(
        [
          ["name", writer.shared(groups.networkWatcher, "  ")],
          ["location", hubModules.length > 0 ? "hubLocation" : "location"],
        ],
        "",
      )}`,
      "",
    );
  }
  for (const { concern, writer: mw } of modules) {
    const deps = new Set<Concern>();
    for (const r of mw.resources)
      for (const s of dependencies(r.def)) {
        const owner = sp.bySymbol.get(s)?.def.concern;
        if (owner && owner !== concern) deps.add(owner);
      }
    const params = [...mw.used].sort().map((p): [string, string] => [p, p]);
    const cond = conditions.get(concern);
    const entries: [string, string][] = [
      [
        "name",
        concern === "hubPeering" || concern === "flowLogs"
          ? `'akskit-${moduleFile(concern)}-\${environmentName}'`
          : bicepString(`akskit-${moduleFile(concern)}`),
      ],
      ["scope", `${concernScope(concern)}ResourceGroup`],
      ["params", bicepObject(params, "  ")],
    ];
    const depList = CONCERNS.filter((c) => deps.has(c) && modules.some((m) => m.concern === c));
    if (depList.length > 0) entries.push(["dependsOn", bicepArray(depList, "  ")]);
    out.push(
      `// ${moduleDescription(concern)}`,
      `module ${concern} 'modules/${moduleFile(concern)}.bicep' = ${cond ? `if (${cond}) ` : ""}${bicepObject(entries, "")}`,
      "",
    );
  }
  return out.join("\n");
}

/** A default in main.bicep for lifted parameters some environments do not set. */
function defaultFor(sp: SharedPlatform, name: string): string {
  const p = sp.params.get(name);
  if (!p || p.values.size === sp.envs.length) return "";
  const first = [...p.values.values()][0]!;
  p.defaultValue = first;
  return ` = ${jsonToBicep(first, "")}`;
}

function paramFile(
  sp: SharedPlatform,
  env: string,
  names: string[],
  specFile: string,
  base: { environmentName: string; location: string; hubLocation: string; tags: Record<string, string> },
): string {
  const lines = [header(specFile, "bicep", "slash").trimEnd(), "using 'main.bicep'", ""];
  for (const name of [...names].sort()) {
    if (name in base) {
      lines.push(`param ${name} = ${jsonToBicep((base as Record<string, Json>)[name]!, "")}`);
      continue;
    }
    const p: ParamDecl | undefined = sp.params.get(name);
    if (!p || !p.values.has(env)) continue;
    lines.push(`param ${name} = ${jsonToBicep(p.values.get(env)!, "")}`);
  }
  return lines.join("\n") + "\n";
}
