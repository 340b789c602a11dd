import { rule as cpuLimits } from "../../../src/rules/kube/workload/cpu-limits.js";
import { rule as cpuRequests } from "../../../src/rules/kube/workload/cpu-requests.js";
import { rule as duplicateEnv } from "../../../src/rules/kube/workload/duplicate-env.js";
import { rule as ephemeralStorage } from "../../../src/rules/kube/workload/ephemeral-storage.js";
import { rule as imageDigest } from "../../../src/rules/kube/workload/image-digest.js";
import { rule as imagePullPolicy } from "../../../src/rules/kube/workload/image-pull-policy.js";
import { rule as imageTag } from "../../../src/rules/kube/workload/image-tag.js";
import { rule as livenessPort } from "../../../src/rules/kube/workload/liveness-port.js";
import { rule as livenessProbe } from "../../../src/rules/kube/workload/liveness-probe.js";
import { rule as memoryLimits } from "../../../src/rules/kube/workload/memory-limits.js";
import { rule as memoryRequests } from "../../../src/rules/kube/workload/memory-requests.js";
import { rule as probesIdentical } from "../../../src/rules/kube/workload/probes-identical.js";
import { rule as readinessPort } from "../../../src/rules/kube/workload/readiness-port.js";
import { rule as readinessProbe } from "../../../src/rules/kube/workload/readiness-probe.js";
import { rule as startupPort } from "../../../src/rules/kube/workload/startup-port.js";
import { DIGEST, deploy, deployment, pod } from "./fixtures.js";
import { ruleTable } from "./run-table.js";

const probe = { httpGet: { path: "/health", port: "http" } };

ruleTable([
  [
    cpuRequests,
    [
      {
        name: "container without a CPU request",
        objects: [
          pod({ containers: [{ name: "app", image: "a:1", resources: { requests: { memory: "1Gi" } } }] }),
        ],
        expected: [
          {
            message: 'container "app" has no CPU request',
            path: "spec.containers[0].resources.requests.cpu",
          },
        ],
      },
      {
        name: "init container without resources, in a Deployment",
        objects: [
          deploy({
            initContainers: [{ name: "migrate", image: "m:1" }],
            containers: [{ name: "app", image: "a:1", resources: { requests: { cpu: "1" } } }],
          }),
        ],
        expected: [
          {
            message: 'init container "migrate" has no CPU request',
            path: "spec.template.spec.initContainers[0].resources.requests.cpu",
          },
        ],
      },
      {
        name: "a CPU limit alone implies the request",
        objects: [pod({ containers: [{ name: "app", image: "a:1", resources: { limits: { cpu: "1" } } }] })],
        expected: [],
      },
      { name: "the well-configured Deployment", objects: [deployment()], expected: [] },
    ],
  ],
  [
    memoryRequests,
    [
      {
        name: "container without a memory request",
        objects: [pod({ containers: [{ name: "app", image: "a:1" }] })],
        expected: [
          {
            message: 'container "app" has no memory request',
            path: "spec.containers[0].resources.requests.memory",
          },
        ],
      },
      {
        name: "CronJob container without a memory request",
        objects: [
          {
            apiVersion: "batch/v1",
            kind: "CronJob",
            metadata: { name: "report", namespace: "app" },
            spec: {
              schedule: "0 * * * *",
              jobTemplate: {
                spec: {
                  template: { spec: { restartPolicy: "Never", containers: [{ name: "job", image: "j:1" }] } },
                },
              },
            },
          },
        ],
        expected: [
          {
            message: "has no memory request",
            path: "spec.jobTemplate.spec.template.spec.containers[0].resources.requests.memory",
          },
        ],
      },
      {
        name: "request set",
        objects: [
          pod({ containers: [{ name: "app", image: "a:1", resources: { requests: { memory: "64Mi" } } }] }),
        ],
        expected: [],
      },
    ],
  ],
  [
    cpuLimits,
    [
      {
        name: "container without a CPU limit",
        objects: [
          pod({ containers: [{ name: "app", image: "a:1", resources: { requests: { cpu: "1" } } }] }),
        ],
        expected: [{ message: "has no CPU limit", path: "spec.containers[0].resources.limits.cpu" }],
      },
      {
        name: "limit set",
        objects: [pod({ containers: [{ name: "app", image: "a:1", resources: { limits: { cpu: "1" } } }] })],
        expected: [],
      },
    ],
  ],
  [
    memoryLimits,
    [
      {
        name: "container without a memory limit",
        objects: [pod({ containers: [{ name: "app", image: "a:1" }] })],
        expected: [
          {
            message: 'container "app" has no memory limit',
            path: "spec.containers[0].resources.limits.memory",
          },
        ],
      },
      {
        name: "limit set",
        objects: [
          pod({ containers: [{ name: "app", image: "a:1", resources: { limits: { memory: "1Gi" } } }] }),
        ],
        expected: [],
      },
    ],
  ],
  [
    ephemeralStorage,
    [
      {
        name: "neither request nor limit",
        objects: [pod({ containers: [{ name: "app", image: "a:1" }] })],
        expected: [
          {
            message: "has no ephemeral-storage request",
            path: "spec.containers[0].resources.requests.ephemeral-storage",
          },
          {
            message: "has no ephemeral-storage limit",
            path: "spec.containers[0].resources.limits.ephemeral-storage",
          },
        ],
      },
      {
        name: "both set",
        objects: [
          pod({
            containers: [
              {
                name: "app",
                image: "a:1",
                resources: {
                  requests: { "ephemeral-storage": "1Gi" },
                  limits: { "ephemeral-storage": "2Gi" },
                },
              },
            ],
          }),
        ],
        expected: [],
      },
    ],
  ],
  [
    readinessProbe,
    [
      {
        name: "long-running container without readiness probe",
        objects: [deploy({ containers: [{ name: "app", image: "a:1" }] })],
        expected: [
          {
            message: 'container "app" has no readinessProbe',
            path: "spec.template.spec.containers[0].readinessProbe",
          },
        ],
      },
      {
        name: "native sidecar without readiness probe",
        objects: [
          deploy({
            initContainers: [{ name: "proxy", image: "p:1", restartPolicy: "Always" }],
            containers: [{ name: "app", image: "a:1", readinessProbe: probe }],
          }),
        ],
        expected: [
          {
            message: 'sidecar container "proxy" has no readinessProbe',
            path: "spec.template.spec.initContainers[0].readinessProbe",
          },
        ],
      },
      {
        name: "plain init containers and Jobs are not probed",
        objects: [
          {
            apiVersion: "batch/v1",
            kind: "Job",
            metadata: { name: "once", namespace: "app" },
            spec: {
              template: {
                spec: {
                  restartPolicy: "Never",
                  initContainers: [{ name: "i", image: "i:1" }],
                  containers: [{ name: "j", image: "j:1" }],
                },
              },
            },
          },
        ],
        expected: [],
      },
      {
        name: "probe set",
        objects: [deploy({ containers: [{ name: "app", image: "a:1", readinessProbe: probe }] })],
        expected: [],
      },
    ],
  ],
  [
    livenessProbe,
    [
      {
        name: "long-running container without liveness probe",
        objects: [pod({ containers: [{ name: "app", image: "a:1" }] })],
        expected: [
          { message: 'container "app" has no livenessProbe', path: "spec.containers[0].livenessProbe" },
        ],
      },
      {
        name: "run-to-completion pod",
        objects: [pod({ restartPolicy: "Never", containers: [{ name: "app", image: "a:1" }] })],
        expected: [],
      },
    ],
  ],
  [
    probesIdentical,
    [
      {
        name: "same probe twice",
        objects: [
          pod({
            containers: [
              {
                name: "app",
                image: "a:1",
                livenessProbe: probe,
                readinessProbe: { httpGet: { path: "/health", port: "http" } },
              },
            ],
          }),
        ],
        expected: [
          { message: "same probe for liveness and readiness", path: "spec.containers[0].livenessProbe" },
        ],
      },
      {
        name: "liveness more tolerant",
        objects: [
          pod({
            containers: [
              {
                name: "app",
                image: "a:1",
                livenessProbe: { ...probe, failureThreshold: 6 },
                readinessProbe: probe,
              },
            ],
          }),
        ],
        expected: [],
      },
    ],
  ],
  [
    livenessPort,
    [
      {
        name: "named port not declared",
        objects: [
          pod({
            containers: [
              {
                name: "app",
                image: "a:1",
                ports: [{ name: "web", containerPort: 80 }],
                livenessProbe: { httpGet: { path: "/", port: "http" } },
              },
            ],
          }),
        ],
        expected: [
          {
            message: 'livenessProbe uses port "http"',
            path: "spec.containers[0].livenessProbe.httpGet.port",
          },
        ],
      },
      {
        name: "numeric port or declared name",
        objects: [
          pod({
            containers: [
              {
                name: "app",
                image: "a:1",
                ports: [{ name: "http", containerPort: 80 }],
                livenessProbe: { tcpSocket: { port: 8080 } },
                readinessProbe: probe,
              },
            ],
          }),
        ],
        expected: [],
      },
    ],
  ],
  [
    readinessPort,
    [
      {
        name: "tcpSocket named port not declared",
        objects: [
          pod({
            containers: [{ name: "app", image: "a:1", readinessProbe: { tcpSocket: { port: "grpc" } } }],
          }),
        ],
        expected: [
          {
            message: 'readinessProbe uses port "grpc"',
            path: "spec.containers[0].readinessProbe.tcpSocket.port",
          },
        ],
      },
      { name: "the well-configured Deployment", objects: [deployment()], expected: [] },
    ],
  ],
  [
    startupPort,
    [
      {
        name: "startup probe on an undeclared name",
        objects: [
          pod({
            containers: [
              {
                name: "app",
                image: "a:1",
                ports: [{ name: "http", containerPort: 80 }],
                startupProbe: { httpGet: { path: "/", port: "admin" } },
              },
            ],
          }),
        ],
        expected: [
          { message: 'startupProbe uses port "admin"', path: "spec.containers[0].startupProbe.httpGet.port" },
        ],
      },
      { name: "the well-configured Deployment", objects: [deployment()], expected: [] },
    ],
  ],
  [
    imageTag,
    [
      {
        name: "untagged image",
        objects: [pod({ containers: [{ name: "app", image: "nginx" }] })],
        expected: [{ message: 'image "nginx" has no tag', path: "spec.containers[0].image" }],
      },
      {
        name: "latest tag on a registry with a port",
        objects: [pod({ containers: [{ name: "app", image: "registry.local:5000/team/app:latest" }] })],
        expected: [{ message: "uses the latest tag", path: "spec.containers[0].image" }],
      },
      {
        name: "registry port is not a tag",
        objects: [pod({ containers: [{ name: "app", image: "registry.local:5000/team/app" }] })],
        expected: [{ message: "has no tag", path: "spec.containers[0].image" }],
      },
      {
        name: "versioned or digest-pinned images",
        objects: [
          pod({
            containers: [
              { name: "a", image: "contosoacr.azurecr.io/api:1.4.2" },
              { name: "b", image: `nginx@${DIGEST}` },
            ],
          }),
        ],
        expected: [],
      },
    ],
  ],
  [
    imageDigest,
    [
      {
        name: "tag only",
        objects: [pod({ containers: [{ name: "app", image: "contosoacr.azurecr.io/api:1.4.2" }] })],
        expected: [{ message: "is not pinned by a sha256 digest", path: "spec.containers[0].image" }],
      },
      {
        name: "malformed digest",
        objects: [pod({ containers: [{ name: "app", image: "contosoacr.azurecr.io/api@sha256:abc" }] })],
        expected: [{ message: "is not pinned", path: "spec.containers[0].image" }],
      },
      {
        name: "tag and digest",
        objects: [pod({ containers: [{ name: "app", image: `contosoacr.azurecr.io/api:1.4.2@${DIGEST}` }] })],
        expected: [],
      },
    ],
  ],
  [
    imagePullPolicy,
    [
      {
        name: "IfNotPresent on a mutable tag",
        objects: [
          pod({
            containers: [
              { name: "app", image: "contosoacr.azurecr.io/api:1.4.2", imagePullPolicy: "IfNotPresent" },
            ],
          }),
        ],
        expected: [
          { message: "with imagePullPolicy IfNotPresent", path: "spec.containers[0].imagePullPolicy" },
        ],
      },
      {
        name: "unset policy on a version tag defaults to IfNotPresent",
        objects: [pod({ containers: [{ name: "app", image: "contosoacr.azurecr.io/api:1.4.2" }] })],
        expected: [{ message: "IfNotPresent (default)", path: "spec.containers[0].imagePullPolicy" }],
      },
      {
        name: "Always, or a digest",
        objects: [
          pod({
            containers: [
              { name: "a", image: "x.azurecr.io/a:1", imagePullPolicy: "Always" },
              { name: "b", image: `x.azurecr.io/b:1@${DIGEST}`, imagePullPolicy: "IfNotPresent" },
            ],
          }),
        ],
        expected: [],
      },
    ],
  ],
  [
    duplicateEnv,
    [
      {
        name: "same name twice",
        objects: [
          pod({
            containers: [
              {
                name: "app",
                image: "a:1",
                env: [
                  { name: "A", value: "1" },
                  { name: "B", value: "2" },
                  { name: "A", value: "3" },
                ],
              },
            ],
          }),
        ],
        expected: [{ message: 'sets env "A" more than once', path: "spec.containers[0].env[2].name" }],
      },
      {
        name: "a long env list (searched with a set) reports each repeat",
        objects: [
          pod({
            containers: [
              {
                name: "app",
                image: "a:1",
                env: [
                  ...Array.from({ length: 40 }, (_, i) => ({ name: `V${i}`, value: "x" })),
                  { name: "V3", value: "again" },
                  { name: "V39", value: "again" },
                  { name: "V3", value: "third" },
                ],
              },
            ],
          }),
        ],
        expected: [
          { message: 'sets env "V3" more than once', path: "spec.containers[0].env[40].name" },
          { message: 'sets env "V39" more than once', path: "spec.containers[0].env[41].name" },
          { message: 'sets env "V3" more than once', path: "spec.containers[0].env[42].name" },
        ],
      },
      {
        name: "same name in two containers is fine",
        objects: [
          pod({
            containers: [
              { name: "a", image: "a:1", env: [{ name: "A", value: "1" }] },
              { name: "b", image: "b:1", env: [{ name: "A", value: "1" }] },
            ],
          }),
        ],
        expected: [],
      },
    ],
  ],
]);
