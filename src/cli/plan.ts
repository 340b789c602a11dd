import type { RegisterCommand } from "./commands.js";
import { EXIT, runAction } from "./run.js";
import { UsageError } from "../errors.js";
import { livePriceBook } from "../plan/cost/live.js";
import { TABLE_PRICES } from "../plan/cost/prices.js";
import { loadForPlan } from "../plan/load.js";
import { plan, vmNeeds } from "../plan/plan.js";
import { renderJson } from "../plan/report/json.js";
import { renderMarkdown } from "../plan/report/markdown.js";
import { renderText } from "../plan/report/text.js";

const FORMATS = ["text", "json", "markdown"] as const;
const PRICES = ["table", "live"] as const;

export const registerPlan: RegisterCommand = (program, io, setExit) => {
  program
    .command("plan")
    .argument("[spec]", "platform spec file", "akskit.yaml")
    .option("--env <name>", "only this environment (the shared hub is always shown)")
    .option("--format <format>", "text | json | markdown", "text")
    .option(
      "--prices <source>",
      "table (built-in, dated) | live (Azure Retail Prices API, cached daily)",
      "table",
    )
    .description(
      "resolved settings and their origins, IP address plan, capacity, monthly cost and capacity problems per environment",
    )
    .action(async (file: string, opts: { env?: string; format: string; prices: string }) => {
      setExit(
        await runAction(io, async () => {
          if (!(FORMATS as readonly string[]).includes(opts.format))
            throw new UsageError(`unknown --format "${opts.format}"; use ${FORMATS.join(", ")}`);
          if (!(PRICES as readonly string[]).includes(opts.prices))
            throw new UsageError(`unknown --prices "${opts.prices}"; use ${PRICES.join(" or ")}`);
          const platform = await loadForPlan(file);
          if (opts.env !== undefined && !platform.model.clusters.some((c) => c.environment === opts.env))
            throw new UsageError(
              `environment "${opts.env}" is not in ${file}; it has ${platform.model.clusters.map((c) => c.environment).join(", ")}`,
            );
          const prices =
            opts.prices === "live" ? await livePriceBook(vmNeeds(platform, opts.env)) : TABLE_PRICES;
          const report = plan(platform, { ...(opts.env !== undefined ? { env: opts.env } : {}), prices });
          const render =
            opts.format === "json" ? renderJson : opts.format === "markdown" ? renderMarkdown : renderText;
          io.stdout(render(report));
          return report.summary.errors > 0 ? EXIT.findings : EXIT.ok;
        }),
      );
    });
};
