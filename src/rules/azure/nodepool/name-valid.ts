import { eqi, get } from "../lookup.js";
import { isUnknown } from "../../../audit/facts.js";
import { LEARN, SEED } from "../sources.js";
import { poolFieldRule, show } from "../templates.js";

export const poolNameValid = poolFieldRule({
  id: "nodepool/name-valid",
  title: "Node pool names meet AKS's naming rules",
  severity: "medium",
  pillar: "operations",
  level: "baseline",
  rationale:
    "AKS accepts only lowercase letters and digits for pool names, starting with a letter, at most 12 characters for Linux pools and 6 for Windows pools (the name prefixes the Windows computer names). A wrong name fails the deployment.",
  remediation: {
    text: "Rename the pool to lowercase letters and digits starting with a letter: at most 12 characters (6 for Windows).",
    spec: "spec.nodePools[].name",
    arm: 'agentPoolProfiles[].name: "apps"',
    terraform: 'azurerm_kubernetes_cluster_node_pool.name = "apps"',
  },
  sources: [SEED.computeBase, LEARN.multiplePools],
  equivalents: { psrule: ["Azure.AKS.SystemPoolNaming", "Azure.AKS.UserPoolNaming"] },
  path: ["name"],
  expect: (v, pool) => {
    const name = typeof v === "string" ? v : pool.name;
    const os = get(pool.properties, ["osType"]);
    if (isUnknown(os)) return "unknown";
    const max = eqi(os, "Windows") ? 6 : 12;
    return /^[a-z][a-z0-9]*$/.test(name) && name.length <= max;
  },
  message: (v, pool) =>
    `Node pool name ${show(typeof v === "string" ? v : pool.name)} is invalid: use lowercase letters and digits starting with a letter, at most ${eqi(get(pool.properties, ["osType"]), "Windows") ? 6 : 12} characters.`,
});
