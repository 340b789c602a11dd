import type { RegisterCommand } from "./commands.js";
import { EXIT, runAction } from "./run.js";
import { UsageError } from "../errors.js";
import { diagnose } from "../diagnose/index.js";
import { loadObjects } from "../diagnose/input.js";
import type { KubeObject } from "../diagnose/kube.js";
import { renderJson } from "../diagnose/report/json.js";
import { renderMarkdown } from "../diagnose/report/markdown.js";
import { renderText } from "../diagnose/report/text.js";
import { DEFAULT_CONTEXT, type ClusterContext } from "../diagnose/types.js";
import { listLiveObjects } from "../kube/live.js";
import { parseCluster } from "../upgrade/cluster.js";
import { readSource } from "../upgrade/json-source.js";

/** What `--live` reads: `kubectl get pods,events,nodes,services,endpoints,ingresses,pvc,hpa -A -o json`. */
export const LIVE_RESOURCES = [
  "pods",
  "events",
  "nodes",
  "services",
  "endpoints",
  "ingresses",
  "persistentvolumeclaims",
  "horizontalpodautoscalers",
];

interface DiagnoseOptions {
  format: string;
  live?: boolean;
  context?: string;
  namespace?: string;
  cluster?: string;
  resourceGroup?: string;
  name?: string;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export const registerDiagnose: RegisterCommand = (program, io, setExit) => {
  program
    .command("diagnose")
    .argument("[files...]", "kubectl get pods,events,nodes -A -o json output (JSON or YAML); - for stdin")
    .option("--format <f>", "text|json|markdown", "text")
    .option("--live", "read the cluster of the current kubeconfig context instead of files")
    .option("--context <name>", "kubeconfig context to read (implies --live)")
    .option("-n, --namespace <ns>", "with --live: only this namespace")
    .option(
      "--cluster <aks.json>",
      "az aks show -o json output: fills resource group, name and pool sizes in the advice",
    )
    .option("--resource-group <rg>", "resource group for the az commands in the advice")
    .option("--name <cluster>", "cluster name for the az commands in the advice")
    .description(
      "Explain every unhealthy pod, node, Service, Ingress and HPA: evidence, cause, commands to confirm, fix",
    )
    .action(async (files: string[], opts: DiagnoseOptions) => {
      setExit(
        await runAction(io, async () => {
          if (!["text", "json", "markdown"].includes(opts.format)) {
            throw new UsageError(`--format must be text, json or markdown, not "${opts.format}"`);
          }
          const live = opts.live === true || opts.context !== undefined;
          if (live && files.length > 0)
            throw new UsageError("pass either files or --live/--context, not both");
          let objects: KubeObject[];
          if (live) {
            const list = await listLiveObjects({
              context: opts.context,
              namespace: opts.namespace,
              resources: LIVE_RESOURCES,
            });
            objects = list.items;
          } else {
            let inputs = files;
            if (inputs.length === 0) {
              if (process.stdin.isTTY) {
                throw new UsageError(
                  "no input: pass files, pipe `kubectl get pods,events,nodes -A -o json | akskit diagnose`, or use --live",
                );
              }
              inputs = ["-"];
            }
            objects = await loadObjects(inputs, readStdin);
          }
          const ctx: ClusterContext = { ...DEFAULT_CONTEXT };
          if (opts.cluster) {
            const cluster = parseCluster(await readSource(opts.cluster));
            ctx.resourceGroup = cluster.resourceGroup;
            ctx.clusterName = cluster.name;
            ctx.pools = cluster.pools.map((p) => ({
              name: p.name,
              count: p.count,
              minCount: p.minCount,
              maxCount: p.maxCount,
              enableAutoScaling: p.enableAutoScaling,
              vmSize: p.vmSize,
              maxPods: p.maxPods,
            }));
          }
          if (opts.resourceGroup) ctx.resourceGroup = opts.resourceGroup;
          if (opts.name) ctx.clusterName = opts.name;
          const result = diagnose(objects, ctx);
          const render =
            opts.format === "json" ? renderJson : opts.format === "markdown" ? renderMarkdown : renderText;
          io.stdout(render(result));
          return result.diagnoses.length > 0 ? EXIT.findings : EXIT.ok;
        }),
      );
    });
};
