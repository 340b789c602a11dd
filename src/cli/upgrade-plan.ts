import type { RegisterCommand } from "./commands.js";
import { EXIT, runAction } from "./run.js";
import { UsageError } from "../errors.js";
import { parseMinor } from "../kube/removed-apis.js";
import {
  parseCluster,
  parseMaintenance,
  parseNodePools,
  parseSubnets,
  type MaintenanceWindow,
  type SubnetInfo,
} from "../upgrade/cluster.js";
import { readSource } from "../upgrade/json-source.js";
import { loadManifests } from "../upgrade/manifests.js";
import { buildPlan } from "../upgrade/plan.js";
import { renderPlanJson } from "../upgrade/report/json.js";
import { renderPlanMarkdown } from "../upgrade/report/markdown.js";
import { renderPlanText } from "../upgrade/report/text.js";
import { specStrategy, type UpgradeStrategy } from "../upgrade/strategy.js";
import { loadPlatform } from "../spec/index.js";

interface UpgradePlanOptions {
  cluster?: string;
  to?: string;
  nodepools?: string;
  subnet: string[];
  maintenance?: string;
  strategy?: string;
  spec?: string;
  env?: string;
  format: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export const registerUpgradePlan: RegisterCommand = (program, io, setExit) => {
  program
    .command("upgrade-plan")
    .argument(
      "[manifests...]",
      "Kubernetes manifests (files or folders) to check for removed APIs and blocking PodDisruptionBudgets",
    )
    .option("--cluster <aks.json>", "az aks show -o json output (required)")
    .option("--to <version>", "target Kubernetes version, 1.32 or 1.32.4 (required)")
    .option("--nodepools <pools.json>", "az aks nodepool list -o json output (fresher pool data)")
    .option(
      "--subnet <subnet.json>",
      "az network vnet subnet show -o json output; repeat for several subnets",
      collect,
      [],
    )
    .option("--maintenance <maint.json>", "az aks maintenanceconfiguration list -o json output")
    .option("--strategy <s>", "rolling|blue-green (default: the spec's spec.upgrades.strategy, else rolling)")
    .option(
      "--spec <akskit.yaml>",
      "akskit spec: its resolved upgrades.strategy for --env (preset default: rolling)",
    )
    .option("--env <name>", "environment of the spec whose upgrades.strategy applies")
    .option("--format <f>", "text|json|markdown", "text")
    .description(
      "Plan an AKS upgrade: control plane one minor at a time, then node pools with surge; check skew, subnet, PDBs, removed APIs",
    )
    .action(async (manifests: string[], opts: UpgradePlanOptions) => {
      setExit(
        await runAction(io, async () => {
          if (!opts.cluster)
            throw new UsageError("--cluster is required: pass the output of `az aks show -o json`");
          if (!opts.to)
            throw new UsageError("--to is required: the target Kubernetes version, e.g. --to 1.32");
          if (!parseMinor(opts.to))
            throw new UsageError(`--to "${opts.to}" is not a Kubernetes version; write it as 1.32 or 1.32.4`);
          if (!["text", "json", "markdown"].includes(opts.format)) {
            throw new UsageError(`--format must be text, json or markdown, not "${opts.format}"`);
          }
          if (opts.strategy !== undefined && opts.strategy !== "rolling" && opts.strategy !== "blue-green") {
            throw new UsageError(`--strategy must be rolling or blue-green, not "${opts.strategy}"`);
          }
          const cluster = parseCluster(await readSource(opts.cluster));
          if (opts.nodepools) cluster.pools = parseNodePools(await readSource(opts.nodepools));
          const subnets: SubnetInfo[] = [];
          for (const f of opts.subnet) subnets.push(...parseSubnets(await readSource(f)));
          const maintenance: MaintenanceWindow[] | undefined = opts.maintenance
            ? parseMaintenance(await readSource(opts.maintenance))
            : undefined;
          let strategy: UpgradeStrategy = "rolling";
          let strategySource: "default" | "flag" | "spec" = "default";
          const fromSpec = opts.spec ? specStrategy(await loadPlatform(opts.spec), opts.env) : undefined;
          if (opts.strategy) {
            strategy = opts.strategy;
            strategySource = "flag";
          } else if (fromSpec) {
            strategy = fromSpec;
            strategySource = "spec";
          }
          const plan = buildPlan({
            cluster,
            target: opts.to,
            manifests: await loadManifests(manifests),
            subnets,
            maintenance,
            strategy,
            strategySource,
          });
          const render =
            opts.format === "json"
              ? renderPlanJson
              : opts.format === "markdown"
                ? renderPlanMarkdown
                : renderPlanText;
          io.stdout(render(plan));
          return plan.blockers > 0 ? EXIT.findings : EXIT.ok;
        }),
      );
    });
};
