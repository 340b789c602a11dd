/**
 * `infrastructure/{controllers,configs,constraints}`: one folder per piece under `base/` when every
 * environment of the tree has the same piece, and one `<env>/kustomization.yaml` per environment that
 * lists the bases it uses plus the pieces that are its own (a setting overridden for that environment,
 * e.g. policy mode or backup retention, gives that environment its own copy).
 */
import type { ClusterModel } from "../model/types.js";
import { platformComponents } from "./components/index.js";
import { helmComponentObjects } from "./components/helm.js";
import { backupSchedules } from "./configs/backup-schedules.js";
import { clusterIssuers } from "./configs/cluster-issuers.js";
import { gatekeeperConstraints, gatekeeperTemplates } from "./configs/gatekeeper-policies.js";
import { gatewayObjects } from "./configs/gateway.js";
import { kyvernoPolicies } from "./configs/kyverno-policies.js";
import { namespaceObjects } from "./configs/namespaces.js";
import { platformPrometheusRules } from "./configs/platform-alerts.js";
import { priorityClasses } from "./configs/priority-classes.js";
import { sanitize } from "./emit/yaml.js";
import { environmentLabel, kustomization } from "./kustomization.js";
import type { KubeObject, ManifestFile } from "./types.js";

export interface Piece {
  /** Folder under base/ (may contain `/`, e.g. `namespaces/payments`). */
  name: string;
  objects: KubeObject[];
}

export type InfrastructureLayer = "controllers" | "configs" | "constraints";

export function controllerPieces(model: ClusterModel): Piece[] {
  return platformComponents(model).map((c) => ({ name: c.name, objects: helmComponentObjects(model, c) }));
}

export function configPieces(model: ClusterModel): Piece[] {
  const pieces: Piece[] = [];
  const add = (name: string, objects: KubeObject[]) => {
    if (objects.length > 0) pieces.push({ name, objects });
  };
  for (const ns of [...model.namespaces].sort((a, b) => a.name.localeCompare(b.name)))
    add(`namespaces/${ns.name}`, namespaceObjects(model, ns));
  add("priority-classes", priorityClasses(model));
  add("cluster-issuers", clusterIssuers(model));
  add("gateway", gatewayObjects(model));
  const engine = model.settings.policy.engine;
  if (engine === "kyverno") add("policies", kyvernoPolicies(model));
  if (engine === "gatekeeper") add("policies", gatekeeperTemplates(model));
  add("prometheus-rules", platformPrometheusRules(model));
  add("backup-schedules", backupSchedules(model));
  return pieces;
}

export function constraintPieces(model: ClusterModel): Piece[] {
  if (model.settings.policy.engine !== "gatekeeper") return [];
  return [{ name: "policies", objects: gatekeeperConstraints(model) }];
}

const PIECES: Record<InfrastructureLayer, (m: ClusterModel) => Piece[]> = {
  controllers: controllerPieces,
  configs: configPieces,
  constraints: constraintPieces,
};

const fingerprint = (objects: KubeObject[]) => JSON.stringify(sanitize(objects));
const fileOf = (name: string) => `${name.split("/").pop()!}.yaml`;

export function infrastructureTree(
  models: ClusterModel[],
  root: string,
  layer: InfrastructureLayer,
): ManifestFile[] {
  const perEnv = models.map((m) => ({ model: m, pieces: PIECES[layer](m) }));
  const active = perEnv.filter((e) => layer !== "constraints" || e.pieces.length > 0);
  if (active.length === 0) return [];
  const out: ManifestFile[] = [];
  const resources = new Map<string, string[]>(active.map((e) => [e.model.environment, []]));
  const names = [...new Set(active.flatMap((e) => e.pieces.map((p) => p.name)))].sort();
  const dir = `${root}/infrastructure/${layer}`;
  for (const name of names) {
    const variants = active.map((e) => e.pieces.find((p) => p.name === name));
    const first = variants[0];
    const shared =
      first !== undefined &&
      variants.every((v) => v !== undefined && fingerprint(v.objects) === fingerprint(first.objects));
    if (shared) {
      out.push({ path: `${dir}/base/${name}/${fileOf(name)}`, objects: first.objects });
      out.push({ path: `${dir}/base/${name}/kustomization.yaml`, objects: [kustomization([fileOf(name)])] });
      for (const e of active) resources.get(e.model.environment)!.push(`../base/${name}`);
      continue;
    }
    active.forEach((e, i) => {
      const v = variants[i];
      if (!v) return;
      const file = `${name.replace(/\//g, "-")}.yaml`;
      out.push({ path: `${dir}/${e.model.environment}/${file}`, objects: v.objects });
      resources.get(e.model.environment)!.push(file);
    });
  }
  for (const e of active) {
    const k = kustomization([...resources.get(e.model.environment)!].sort());
    k.labels = [environmentLabel(e.model.environment, false)];
    out.push({ path: `${dir}/${e.model.environment}/kustomization.yaml`, objects: [k] });
  }
  return out;
}
