/** The plan as Markdown (for pull requests and wikis): the same sections as the text report, as tables. */
import { formatLocation } from "../../errors.js";
import type { CostSection } from "../cost/estimate.js";
import type { IpRow, VnetSummary } from "../ipam.js";
import type { EnvironmentPlan, PlanReport } from "../plan.js";
import { dash, podsLine, qty, range, unitPrice, usd } from "./format.js";

/** Escapes what would break a table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function table(headers: string[], rows: string[][], right: number[] = []): string[] {
  const sep = headers.map((_, i) => (right.includes(i) ? "---:" : "---"));
  return [
    `| ${headers.join(" | ")} |`,
    `| ${sep.join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ];
}

function vnetLine(v: VnetSummary): string {
  return `VNet \`${v.name}\` ${v.addressSpace}: ${qty(v.size)} addresses, ${qty(v.allocated)} in subnets, ${qty(v.unallocated)} unallocated.`;
}

function subnets(rows: readonly IpRow[]): string[] {
  return table(
    [
      "Subnet",
      "Range",
      "Size",
      "Usable",
      "Needed",
      "Free",
      "Used",
      "Purpose",
      "Needed at max + surge",
      "From",
    ],
    rows.map((r) => [
      r.name,
      r.cidr,
      String(r.size),
      String(r.usable),
      dash(r.needed),
      dash(r.free),
      dash(r.percentUsed, "%"),
      r.purpose,
      r.basis,
      r.origin.kind === "derived" ? `derived: ${r.origin.reason}` : r.origin.kind,
    ]),
    [2, 3, 4, 5, 6],
  );
}

function cost(c: CostSection): string[] {
  return [
    ...table(
      ["Item", "Quantity (min–max)", "Unit", "Unit price", "Min/month", "Max/month", "Assumption"],
      [
        ...c.lines.map((l) => [
          l.item,
          range(l.quantity.min, l.quantity.max),
          l.unit,
          unitPrice(l.unitPrice),
          usd(l.monthly.min),
          usd(l.monthly.max),
          l.assumption,
        ]),
        ["**Total**", "", "", "", `**${usd(c.total.min)}**`, `**${usd(c.total.max)}**`, ""],
      ],
      [1, 3, 4, 5],
    ),
    ...(c.unpriced.length > 0 ? ["", `Not priced (left out of the totals): ${c.unpriced.join(", ")}.`] : []),
  ];
}

function environment(e: EnvironmentPlan): string[] {
  const c = e.capacity;
  const out: string[] = [
    "",
    `## Environment ${e.name}`,
    "",
    `Cluster \`${e.cluster}\` in \`${e.resourceGroup}\` (${e.location}).`,
    "",
    "### Settings",
    "",
    "<details><summary>Every resolved setting and where it came from</summary>",
    "",
    ...table(
      ["Setting", "Value", "From"],
      e.settings.map((s) => [`\`${s.path}\``, s.value, s.from]),
    ),
    "",
    "</details>",
    "",
    "### IP address plan",
    "",
    ...e.network.vnets.map(vnetLine),
    "",
    ...subnets(e.network.subnets),
    "",
    ...table(
      ["Cluster range", "Range", "Size", "Use"],
      e.network.ranges.map((r) => [r.key, r.cidr, qty(r.size), r.use]),
      [2],
    ),
    ...e.network.unplaced.map((u) => `\nNot placed: ${u.key} /${u.prefix} does not fit in ${u.space}.`),
    "",
    `### Capacity (${c.plugin})`,
    "",
    ...table(
      [
        "Pool",
        "Mode",
        "Priority",
        "VM size",
        "Min",
        "Max",
        "Surge",
        "maxPods",
        "IPs/node",
        "Subnet",
        "Pod slots",
      ],
      c.pools.map((p) => [
        p.name,
        p.mode,
        p.priority,
        p.vmSize,
        String(p.min),
        String(p.max),
        String(p.surge),
        String(p.maxPods),
        String(p.addressesPerNode),
        p.subnet,
        String(p.workloadPodSlots),
      ]),
      [4, 5, 6, 7, 8, 10],
    ),
    "",
    `Nodes: ${c.nodes.min} at min, ${c.nodes.max} at max, ${c.nodes.peak} at max + surge (${c.nodes.surge} surge). ` +
      `The network allows ${c.networkNodeLimit} nodes (${c.networkLimitBy}).`,
    "",
    podsLine(c),
    "",
    "### Monthly cost (USD)",
    "",
    ...cost(e.cost),
  ];
  out.push("", `### Findings (audit rules at the ${e.findings.level} level)`, "");
  if (e.findings.items.length === 0)
    out.push(
      `None.${e.findings.accepted > 0 ? ` ${e.findings.accepted} accepted with a stated reason (\`akskit.dev/ignore\`).` : ""}`,
    );
  else
    out.push(
      ...table(
        ["Severity", "Rule", "Object", "Message"],
        e.findings.items.map((f) => [f.severity, `\`${f.ruleId}\``, `\`${f.object}\``, f.message]),
      ),
    );
  if (e.problems.length > 0) {
    out.push("", "### Problems", "");
    for (const p of e.problems)
      out.push(
        `- **${p.severity}** \`${p.code}\` at \`${formatLocation(p.location)}\`: ${p.message}. ${p.hint}`,
      );
  }
  return out;
}

export function renderMarkdown(report: PlanReport): string {
  const p = report.prices;
  const out: string[] = [
    `# Plan: ${report.platform.name}`,
    "",
    `Spec \`${report.platform.specFile}\`, preset ${report.platform.preset}, environments ${report.platform.environments.join(", ")}. ` +
      `Prices: ${p.source === "live" ? "live (Azure Retail Prices API)" : "built-in table"}; VM prices ${p.vmPricesDate}, ` +
      `service prices ${p.servicePricesDate}; ${p.currency}; ${p.hoursPerMonth} hours a month.`,
    "",
    "## Summary",
    "",
    ...table(
      ["Monthly cost (USD)", "Min", "Max"],
      [
        ...(report.hub
          ? [["hub (shared)", usd(report.hub.cost.total.min), usd(report.hub.cost.total.max)]]
          : []),
        ...report.environments.map((e) => [e.name, usd(e.cost.total.min), usd(e.cost.total.max)]),
        ["**total**", `**${usd(report.total.min)}**`, `**${usd(report.total.max)}**`],
      ],
      [1, 2],
    ),
    "",
    `${report.summary.errors} error(s), ${report.summary.warnings} warning(s).`,
  ];
  if (report.hub) {
    const h = report.hub;
    out.push(
      "",
      "## Hub",
      "",
      `\`${h.vnet}\` in \`${h.resourceGroup}\` (${h.location}), shared by ${h.environments.join(", ")}.`,
      "",
      vnetLine(h.summary),
      "",
      ...subnets(h.subnets),
      "",
      "### Monthly cost (USD)",
      "",
      ...cost(h.cost),
    );
  }
  for (const e of report.environments) out.push(...environment(e));
  out.push("", "## Notes", "", ...p.notes.map((n) => `- ${n}`));
  if (report.validation.length > 0) {
    out.push("", "## Spec warnings", "");
    for (const d of report.validation)
      out.push(`- \`${formatLocation(d.location)}\` ${d.message} [${d.code}]${d.hint ? ` — ${d.hint}` : ""}`);
  }
  return out.join("\n") + "\n";
}
