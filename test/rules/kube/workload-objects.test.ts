import { describe, expect, it } from "vitest";
import type { ManagedClusterFact } from "../../../src/audit/facts.js";
import { kubeFact, memoryLocator } from "../../../src/audit/facts.js";
import { runRules } from "../../../src/audit/engine.js";
import { rule as cpuRequests } from "../../../src/rules/kube/workload/cpu-requests.js";
import { rule as ingressBackend } from "../../../src/rules/kube/workload/ingress-backend.js";
import { rule as ingressClass } from "../../../src/rules/kube/workload/ingress-class.js";
import { rule as instanceLabel } from "../../../src/rules/kube/workload/instance-label.js";
import { rule as invalidTargetPort } from "../../../src/rules/kube/workload/invalid-target-port.js";
import { rule as labelValues } from "../../../src/rules/kube/workload/label-values.js";
import { rule as mismatchingSelector } from "../../../src/rules/kube/workload/mismatching-selector.js";
import { rule as monitorTargets } from "../../../src/rules/kube/workload/monitor-targets.js";
import { rule as networkpolicySelectsPods } from "../../../src/rules/kube/workload/networkpolicy-selects-pods.js";
import { rule as removedApi } from "../../../src/rules/kube/workload/removed-api.js";
import { rule as serviceSelectsPods } from "../../../src/rules/kube/workload/service-selects-pods.js";
import { rule as serviceTargetPort } from "../../../src/rules/kube/workload/service-target-port.js";
import { rule as useNamespace } from "../../../src/rules/kube/workload/use-namespace.js";
import { audit, deploy, deployment, ingress, pod, service } from "./fixtures.js";
import { ruleTable } from "./run-table.js";

const web = { containers: [{ name: "app", image: "a:1", ports: [{ name: "http", containerPort: 8080 }] }] };
const svc = (spec: Record<string, unknown>, name = "web") => ({
  apiVersion: "v1",
  kind: "Service",
  metadata: { name, namespace: "app" },
  spec,
});
const ing = (backend: Record<string, unknown>) => ({
  apiVersion: "networking.k8s.io/v1",
  kind: "Ingress",
  metadata: { name: "web", namespace: "app" },
  spec: {
    ingressClassName: "webapprouting.kubernetes.azure.com",
    rules: [{ host: "a.example.com", http: { paths: [{ path: "/", pathType: "Prefix", backend }] } }],
  },
});
const netpol = (podSelector: Record<string, unknown>) => ({
  apiVersion: "networking.k8s.io/v1",
  kind: "NetworkPolicy",
  metadata: { name: "allow-web", namespace: "app" },
  spec: { podSelector, policyTypes: ["Ingress"], ingress: [{}] },
});

const monitor = (kind: string, selector: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  apiVersion: "azmonitoring.coreos.com/v1",
  kind,
  metadata: { name: "web", namespace: "app" },
  spec: { selector, ...extra },
});

ruleTable([
  [
    monitorTargets,
    [
      {
        name: "PodMonitor selecting no pods",
        objects: [
          monitor(
            "PodMonitor",
            { matchLabels: { app: "wbe" } },
            { podMetricsEndpoints: [{ port: "metrics" }] },
          ),
          deploy(web),
        ],
        expected: [{ message: 'PodMonitor selects no pods in "app"', path: "spec.selector" }],
      },
      {
        name: "ServiceMonitor selecting no Service",
        objects: [
          monitor("ServiceMonitor", { matchLabels: { app: "web" } }),
          svc({ selector: { app: "web" }, ports: [{ port: 80 }] }),
        ],
        expected: [{ message: 'ServiceMonitor selects no Services in "app"', path: "spec.selector" }],
      },
      {
        name: "PodMonitor and ServiceMonitor with targets",
        objects: [
          monitor("PodMonitor", { matchLabels: { app: "web" } }),
          deploy(web),
          monitor("ServiceMonitor", { matchLabels: { app: "web" } }),
          {
            ...svc({ selector: { app: "web" } }),
            metadata: { name: "web", namespace: "app", labels: { app: "web" } },
          },
        ],
        expected: [],
      },
      {
        name: "targets not in the input",
        objects: [monitor("PodMonitor", { matchLabels: { app: "wbe" } })],
        expected: [],
      },
    ],
  ],
  [
    serviceSelectsPods,
    [
      {
        name: "selector with a typo",
        objects: [svc({ selector: { app: "wbe" }, ports: [{ port: 80 }] }), deploy(web)],
        expected: [
          {
            message: 'Service selector app=wbe matches no workload in namespace "app"',
            path: "spec.selector",
          },
        ],
      },
      {
        name: "selects the Deployment",
        objects: [svc({ selector: { app: "web" }, ports: [{ port: 80 }] }), deploy(web)],
        expected: [],
      },
      {
        name: "no selector (manual endpoints)",
        objects: [svc({ ports: [{ port: 80 }] }), deploy(web)],
        expected: [],
      },
      {
        name: "no workloads of the namespace in the input",
        objects: [svc({ selector: { app: "wbe" } })],
        expected: [],
      },
    ],
  ],
  [
    serviceTargetPort,
    [
      {
        name: "named targetPort the pods do not declare",
        objects: [svc({ selector: { app: "web" }, ports: [{ port: 80, targetPort: "web" }] }), deploy(web)],
        expected: [
          {
            message: 'targetPort "web" is not a named port of Deployment "web"',
            path: "spec.ports[0].targetPort",
          },
        ],
      },
      {
        name: "declared name",
        objects: [svc({ selector: { app: "web" }, ports: [{ port: 80, targetPort: "http" }] }), deploy(web)],
        expected: [],
      },
      {
        name: "numeric targetPort",
        objects: [svc({ selector: { app: "web" }, ports: [{ port: 80, targetPort: 8080 }] }), deploy(web)],
        expected: [],
      },
    ],
  ],
  [
    invalidTargetPort,
    [
      {
        name: "out of range and bad names",
        objects: [
          svc({
            ports: [
              { port: 80, targetPort: 70000 },
              { port: 81, targetPort: "Http_Port" },
              { port: 82, targetPort: "a-very-long-port-name" },
            ],
          }),
        ],
        expected: [
          { message: "targetPort 70000 is not a valid", path: "spec.ports[0].targetPort" },
          { message: 'targetPort "Http_Port"', path: "spec.ports[1].targetPort" },
          { message: 'targetPort "a-very-long-port-name"', path: "spec.ports[2].targetPort" },
        ],
      },
      {
        name: "valid number and name",
        objects: [
          svc({
            ports: [
              { port: 80, targetPort: 8080 },
              { port: 81, targetPort: "http-alt" },
            ],
          }),
        ],
        expected: [],
      },
    ],
  ],
  [
    ingressBackend,
    [
      {
        name: "backend service missing",
        objects: [
          ing({ service: { name: "wbe", port: { number: 80 } } }),
          svc({ selector: { app: "web" }, ports: [{ port: 80 }] }),
        ],
        expected: [
          {
            message: 'backend Service "wbe" is not in namespace "app"',
            path: "spec.rules[0].http.paths[0].backend.service.name",
          },
        ],
      },
      {
        name: "backend port missing",
        objects: [
          ing({ service: { name: "web", port: { number: 443 } } }),
          svc({ selector: { app: "web" }, ports: [{ port: 80 }] }),
        ],
        expected: [
          {
            message: 'backend port 443 is not a port of Service "web"',
            path: "spec.rules[0].http.paths[0].backend.service.port",
          },
        ],
      },
      {
        name: "port by name",
        objects: [
          ing({ service: { name: "web", port: { name: "http" } } }),
          svc({ selector: { app: "web" }, ports: [{ name: "http", port: 80 }] }),
        ],
        expected: [],
      },
      { name: "the well-configured Ingress and Service", objects: [ingress(), service()], expected: [] },
      {
        name: "services of the namespace not in the input",
        objects: [ing({ service: { name: "wbe", port: { number: 80 } } })],
        expected: [],
      },
    ],
  ],
  [
    networkpolicySelectsPods,
    [
      {
        name: "selector matches nothing",
        objects: [netpol({ matchLabels: { app: "wbe" } }), deploy(web)],
        expected: [
          { message: 'podSelector matches no workload in namespace "app"', path: "spec.podSelector" },
        ],
      },
      {
        name: "matchExpressions that select the workload",
        objects: [
          netpol({ matchExpressions: [{ key: "app", operator: "In", values: ["web", "api"] }] }),
          deploy(web),
        ],
        expected: [],
      },
      { name: "empty selector selects all", objects: [netpol({}), deploy(web)], expected: [] },
    ],
  ],
  [
    mismatchingSelector,
    [
      {
        name: "selector does not match the template",
        objects: [
          {
            ...deploy(web),
            spec: {
              selector: { matchLabels: { app: "api" } },
              template: { metadata: { labels: { app: "web" } }, spec: web },
            },
          },
        ],
        expected: [{ message: "selector does not match its pod template labels", path: "spec.selector" }],
      },
      {
        name: "no selector",
        objects: [
          { ...deploy(web), spec: { template: { metadata: { labels: { app: "web" } }, spec: web } } },
        ],
        expected: [{ message: "has no spec.selector", path: "spec.selector" }],
      },
      { name: "matching", objects: [deploy(web)], expected: [] },
    ],
  ],
  [
    labelValues,
    [
      {
        name: "non-string and too long values",
        objects: [
          {
            ...deploy(web),
            metadata: {
              name: "web",
              namespace: "app",
              labels: { version: 1.5, team: "payments-", ok: "fine" },
            },
          },
        ],
        expected: [
          { message: 'label "version" has an invalid value 1.5', path: "metadata.labels.version" },
          { message: 'label "team" has an invalid value', path: "metadata.labels.team" },
        ],
      },
      {
        name: "pod template labels",
        objects: [
          {
            ...deploy(web),
            spec: {
              selector: { matchLabels: { app: "web" } },
              template: { metadata: { labels: { app: "web", release: true } }, spec: web },
            },
          },
        ],
        expected: [{ message: 'label "release"', path: "spec.template.metadata.labels.release" }],
      },
      { name: "the well-configured Deployment", objects: [deployment()], expected: [] },
    ],
  ],
  [
    instanceLabel,
    [
      {
        name: "instance names another object",
        objects: [
          {
            ...deploy(web),
            metadata: { name: "web", namespace: "app", labels: { "app.kubernetes.io/instance": "api" } },
          },
        ],
        expected: [
          {
            message: 'is "api" but the object is named "web"',
            path: 'metadata.labels["app.kubernetes.io/instance"]',
          },
        ],
      },
      { name: "no instance label", objects: [deploy(web)], expected: [] },
    ],
  ],
  [
    useNamespace,
    [
      {
        name: "default namespace and none",
        objects: [
          { ...svc({ ports: [{ port: 80 }] }), metadata: { name: "web", namespace: "default" } },
          { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "cfg" }, data: {} },
        ],
        expected: [
          { message: "Service is in the default namespace", path: "metadata.namespace" },
          {
            message: "ConfigMap has no metadata.namespace",
            path: "metadata.namespace",
            object: "ConfigMap/cfg",
          },
        ],
      },
      {
        name: "cluster-scoped kinds are skipped",
        objects: [{ apiVersion: "v1", kind: "Namespace", metadata: { name: "app" } }],
        expected: [],
      },
      { name: "dedicated namespace", objects: [deployment()], expected: [] },
    ],
  ],
  [
    removedApi,
    [
      {
        name: "policy/v1beta1 PodDisruptionBudget",
        objects: [
          {
            apiVersion: "policy/v1beta1",
            kind: "PodDisruptionBudget",
            metadata: { name: "web", namespace: "app" },
            spec: { maxUnavailable: 1 },
          },
        ],
        expected: [
          {
            message: "policy/v1beta1 PodDisruptionBudget is not served since Kubernetes 1.25; use policy/v1",
            path: "apiVersion",
          },
        ],
      },
      {
        name: "extensions/v1beta1 Deployment",
        objects: [{ ...deploy(web), apiVersion: "extensions/v1beta1" }],
        expected: [{ message: "since Kubernetes 1.16; use apps/v1", path: "apiVersion" }],
      },
      { name: "current APIs", objects: [deployment(), ingress()], expected: [] },
    ],
  ],
  [
    ingressClass,
    [
      {
        name: "no class",
        objects: [{ ...ing({}), spec: { rules: [] } }],
        expected: [{ message: "does not set spec.ingressClassName", path: "spec.ingressClassName" }],
      },
      {
        name: "deprecated annotation",
        objects: [
          {
            ...ing({}),
            metadata: {
              name: "web",
              namespace: "app",
              annotations: { "kubernetes.io/ingress.class": "nginx" },
            },
            spec: { rules: [] },
          },
        ],
        expected: [
          {
            message: "deprecated kubernetes.io/ingress.class annotation",
            path: 'metadata.annotations["kubernetes.io/ingress.class"]',
          },
        ],
      },
      { name: "the well-configured Ingress", objects: [ingress()], expected: [] },
    ],
  ],
]);

describe("removed APIs judged against the cluster version in the input", () => {
  it("does not report an API the oldest cluster still serves", () => {
    const flow = {
      apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3",
      kind: "FlowSchema",
      metadata: { name: "f" },
    };
    const cluster = (version: string): ManagedClusterFact => ({
      id: "managedClusters/aks",
      name: "aks",
      source: { file: "aks.json", kind: "az-json" },
      locate: memoryLocator("aks.json"),
      resource: { properties: { kubernetesVersion: version } },
      agentPools: [],
    });
    const facts = (version: string) => ({
      clusters: [cluster(version)],
      azureResources: [],
      kubeObjects: [kubeFact(flow)],
    });
    expect(runRules(facts("1.31.2"), [removedApi], { level: "baseline" }).findings).toEqual([]);
    expect(
      runRules(facts("1.32.0"), [removedApi], { level: "baseline" }).findings.map((f) => f.message),
    ).toEqual([
      "flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema is not served since Kubernetes 1.32; use flowcontrol.apiserver.k8s.io/v1",
    ]);
  });
});

describe("pod-template rules and controllers", () => {
  it("judge a Deployment once, not again through its ReplicaSet and Pod", () => {
    const d = deploy({ containers: [{ name: "app", image: "a:1" }] });
    const rs = {
      apiVersion: "apps/v1",
      kind: "ReplicaSet",
      metadata: {
        name: "web-5d9c",
        namespace: "app",
        ownerReferences: [{ kind: "Deployment", name: "web", controller: true }],
      },
      spec: {
        selector: { matchLabels: { app: "web" } },
        template: {
          metadata: { labels: { app: "web" } },
          spec: { containers: [{ name: "app", image: "a:1" }] },
        },
      },
    };
    const p = pod(
      { containers: [{ name: "app", image: "a:1" }] },
      { name: "web-5d9c-x1", ownerReferences: [{ kind: "ReplicaSet", name: "web-5d9c", controller: true }] },
    );
    expect(audit(cpuRequests, [d, rs, p]).map((f) => f.object.id)).toEqual(["Deployment/app/web"]);
  });

  it("judge a Pod whose owner is not in the input", () => {
    const p = pod(
      { containers: [{ name: "app", image: "a:1" }] },
      { ownerReferences: [{ kind: "ReplicaSet", name: "gone", controller: true }] },
    );
    expect(audit(cpuRequests, [p]).map((f) => f.object.id)).toEqual(["Pod/app/web"]);
  });
});
