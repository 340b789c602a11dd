/**
 * Every resolved setting of one environment as a flat row with the place it came from (preset, spec,
 * environment override, or derived), for `akskit plan`. Node pools are listed field by field after the
 * settings, under `nodePools.<name>.<field>`.
 */
import type { ClusterModel, Origin, ResolvedNodePool } from "../model/types.js";

export interface SettingRow {
  /** Dotted path as written in the spec (`network.plugin`, `nodePools.apps.max`). */
  path: string;
  /** The value as text: lists joined with ", ", empty lists as "[]". */
  value: string;
  origin: Origin;
}

/** "preset production", "spec", "environment prod", "derived: <reason>". */
export function originText(o: Origin): string {
  switch (o.kind) {
    case "preset":
      return `preset ${o.preset}`;
    case "spec":
      return "spec";
    case "environment":
      return `environment ${o.environment}`;
    case "derived":
      return `derived: ${o.reason}`;
  }
}

export function valueText(v: unknown): string {
  if (Array.isArray(v)) return v.length === 0 ? "[]" : v.map(valueText).join(", ");
  if (v !== null && typeof v === "object") {
    const entries = Object.entries(v as Record<string, unknown>);
    return entries.length === 0 ? "{}" : entries.map(([k, x]) => `${k}=${valueText(x)}`).join(", ");
  }
  return String(v);
}

function originFor(model: ClusterModel, path: string, fallback: Origin): Origin {
  const exact = model.origins[path];
  if (exact) return exact;
  // Lists and objects set as a whole are recorded at their own path; leaves below inherit it.
  const parts = path.split(".");
  for (let i = parts.length - 1; i > 0; i--) {
    const o = model.origins[parts.slice(0, i).join(".")];
    if (o) return o;
  }
  return fallback;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function walk(value: unknown, path: string, visit: (path: string, leaf: unknown) => void): void {
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k, visit);
  } else visit(path, value);
}

/** Pool fields that fall back to `nodePoolDefaults` when the pool does not set them. */
const POOL_DEFAULTED: Partial<Record<keyof ResolvedNodePool, string>> = {
  zones: "nodePoolDefaults.zones",
  osSku: "nodePoolDefaults.osSku",
  maxPods: "nodePoolDefaults.maxPods",
  osDiskType: "nodePoolDefaults.osDiskType",
  osDiskSizeGb: "nodePoolDefaults.osDiskSizeGb",
  maxSurge: "upgrades.maxSurge",
};

function poolRows(model: ClusterModel, pool: ResolvedNodePool): SettingRow[] {
  const fields = Object.keys(pool).sort() as (keyof ResolvedNodePool)[];
  return fields.map((field) => {
    const path = `nodePools.${pool.name}.${field}`;
    let origin = model.origins[path];
    if (!origin) {
      const from = POOL_DEFAULTED[field];
      if (from)
        origin = {
          kind: "derived",
          reason: `${from.split(".")[0]} (${originText(originFor(model, from, { kind: "spec" }))})`,
        };
      else if (field === "subnet") origin = { kind: "derived", reason: `mode ${pool.mode}` };
      else if (field === "surgeNodes")
        origin = {
          kind: "derived",
          reason:
            pool.priority === "Spot"
              ? "spot pools upgrade without surge"
              : `maxSurge ${pool.maxSurge} of max ${pool.max}`,
        };
      else if (field === "taints" || field === "labels")
        origin = { kind: "derived", reason: `pool ${field} + those AKS requires` };
      else origin = { kind: "derived", reason: "default" };
    }
    return { path, value: valueText(pool[field]), origin };
  });
}

/** Settings rows in a stable order: location, every settings leaf in schema order, then node pools. */
export function settingRows(model: ClusterModel): SettingRow[] {
  const rows: SettingRow[] = [
    { path: "location", value: model.location, origin: model.origins.location ?? { kind: "spec" } },
  ];
  walk(model.settings, "", (path, leaf) => {
    rows.push({
      path,
      value: valueText(leaf),
      origin: originFor(model, path, { kind: "preset", preset: model.preset }),
    });
  });
  for (const pool of model.nodePools) rows.push(...poolRows(model, pool));
  return rows;
}
