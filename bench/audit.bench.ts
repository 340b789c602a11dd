/**
 * Audit benchmark (DESIGN.md quality bars): generates a 100,000-object `kubectl get -A -o json` dump and
 * the same objects as `-o yaml`, then measures, each in a fresh child process running the build (dist/)
 * under plain `node` (bench/audit-child.mjs), as the `akskit` command does:
 * - parse only: `JSON.parse` / `yaml` parse of the text, nothing else;
 * - load: read + parse + normalized facts (akskit's loaders);
 * - rules: every registered rule at the regulated profile over those facts (engine + suppressions + sort);
 * - objects/s for load and end to end, and peak RSS (process.resourceUsage().maxRSS).
 * Prints a table. Not a timed test: figures go in docs/audit.md under "Performance".
 */
import { fork } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import { RULES } from "../src/rules/index.js";

const OBJECTS = Number(process.env.AKSKIT_BENCH_OBJECTS ?? 100_000);
/** `json,yaml` (default) or one of them: the YAML run is several times slower and larger. */
const FORMATS = (process.env.AKSKIT_BENCH_FORMATS ?? "json,yaml").split(",").map((f) => f.trim());

/** Deterministic pseudo-random numbers (LCG), so every run audits the same dump. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Share of pod specs written the way the rule catalog asks (digest-pinned image from the private
 * registry, requests and limits, probes, restricted security context, spread, priority class). A real
 * production cluster that has been audited before is mostly clean, with a tail of legacy or third-party
 * workloads; 0.8 gives about 1.3 findings per object. `AKSKIT_BENCH_GOOD=0` reproduces the earlier,
 * deliberately unkind dump (about 9 findings per object).
 */
const GOOD_SHARE = Number(process.env.AKSKIT_BENCH_GOOD ?? 0.8);

function goodPodSpec(r: () => number, app: string): Record<string, unknown> {
  const digest = (Math.floor(r() * 2 ** 32) >>> 0).toString(16).padStart(8, "0").repeat(8);
  const spread = (topologyKey: string) => ({
    maxSkew: 1,
    topologyKey,
    whenUnsatisfiable: "ScheduleAnyway",
    labelSelector: { matchLabels: { app } },
  });
  return {
    serviceAccountName: app,
    automountServiceAccountToken: false,
    priorityClassName: "business-critical",
    securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
    topologySpreadConstraints: [spread("topology.kubernetes.io/zone"), spread("kubernetes.io/hostname")],
    containers: [
      {
        name: app,
        image: `contosoacr.azurecr.io/${app}:1.${Math.floor(r() * 20)}.3@sha256:${digest}`,
        imagePullPolicy: "IfNotPresent",
        ports: [{ containerPort: 8080, name: "http", protocol: "TCP" }],
        env: [
          { name: "LOG_LEVEL", value: "info" },
          { name: "DB_HOST", value: `${app}-db.svc.cluster.local` },
        ],
        resources: {
          requests: { cpu: "100m", memory: "128Mi", "ephemeral-storage": "256Mi" },
          limits: { cpu: "500m", memory: "256Mi", "ephemeral-storage": "1Gi" },
        },
        readinessProbe: { httpGet: { path: "/ready", port: 8080 }, periodSeconds: 10 },
        livenessProbe: { httpGet: { path: "/health", port: 8080 }, periodSeconds: 20 },
        securityContext: {
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          runAsNonRoot: true,
          capabilities: { drop: ["ALL"] },
        },
      },
    ],
  };
}

function podSpec(r: () => number, app: string): Record<string, unknown> {
  if (r() < GOOD_SHARE) return goodPodSpec(r, app);
  const pinned = r() < 0.7;
  return {
    serviceAccountName: app,
    securityContext: r() < 0.5 ? { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } } : {},
    containers: [
      {
        name: app,
        image: pinned
          ? `contosoacr.azurecr.io/${app}:1.${Math.floor(r() * 20)}.3`
          : `docker.io/library/${app}:latest`,
        ports: [{ containerPort: 8080, name: "http", protocol: "TCP" }],
        env: [
          { name: "LOG_LEVEL", value: "info" },
          { name: "DB_HOST", value: `${app}-db.svc.cluster.local` },
        ],
        ...(r() < 0.6
          ? { resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { memory: "256Mi" } } }
          : {}),
        ...(r() < 0.5
          ? {
              readinessProbe: { httpGet: { path: "/ready", port: 8080 }, periodSeconds: 10 },
              livenessProbe: { httpGet: { path: "/health", port: 8080 }, periodSeconds: 20 },
            }
          : {}),
        securityContext:
          r() < 0.5
            ? {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ["ALL"] },
              }
            : {},
      },
    ],
  };
}

/**
 * `cluster` (default): each Deployment comes with its ReplicaSet and a Pod, owner references pointing
 * at objects in the dump, as `kubectl get all -A -o json` returns them. `standalone`: the earlier dump,
 * whose Pods name a ReplicaSet that is not in it, so every Pod is judged as a workload of its own.
 */
const SHAPE = process.env.AKSKIT_BENCH_SHAPE ?? "cluster";

/** The pod spec of workload k of a group: the same for the Deployment, its ReplicaSet and its Pod. */
function workloadSpec(group: number, k: number, app: string): Record<string, unknown> {
  return podSpec(rng(1_000_003 * group + k + 7), app);
}

/** One object of a cluster-shaped group: 2 Deployments, their ReplicaSets and Pods, Services, and more. */
function clusterObject(i: number, r: () => number): Record<string, unknown> {
  const slot = i % 10;
  if (slot >= 6) return object(i, r);
  const group = Math.floor(i / 10);
  const ns = `team-${group % 200}`;
  const app = `app-${group}`;
  const k = slot % 2;
  const deployment = `${app}-${k}`;
  const replicaSet = `${deployment}-7d9f8c`;
  const meta = (name: string, labels: Record<string, string>, owner?: { kind: string; name: string }) => ({
    name,
    namespace: ns,
    uid: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    resourceVersion: String(100000 + i),
    creationTimestamp: "2026-01-01T00:00:00Z",
    labels,
    ...(owner
      ? {
          ownerReferences: [
            {
              apiVersion: "apps/v1",
              kind: owner.kind,
              name: owner.name,
              controller: true,
              blockOwnerDeletion: true,
              uid: `owner-${owner.name}`,
            },
          ],
        }
      : {}),
  });
  const spec = workloadSpec(group, k, app);
  const labels = { app, "app.kubernetes.io/part-of": ns };
  const podLabels = { app, "pod-template-hash": "7d9f8c" };
  if (slot < 2)
    return {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: meta(deployment, labels),
      spec: {
        replicas: 1 + (group % 4),
        selector: { matchLabels: { app } },
        strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: "25%", maxUnavailable: "25%" } },
        template: { metadata: { labels: { app } }, spec },
      },
      status: { replicas: 2, readyReplicas: 2, availableReplicas: 2 },
    };
  if (slot < 4)
    return {
      apiVersion: "apps/v1",
      kind: "ReplicaSet",
      metadata: meta(replicaSet, podLabels, { kind: "Deployment", name: deployment }),
      spec: {
        replicas: 2,
        selector: { matchLabels: podLabels },
        template: { metadata: { labels: podLabels }, spec },
      },
      status: { replicas: 2, readyReplicas: 2, availableReplicas: 2 },
    };
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: meta(`${replicaSet}-x${i}`, podLabels, { kind: "ReplicaSet", name: replicaSet }),
    spec: { ...spec, nodeName: `aks-apps-${i % 30}-vmss000000` },
    status: { phase: "Running", podIP: `10.244.${i % 250}.${i % 200}` },
  };
}

/** One object of a realistic mix: Deployments, their Pods, Services, ConfigMaps, ServiceAccounts, Namespaces. */
function object(i: number, r: () => number): Record<string, unknown> {
  // Each app is a group of ten objects in one of 200 namespaces; the first group of a namespace also
  // brings its default-deny NetworkPolicy and the Namespace itself.
  const group = Math.floor(i / 10);
  const ns = `team-${group % 200}`;
  const app = `app-${group}`;
  const meta = (name: string, extra: Record<string, unknown> = {}) => ({
    name,
    namespace: ns,
    uid: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    resourceVersion: String(100000 + i),
    creationTimestamp: "2026-01-01T00:00:00Z",
    labels: { app, "app.kubernetes.io/part-of": ns },
    ...extra,
  });
  switch (i % 10) {
    case 0:
    case 1:
    case 2:
      return {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: meta(`${app}-${i % 10}`),
        spec: {
          replicas: 1 + Math.floor(r() * 4),
          selector: { matchLabels: { app } },
          strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: "25%", maxUnavailable: "25%" } },
          template: { metadata: { labels: { app } }, spec: podSpec(r, app) },
        },
        status: { replicas: 2, readyReplicas: 2, availableReplicas: 2 },
      };
    case 3:
    case 4:
    case 5:
      return {
        apiVersion: "v1",
        kind: "Pod",
        metadata: meta(`${app}-7d9f8c-${i}`, {
          ownerReferences: [
            { apiVersion: "apps/v1", kind: "ReplicaSet", name: `${app}-7d9f8c`, controller: true, uid: "x" },
          ],
        }),
        spec: { ...podSpec(r, app), nodeName: `aks-apps-${i % 30}-vmss000000` },
        status: { phase: "Running", podIP: `10.244.${i % 250}.${i % 200}` },
      };
    case 6:
    case 7:
      return {
        apiVersion: "v1",
        kind: "Service",
        metadata: meta(`${app}-svc-${i % 10}`),
        spec: {
          type: "ClusterIP",
          selector: { app },
          ports: [{ name: "http", port: 80, targetPort: 8080, protocol: "TCP" }],
        },
      };
    case 8:
      if (group < 200)
        return {
          apiVersion: "networking.k8s.io/v1",
          kind: "NetworkPolicy",
          metadata: meta("default-deny"),
          spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
        };
      if (r() < GOOD_SHARE)
        return {
          apiVersion: "policy/v1",
          kind: "PodDisruptionBudget",
          metadata: meta(`${app}-pdb`),
          spec: {
            maxUnavailable: 1,
            selector: { matchLabels: { app } },
            unhealthyPodEvictionPolicy: "AlwaysAllow",
          },
        };
      return {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: meta(`${app}-config`),
        data: { "app.properties": "feature.x=true\nfeature.y=false\n", LOG_FORMAT: "json" },
      };
    default:
      return group < 200
        ? {
            apiVersion: "v1",
            kind: "Namespace",
            metadata: {
              name: ns,
              labels: {
                team: ns,
                ...(r() < GOOD_SHARE ? { "pod-security.kubernetes.io/enforce": "restricted" } : {}),
              },
            },
          }
        : { apiVersion: "v1", kind: "ServiceAccount", metadata: meta(app) };
  }
}

export function generate(
  dir: string,
  formats: readonly string[] = ["json", "yaml"],
): { json: string; yaml: string; yamlItems: string } {
  const r = rng(42);
  const items = Array.from({ length: OBJECTS }, (_, i) =>
    SHAPE === "standalone" ? object(i, r) : clusterObject(i, r),
  );
  const json = join(dir, "dump.json");
  writeFileSync(
    json,
    JSON.stringify({ apiVersion: "v1", kind: "List", metadata: { resourceVersion: "" }, items }, null, 4),
  );
  // `kubectl get -A -o yaml` output: one List document, block style (items written one by one).
  const yamlPath = join(dir, "dump.yaml");
  // The same objects as one document each: what the `yaml` package alone takes to parse them.
  const yamlItems = join(dir, "items.yaml");
  if (!formats.includes("yaml")) return { json, yaml: yamlPath, yamlItems };
  const parts: string[] = ["apiVersion: v1\nitems:\n"];
  const docs: string[] = [];
  for (const item of items) {
    const text = stringify(item, { lineWidth: 0 }).trimEnd();
    docs.push(`---\n${text}\n`);
    const doc = text.split("\n");
    parts.push(`- ${doc[0] ?? ""}\n`, ...doc.slice(1).map((l) => `  ${l}\n`));
  }
  parts.push('kind: List\nmetadata:\n  resourceVersion: ""\n');
  writeFileSync(yamlPath, parts.join(""));
  writeFileSync(yamlItems, docs.join(""));
  return { json, yaml: yamlPath, yamlItems };
}

interface Measure {
  input: string;
  objects: number;
  mb: number;
  parseOnlyMs: number;
  loadMs: number;
  rulesMs: number;
  /** Wall time of the whole audit (rules, locations, suppressions, sort, scores). */
  auditMs: number;
  /** CPU time (user + system) of the bare parse, of the load and of the whole audit (rules, locations, suppressions, sort). */
  parseCpuMs: number;
  loadCpuMs: number;
  auditCpuMs: number;
  /** CPU time of the rules alone and of finishing their findings: locations in the text and fingerprints (both inside the audit). */
  rulesCpuMs: number;
  finishCpuMs: number;
  findings: number;
  peakRssMb: number;
}

interface ParseMeasure {
  parseOnlyMs: number;
  parseCpuMs: number;
}

function table(rows: Measure[]): string {
  const head = [
    "input",
    "objects",
    "MB",
    "parse CPU s",
    "load CPU s",
    "load obj/CPU-s",
    "rules CPU s",
    "rules/parse",
    "finish CPU s",
    "audit CPU s",
    "end-to-end obj/CPU-s",
    "load wall s",
    "audit wall s",
    "end-to-end obj/s",
    "findings",
    "peak RSS MB",
  ];
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const rate = (objects: number, ms: number) => Math.round(objects / (ms / 1000)).toLocaleString("en-US");
  const body = rows.map((m) => [
    m.input,
    String(m.objects),
    m.mb.toFixed(0),
    s(m.parseCpuMs),
    s(m.loadCpuMs),
    rate(m.objects, m.loadCpuMs),
    s(m.rulesCpuMs),
    (m.rulesCpuMs / m.parseCpuMs).toFixed(2),
    s(m.finishCpuMs),
    s(m.auditCpuMs),
    rate(m.objects, m.loadCpuMs + m.auditCpuMs),
    s(m.loadMs),
    s(m.auditMs),
    rate(m.objects, m.loadMs + m.auditMs),
    String(m.findings),
    m.peakRssMb.toFixed(0),
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? "").length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(w[i] ?? 0)).join(" | ")} |`;
  return [line(head), `| ${w.map((n) => "-".repeat(n)).join(" | ")} |`, ...body.map(line)].join("\n");
}

/**
 * Runs one scenario in a fresh process so that each peak RSS is its own: plain `node` on the build
 * (bench/audit-child.mjs; no tsx loader in that process), as the `akskit` command runs.
 */
function child<T>(scenario: "parse" | "audit", kind: "json" | "yaml", file: string): Promise<T> {
  return new Promise((resolve, reject) => {
    // The audit of the YAML dump runs with a 4 GB heap (AKSKIT_BENCH_YAML_HEAP_MB): its memory is bounded.
    const heap =
      kind === "yaml" && scenario === "audit"
        ? [`--max-old-space-size=${process.env.AKSKIT_BENCH_YAML_HEAP_MB ?? 4096}`]
        : [];
    if (!existsSync(new URL("../dist/audit/audit.js", import.meta.url)))
      throw new Error("dist/ is missing: `npm run bench` builds it first (npm run build)");
    const proc = fork(fileURLToPath(new URL("audit-child.mjs", import.meta.url)), [scenario, kind, file], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      execArgv: heap,
    });
    proc.on("message", (m) => resolve(m as T));
    proc.on("error", reject);
    proc.on("exit", (code) => {
      if (code !== 0) reject(new Error(`${scenario} ${kind} scenario exited ${code}`));
    });
  });
}

/**
 * `AKSKIT_BENCH_RUNS`: measure each format this many times and report the medians. By default JSON
 * runs five times (single runs on a shared machine vary by ±15%) and YAML once (2.5 minutes a run).
 */
function runsOf(kind: "json" | "yaml"): number {
  const set = process.env.AKSKIT_BENCH_RUNS;
  return Math.max(1, set !== undefined ? Number(set) : kind === "json" ? 5 : 1);
}

/** Per format, each run's rules/parse ratio (printed under the table when there is more than one run). */
const ratios = new Map<string, number[]>();

async function row(kind: "json" | "yaml", file: string, parseFile: string): Promise<Measure> {
  const runs: Measure[] = [];
  for (let i = 0; i < runsOf(kind); i++) {
    const parsed = await child<ParseMeasure>("parse", kind, parseFile);
    const audited = await child<Omit<Measure, keyof ParseMeasure>>("audit", kind, file);
    runs.push({ ...audited, ...parsed });
  }
  ratios.set(
    kind,
    runs.map((r) => r.rulesCpuMs / r.parseCpuMs).sort((a, b) => a - b),
  );
  return medians(runs);
}

/** Each numeric field's median over the runs (a busy shared machine makes single runs vary ±15%). */
function medians(runs: Measure[]): Measure {
  const first = runs[0] as Measure;
  const out: Record<string, unknown> = { ...first };
  for (const [key, value] of Object.entries(first)) {
    if (typeof value !== "number") continue;
    const sorted = runs.map((r) => r[key as keyof Measure] as number).sort((a, b) => a - b);
    out[key] = sorted[Math.floor(sorted.length / 2)];
  }
  return out as unknown as Measure;
}

export default async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "akskit-bench-"));
  try {
    let t = performance.now();
    const files = generate(dir, FORMATS);
    console.log(
      `audit bench: generated ${OBJECTS.toLocaleString("en-US")} objects in ${((performance.now() - t) / 1000).toFixed(1)} s; ${RULES.length} rules`,
    );
    t = performance.now();
    const rows: Measure[] = [];
    if (FORMATS.includes("json")) rows.push(await row("json", files.json, files.json));
    if (FORMATS.includes("yaml")) rows.push(await row("yaml", files.yaml, files.yamlItems));
    console.log(table(rows));
    for (const [kind, list] of ratios)
      if (list.length > 1)
        console.log(`rules/parse of each ${kind} run, sorted: ${list.map((r) => r.toFixed(2)).join(" ")}`);
    const load = loadavg()
      .map((l) => l.toFixed(2))
      .join(" ");
    console.log(
      `(${((performance.now() - t) / 1000).toFixed(1)} s; node ${process.version}; ${cpus().length} CPUs; load average ${load}; shape ${SHAPE}; good share ${GOOD_SHARE}; medians of ${FORMATS.map((f) => `${runsOf(f as "json" | "yaml")} ${f} run(s)`).join(", ")})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run();
