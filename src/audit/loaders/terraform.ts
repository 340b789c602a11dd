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
import { AGENT_POOL_TYPE, MAINTENANCE_TYPE, addArmResources, nameText, type LocatedResource } from "./arm-facts.js";
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
}

/** One Terraform module: its `.tf` files and the tfvars that apply (in increasing precedence). */
export async function loadTerraform(tfFiles: TfFile[], tfvars: TfFile[], sink: LoadSink): Promise<void> {
  const parsed: ParsedTf[] = [];
  for (const f of tfFiles) {
    const json = await parseOne(f, sink);
    if (json) parsed.push({ file: f.file, json, positions: scanHcl(f.text) });
  }
  const scope: Scope = { vars: {}, locals: {} };
  for (const p of parsed) {
    for (const [name, decls] of Object.entries(isRecord(p.json.variable) ? p.json.variable : {})) {
      const decl = Array.isArray(decls) ? (decls[0] as unknown) : undefined;
      scope.vars[name] =
        isRecord(decl) && "default" in decl ? decl.default : new Unknown(`var.${name} (no default, no tfvars value)`);
    }
  }
  for (const f of tfvars) {
    const values = f.file.endsWith(".json") ? parseJsonVars(f, sink) : await parseOne(f, sink);
    if (values) for (const [k, v] of Object.entries(values)) scope.vars[k] = v;
  }
  for (const [k, v] of Object.entries(scope.vars)) scope.vars[k] = resolve(v, { vars: scope.vars, locals: {} });
  const localDefs: Record<string, unknown> = {};
  for (const p of parsed) {
    const blocks = Array.isArray(p.json.locals) ? p.json.locals : [];
    for (const b of blocks) if (isRecord(b)) Object.assign(localDefs, b);
  }
  for (const k of Object.keys(localDefs)) scope.locals[k] = new Unknown(`local.${k}`);
  for (let pass = 0; pass < 3; pass++)
    for (const [k, v] of Object.entries(localDefs)) scope.locals[k] = resolve(v, scope);

  // First pass: clusters by Terraform address, so pools and maintenance windows find their cluster name.
  const clusterNames = new Map<string, string>();
  for (const p of parsed)
    for (const [label, body] of resourcesOf(p.json, "azurerm_kubernetes_cluster"))
      clusterNames.set(`azurerm_kubernetes_cluster.${label}`, nameText(resolve(body.name, scope)) || label);

  for (const p of parsed) {
    const located: LocatedResource[] = [];
    const resources = isRecord(p.json.resource) ? p.json.resource : {};
    for (const [tfType, byLabel] of Object.entries(resources)) {
      if (!isRecord(byLabel)) continue;
      for (const label of Object.keys(byLabel)) {
        const body = firstBody(byLabel[label]);
        if (!body) continue;
        const block = p.positions.blocks.find(
          (b) => b.type === "resource" && b.labels[0] === tfType && b.labels[1] === label,
        );
        mapResource(tfType, label, body, block, p.file, scope, clusterNames, located);
      }
    }
    addArmResources(located, p.file, "terraform", sink);
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

function* resourcesOf(json: Record<string, unknown>, type: string): Generator<[string, Record<string, unknown>]> {
  const resources = isRecord(json.resource) ? json.resource : {};
  const byLabel = resources[type];
  if (!isRecord(byLabel)) return;
  for (const [label, v] of Object.entries(byLabel)) {
    const body = firstBody(v);
    if (body) yield [label, body];
  }
}

function firstBody(v: unknown): Record<string, unknown> | undefined {
  const first = Array.isArray(v) ? (v[0] as unknown) : v;
  return isRecord(first) ? first : undefined;
}

/** Resolves `${var.x}`, `${local.x}` and string templates made of them; anything else is Unknown. */
export function resolve(v: unknown, scope: Scope, depth = 0): unknown {
  if (depth > 20) return new Unknown(String(v));
  if (isUnknown(v)) return v;
  if (typeof v === "string") {
    if (!v.includes("${") && !v.includes("%{")) return v;
    if (v.includes("%{")) return new Unknown(v);
    const whole = /^\$\{\s*(var|local)\.([\w-]+)\s*\}$/.exec(v);
    if (whole?.[1] && whole[2]) return lookup(whole[1], whole[2], scope, v);
    let unknown = false;
    const out = v.replace(/\$\{([^}]*)\}/g, (_m, expr: string) => {
      const ref = /^\s*(var|local)\.([\w-]+)\s*$/.exec(expr);
      if (!ref?.[1] || !ref[2]) {
        unknown = true;
        return "";
      }
      const val = lookup(ref[1], ref[2], scope, v);
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

function lookup(kind: string, name: string, scope: Scope, source: string): unknown {
  const table = kind === "var" ? scope.vars : scope.locals;
  return Object.hasOwn(table, name) ? table[name] : new Unknown(source);
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
    const resource: ArmResource = { type: CLUSTER_MAPPING.armType, name: nameText(name) || label, properties: {} };
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
      out.push(maintenance(clusterName, m.name, mBody, childBlock(block?.body, m.block), file, scope, blockPos, true));
    }
    const legacy = firstBody(body.maintenance_window);
    if (legacy)
      out.push(
        maintenance(clusterName, "default", legacy, childBlock(block?.body, "maintenance_window"), file, scope, blockPos, false),
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
    const resource: ArmResource = { type: AGENT_POOL_TYPE, name: `${cluster}/${poolName}`, properties: props };
    if (cluster) resource.__parent = cluster;
    out.push({
      resource,
      locate: (path) =>
        path[0] === "properties" ? { ...poolLocate(path.slice(1)), path: formatKeyPath(path) } : poolLocate(path),
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
  applyRows(scheduled ? MAINTENANCE_ROWS : LEGACY_MAINTENANCE_ROWS, body, block?.body, [], resource, index, scope, pos);
  if (scheduled) {
    const schedule = scheduleOf(resolve(body, scope) as Record<string, unknown>);
    if (schedule) {
      setPath(resource, ["properties", "maintenanceWindow", "schedule"], schedule);
      index.record(["properties", "maintenanceWindow", "schedule"], block?.body.attributes.get("frequency") ?? pos, pos);
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
      return { relativeMonthly: { intervalMonths: interval, weekIndex: b.week_index, dayOfWeek: b.day_of_week } };
    default:
      return b.frequency === undefined ? undefined : { unknown: new Unknown(String(b.frequency)) };
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
      const blocks = Array.isArray(body[row.each]) ? (body[row.each] as unknown[]) : [];
      if (blocks.length === 0) continue;
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
      setPath(target, path, [...(Array.isArray(existing) ? existing : []), ...(value as unknown[])]);
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
    cur = firstBody(cur?.[seg]);
    const b = childBlock(pos, seg);
    blockPos = b?.pos ?? blockPos;
    pos = b?.body;
    if (!cur) return { value: undefined };
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
      return typeof v === "object" ? JSON.stringify(v) : String(v as string | number | boolean);
    case "not":
      return typeof v === "boolean" ? !v : new Unknown(`!${String(v)}`);
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
