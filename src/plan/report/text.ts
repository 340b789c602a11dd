/**
 * The plan as text for a terminal: aligned tables that fit in 100 columns, one block per environment
 * after the shared hub, problems last with their spec locations.
 */
import { formatDiagnostic, formatLocation } from "../../errors.js";
import type { CostSection } from "../cost/estimate.js";
import type { IpRow, VnetSummary } from "../ipam.js";
import type { EnvironmentPlan, PlanReport } from "../plan.js";
import { dash, podsLine, qty, range, unitPrice, usd } from "./format.js";
import { renderTable, wrap } from "./table.js";

const WIDTH = 100;

function heading(text: string): string[] {
  return ["", text, "=".repeat(Math.min(WIDTH, text.length))];
}

function sub(text: string): string[] {
  return ["", text, "-".repeat(text.length)];
}

function note(text: string, indent = "  "): string[] {
  return wrap(text, WIDTH - indent.length).map((l) => indent + l);
}

/** "* text" with continuation lines indented under the text. */
function bullet(text: string): string[] {
  return wrap(text, WIDTH - 2).map((l, i) => (i === 0 ? "* " : "  ") + l);
}

function vnetLine(v: VnetSummary): string {
  return `VNet ${v.name} ${v.addressSpace}: ${qty(v.size)} addresses, ${qty(v.allocated)} in subnets, ${qty(v.unallocated)} unallocated`;
}

function subnetTable(rows: readonly IpRow[]): string[] {
  const table = renderTable(
    [
      { header: "Subnet" },
      { header: "Range" },
      { header: "Size", align: "right" },
      { header: "Usable", align: "right" },
      { header: "Needed", align: "right" },
      { header: "Free", align: "right" },
      { header: "Used", align: "right" },
    ],
    rows.map((r) => [
      r.name,
      r.cidr,
      String(r.size),
      String(r.usable),
      dash(r.needed),
      dash(r.free),
      dash(r.percentUsed, "%"),
    ]),
    "  ",
  );
  // Each subnet is followed by how its need at max scale + surge was counted.
  const out = [table[0]!];
  rows.forEach((r, i) => {
    out.push(table[i + 1]!);
    out.push(...note(`${r.purpose}; needed: ${r.basis}`, "      "));
  });
  return out;
}

function costTable(cost: CostSection): string[] {
  const rows = cost.lines.map((l) => [
    l.item,
    range(l.quantity.min, l.quantity.max),
    unitPrice(l.unitPrice),
    usd(l.monthly.min),
    usd(l.monthly.max),
  ]);
  rows.push(["Total", "", "", usd(cost.total.min), usd(cost.total.max)]);
  const table = renderTable(
    [
      { header: "Item", max: ITEM_WIDTH },
      { header: "Quantity (min–max)", align: "right" },
      { header: "Unit price", align: "right" },
      { header: "Min/month", align: "right" },
      { header: "Max/month", align: "right" },
    ],
    rows,
    "  ",
  );
  // Each line item is followed by its assumption and unit, indented.
  const out = [table[0]!];
  let at = 1;
  for (const l of cost.lines) {
    const height = wrap(l.item, ITEM_WIDTH).length;
    out.push(...table.slice(at, at + height));
    at += height;
    out.push(...note(`${l.assumption} [${l.unit}]`, "      "));
  }
  out.push(...table.slice(at));
  if (cost.unpriced.length > 0)
    out.push(...note(`Not priced (left out of the totals): ${cost.unpriced.join(", ")}.`));
  return out;
}

const ITEM_WIDTH = 40;

function environmentBlock(e: EnvironmentPlan): string[] {
  const out: string[] = [];
  out.push(...heading(`Environment ${e.name} — ${e.cluster} in ${e.resourceGroup} (${e.location})`));

  out.push(...sub("Settings"));
  out.push(
    ...renderTable(
      [
        { header: "Setting", max: 42 },
        { header: "Value", max: 28 },
        { header: "From", max: 24 },
      ],
      e.settings.map((s) => [s.path, s.value, s.from]),
      "  ",
    ),
  );

  out.push(...sub("IP address plan"));
  for (const v of e.network.vnets) out.push(`  ${vnetLine(v)}`);
  out.push(...subnetTable(e.network.subnets));
  out.push("");
  out.push(
    ...renderTable(
      [
        { header: "Cluster range" },
        { header: "Range" },
        { header: "Size", align: "right" },
        { header: "Use", max: 56 },
      ],
      e.network.ranges.map((r) => [r.key, r.cidr, qty(r.size), r.use]),
      "  ",
    ),
  );
  for (const u of e.network.unplaced)
    out.push(`  Not placed: ${u.key} /${u.prefix} does not fit in ${u.space}.`);

  const c = e.capacity;
  out.push(...sub(`Capacity (${c.plugin})`));
  out.push(
    ...renderTable(
      [
        { header: "Pool" },
        { header: "Mode" },
        { header: "VM size" },
        { header: "Min", align: "right" },
        { header: "Max", align: "right" },
        { header: "Surge", align: "right" },
        { header: "maxPods", align: "right" },
        { header: "IPs/node", align: "right" },
        { header: "Pod slots", align: "right" },
      ],
      c.pools.map((p) => [
        p.name + (p.priority === "Spot" ? " (spot)" : ""),
        p.mode,
        p.vmSize,
        String(p.min),
        String(p.max),
        String(p.surge),
        String(p.maxPods),
        String(p.addressesPerNode),
        String(p.workloadPodSlots),
      ]),
      "  ",
    ),
  );
  out.push(
    ...note(
      `Nodes: ${c.nodes.min} at min, ${c.nodes.max} at max, ${c.nodes.peak} at max + surge (${c.nodes.surge} surge). ` +
        `The network allows ${c.networkNodeLimit} nodes (${c.networkLimitBy}).`,
    ),
    ...note(podsLine(c)),
  );

  out.push(...sub("Monthly cost (USD)"));
  out.push(...costTable(e.cost));

  out.push(...sub(`Findings (audit rules at the ${e.findings.level} level over the generated output)`));
  if (e.findings.items.length === 0)
    out.push(
      ...note(
        `None.${e.findings.accepted > 0 ? ` ${e.findings.accepted} accepted with a stated reason (akskit.dev/ignore).` : ""}`,
      ),
    );
  for (const f of e.findings.items)
    out.push(...note(`${f.severity.toUpperCase()} ${f.ruleId} ${f.object}: ${f.message}`));

  if (e.problems.length > 0) {
    out.push(...sub("Problems"));
    for (const p of e.problems) {
      out.push(...note(`${formatLocation(p.location)}: ${p.severity}: ${p.message} [${p.code}]`, "  "));
      out.push(...note(`→ ${p.hint}`, "      "));
    }
  }
  return out;
}

export function renderText(report: PlanReport): string {
  const out: string[] = [];
  const envs = report.platform.environments;
  out.push(
    `akskit plan: ${report.platform.name} (${report.platform.specFile}), preset ${report.platform.preset}, ` +
      `${envs.length} environment${envs.length === 1 ? "" : "s"} (${envs.join(", ")})`,
  );
  const p = report.prices;
  out.push(
    ...note(
      `Prices: ${p.source === "live" ? "live (Azure Retail Prices API)" : "built-in table"}; VM prices ${p.vmPricesDate}, ` +
        `service prices ${p.servicePricesDate}; ${p.currency}; ${p.hoursPerMonth} hours a month.`,
      "",
    ),
  );

  if (report.hub) {
    const h = report.hub;
    out.push(
      ...heading(
        `Hub — ${h.vnet} in ${h.resourceGroup} (${h.location}), shared by ${h.environments.join(", ")}`,
      ),
    );
    out.push(...sub("IP address plan"));
    out.push(`  ${vnetLine(h.summary)}`);
    out.push(...subnetTable(h.subnets));
    out.push(...sub("Monthly cost (USD)"));
    out.push(...costTable(h.cost));
  }

  for (const e of report.environments) out.push(...environmentBlock(e));

  out.push(...heading("Summary"));
  out.push(
    ...renderTable(
      [
        { header: "Monthly cost (USD)" },
        { header: "Min", align: "right" },
        { header: "Max", align: "right" },
      ],
      [
        ...(report.hub
          ? [["hub (shared)", usd(report.hub.cost.total.min), usd(report.hub.cost.total.max)]]
          : []),
        ...report.environments.map((e) => [e.name, usd(e.cost.total.min), usd(e.cost.total.max)]),
        ["total", usd(report.total.min), usd(report.total.max)],
      ],
      "  ",
    ),
  );
  out.push("");
  for (const n of p.notes) out.push(...bullet(n));
  if (report.validation.length > 0) {
    out.push(...sub("Spec warnings"));
    for (const d of report.validation)
      out.push(
        ...formatDiagnostic(d)
          .split("\n")
          .map((l) => `  ${l}`),
      );
  }
  out.push("");
  const { errors, warnings } = report.summary;
  out.push(
    errors > 0
      ? `${errors} error${errors === 1 ? "" : "s"} and ${warnings} warning${warnings === 1 ? "" : "s"}: the plan does not hold at max scale.`
      : `No capacity errors; ${warnings} warning${warnings === 1 ? "" : "s"}.`,
  );
  return out.join("\n") + "\n";
}
