import { rule as barePod } from "../../../src/rules/kube/workload/bare-pod.js";
import { rule as cronjobDeadline } from "../../../src/rules/kube/workload/cronjob-deadline.js";
import { rule as hostSpread } from "../../../src/rules/kube/workload/host-spread.js";
import { rule as hpaFixedReplicas } from "../../../src/rules/kube/workload/hpa-fixed-replicas.js";
import { rule as hpaMaxReplicas } from "../../../src/rules/kube/workload/hpa-max-replicas.js";
import { rule as hpaMinReplicas } from "../../../src/rules/kube/workload/hpa-min-replicas.js";
import { rule as hpaTarget } from "../../../src/rules/kube/workload/hpa-target.js";
import { rule as hpaTargetRequests } from "../../../src/rules/kube/workload/hpa-target-requests.js";
import { rule as jobTtl } from "../../../src/rules/kube/workload/job-ttl.js";
import { rule as pdbMaxUnavailable } from "../../../src/rules/kube/workload/pdb-max-unavailable.js";
import { rule as pdbMinAvailable } from "../../../src/rules/kube/workload/pdb-min-available.js";
import { rule as pdbMissing } from "../../../src/rules/kube/workload/pdb-missing.js";
import { rule as pdbPolicy } from "../../../src/rules/kube/workload/pdb-policy.js";
import { rule as pdbSelectsPods } from "../../../src/rules/kube/workload/pdb-selects-pods.js";
import { rule as pdbUnhealthyEviction } from "../../../src/rules/kube/workload/pdb-unhealthy-eviction.js";
import { rule as priorityClass } from "../../../src/rules/kube/workload/priority-class.js";
import { rule as replicas } from "../../../src/rules/kube/workload/replicas.js";
import { rule as restartPolicy } from "../../../src/rules/kube/workload/restart-policy.js";
import { rule as rollingUpdate } from "../../../src/rules/kube/workload/rolling-update.js";
import { rule as statefulsetService } from "../../../src/rules/kube/workload/statefulset-service.js";
import { rule as zoneSpread } from "../../../src/rules/kube/workload/zone-spread.js";
import { deploy, deployment, hpa, pdb, pod } from "./fixtures.js";
import { ruleTable } from "./run-table.js";

const app = { containers: [{ name: "app", image: "a:1" }] };

function hpaFor(target: string, minReplicas?: number, maxReplicas = 5): Record<string, unknown> {
  return {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscaler",
    metadata: { name: target, namespace: "app" },
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: target },
      ...(minReplicas !== undefined ? { minReplicas } : {}),
      maxReplicas,
    },
  };
}

function pdbFor(app: string, spec: Record<string, unknown>): Record<string, unknown> {
  return {
    apiVersion: "policy/v1",
    kind: "PodDisruptionBudget",
    metadata: { name: app, namespace: "app" },
    spec: { selector: { matchLabels: { app } }, ...spec },
  };
}

const cronJob = (
  spec: Record<string, unknown>,
  podSpec: Record<string, unknown> = { restartPolicy: "OnFailure", ...app },
) => ({
  apiVersion: "batch/v1",
  kind: "CronJob",
  metadata: { name: "report", namespace: "app" },
  spec: { schedule: "0 2 * * *", ...spec, jobTemplate: { spec: { template: { spec: podSpec } } } },
});

const job = (spec: Record<string, unknown>, metadata: Record<string, unknown> = {}) => ({
  apiVersion: "batch/v1",
  kind: "Job",
  metadata: { name: "migrate", namespace: "app", ...metadata },
  spec: { ...spec, template: { spec: { restartPolicy: "Never", ...app } } },
});

const statefulSet = (serviceName?: string) => ({
  apiVersion: "apps/v1",
  kind: "StatefulSet",
  metadata: { name: "db", namespace: "app" },
  spec: {
    ...(serviceName ? { serviceName } : {}),
    replicas: 3,
    selector: { matchLabels: { app: "db" } },
    template: { metadata: { labels: { app: "db" } }, spec: app },
  },
});

const svc = (name: string, spec: Record<string, unknown>) => ({
  apiVersion: "v1",
  kind: "Service",
  metadata: { name, namespace: "app" },
  spec,
});

ruleTable([
  [
    replicas,
    [
      {
        name: "replicas unset means one",
        objects: [deploy(app)],
        expected: [{ message: "runs 1 replica (spec.replicas unset)", path: "spec.replicas" }],
      },
      {
        name: "explicit single replica",
        objects: [deploy(app, { replicas: 1 })],
        expected: [{ message: "runs 1 replica", path: "spec.replicas" }],
      },
      { name: "two replicas", objects: [deploy(app, { replicas: 2 })], expected: [] },
      { name: "scaled to zero on purpose", objects: [deploy(app, { replicas: 0 })], expected: [] },
      { name: "an HPA owns the count", objects: [deploy(app), hpaFor("web", 3)], expected: [] },
    ],
  ],
  [
    hpaMinReplicas,
    [
      {
        name: "minReplicas unset",
        objects: [hpaFor("web")],
        expected: [{ message: "minReplicas is 1 (unset)", path: "spec.minReplicas" }],
      },
      {
        name: "minReplicas 1",
        objects: [hpaFor("web", 1)],
        expected: [{ message: "minReplicas is 1", path: "spec.minReplicas" }],
      },
      { name: "minReplicas 2", objects: [hpaFor("web", 2)], expected: [] },
    ],
  ],
  [
    hpaMaxReplicas,
    [
      {
        name: "max equals min",
        objects: [hpaFor("web", 3, 3)],
        expected: [{ message: "maxReplicas 3 is not above minReplicas 3", path: "spec.maxReplicas" }],
      },
      { name: "max above min", objects: [hpaFor("web", 3, 10)], expected: [] },
    ],
  ],
  [
    hpaTarget,
    [
      {
        name: "target missing",
        objects: [hpaFor("wbe", 2), deploy(app)],
        expected: [
          {
            message: 'HPA targets Deployment "wbe", which is not in namespace "app"',
            path: "spec.scaleTargetRef.name",
          },
        ],
      },
      {
        name: "no scaleTargetRef",
        objects: [
          {
            apiVersion: "autoscaling/v2",
            kind: "HorizontalPodAutoscaler",
            metadata: { name: "x", namespace: "app" },
            spec: { maxReplicas: 3 },
          },
        ],
        expected: [{ message: "has no scaleTargetRef", path: "spec.scaleTargetRef" }],
      },
      { name: "target present", objects: [hpaFor("web", 2), deploy(app)], expected: [] },
      {
        name: "same name in another namespace does not count",
        objects: [hpaFor("web", 2), { ...deploy(app), metadata: { name: "web", namespace: "other" } }],
        expected: [{ message: "not in namespace", path: "spec.scaleTargetRef.name" }],
      },
    ],
  ],
  [
    hpaFixedReplicas,
    [
      {
        name: "replicas set under an HPA",
        objects: [deploy(app, { replicas: 3 }), hpaFor("web", 2)],
        expected: [{ message: 'sets spec.replicas while HPA "web" scales it', path: "spec.replicas" }],
      },
      { name: "replicas without HPA", objects: [deploy(app, { replicas: 3 })], expected: [] },
      { name: "the well-configured Deployment with its HPA", objects: [deployment(), hpa()], expected: [] },
    ],
  ],
  [
    hpaTargetRequests,
    [
      {
        name: "CPU utilization without CPU requests",
        objects: [
          {
            ...hpaFor("web", 2),
            spec: {
              scaleTargetRef: { kind: "Deployment", name: "web" },
              maxReplicas: 4,
              metrics: [
                {
                  type: "Resource",
                  resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } },
                },
              ],
            },
          },
          deploy(app),
        ],
        expected: [
          {
            message: 'container "app" of Deployment "web" has no cpu request',
            path: "spec.metrics[0].resource",
          },
        ],
      },
      {
        name: "no metrics means 80% CPU",
        objects: [hpaFor("web", 2), deploy(app)],
        expected: [{ message: "scales on cpu utilization", path: "spec.metrics" }],
      },
      {
        name: "autoscaling/v1 targetCPUUtilizationPercentage",
        objects: [
          {
            apiVersion: "autoscaling/v1",
            kind: "HorizontalPodAutoscaler",
            metadata: { name: "web", namespace: "app" },
            spec: {
              scaleTargetRef: { kind: "Deployment", name: "web" },
              minReplicas: 2,
              maxReplicas: 4,
              targetCPUUtilizationPercentage: 70,
            },
          },
          deploy(app),
        ],
        expected: [{ message: "has no cpu request", path: "spec.targetCPUUtilizationPercentage" }],
      },
      { name: "the well-configured Deployment with its HPA", objects: [hpa(), deployment()], expected: [] },
    ],
  ],
  [
    pdbMissing,
    [
      {
        name: "three replicas, no PDB",
        objects: [deploy(app, { replicas: 3 })],
        expected: [
          { message: "runs 3 replicas and no PodDisruptionBudget", path: "spec.template.metadata.labels" },
        ],
      },
      {
        name: "HPA floor of two, no PDB",
        objects: [deploy(app), hpaFor("web", 2)],
        expected: [{ message: "runs 2 replicas", path: "spec.template.metadata.labels" }],
      },
      {
        name: "PDB in another namespace does not count",
        objects: [
          deploy(app, { replicas: 3 }),
          { ...pdbFor("web", { maxUnavailable: 1 }), metadata: { name: "web", namespace: "other" } },
        ],
        expected: [{ message: "no PodDisruptionBudget", path: "spec.template.metadata.labels" }],
      },
      {
        name: "covered by a PDB",
        objects: [deploy(app, { replicas: 3 }), pdbFor("web", { maxUnavailable: 1 })],
        expected: [],
      },
      { name: "single replica needs none", objects: [deploy(app, { replicas: 1 })], expected: [] },
    ],
  ],
  [
    pdbMaxUnavailable,
    [
      {
        name: "maxUnavailable 0",
        objects: [pdbFor("web", { maxUnavailable: 0 })],
        expected: [{ message: "maxUnavailable is 0", path: "spec.maxUnavailable" }],
      },
      {
        name: "maxUnavailable 0%",
        objects: [pdbFor("web", { maxUnavailable: "0%" })],
        expected: [{ message: "no pod can ever be evicted", path: "spec.maxUnavailable" }],
      },
      { name: "maxUnavailable 1", objects: [pdbFor("web", { maxUnavailable: 1 })], expected: [] },
    ],
  ],
  [
    pdbMinAvailable,
    [
      {
        name: "minAvailable equals replicas",
        objects: [pdbFor("web", { minAvailable: 3 }), deploy(app, { replicas: 3 })],
        expected: [
          {
            message: 'leaves no disruption for Deployment "web" with 3 replicas',
            path: "spec.minAvailable",
            object: "PodDisruptionBudget/app/web",
          },
        ],
      },
      {
        name: "100% of an HPA floor",
        objects: [pdbFor("web", { minAvailable: "100%" }), deploy(app), hpaFor("web", 2)],
        expected: [{ message: "minAvailable 100%", path: "spec.minAvailable" }],
      },
      {
        name: "minAvailable 2 against an HPA floor of 2",
        objects: [pdbFor("web", { minAvailable: 2 }), deploy(app), hpaFor("web", 2, 10)],
        expected: [{ message: "with 2 replicas", path: "spec.minAvailable" }],
      },
      {
        name: "minAvailable below replicas",
        objects: [pdbFor("web", { minAvailable: 2 }), deploy(app, { replicas: 3 })],
        expected: [],
      },
    ],
  ],
  [
    pdbPolicy,
    [
      {
        name: "no policy",
        objects: [pdbFor("web", {})],
        expected: [{ message: "sets neither minAvailable nor maxUnavailable", path: "spec.maxUnavailable" }],
      },
      { name: "minAvailable", objects: [pdbFor("web", { minAvailable: 1 })], expected: [] },
    ],
  ],
  [
    pdbUnhealthyEviction,
    [
      {
        name: "default policy",
        objects: [pdbFor("web", { maxUnavailable: 1 })],
        expected: [
          { message: "unhealthyPodEvictionPolicy: AlwaysAllow", path: "spec.unhealthyPodEvictionPolicy" },
        ],
      },
      {
        name: "IfHealthyBudget",
        objects: [pdbFor("web", { maxUnavailable: 1, unhealthyPodEvictionPolicy: "IfHealthyBudget" })],
        expected: [{ message: "does not set", path: "spec.unhealthyPodEvictionPolicy" }],
      },
      { name: "the well-configured PDB", objects: [pdb()], expected: [] },
    ],
  ],
  [
    pdbSelectsPods,
    [
      {
        name: "selector matches nothing",
        objects: [pdbFor("wbe", { maxUnavailable: 1 }), deploy(app)],
        expected: [{ message: 'selects no workload in namespace "app"', path: "spec.selector" }],
      },
      {
        name: "no workloads of the namespace in the input",
        objects: [pdbFor("wbe", { maxUnavailable: 1 })],
        expected: [],
      },
      { name: "matches", objects: [pdbFor("web", { maxUnavailable: 1 }), deploy(app)], expected: [] },
    ],
  ],
  [
    hostSpread,
    [
      {
        name: "three replicas without spread",
        objects: [deploy(app, { replicas: 3 })],
        expected: [
          {
            message: "no anti-affinity or topology spread on kubernetes.io/hostname",
            path: "spec.template.spec.topologySpreadConstraints",
          },
        ],
      },
      {
        name: "preferred anti-affinity on hostname",
        objects: [
          deploy(
            {
              ...app,
              affinity: {
                podAntiAffinity: {
                  preferredDuringSchedulingIgnoredDuringExecution: [
                    {
                      weight: 100,
                      podAffinityTerm: {
                        topologyKey: "kubernetes.io/hostname",
                        labelSelector: { matchLabels: { app: "web" } },
                      },
                    },
                  ],
                },
              },
            },
            { replicas: 3 },
          ),
        ],
        expected: [],
      },
      { name: "single replica", objects: [deploy(app)], expected: [] },
    ],
  ],
  [
    zoneSpread,
    [
      {
        name: "hostname spread only",
        objects: [
          deploy(
            {
              ...app,
              topologySpreadConstraints: [
                { maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "DoNotSchedule" },
              ],
            },
            { replicas: 2 },
          ),
        ],
        expected: [
          {
            message: "no topology spread over topology.kubernetes.io/zone",
            path: "spec.template.spec.topologySpreadConstraints",
          },
        ],
      },
      { name: "the well-configured Deployment", objects: [deployment(), hpa()], expected: [] },
    ],
  ],
  [
    rollingUpdate,
    [
      {
        name: "Recreate",
        objects: [deploy(app, { strategy: { type: "Recreate" } })],
        expected: [{ message: "uses the Recreate update strategy", path: "spec.strategy.type" }],
      },
      {
        name: "StatefulSet OnDelete",
        objects: [
          { ...statefulSet("db"), spec: { ...statefulSet("db").spec, updateStrategy: { type: "OnDelete" } } },
        ],
        expected: [{ message: "OnDelete", path: "spec.updateStrategy.type" }],
      },
      { name: "default strategy", objects: [deploy(app)], expected: [] },
    ],
  ],
  [
    statefulsetService,
    [
      {
        name: "no serviceName",
        objects: [statefulSet()],
        expected: [{ message: "has no spec.serviceName", path: "spec.serviceName" }],
      },
      {
        name: "service missing",
        objects: [statefulSet("db-headless"), svc("db", { clusterIP: "None", selector: { app: "db" } })],
        expected: [{ message: 'serviceName "db-headless" names no Service', path: "spec.serviceName" }],
      },
      {
        name: "service not headless",
        objects: [statefulSet("db"), svc("db", { selector: { app: "db" } })],
        expected: [{ message: "is not a headless Service", path: "spec.serviceName" }],
      },
      {
        name: "headless service",
        objects: [statefulSet("db"), svc("db", { clusterIP: "None", selector: { app: "db" } })],
        expected: [],
      },
      { name: "services of the namespace not in the input", objects: [statefulSet("db")], expected: [] },
    ],
  ],
  [
    cronjobDeadline,
    [
      {
        name: "no deadline",
        objects: [cronJob({})],
        expected: [{ message: "does not set startingDeadlineSeconds", path: "spec.startingDeadlineSeconds" }],
      },
      { name: "deadline set", objects: [cronJob({ startingDeadlineSeconds: 300 })], expected: [] },
    ],
  ],
  [
    restartPolicy,
    [
      {
        name: "CronJob pod template without restartPolicy",
        objects: [cronJob({}, app)],
        expected: [
          {
            message: "restartPolicy unset (Always)",
            path: "spec.jobTemplate.spec.template.spec.restartPolicy",
          },
        ],
      },
      { name: "OnFailure", objects: [cronJob({})], expected: [] },
    ],
  ],
  [
    jobTtl,
    [
      {
        name: "standalone Job without TTL",
        objects: [job({})],
        expected: [{ message: "does not set ttlSecondsAfterFinished", path: "spec.ttlSecondsAfterFinished" }],
      },
      {
        name: "Job created by a CronJob",
        objects: [job({}, { ownerReferences: [{ kind: "CronJob", name: "report", controller: true }] })],
        expected: [],
      },
      { name: "TTL set", objects: [job({ ttlSecondsAfterFinished: 3600 })], expected: [] },
    ],
  ],
  [
    priorityClass,
    [
      {
        name: "no priority class",
        objects: [deploy(app)],
        expected: [
          { message: "does not set priorityClassName", path: "spec.template.spec.priorityClassName" },
        ],
      },
      { name: "the well-configured Deployment", objects: [deployment()], expected: [] },
    ],
  ],
  [
    barePod,
    [
      {
        name: "pod without owner",
        objects: [pod(app)],
        expected: [{ message: "has no owning controller", path: "metadata.ownerReferences" }],
      },
      {
        name: "pod owned by a ReplicaSet",
        objects: [
          pod(app, { ownerReferences: [{ kind: "ReplicaSet", name: "web-5d9c", controller: true }] }),
        ],
        expected: [],
      },
    ],
  ],
]);
