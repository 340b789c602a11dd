import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule, show } from "../templates.js";

/** Managed cluster names: 1–63 characters, letters, digits, underscores and hyphens, starting and ending with a letter or digit. */
const CLUSTER_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?$/;

export const nameValid = clusterFieldRule({
  id: "cluster/name-valid",
  title: "The cluster name meets Azure's naming rules",
  severity: "medium",
  pillar: "operations",
  level: "baseline",
  rationale:
    "Azure rejects managed cluster names longer than 63 characters or with characters other than letters, digits, underscores and hyphens (starting and ending with a letter or digit); finding it before deployment saves a failed run.",
  remediation: {
    text: "Rename the cluster to 1–63 letters, digits, underscores or hyphens that start and end with a letter or digit, for example aks-<workload>-<env>.",
    spec: "metadata.name",
    arm: 'Microsoft.ContainerService/managedClusters name: "aks-contoso-prod"',
    terraform: 'azurerm_kubernetes_cluster.name = "aks-contoso-prod"',
  },
  sources: [SEED.clusterIac002, LEARN.naming],
  equivalents: { psrule: ["Azure.AKS.Name"] },
  path: ["name"],
  expect: (v) => typeof v !== "string" || CLUSTER_NAME.test(v),
  message: (v) =>
    `Cluster name ${show(v)} is not a valid managed cluster name (1–63 letters, digits, "_" or "-", starting and ending with a letter or digit).`,
});
