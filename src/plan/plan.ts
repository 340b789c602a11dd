/**
 * `plan(platform, { env?, prices })` → PlanReport: per environment the resolved settings with their
 * origins, the IP address plan, capacity, monthly cost and problems; plus the shared hub. Pure and
 * synchronous: live prices are fetched before (cost/live.ts) and passed in as a PriceBook.
 * The report is JSON-ready; its shape is documented in docs/plan.md ("JSON format").
 */
import type { Diagnostic, SourceLocation } from "../errors.js";
import { UsageError } from "../errors.js";
import type { ClusterModel, Origin } from "../model/types.js";
import type { LoadedPlatform } from "../spec/index.js";
import { settingLocation } from "../spec/validate.js";
import { computeCapacity } from "./capacity.js";
import { environmentCost, hubCost, type CostSection } from "./cost/estimate.js";
import { HOURS_PER_MONTH, TABLE_PRICES, type PriceBook } from "./cost/prices.js";
import { ipPlan, type IpPlan, type IpRow, type VnetSummary } from "./ipam.js";
import { findProblems, type Problem } from "./problems.js";
import { scaleSummary, type ScaleSummary } from "./scale.js";
import { originText, settingRows } from "./settings.js";
import { specFindings } from "./findings.js";
import type { RuleLevel, Severity } from "../rules/types.js";

export const PLAN_SCHEMA_VERSION = 1;

export interface PlanOptions {
  /** Only this environment (the hub is still shown: it is shared). */
  env?: string;
  prices?: PriceBook;
}

export interface PlanSetting {
  path: string;
  value: string;
  /** "preset production", "spec", "environment prod", "derived: …". */
  from: string;
  origin: Origin;
}

export interface PlanProblem extends Problem {
  location: SourceLocation;
}

/** A finding of the production rules on what the spec would generate (same rules as `akskit audit`). */
export interface PlanFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The generated object the rule judged, e.g. `managedClusters/aks-x` or `Deployment/ns/api`. */
  object: string;
}

export interface EnvironmentPlan {
  name: string;
  location: string;
  resourceGroup: string;
  cluster: string;
  settings: PlanSetting[];
  network: IpPlan;
  capacity: ScaleSummary;
  cost: CostSection;
  problems: PlanProblem[];
  /** The audit rules at the preset's level over this environment's generated infrastructure and manifests. */
  findings: { level: RuleLevel; items: PlanFinding[]; accepted: number };
}

export interface PlanReport {
  schemaVersion: number;
  platform: { name: string; specFile: string; preset: string; environments: string[] };
  prices: {
    source: "table" | "live";
    vmPricesDate: string;
    servicePricesDate: string;
    currency: "USD";
    hoursPerMonth: number;
    notes: string[];
  };
  hub?: {
    resourceGroup: string;
    vnet: string;
    addressSpace: string;
    location: string;
    /** Environments sharing it. */
    environments: string[];
    summary: VnetSummary;
    subnets: IpRow[];
    cost: CostSection;
  };
  environments: EnvironmentPlan[];
  /** Hub + the environments shown, per month. */
  total: { min: number; max: number };
  /** Warnings from spec validation (errors stop loading, except the capacity errors shown as problems). */
  validation: Diagnostic[];
  summary: { errors: number; warnings: number };
}

function environmentPlan(platform: LoadedPlatform, model: ClusterModel, prices: PriceBook): EnvironmentPlan {
  const cap = computeCapacity(model);
  const full = ipPlan(model, cap);
  // The hub is shared and shown once (PlanReport.hub); an environment shows its own spoke.
  const network: IpPlan = {
    ...full,
    vnets: full.vnets.filter((v) => v.vnet === "spoke"),
    subnets: full.subnets.filter((s) => s.vnet === "spoke"),
  };
  const capacity = scaleSummary(model, cap);
  const problems = findProblems(model, cap, network, capacity).map((p) => ({
    ...p,
    location: settingLocation(platform.spec, model, p.setting),
  }));
  return {
    name: model.environment,
    location: model.location,
    resourceGroup: model.names.resourceGroup,
    cluster: model.names.cluster,
    settings: settingRows(model).map((r) => ({
      path: r.path,
      value: r.value,
      from: originText(r.origin),
      origin: r.origin,
    })),
    network,
    capacity,
    cost: environmentCost(model, prices),
    problems,
    findings: environmentFindings(platform, model),
  };
}

function environmentFindings(platform: LoadedPlatform, model: ClusterModel): EnvironmentPlan["findings"] {
  const [result] = specFindings(platform.model, model.environment);
  if (!result) return { level: "production", items: [], accepted: 0 };
  return {
    level: result.level,
    items: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      object: f.object.id,
    })),
    accepted: result.suppressed,
  };
}

export function plan(platform: LoadedPlatform, options: PlanOptions = {}): PlanReport {
  const prices = options.prices ?? TABLE_PRICES;
  const all = platform.model.clusters;
  let shown = all;
  if (options.env !== undefined) {
    shown = all.filter((c) => c.environment === options.env);
    if (shown.length === 0)
      throw new UsageError(
        `environment "${options.env}" is not in ${platform.model.specFile}; it has ${all.map((c) => c.environment).join(", ")}`,
      );
  }
  const environments = shown.map((m) => environmentPlan(platform, m, prices));
  const first = all[0];
  const hubSection = hubCost(all, prices);
  const hubIp = first?.network.hub ? ipPlan(first) : undefined;
  const hubSummary = hubIp?.vnets.find((v) => v.vnet === "hub");
  const hub =
    first && first.network.hub && hubIp && hubSummary && hubSection
      ? {
          resourceGroup: first.names.hubResourceGroup,
          vnet: first.names.hubVnet,
          addressSpace: first.network.hub.addressSpace,
          location: platform.spec.document.spec.location,
          environments: all.map((c) => c.environment),
          summary: hubSummary,
          subnets: hubIp.subnets.filter((s) => s.vnet === "hub"),
          cost: hubSection,
        }
      : undefined;
  const cents = (n: number) => Math.round(n * 100) / 100;
  const total = {
    min: cents(environments.reduce((n, e) => n + e.cost.total.min, hub?.cost.total.min ?? 0)),
    max: cents(environments.reduce((n, e) => n + e.cost.total.max, hub?.cost.total.max ?? 0)),
  };
  const problems = environments.flatMap((e) => e.problems);
  const validation = platform.validation.diagnostics;
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    platform: {
      name: platform.model.name,
      specFile: platform.model.specFile,
      preset: platform.model.preset,
      environments: all.map((c) => c.environment),
    },
    prices: {
      source: prices.kind,
      vmPricesDate: prices.vmPricesDate,
      servicePricesDate: prices.servicePricesDate,
      currency: prices.currency,
      hoursPerMonth: HOURS_PER_MONTH,
      notes: [...prices.notes],
    },
    ...(hub ? { hub } : {}),
    environments,
    total,
    validation,
    summary: {
      errors: problems.filter((p) => p.severity === "error").length,
      warnings:
        problems.filter((p) => p.severity === "warning").length +
        validation.filter((d) => d.severity === "warning").length,
    },
  };
}

/** The (region, VM size) pairs a plan prices, for live price look-ups. */
export function vmNeeds(platform: LoadedPlatform, env?: string): { region: string; vmSize: string }[] {
  return platform.model.clusters
    .filter((c) => env === undefined || c.environment === env)
    .flatMap((c) => c.nodePools.map((p) => ({ region: c.location, vmSize: p.vmSize })));
}
