import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { poolFieldRule } from "../templates.js";

export const fipsEnabled = poolFieldRule({
  id: "nodepool/fips-enabled",
  title: "Regulated node pools use FIPS-enabled images",
  severity: "medium",
  pillar: "security",
  level: "regulated",
  rationale:
    "FedRAMP, many public-sector and some financial regimes require FIPS 140 validated cryptographic modules; FIPS-enabled node images provide them for the OS and container runtime. FIPS is chosen when the pool is created.",
  remediation: {
    text: "Create the pools with FIPS enabled (new pool, then migrate workloads).",
    spec: "spec.security.fips: true",
    arm: "agentPoolProfiles[].enableFIPS: true",
    terraform: "azurerm_kubernetes_cluster_node_pool.fips_enabled = true",
  },
  sources: [SEED.operatingSystem, LEARN.fips],
  equivalents: {},
  path: ["enableFIPS"],
  expect: (v) => asBool(v) === true,
  message: (_v, pool) =>
    `Node pool "${pool.name}" does not use a FIPS-enabled image (enableFIPS is not true).`,
});
