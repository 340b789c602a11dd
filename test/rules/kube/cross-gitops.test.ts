import { describe, expect, it } from "vitest";
import { rule as defaultDenyEgress } from "../../../src/rules/kube/cross/default-deny-egress.js";
import { rule as defaultDenyIngress } from "../../../src/rules/kube/cross/default-deny-ingress.js";
import { rule as dnsEgress } from "../../../src/rules/kube/cross/dns-egress.js";
import { rule as limitRange } from "../../../src/rules/kube/cross/limit-range.js";
import { rule as podNetworkPolicy } from "../../../src/rules/kube/cross/pod-network-policy.js";
import {
  createRequiredLabelsRule,
  rule as requiredLabels,
} from "../../../src/rules/kube/cross/required-labels.js";
import { rule as resourceQuota } from "../../../src/rules/kube/cross/resource-quota.js";
import { rule as veleroSchedule } from "../../../src/rules/kube/cross/velero-schedule.js";
import { rule as fluxApiVersion } from "../../../src/rules/kube/gitops/flux-api-version.js";
import { rule as gitrepositoryRef } from "../../../src/rules/kube/gitops/gitrepository-ref.js";
import { rule as helmreleaseChartVersion } from "../../../src/rules/kube/gitops/helmrelease-chart-version.js";
import { rule as helmreleaseSource } from "../../../src/rules/kube/gitops/helmrelease-source.js";
import { rule as kustomizationDependsOn } from "../../../src/rules/kube/gitops/kustomization-depends-on.js";
import { rule as kustomizationPrune } from "../../../src/rules/kube/gitops/kustomization-prune.js";
import { rule as kustomizationSource } from "../../../src/rules/kube/gitops/kustomization-source.js";
import { rule as sourceHttps } from "../../../src/rules/kube/gitops/source-https.js";
import { rule as suspended } from "../../../src/rules/kube/gitops/suspended.js";
import {
  allowDns,
  audit,
  defaultDeny,
  deploy,
  deployment,
  fluxKustomization,
  gitRepository,
  helmRelease,
  helmRepository,
  limitRange as limitRangeObject,
  namespace,
  quota,
} from "./fixtures.js";
import { ruleTable } from "./run-table.js";

const ns = (name: string) => ({ apiVersion: "v1", kind: "Namespace", metadata: { name } });
const np = (name: string, namespace: string, spec: Record<string, unknown>) => ({
  apiVersion: "networking.k8s.io/v1",
  kind: "NetworkPolicy",
  metadata: { name, namespace },
  spec,
});
const app = { containers: [{ name: "app", image: "a:1" }] };
const flux = (apiVersion: string, kind: string, spec: Record<string, unknown>, name = "x") => ({
  apiVersion,
  kind,
  metadata: { name, namespace: "flux-system" },
  spec,
});
const schedule = (template: Record<string, unknown>) => ({
  apiVersion: "velero.io/v1",
  kind: "Schedule",
  metadata: { name: "daily", namespace: "velero" },
  spec: { schedule: "0 2 * * *", template },
});
const pvc = {
  apiVersion: "v1",
  kind: "PersistentVolumeClaim",
  metadata: { name: "data", namespace: "app" },
  spec: {},
};

const requiredLabelsConstraint = {
  apiVersion: "constraints.gatekeeper.sh/v1beta1",
  kind: "K8sRequiredLabels",
  metadata: { name: "req-team-label" },
  spec: {
    match: { kinds: [{ apiGroups: [""], kinds: ["Namespace"] }] },
    parameters: { labels: ["owner", { key: "costCenter", allowedRegex: "^cc-[0-9]+$" }] },
  },
};

ruleTable([
  [
    requiredLabels,
    [
      {
        name: "namespaces missing the labels a K8sRequiredLabels constraint asks for",
        objects: [
          {
            apiVersion: "v1",
            kind: "Namespace",
            metadata: { name: "app", labels: { owner: "payments", costCenter: "marketing" } },
          },
          requiredLabelsConstraint,
          ns("web"),
        ],
        expected: [
          {
            message: 'label "costCenter" does not match ^cc-[0-9]+$ (K8sRequiredLabels "req-team-label")',
            path: "metadata.labels.costCenter",
          },
          {
            message: 'Namespace lacks the label "owner" that K8sRequiredLabels "req-team-label" requires',
            path: "metadata.labels.owner",
            object: "Namespace/web",
          },
          {
            message: 'lacks the label "costCenter"',
            path: "metadata.labels.costCenter",
            object: "Namespace/web",
          },
        ],
      },
      { name: "no requirement in the input", objects: [ns("web")], expected: [] },
    ],
  ],
  [
    defaultDenyIngress,
    [
      {
        name: "no policies",
        objects: [ns("app")],
        expected: [
          { message: 'namespace "app" has no default-deny ingress NetworkPolicy', path: "metadata.name" },
        ],
      },
      {
        name: "an allow-all ingress rule is not a deny",
        objects: [
          ns("app"),
          np("allow-all", "app", { podSelector: {}, policyTypes: ["Ingress"], ingress: [{}] }),
        ],
        expected: [{ message: "no default-deny ingress", path: "metadata.name" }],
      },
      {
        name: "deny policy in another namespace",
        objects: [ns("app"), np("default-deny", "other", { podSelector: {}, policyTypes: ["Ingress"] })],
        expected: [{ message: "no default-deny ingress", path: "metadata.name" }],
      },
      {
        name: "policyTypes defaulted to Ingress",
        objects: [ns("app"), np("deny", "app", { podSelector: {} })],
        expected: [],
      },
      { name: "kube-system is skipped", objects: [ns("kube-system")], expected: [] },
    ],
  ],
  [
    defaultDenyEgress,
    [
      {
        name: "ingress-only deny",
        objects: [ns("app"), np("deny", "app", { podSelector: {}, policyTypes: ["Ingress"] })],
        expected: [
          { message: 'namespace "app" has no default-deny egress NetworkPolicy', path: "metadata.name" },
        ],
      },
      { name: "both directions", objects: [namespace(), defaultDeny()], expected: [] },
    ],
  ],
  [
    dnsEgress,
    [
      {
        name: "egress denied and DNS not allowed",
        objects: [defaultDeny()],
        expected: [
          {
            message: 'default-deny egress in namespace "payments" with no NetworkPolicy allowing DNS',
            path: "spec.policyTypes",
          },
        ],
      },
      { name: "DNS allowed", objects: [defaultDeny(), allowDns()], expected: [] },
      {
        name: "egress to an IP block without port restriction also carries DNS",
        objects: [
          defaultDeny(),
          np("allow-out", "payments", {
            podSelector: {},
            policyTypes: ["Egress"],
            egress: [{ to: [{ ipBlock: { cidr: "10.0.0.0/8" } }] }],
          }),
        ],
        expected: [],
      },
    ],
  ],
  [
    resourceQuota,
    [
      {
        name: "workload namespace without quota",
        objects: [ns("app"), deploy(app)],
        expected: [{ message: 'namespace "app" has no ResourceQuota', path: "metadata.name" }],
      },
      { name: "namespace without workloads in the input", objects: [ns("cert-manager")], expected: [] },
      { name: "quota present", objects: [namespace(), quota(), deployment()], expected: [] },
    ],
  ],
  [
    limitRange,
    [
      {
        name: "workload namespace without LimitRange",
        objects: [ns("app"), deploy(app)],
        expected: [{ message: 'namespace "app" has no LimitRange', path: "metadata.name" }],
      },
      { name: "namespace without workloads in the input", objects: [ns("velero")], expected: [] },
      { name: "LimitRange present", objects: [namespace(), limitRangeObject(), deployment()], expected: [] },
    ],
  ],
  [
    podNetworkPolicy,
    [
      {
        name: "no policies",
        objects: [deploy(app)],
        expected: [
          {
            message: "no NetworkPolicy governs Ingress or Egress traffic",
            path: "spec.template.metadata.labels",
          },
        ],
      },
      {
        name: "ingress only",
        objects: [
          deploy(app),
          np("allow", "app", { podSelector: { matchLabels: { app: "web" } }, ingress: [{}] }),
        ],
        expected: [{ message: "governs Egress traffic", path: "spec.template.metadata.labels" }],
      },
      {
        name: "namespace default-deny covers both",
        objects: [deploy(app), np("deny", "app", { podSelector: {}, policyTypes: ["Ingress", "Egress"] })],
        expected: [],
      },
      {
        name: "host-network pods are not governed by policies",
        objects: [deploy({ hostNetwork: true, ...app })],
        expected: [],
      },
    ],
  ],
  [
    veleroSchedule,
    [
      {
        name: "stateful namespace outside the schedule",
        objects: [pvc, ns("app"), schedule({ includedNamespaces: ["payments"] })],
        expected: [
          {
            message: 'namespace "app" holds persistent state but no Velero Schedule includes it',
            path: "metadata.name",
            object: "Namespace/app",
          },
        ],
      },
      {
        name: "excluded namespace",
        objects: [pvc, schedule({ includedNamespaces: ["*"], excludedNamespaces: ["app"] })],
        expected: [
          { message: 'namespace "app"', path: "metadata.name", object: "PersistentVolumeClaim/app/data" },
        ],
      },
      { name: "all namespaces", objects: [pvc, schedule({})], expected: [] },
      { name: "platform does not use Velero", objects: [pvc], expected: [] },
    ],
  ],
  [
    kustomizationDependsOn,
    [
      {
        name: "dependency missing",
        objects: [fluxKustomization("workloads", ["platfrom"]), fluxKustomization("platform", [])],
        expected: [
          { message: 'dependsOn names Kustomization "flux-system/platfrom"', path: "spec.dependsOn[0].name" },
        ],
      },
      {
        name: "dependency present",
        objects: [fluxKustomization("workloads", ["platform"]), fluxKustomization("platform", [])],
        expected: [],
      },
      {
        name: "kustomize.config.k8s.io Kustomization is not Flux",
        objects: [
          {
            apiVersion: "kustomize.config.k8s.io/v1beta1",
            kind: "Kustomization",
            metadata: { name: "k" },
            resources: [],
          },
        ],
        expected: [],
      },
    ],
  ],
  [
    kustomizationPrune,
    [
      {
        name: "prune unset",
        objects: [
          flux("kustomize.toolkit.fluxcd.io/v1", "Kustomization", {
            interval: "10m",
            path: "./apps",
            sourceRef: { kind: "GitRepository", name: "gitops" },
          }),
        ],
        expected: [{ message: "does not set prune: true", path: "spec.prune" }],
      },
      { name: "prune true", objects: [fluxKustomization("platform", [])], expected: [] },
    ],
  ],
  [
    kustomizationSource,
    [
      {
        name: "source missing",
        objects: [
          flux("kustomize.toolkit.fluxcd.io/v1", "Kustomization", {
            prune: true,
            sourceRef: { kind: "GitRepository", name: "gitpos" },
          }),
          gitRepository(),
        ],
        expected: [
          { message: 'sourceRef names GitRepository "flux-system/gitpos"', path: "spec.sourceRef.name" },
        ],
      },
      { name: "source present", objects: [fluxKustomization("platform", []), gitRepository()], expected: [] },
      {
        name: "no sources of that kind in the input",
        objects: [fluxKustomization("platform", [])],
        expected: [],
      },
    ],
  ],
  [
    helmreleaseChartVersion,
    [
      {
        name: "no version",
        objects: [
          flux("helm.toolkit.fluxcd.io/v2", "HelmRelease", {
            chart: { spec: { chart: "ingress-nginx", sourceRef: { kind: "HelmRepository", name: "r" } } },
          }),
        ],
        expected: [{ message: 'chart "ingress-nginx" has no version', path: "spec.chart.spec.version" }],
      },
      {
        name: "range",
        objects: [
          flux("helm.toolkit.fluxcd.io/v2", "HelmRelease", {
            chart: {
              spec: {
                chart: "cert-manager",
                version: "1.x",
                sourceRef: { kind: "HelmRepository", name: "r" },
              },
            },
          }),
        ],
        expected: [{ message: 'version "1.x" is a range', path: "spec.chart.spec.version" }],
      },
      { name: "exact version", objects: [helmRelease()], expected: [] },
    ],
  ],
  [
    helmreleaseSource,
    [
      {
        name: "repository missing",
        objects: [
          flux("helm.toolkit.fluxcd.io/v2", "HelmRelease", {
            chart: {
              spec: { chart: "c", version: "1.0.0", sourceRef: { kind: "HelmRepository", name: "jetstak" } },
            },
          }),
          helmRepository(),
        ],
        expected: [
          {
            message: 'HelmRelease source HelmRepository "flux-system/jetstak" is not in the input',
            path: "spec.chart.spec.sourceRef.name",
          },
        ],
      },
      { name: "repository present", objects: [helmRelease(), helmRepository()], expected: [] },
    ],
  ],
  [
    sourceHttps,
    [
      {
        name: "GitRepository over http",
        objects: [
          flux("source.toolkit.fluxcd.io/v1", "GitRepository", {
            url: "http://git.contoso.local/aks-gitops.git",
            ref: { branch: "main" },
          }),
        ],
        expected: [
          { message: "URL http://git.contoso.local/aks-gitops.git uses plain HTTP", path: "spec.url" },
        ],
      },
      {
        name: "insecure HelmRepository",
        objects: [
          flux("source.toolkit.fluxcd.io/v1", "HelmRepository", {
            url: "oci://registry.local/charts",
            type: "oci",
            insecure: true,
          }),
        ],
        expected: [{ message: "sets insecure: true", path: "spec.insecure" }],
      },
      {
        name: "https and ssh",
        objects: [
          gitRepository(),
          flux(
            "source.toolkit.fluxcd.io/v1",
            "GitRepository",
            { url: "ssh://git@github.com/contoso/x", ref: { tag: "v1" } },
            "y",
          ),
        ],
        expected: [],
      },
    ],
  ],
  [
    gitrepositoryRef,
    [
      {
        name: "no ref",
        objects: [
          flux("source.toolkit.fluxcd.io/v1", "GitRepository", { url: "https://github.com/contoso/x" }),
        ],
        expected: [{ message: "has no spec.ref", path: "spec.ref" }],
      },
      { name: "branch", objects: [gitRepository()], expected: [] },
    ],
  ],
  [
    fluxApiVersion,
    [
      {
        name: "beta APIs",
        objects: [
          flux("kustomize.toolkit.fluxcd.io/v1beta2", "Kustomization", { prune: true }),
          flux("helm.toolkit.fluxcd.io/v2beta1", "HelmRelease", {}),
        ],
        expected: [
          {
            message:
              "kustomize.toolkit.fluxcd.io/v1beta2 Kustomization is a removed Flux API; use kustomize.toolkit.fluxcd.io/v1",
            path: "apiVersion",
          },
          {
            message: "use helm.toolkit.fluxcd.io/v2",
            path: "apiVersion",
            object: "HelmRelease/flux-system/x",
          },
        ],
      },
      {
        name: "GA APIs",
        objects: [gitRepository(), fluxKustomization("platform", []), helmRelease()],
        expected: [],
      },
    ],
  ],
  [
    suspended,
    [
      {
        name: "suspended Kustomization",
        objects: [flux("kustomize.toolkit.fluxcd.io/v1", "Kustomization", { prune: true, suspend: true })],
        expected: [{ message: "Kustomization is suspended", path: "spec.suspend" }],
      },
      { name: "active", objects: [fluxKustomization("platform", [])], expected: [] },
    ],
  ],
]);

describe("cross/required-labels with requirements from the spec", () => {
  it("checks the given kinds and labels", () => {
    const rule = createRequiredLabelsRule([
      { kinds: ["Namespace"], labels: [{ key: "owner" }], origin: "spec.policy.requiredLabels" },
    ]);
    const findings = audit(rule, [namespace(), ns("web")]);
    expect(findings.map((f) => `${f.object.id}: ${f.message}`)).toEqual([
      'Namespace/web: Namespace lacks the label "owner" that spec.policy.requiredLabels requires',
    ]);
  });
});
