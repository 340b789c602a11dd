/**
 * Splits the workloads' objects into `apps/base/<workload>/` (what every environment shares) and
 * `apps/<env>/` overlays (seed 002 "Environment branches hold overlays"; Flux's
 * flux2-kustomize-helm-example `apps/base` + `apps/<env>`):
 * - an object whose only differences between environments are the per-environment values (image
 *   tag, replicas, autoscaling range, resources, environment variables, host names) goes to the base,
 *   built from the last environment (specs list environments towards production, so the base reads
 *   as production), and every overlay sets its own values with `images`, `replicas`
 *   and JSON6902 patches — explicit even where equal to the base, so each overlay reads as that
 *   environment's settings;
 * - an object that exists in only some environments (a PodDisruptionBudget only where replicas > 1, an
 *   autoscaler only where the range is open) or that differs otherwise (settings overridden per
 *   environment) is written whole into each overlay that has it, under `apps/<env>/<workload>/`.
 */
import { stringify } from "yaml";
import type { ClusterModel, ResolvedWorkload } from "../../model/types.js";
import {
  environmentLabel,
  kustomization,
  type KustomizeImage,
  type KustomizePatch,
} from "../kustomization.js";
import { sanitize } from "../emit/yaml.js";
import type { KubeObject, ManifestFile } from "../types.js";
import { workloadFiles, type WorkloadFile } from "./workload.js";

type Json = Record<string, unknown>;

/** An object's fields, for reading and editing generically. */
const fields = (o: KubeObject): Json => o as unknown as Json;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
/** What an object is apart from its per-environment values, as a comparable string. */
const shape = (o: KubeObject) => JSON.stringify(sanitize(stripPerEnvironment(o)));

function podContainer(o: Json): Json | undefined {
  const spec = (o.spec as Json | undefined)?.template as Json | undefined;
  const containers = (spec?.spec as Json | undefined)?.containers as Json[] | undefined;
  return containers?.[0];
}

/** The object without its per-environment values, for comparing environments. */
export function stripPerEnvironment(o: KubeObject): KubeObject {
  const copy = clone(o);
  const c = fields(copy);
  const spec = c.spec as Json | undefined;
  if (!spec) return copy;
  switch (o.kind) {
    case "Deployment": {
      delete spec.replicas;
      const container = podContainer(c);
      if (container) {
        delete container.image;
        delete container.imagePullPolicy;
        delete container.resources;
        delete container.env;
      }
      break;
    }
    case "HorizontalPodAutoscaler": {
      delete spec.minReplicas;
      delete spec.maxReplicas;
      delete spec.metrics;
      // An environment's accepted single minimum replica carries its reason as annotations (autoscaling.ts).
      const meta = c.metadata as Json | undefined;
      if (meta) delete meta.annotations;
      break;
    }
    case "Ingress":
      delete spec.rules;
      delete spec.tls;
      break;
    case "HTTPRoute":
      delete spec.hostnames;
      delete spec.parentRefs;
      break;
  }
  return copy;
}

/** `registry/repo:tag` → repository and tag/digest. */
export function splitImage(image: string): { name: string; tag?: string; digest?: string } {
  const [ref, digest] = image.split("@");
  const slash = ref!.lastIndexOf("/");
  const colon = ref!.lastIndexOf(":");
  const name = colon > slash ? ref!.slice(0, colon) : ref!;
  const tag = colon > slash ? ref!.slice(colon + 1) : undefined;
  return { name, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

interface EnvWorkload {
  model: ClusterModel;
  workload: ResolvedWorkload;
  files: WorkloadFile[];
}

export interface AppsTree {
  files: ManifestFile[];
}

function target(o: KubeObject): KustomizePatch["target"] {
  const [group, version] = o.apiVersion.includes("/") ? o.apiVersion.split("/") : ["", o.apiVersion];
  return {
    ...(group ? { group } : {}),
    version: version!,
    kind: o.kind,
    name: o.metadata!.name!,
    ...(o.metadata?.namespace ? { namespace: o.metadata.namespace } : {}),
  };
}

function jsonPatch(
  o: KubeObject,
  ops: { op: "add" | "remove"; path: string; value?: unknown }[],
): KustomizePatch {
  return { target: target(o), patch: stringify(sanitize(ops), { lineWidth: 0 }) };
}

/** Patches that give the shared base object this environment's values. */
function environmentPatches(base: KubeObject, mine: KubeObject, imageByPatch: boolean): KustomizePatch[] {
  const spec = fields(mine).spec as Json;
  const baseSpec = fields(base).spec as Json;
  switch (mine.kind) {
    case "Deployment": {
      const c = podContainer(fields(mine))!;
      const bc = podContainer(fields(base))!;
      const path = "/spec/template/spec/containers/0";
      const ops: { op: "add" | "remove"; path: string; value?: unknown }[] = [
        { op: "add", path: `${path}/resources`, value: c.resources },
      ];
      if (c.env !== undefined || bc.env !== undefined)
        ops.push({ op: "add", path: `${path}/env`, value: c.env ?? [] });
      if (imageByPatch) ops.push({ op: "add", path: `${path}/image`, value: c.image });
      if (c.imagePullPolicy !== bc.imagePullPolicy)
        ops.push({ op: "add", path: `${path}/imagePullPolicy`, value: c.imagePullPolicy });
      if (spec.replicas === undefined && baseSpec.replicas !== undefined)
        ops.push({ op: "remove", path: "/spec/replicas" });
      return [jsonPatch(mine, ops)];
    }
    case "HorizontalPodAutoscaler": {
      const annotations = mine.metadata?.annotations;
      const baseAnnotations = base.metadata?.annotations;
      return [
        jsonPatch(mine, [
          ...(annotations && JSON.stringify(annotations) !== JSON.stringify(baseAnnotations)
            ? [{ op: "add" as const, path: "/metadata/annotations", value: annotations }]
            : []),
          ...(!annotations && baseAnnotations
            ? [{ op: "remove" as const, path: "/metadata/annotations" }]
            : []),
          { op: "add", path: "/spec/minReplicas", value: spec.minReplicas },
          { op: "add", path: "/spec/maxReplicas", value: spec.maxReplicas },
          { op: "add", path: "/spec/metrics", value: spec.metrics },
        ]),
      ];
    }
    case "Ingress":
      return [
        jsonPatch(mine, [
          { op: "add", path: "/spec/rules", value: spec.rules },
          { op: "add", path: "/spec/tls", value: spec.tls },
        ]),
      ];
    case "HTTPRoute":
      return [
        jsonPatch(mine, [
          { op: "add", path: "/spec/hostnames", value: spec.hostnames },
          { op: "add", path: "/spec/parentRefs", value: spec.parentRefs },
        ]),
      ];
    default:
      return [];
  }
}

/**
 * The apps tree for the given environments (all of them in the path layout, one in the branch layout).
 * `root` is the repository folder prefix, e.g. `gitops`.
 */
export function appsTree(models: ClusterModel[], root: string): ManifestFile[] {
  const baseModel = models[models.length - 1];
  if (!baseModel) return [];
  const out: ManifestFile[] = [];
  const overlay = new Map<
    string,
    {
      resources: string[];
      patches: KustomizePatch[];
      images: KustomizeImage[];
      replicas: { name: string; count: number }[];
    }
  >();
  for (const m of models)
    overlay.set(m.environment, { resources: [], patches: [], images: [], replicas: [] });

  const repoCount = new Map<string, number>();
  for (const w of baseModel.workloads) {
    const n = splitImage(w.image).name;
    repoCount.set(n, (repoCount.get(n) ?? 0) + 1);
  }

  for (const baseWorkload of [...baseModel.workloads].sort((a, b) => a.name.localeCompare(b.name))) {
    const perEnv: EnvWorkload[] = models.map((model) => {
      const workload = model.workloads.find((x) => x.name === baseWorkload.name);
      if (!workload)
        throw new Error(`workload ${baseWorkload.name} is missing in environment ${model.environment}`);
      return { model, workload, files: workloadFiles(model, workload) };
    });
    const baseFiles = perEnv[perEnv.length - 1]!.files;
    const fileNames = [...new Set(perEnv.flatMap((e) => e.files.map((f) => f.file)))].sort();
    const shared: WorkloadFile[] = [];
    for (const file of fileNames) {
      const objs = perEnv.map((e) => e.files.find((f) => f.file === file)?.object);
      const base = baseFiles.find((f) => f.file === file);
      const baseShape = base ? shape(base.object) : undefined;
      const isShared =
        baseShape !== undefined && objs.every((o) => o !== undefined && shape(o) === baseShape);
      if (base && isShared) {
        shared.push(base);
        continue;
      }
      perEnv.forEach((e, i) => {
        const o = objs[i];
        if (!o) return;
        const rel = `${baseWorkload.name}/${file}`;
        out.push({ path: `${root}/apps/${e.model.environment}/${rel}`, objects: [o] });
        overlay.get(e.model.environment)!.resources.push(rel);
      });
    }
    const basePath = `${root}/apps/base/${baseWorkload.name}`;
    for (const f of shared) out.push({ path: `${basePath}/${f.file}`, objects: [f.object] });
    out.push({ path: `${basePath}/kustomization.yaml`, objects: [kustomization(shared.map((f) => f.file))] });

    const unique = repoCount.get(splitImage(baseWorkload.image).name) === 1;
    for (const e of perEnv) {
      const o = overlay.get(e.model.environment)!;
      o.resources.push(`../base/${baseWorkload.name}`);
      for (const f of shared) {
        const mine = e.files.find((x) => x.file === f.file)!.object;
        o.patches.push(...environmentPatches(f.object, mine, !unique));
        if (mine.kind === "Deployment") {
          const replicas = (fields(mine).spec as Json).replicas;
          if (typeof replicas === "number") o.replicas.push({ name: baseWorkload.name, count: replicas });
        }
      }
      const deploymentShared = shared.some((f) => f.object.kind === "Deployment");
      if (deploymentShared && unique) {
        const img = splitImage(e.workload.image);
        o.images.push({
          name: splitImage(baseWorkload.image).name,
          ...(img.tag ? { newTag: img.tag } : {}),
          ...(img.digest ? { digest: img.digest } : {}),
        });
      }
    }
  }

  for (const m of models) {
    const o = overlay.get(m.environment)!;
    const k = kustomization([...o.resources].sort(), {
      patches: o.patches,
      images: o.images,
      replicas: o.replicas,
    });
    k.labels = [environmentLabel(m.environment, true)];
    out.push({ path: `${root}/apps/${m.environment}/kustomization.yaml`, objects: [k] });
  }
  return out;
}
