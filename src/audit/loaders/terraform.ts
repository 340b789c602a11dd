/**
 * Terraform (azurerm) modules: `.tf` files parsed with @cdktf/hcl2json (HashiCorp's HCL parser built to
 * WebAssembly), variables from their defaults, `terraform.tfvars`, `*.auto.tfvars` and tfvars given on
 * the command line, and locals. `azurerm_kubernetes_cluster`, `azurerm_kubernetes_cluster_node_pool` and
 * the related resources become ARM-shaped facts through the table in terraform-map.ts; locations point
 * at the HCL attribute (found by hcl-positions.ts). References to other resources (`azurerm_x.y.id`),
 * functions and conditionals are Unknown values.
 */
import { parse as parseHcl } from "@cdktf/hcl2json";
import type { ArmResource, Locator } from "../facts.js";
import { Unknown, formatKeyPath, isUnknown } from "../facts.js";
import { childBlock, scanHcl, type HclBlock, type HclBody, type HclPos } from "../hcl-positions.js";
import {
  AGENT_POOL_TYPE,
  MAINTENANCE_TYPE,
  addArmResources,
  nameText,
  type LocatedResource,
} from "./arm-facts.js";
import {
  CLUSTER_MAPPING,
  LEGACY_MAINTENANCE_ROWS,
  MAINTENANCE_BLOCKS,
  MAINTENANCE_ROWS,
  POOL_ROWS,
  RESOURCE_MAPPINGS,
  type Row,
  type Transform,
} from "./terraform-map.js";
import { addProblem, isRecord, type LoadSink } from "./sink.js";

export interface TfFile {
  file: string;
  text: string;
}

interface ParsedTf {
  file: string;
  json: Record<string, unknown>;
  positions: HclBody;
}

interface Scope {
  vars: Record<string, unknown>;
  locals: Record<string, unknown>;
  /** Terraform address (`azurerm_subnet.spoke["nodes"]`) → the resource id its `.id` resolves to. */
  refs: Map<string, string>;
  /** Terraform address → its resolved `name` and `location`, for `.name` / `.location` references. */
  attrs: Map<string, Record<string, unknown>>;
  each?: EachValue;
  /** The iterator of a `dynamic` block being expanded (`georeplications.value`). */
  iterator?: { name: string; key: string; value: unknown };
}

/** One Terraform module: its `.tf` files and the tfvars that apply (in increasing precedence). */
export async function loadTerraform(tfFiles: TfFile[], tfvars: TfFile[], sink: LoadSink): Promise<void> {
  const parsed: ParsedTf[] = [];
  for (const f of tfFiles) {
    const json = await parseOne(f, sink);
    if (json) parsed.push({ file: f.file, json, positions: scanHcl(f.text) });
  }
  const scope: Scope = { vars: {}, locals: {}, refs: new Map(), attrs: new Map() };
  for (const p of parsed) {
    for (const [name, decls] of Object.entries(isRecord(p.json.variable) ? p.json.variable : {})) {
      const decl = Array.isArray(decls) ? (decls[0] as unknown) : undefined;
      scope.vars[name] =
        isRecord(decl) && "default" in decl
          ? decl.default
          : new Unknown(`var.${name} (no default, no tfvars value)`);
    }
  }
  for (const f of tfvars) {
    const values = f.file.endsWith(".json") ? parseJsonVars(f, sink) : await parseOne(f, sink);
    if (values) for (const [k, v] of Object.entries(values)) scope.vars[k] = v;
  }
  for (const [k, v] of Object.entries(scope.vars))
    scope.vars[k] = resolve(v, { vars: scope.vars, locals: {}, refs: new Map(), attrs: new Map() });
  const localDefs: Record<string, unknown> = {};
  for (const p of parsed) {
    const blocks = Array.isArray(p.json.locals) ? p.json.locals : [];
    for (const b of blocks) if (isRecord(b)) Object.assign(localDefs, b);
  }
  for (const k of Object.keys(localDefs)) scope.locals[k] = new Unknown(`local.${k}`);
  for (let pass = 0; pass < 3; pass++)
    for (const [k, v] of Object.entries(localDefs)) scope.locals[k] = resolve(v, scope);

  // First pass: every instance of every mapped resource, with its name and a resource id that other
  // resources' references (`azurerm_kubernetes_cluster.this.id`) resolve to.
  const clusterNames = new Map<string, string>();
  const instances: Instance[] = [];
  for (const p of parsed) {
    const resources = isRecord(p.json.resource) ? p.json.resource : {};
    for (const [tfType, byLabel] of Object.entries(resources)) {
      if (!isRecord(byLabel)) continue;
      for (const label of Object.keys(byLabel)) {
        const body = firstBody(byLabel[label]);
        if (!body) continue;
        const block = p.positions.blocks.find(
          (b) => b.type === "resource" && b.labels[0] === tfType && b.labels[1] === label,
        );
        for (const each of expandForEach(body, scope))
          instances.push({
            file: p.file,
            tfType,
            label,
            body,
            block,
            each,
            address: address(tfType, label, each),
          });
      }
    }
  }
  for (const i of instances) {
    const s = withEach(scope, i.each);
    scope.attrs.set(i.address, { name: resolve(i.body.name, s), location: resolve(i.body.location, s) });
  }
  for (const i of instances) {
    const s = withEach(scope, i.each);
    const name = nameText(resolve(i.body.name, s)) || i.label;
    if (i.tfType === "azurerm_kubernetes_cluster")
      clusterNames.set(`azurerm_kubernetes_cluster.${i.label}`, name);
    const armType =
      i.tfType === "azurerm_kubernetes_cluster"
        ? CLUSTER_MAPPING.armType
        : i.tfType === "azurerm_kubernetes_cluster_node_pool"
          ? AGENT_POOL_TYPE
          : RESOURCE_MAPPINGS[i.tfType]?.armType;
    if (!armType) continue;
    const rg = resolve(i.body.resource_group_name, s);
    const group = typeof rg === "string" ? rg : "{resourceGroup}";
    let path = `${armType}/${name}`;
    if (i.tfType === "azurerm_subnet") {
      const vnet = nameText(resolve(i.body.virtual_network_name, s));
      path = `Microsoft.Network/virtualNetworks/${vnet}/subnets/${name}`;
    }
    scope.refs.set(i.address, `/subscriptions/{subscription}/resourceGroups/${group}/providers/${path}`);
  }

  const byFile = new Map<string, LocatedResource[]>();
  const byId = new Map<string, LocatedResource>();
  for (const i of instances) {
    const located: LocatedResource[] = [];
    mapResource(i.tfType, i.label, i.body, i.block, i.file, withEach(scope, i.each), clusterNames, located);
    const list = byFile.get(i.file) ?? [];
    list.push(...located);
    byFile.set(i.file, list);
    const id = scope.refs.get(i.address);
    if (id && located[0]) byId.set(id, located[0]);
  }
  applyAssociations(instances, scope, byId);
  for (const p of parsed) addArmResources(byFile.get(p.file) ?? [], p.file, "terraform", sink);
}

/** One instance of a resource block (one per `for_each` key). */
interface Instance {
  file: string;
  tfType: string;
  label: string;
  body: Record<string, unknown>;
  block: HclBlock | undefined;
  each: EachValue | undefined;
  address: string;
}

interface EachValue {
  key: string;
  value: unknown;
}

function address(tfType: string, label: string, each: EachValue | undefined): string {
  return each ? `${tfType}.${label}[${JSON.stringify(each.key)}]` : `${tfType}.${label}`;
}

function withEach(scope: Scope, each: EachValue | undefined): Scope {
  return each ? { ...scope, each } : scope;
}

/** `for_each` over a known map or set gives one instance per key; anything else one instance. */
function expandForEach(body: Record<string, unknown>, scope: Scope): (EachValue | undefined)[] {
  if (body.for_each === undefined) return [undefined];
  const v = resolve(body.for_each, scope);
  if (isRecord(v))
    return Object.keys(v)
      .sort()
      .map((key) => ({ key, value: v[key] }));
  if (Array.isArray(v) && v.every((x) => typeof x === "string"))
    return [...new Set(v)].sort().map((key) => ({ key, value: key }));
  return [undefined];
}

/**
 * Subnet associations (`azurerm_subnet_network_security_group_association`,
 * `azurerm_subnet_route_table_association`) become the subnet's `networkSecurityGroup` / `routeTable`,
 * as ARM writes them.
 */
function applyAssociations(instances: Instance[], scope: Scope, byId: Map<string, LocatedResource>): void {
  const kinds: Record<string, [string, string]> = {
    azurerm_subnet_network_security_group_association: ["network_security_group_id", "networkSecurityGroup"],
    azurerm_subnet_route_table_association: ["route_table_id", "routeTable"],
  };
  for (const i of instances) {
    const kind = kinds[i.tfType];
    if (!kind) continue;
    const s = withEach(scope, i.each);
    const subnet = resolve(i.body.subnet_id, s);
    const target = typeof subnet === "string" ? byId.get(subnet) : undefined;
    if (!target) continue;
    const props = isRecord(target.resource.properties) ? target.resource.properties : {};
    props[kind[1]] = { id: resolve(i.body[kind[0]], s) };
    target.resource.properties = props;
  }
}

async function parseOne(f: TfFile, sink: LoadSink): Promise<Record<string, unknown> | undefined> {
  try {
    const json = (await parseHcl(f.file, f.text)) as unknown;
    return isRecord(json) ? json : {};
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const m = /:(\d+),(\d+)(?:-\d+)?: ([^\]]*)/.exec(msg);
    addProblem(sink, {
      file: f.file,
      line: m?.[1] ? Number(m[1]) : 1,
      column: m?.[2] ? Number(m[2]) : 1,
      code: "invalid-hcl",
      message: `invalid HCL: ${m?.[3] ?? msg}`,
      hint: "Run `terraform fmt` or `terraform validate` to find the syntax error.",
    });
    return undefined;
  }
}

function parseJsonVars(f: TfFile, sink: LoadSink): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(f.text) as unknown;
    return isRecord(v) ? v : undefined;
  } catch (err) {
    addProblem(sink, { file: f.file, code: "invalid-json", message: `invalid JSON: ${String(err)}` });
    return undefined;
  }
}

function firstBody(v: unknown): Record<string, unknown> | undefined {
  const first = Array.isArray(v) ? (v[0] as unknown) : v;
  return isRecord(first) ? first : undefined;
}

/**
 * Resolves references in hcl2json's string form: `${var.x}`, `${local.x.y}`, `${each.key}`,
 * `${each.value.name}`, `${azurerm_x.y.id}` / `${azurerm_x.y["k"].id}` / `${azurerm_x.y[each.key].id}`
 * of mapped resources, and string templates made of them. Anything else (functions, conditionals,
 * data sources, other attributes) is Unknown.
 */
export function resolve(v: unknown, scope: Scope, depth = 0): unknown {
  if (depth > 20) return new Unknown(String(v));
  if (isUnknown(v)) return v;
  if (typeof v === "string") {
    if (!v.includes("${") && !v.includes("%{")) return v;
    if (v.includes("%{")) return new Unknown(v);
    const whole = /^\$\{([^{}]*)\}$/.exec(v);
    if (whole?.[1] !== undefined) return reference(whole[1].trim(), scope, v);
    let unknown = false;
    const out = v.replace(/\$\{([^{}]*)\}/g, (_m, expr: string) => {
      const val = reference(expr.trim(), scope, v);
      if (isUnknown(val) || (typeof val === "object" && val !== null)) {
        unknown = true;
        return "";
      }
      return String(val);
    });
    return unknown ? new Unknown(v) : out;
  }
  if (Array.isArray(v)) return v.map((x) => resolve(x, scope, depth + 1));
  if (isRecord(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = resolve(x, scope, depth + 1);
    return out;
  }
  return v;
}

function reference(expr: string, scope: Scope, source: string): unknown {
  const unknown = new Unknown(source);
  const it = /^([\w-]+)\.(key|value)((?:\.[\w-]+)*)$/.exec(expr);
  if (it?.[1] && scope.iterator && it[1] === scope.iterator.name) {
    let v: unknown = it[2] === "key" ? scope.iterator.key : scope.iterator.value;
    for (const part of (it[3] ?? "").split(".").filter(Boolean)) {
      if (!isRecord(v) || isUnknown(v) || !Object.hasOwn(v, part)) return unknown;
      v = v[part];
    }
    return v === undefined ? unknown : v;
  }
  const resourceRef =
    /^([a-z][a-z0-9_]*)\.([\w-]+)(?:\[(?:"([^"]*)"|(each\.key))\])?\.(id|name|location)$/.exec(expr);
  if (resourceRef?.[1] && resourceRef[2] && !["var", "local", "each", "data"].includes(resourceRef[1])) {
    const key = resourceRef[3] ?? (resourceRef[4] ? scope.each?.key : undefined);
    if ((resourceRef[3] !== undefined || resourceRef[4]) && key === undefined) return unknown;
    const addr =
      key === undefined
        ? `${resourceRef[1]}.${resourceRef[2]}`
        : `${resourceRef[1]}.${resourceRef[2]}[${JSON.stringify(key)}]`;
    if (resourceRef[5] === "id") return scope.refs.get(addr) ?? unknown;
    const attr = scope.attrs.get(addr)?.[resourceRef[5] ?? ""];
    return attr === undefined ? unknown : attr;
  }
  const m = /^(var|local|each)\.([\w-]+)((?:\.[\w-]+)*)$/.exec(expr);
  if (!m?.[1] || !m[2]) return unknown;
  let value: unknown;
  if (m[1] === "each") {
    if (!scope.each) return unknown;
    if (m[2] === "key") value = scope.each.key;
    else if (m[2] === "value") value = scope.each.value;
    else return unknown;
  } else {
    const table = m[1] === "var" ? scope.vars : scope.locals;
    if (!Object.hasOwn(table, m[2])) return unknown;
    value = table[m[2]];
  }
  for (const part of (m[3] ?? "").split(".").filter(Boolean)) {
    if (!isRecord(value) || isUnknown(value) || !Object.hasOwn(value, part)) return unknown;
    value = value[part];
  }
  return value === undefined ? unknown : value;
}

/** Collects ARM key paths → HCL positions while values are written, for the locator. */
class PositionIndex {
  private readonly map = new Map<string, HclPos>();
  constructor(private readonly fallback: HclPos) {}

  record(armPath: string[], pos: HclPos, parentPos: HclPos): void {
    const key = armPath.join("\u0000");
    this.map.set(key, pos);
    // `properties` itself stays at the resource block: a missing property points at the resource.
    for (let i = armPath.length - 1; i > (armPath[0] === "properties" ? 1 : 0); i--) {
      const k = armPath.slice(0, i).join("\u0000");
      if (!this.map.has(k)) this.map.set(k, parentPos);
    }
  }

  locator(file: string): Locator {
    return (path) => {
      const segs = path.map(String);
      for (let i = segs.length; i > 0; i--) {
        const pos = this.map.get(segs.slice(0, i).join("\u0000"));
        if (pos) return { file, line: pos.line, column: pos.column, path: formatKeyPath(path) };
      }
      return { file, line: this.fallback.line, column: this.fallback.column, path: formatKeyPath(path) };
    };
  }
}

function mapResource(
  tfType: string,
  label: string,
  body: Record<string, unknown>,
  block: HclBlock | undefined,
  file: string,
  scope: Scope,
  clusterNames: Map<string, string>,
  out: LocatedResource[],
): void {
  const blockPos = block?.pos ?? { line: 1, column: 1 };
  const name = resolve(body.name, scope);
  const location = resolve(body.location, scope);
  if (tfType === "azurerm_kubernetes_cluster") {
    const index = new PositionIndex(blockPos);
    const resource: ArmResource = {
      type: CLUSTER_MAPPING.armType,
      name: nameText(name) || label,
      properties: {},
    };
    if (location !== undefined) resource.location = location as string;
    applyRows(CLUSTER_MAPPING.rows, body, block?.body, [], resource, index, scope, blockPos);
    const pool = firstBody(body.default_node_pool);
    if (pool) {
      const poolBlock = childBlock(block?.body, "default_node_pool");
      const props: Record<string, unknown> = { mode: "System" };
      const poolIndex = new PositionIndex(poolBlock?.pos ?? blockPos);
      applyRows(POOL_ROWS, pool, poolBlock?.body, [], props, poolIndex, scope, poolBlock?.pos ?? blockPos);
      resource.properties = { ...resource.properties, agentPoolProfiles: [props] };
      const poolLocate = poolIndex.locator(file);
      const clusterLocate = index.locator(file);
      const locate: Locator = (path) =>
        path[0] === "properties" && path[1] === "agentPoolProfiles" && path[2] === 0
          ? { ...poolLocate(path.slice(3)), path: formatKeyPath(path) }
          : clusterLocate(path);
      out.push({ resource, locate });
    } else {
      out.push({ resource, locate: index.locator(file) });
    }
    const clusterName = nameText(resource.name);
    for (const m of MAINTENANCE_BLOCKS) {
      const mBody = firstBody(body[m.block]);
      if (!mBody) continue;
      out.push(
        maintenance(
          clusterName,
          m.name,
          mBody,
          childBlock(block?.body, m.block),
          file,
          scope,
          blockPos,
          true,
        ),
      );
    }
    const legacy = firstBody(body.maintenance_window);
    if (legacy)
      out.push(
        maintenance(
          clusterName,
          "default",
          legacy,
          childBlock(block?.body, "maintenance_window"),
          file,
          scope,
          blockPos,
          false,
        ),
      );
    return;
  }
  if (tfType === "azurerm_kubernetes_cluster_node_pool") {
    const ref = typeof body.kubernetes_cluster_id === "string" ? body.kubernetes_cluster_id : "";
    const m = /\$\{\s*(azurerm_kubernetes_cluster\.[\w-]+)\.id\s*\}/.exec(ref);
    const idMatch = /\/managedClusters\/([^/]+)/i.exec(ref);
    const cluster = (m?.[1] ? clusterNames.get(m[1]) : undefined) ?? idMatch?.[1] ?? "";
    const index = new PositionIndex(blockPos);
    const props: Record<string, unknown> = { mode: "User" };
    applyRows(POOL_ROWS, body, block?.body, [], props, index, scope, blockPos);
    const poolName = nameText(name) || label;
    const poolLocate = index.locator(file);
    const resource: ArmResource = {
      type: AGENT_POOL_TYPE,
      name: `${cluster}/${poolName}`,
      properties: props,
    };
    if (cluster) resource.__parent = cluster;
    out.push({
      resource,
      locate: (path) =>
        path[0] === "properties"
          ? { ...poolLocate(path.slice(1)), path: formatKeyPath(path) }
          : poolLocate(path),
    });
    return;
  }
  const mapping = RESOURCE_MAPPINGS[tfType];
  if (!mapping) return;
  const index = new PositionIndex(blockPos);
  let resourceName = nameText(name) || label;
  if (tfType === "azurerm_subnet") {
    const vnet = nameText(resolve(body.virtual_network_name, scope));
    if (vnet) resourceName = `${vnet}/${resourceName}`;
  }
  const resource: ArmResource = { type: mapping.armType, name: resourceName };
  if (location !== undefined) resource.location = location as string;
  if (isRecord(body.tags)) resource.tags = resolve(body.tags, scope) as Record<string, unknown>;
  applyRows(mapping.rows, body, block?.body, [], resource, index, scope, blockPos);
  out.push({ resource, locate: index.locator(file) });
}

function maintenance(
  cluster: string,
  name: string,
  body: Record<string, unknown>,
  block: HclBlock | undefined,
  file: string,
  scope: Scope,
  fallback: HclPos,
  scheduled: boolean,
): LocatedResource {
  const pos = block?.pos ?? fallback;
  const index = new PositionIndex(pos);
  const resource: ArmResource = { type: MAINTENANCE_TYPE, name: `${cluster}/${name}`, properties: {} };
  applyRows(
    scheduled ? MAINTENANCE_ROWS : LEGACY_MAINTENANCE_ROWS,
    body,
    block?.body,
    [],
    resource,
    index,
    scope,
    pos,
  );
  if (scheduled) {
    const schedule = scheduleOf(resolve(body, scope) as Record<string, unknown>);
    if (schedule) {
      setPath(resource, ["properties", "maintenanceWindow", "schedule"], schedule);
      index.record(
        ["properties", "maintenanceWindow", "schedule"],
        block?.body.attributes.get("frequency") ?? pos,
        pos,
      );
    }
  }
  return { resource, locate: index.locator(file) };
}

/** azurerm `frequency` + interval fields → the ARM `schedule` union. */
function scheduleOf(b: Record<string, unknown>): Record<string, unknown> | undefined {
  const interval = b.interval;
  switch (b.frequency) {
    case "Daily":
      return { daily: { intervalDays: interval } };
    case "Weekly":
      return { weekly: { intervalWeeks: interval, dayOfWeek: b.day_of_week } };
    case "AbsoluteMonthly":
      return { absoluteMonthly: { intervalMonths: interval, dayOfMonth: b.day_of_month } };
    case "RelativeMonthly":
      return {
        relativeMonthly: { intervalMonths: interval, weekIndex: b.week_index, dayOfWeek: b.day_of_week },
      };
    default:
      return b.frequency === undefined
        ? undefined
        : { unknown: new Unknown(JSON.stringify(b.frequency) ?? "") };
  }
}

function applyRows(
  rows: Row[],
  body: Record<string, unknown>,
  positions: HclBody | undefined,
  armPrefix: string[],
  target: Record<string, unknown>,
  index: PositionIndex,
  scope: Scope,
  parentPos: HclPos,
): void {
  for (const row of rows) {
    if ("present" in row) {
      const found = walkTf(body, positions, row.present.split("."));
      if (found.value === undefined) continue;
      const path = [...armPrefix, ...row.arm.split(".")];
      setPath(target, path, row.value);
      index.record(path, found.pos ?? parentPos, parentPos);
      continue;
    }
    if ("each" in row) {
      let blocks = Array.isArray(body[row.each]) ? (body[row.each] as unknown[]) : [];
      if (blocks.length === 0) {
        // `dynamic "<each>" { for_each = ..., content { ... } }`: one block per element when the
        // collection is known, an unknown value when it is not.
        const dyn = isRecord(body.dynamic) ? firstBody(body.dynamic[row.each]) : undefined;
        const content = dyn ? firstBody(dyn.content) : undefined;
        if (!dyn || !content) continue;
        const collection = resolve(dyn.for_each, scope);
        const entries: [string, unknown][] | undefined = isRecord(collection)
          ? Object.entries(collection)
          : Array.isArray(collection)
            ? collection.map((v, i): [string, unknown] => [String(i), v])
            : undefined;
        if (!entries) {
          setPath(target, [...armPrefix, ...row.arm.split(".")], new Unknown(`dynamic "${row.each}"`));
          continue;
        }
        blocks = entries.map(([key, value]) =>
          resolve(content, { ...scope, iterator: { name: row.each, key, value } }),
        );
        if (blocks.length === 0) continue;
      }
      const items: Record<string, unknown>[] = [];
      blocks.forEach((b, i) => {
        if (!isRecord(b)) return;
        const item: Record<string, unknown> = {};
        const blockPos = childBlock(positions, row.each, i);
        const itemPath = [...armPrefix, ...row.arm.split("."), String(i)];
        applyRows(row.rows, b, blockPos?.body, itemPath, item, index, scope, blockPos?.pos ?? parentPos);
        // applyRows wrote into `item` under the full item path; unwrap it.
        items.push(getPath(item, itemPath) as Record<string, unknown>);
      });
      setPath(target, [...armPrefix, ...row.arm.split(".")], items);
      continue;
    }
    const found = walkTf(body, positions, row.tf.split("."));
    if (found.value === undefined) continue;
    const value = transform(resolve(found.value, scope), row.transform);
    if (value === undefined) continue;
    const path = [...armPrefix, ...row.arm.split(".")];
    if (row.transform === "criticalAddonsTaint") {
      const existing = getPath(target, path);
      const before: unknown[] = Array.isArray(existing) ? (existing as unknown[]) : [];
      // An unresolved flag (a variable without a value) becomes an unknown taint entry.
      setPath(target, path, [...before, ...(Array.isArray(value) ? (value as unknown[]) : [value])]);
    } else setPath(target, path, value);
    index.record(path, found.pos ?? parentPos, found.blockPos ?? found.pos ?? parentPos);
  }
}

/** Follows `a.b.c` through blocks (first of each type) to an attribute value and its position. */
function walkTf(
  body: Record<string, unknown>,
  positions: HclBody | undefined,
  segs: string[],
): { value: unknown; pos?: HclPos; blockPos?: HclPos } {
  let cur: Record<string, unknown> | undefined = body;
  let pos = positions;
  let blockPos: HclPos | undefined;
  for (let i = 0; i < segs.length - 1; i++) {
    const seg = segs[i] ?? "";
    const parent = cur;
    cur = firstBody(cur?.[seg]);
    const b = childBlock(pos, seg);
    blockPos = b?.pos ?? blockPos;
    pos = b?.body;
    if (!cur) {
      // A `dynamic "<seg>"` block may or may not exist: whatever it holds is unknown.
      const dyn = isRecord(parent?.dynamic) ? parent.dynamic[seg] : undefined;
      return { value: dyn === undefined ? undefined : new Unknown(`dynamic "${seg}"`) };
    }
  }
  const last = segs[segs.length - 1] ?? "";
  const value = cur?.[last];
  const attr = pos?.attributes.get(last) ?? childBlock(pos, last)?.pos;
  return { value, ...(attr ? { pos: attr } : {}), ...(blockPos ? { blockPos } : {}) };
}

function transform(v: unknown, t: Transform | undefined): unknown {
  if (isUnknown(v) || t === undefined) return v;
  switch (t) {
    case "string":
      return typeof v === "string" || typeof v === "number" || typeof v === "boolean"
        ? String(v)
        : JSON.stringify(v);
    case "not":
      return typeof v === "boolean" ? !v : new Unknown(`!${JSON.stringify(v) ?? ""}`);
    case "enabledDisabled":
      return typeof v === "boolean" ? (v ? "Enabled" : "Disabled") : v;
    case "idMap":
      return Array.isArray(v)
        ? Object.fromEntries(v.map((id) => [isUnknown(id) ? id.expression : String(id), {}]))
        : v;
    case "criticalAddonsTaint":
      return v === true ? ["CriticalAddonsOnly=true:NoSchedule"] : undefined;
    case "idObjects":
      return Array.isArray(v) ? v.map((id: unknown) => ({ id })) : v;
    case "serviceObjects":
      return Array.isArray(v) ? v.map((service: unknown) => ({ service })) : v;
    case "capitalize":
      return typeof v === "string" ? v.charAt(0).toUpperCase() + v.slice(1) : v;
  }
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let cur = target;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i] ?? "";
    const next = cur[k];
    if (!isRecord(next)) cur[k] = {};
    cur = cur[k] as Record<string, unknown>;
  }
  cur[path[path.length - 1] ?? ""] = value;
}

function getPath(target: Record<string, unknown>, path: string[]): unknown {
  let cur: unknown = target;
  for (const k of path) cur = isRecord(cur) ? cur[k] : undefined;
  return cur;
}
