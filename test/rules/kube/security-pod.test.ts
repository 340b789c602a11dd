import { rule as apparmor } from "../../../src/rules/kube/security/apparmor.js";
import { rule as automountToken } from "../../../src/rules/kube/security/automount-token.js";
import { rule as capabilitiesBaseline } from "../../../src/rules/kube/security/capabilities-baseline.js";
import { rule as capabilitiesDropAll } from "../../../src/rules/kube/security/capabilities-drop-all.js";
import { rule as capabilitiesRestricted } from "../../../src/rules/kube/security/capabilities-restricted.js";
import { rule as hostIpc } from "../../../src/rules/kube/security/host-ipc.js";
import { rule as hostNetwork } from "../../../src/rules/kube/security/host-network.js";
import { rule as hostPath } from "../../../src/rules/kube/security/host-path.js";
import { rule as hostPid } from "../../../src/rules/kube/security/host-pid.js";
import { rule as hostPort } from "../../../src/rules/kube/security/host-port.js";
import { rule as hostProcess } from "../../../src/rules/kube/security/host-process.js";
import { rule as privilegeEscalation } from "../../../src/rules/kube/security/privilege-escalation.js";
import { rule as privileged } from "../../../src/rules/kube/security/privileged.js";
import { rule as privilegedPorts } from "../../../src/rules/kube/security/privileged-ports.js";
import { rule as procMount } from "../../../src/rules/kube/security/proc-mount.js";
import { rule as readOnlyRootFs } from "../../../src/rules/kube/security/read-only-root-fs.js";
import { rule as runAsNonRoot } from "../../../src/rules/kube/security/run-as-non-root.js";
import { rule as runAsUserRoot } from "../../../src/rules/kube/security/run-as-user-root.js";
import { rule as runtimeSocket } from "../../../src/rules/kube/security/runtime-socket.js";
import { rule as seccompProfile } from "../../../src/rules/kube/security/seccomp-profile.js";
import { rule as seccompUnconfined } from "../../../src/rules/kube/security/seccomp-unconfined.js";
import { rule as selinux } from "../../../src/rules/kube/security/selinux.js";
import { rule as sshPort } from "../../../src/rules/kube/security/ssh-port.js";
import { rule as sysctls } from "../../../src/rules/kube/security/sysctls.js";
import { rule as volumeTypes } from "../../../src/rules/kube/security/volume-types.js";
import { deploy, deployment, pod } from "./fixtures.js";
import { ruleTable } from "./run-table.js";

const c = (securityContext: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  name: "app",
  image: "a:1",
  securityContext,
  ...extra,
});

ruleTable([
  [
    privileged,
    [
      {
        name: "privileged container",
        objects: [pod({ containers: [c({ privileged: true })] })],
        expected: [
          {
            message: 'container "app" runs privileged',
            path: "spec.containers[0].securityContext.privileged",
          },
        ],
      },
      {
        name: "privileged init container in a Deployment",
        objects: [
          deploy({
            initContainers: [{ name: "sysctl", image: "busybox:1", securityContext: { privileged: true } }],
            containers: [c({})],
          }),
        ],
        expected: [
          {
            message: 'init container "sysctl" runs privileged',
            path: "spec.template.spec.initContainers[0].securityContext.privileged",
          },
        ],
      },
      { name: "not privileged", objects: [pod({ containers: [c({ privileged: false })] })], expected: [] },
    ],
  ],
  [
    privilegeEscalation,
    [
      {
        name: "unset",
        objects: [pod({ containers: [c({})] })],
        expected: [
          {
            message: "does not set securityContext.allowPrivilegeEscalation: false",
            path: "spec.containers[0].securityContext.allowPrivilegeEscalation",
          },
        ],
      },
      {
        name: "true",
        objects: [pod({ containers: [c({ allowPrivilegeEscalation: true })] })],
        expected: [
          {
            message: "allows privilege escalation",
            path: "spec.containers[0].securityContext.allowPrivilegeEscalation",
          },
        ],
      },
      {
        name: "Windows pods are exempt",
        objects: [pod({ os: { name: "windows" }, containers: [c({})] })],
        expected: [],
      },
      {
        name: "false",
        objects: [pod({ containers: [c({ allowPrivilegeEscalation: false })] })],
        expected: [],
      },
    ],
  ],
  [
    runAsNonRoot,
    [
      {
        name: "unset anywhere",
        objects: [pod({ containers: [c({})] })],
        expected: [
          {
            message: "does not set runAsNonRoot: true",
            path: "spec.containers[0].securityContext.runAsNonRoot",
          },
        ],
      },
      {
        name: "pod says false",
        objects: [pod({ securityContext: { runAsNonRoot: false }, containers: [c({})] })],
        expected: [{ message: "sets runAsNonRoot: false", path: "spec.securityContext.runAsNonRoot" }],
      },
      {
        name: "pod says true",
        objects: [pod({ securityContext: { runAsNonRoot: true }, containers: [c({})] })],
        expected: [],
      },
      {
        name: "container overrides the pod",
        objects: [pod({ securityContext: { runAsNonRoot: true }, containers: [c({ runAsNonRoot: false })] })],
        expected: [
          { message: "sets runAsNonRoot: false", path: "spec.containers[0].securityContext.runAsNonRoot" },
        ],
      },
    ],
  ],
  [
    runAsUserRoot,
    [
      {
        name: "pod runs as UID 0",
        objects: [pod({ securityContext: { runAsUser: 0 }, containers: [c({})] })],
        expected: [{ message: "runs as UID 0", path: "spec.securityContext.runAsUser" }],
      },
      {
        name: "container UID overrides",
        objects: [pod({ securityContext: { runAsUser: 0 }, containers: [c({ runAsUser: 1000 })] })],
        expected: [],
      },
      { name: "unset", objects: [pod({ containers: [c({})] })], expected: [] },
    ],
  ],
  [
    readOnlyRootFs,
    [
      {
        name: "writable root",
        objects: [pod({ containers: [c({ readOnlyRootFilesystem: false })] })],
        expected: [
          {
            message: "readOnlyRootFilesystem: true",
            path: "spec.containers[0].securityContext.readOnlyRootFilesystem",
          },
        ],
      },
      {
        name: "read-only",
        objects: [pod({ containers: [c({ readOnlyRootFilesystem: true })] })],
        expected: [],
      },
    ],
  ],
  [
    capabilitiesBaseline,
    [
      {
        name: "SYS_ADMIN and NET_ADMIN",
        objects: [
          pod({
            containers: [c({ capabilities: { add: ["NET_BIND_SERVICE", "SYS_ADMIN", "CAP_NET_ADMIN"] } })],
          }),
        ],
        expected: [
          {
            message: 'adds capability "SYS_ADMIN"',
            path: "spec.containers[0].securityContext.capabilities.add[1]",
          },
          {
            message: 'adds capability "CAP_NET_ADMIN"',
            path: "spec.containers[0].securityContext.capabilities.add[2]",
          },
        ],
      },
      {
        name: "default-set capabilities",
        objects: [pod({ containers: [c({ capabilities: { add: ["CHOWN", "NET_BIND_SERVICE"] } })] })],
        expected: [],
      },
    ],
  ],
  [
    capabilitiesDropAll,
    [
      {
        name: "drops only NET_RAW",
        objects: [pod({ containers: [c({ capabilities: { drop: ["NET_RAW"] } })] })],
        expected: [
          {
            message: "does not drop ALL capabilities",
            path: "spec.containers[0].securityContext.capabilities.drop",
          },
        ],
      },
      {
        name: "drops all",
        objects: [pod({ containers: [c({ capabilities: { drop: ["all"] } })] })],
        expected: [],
      },
    ],
  ],
  [
    capabilitiesRestricted,
    [
      {
        name: "adds CHOWN",
        objects: [pod({ containers: [c({ capabilities: { drop: ["ALL"], add: ["CHOWN"] } })] })],
        expected: [
          {
            message: 'adds capability "CHOWN" beyond NET_BIND_SERVICE',
            path: "spec.containers[0].securityContext.capabilities.add[0]",
          },
        ],
      },
      {
        name: "adds NET_BIND_SERVICE",
        objects: [pod({ containers: [c({ capabilities: { drop: ["ALL"], add: ["NET_BIND_SERVICE"] } })] })],
        expected: [],
      },
    ],
  ],
  [
    hostNetwork,
    [
      {
        name: "host network",
        objects: [deploy({ hostNetwork: true, containers: [c({})] })],
        expected: [{ message: "shares the host network namespace", path: "spec.template.spec.hostNetwork" }],
      },
      { name: "pod network", objects: [deploy({ hostNetwork: false, containers: [c({})] })], expected: [] },
    ],
  ],
  [
    hostPid,
    [
      {
        name: "host PID",
        objects: [pod({ hostPID: true, containers: [c({})] })],
        expected: [{ message: "shares the host process namespace", path: "spec.hostPID" }],
      },
      { name: "unset", objects: [pod({ containers: [c({})] })], expected: [] },
    ],
  ],
  [
    hostIpc,
    [
      {
        name: "host IPC",
        objects: [pod({ hostIPC: true, containers: [c({})] })],
        expected: [{ message: "shares the host IPC namespace", path: "spec.hostIPC" }],
      },
      { name: "unset", objects: [pod({ containers: [c({})] })], expected: [] },
    ],
  ],
  [
    hostPort,
    [
      {
        name: "hostPort",
        objects: [pod({ containers: [c({}, { ports: [{ containerPort: 80, hostPort: 8080 }] })] })],
        expected: [{ message: "binds host port 8080", path: "spec.containers[0].ports[0].hostPort" }],
      },
      {
        name: "hostPort 0 means none",
        objects: [pod({ containers: [c({}, { ports: [{ containerPort: 80, hostPort: 0 }] })] })],
        expected: [],
      },
    ],
  ],
  [
    hostPath,
    [
      {
        name: "hostPath volume",
        objects: [
          pod({
            containers: [c({})],
            volumes: [
              { name: "tmp", emptyDir: {} },
              { name: "logs", hostPath: { path: "/var/log" } },
            ],
          }),
        ],
        expected: [{ message: 'volume "logs" mounts host path /var/log', path: "spec.volumes[1].hostPath" }],
      },
      {
        name: "emptyDir only",
        objects: [pod({ containers: [c({})], volumes: [{ name: "tmp", emptyDir: {} }] })],
        expected: [],
      },
    ],
  ],
  [
    runtimeSocket,
    [
      {
        name: "containerd socket",
        objects: [
          pod({
            containers: [c({})],
            volumes: [{ name: "sock", hostPath: { path: "/run/containerd/containerd.sock" } }],
          }),
        ],
        expected: [
          {
            message: "mounts the container runtime socket /run/containerd/containerd.sock",
            path: "spec.volumes[0].hostPath.path",
          },
        ],
      },
      {
        name: "docker socket",
        objects: [
          pod({
            containers: [c({})],
            volumes: [{ name: "docker", hostPath: { path: "/var/run/docker.sock", type: "Socket" } }],
          }),
        ],
        expected: [{ message: "/var/run/docker.sock", path: "spec.volumes[0].hostPath.path" }],
      },
      {
        name: "other host path",
        objects: [pod({ containers: [c({})], volumes: [{ name: "logs", hostPath: { path: "/var/log" } }] })],
        expected: [],
      },
    ],
  ],
  [
    hostProcess,
    [
      {
        name: "pod-level HostProcess",
        objects: [pod({ securityContext: { windowsOptions: { hostProcess: true } }, containers: [c({})] })],
        expected: [
          {
            message: "runs as a Windows HostProcess container",
            path: "spec.securityContext.windowsOptions.hostProcess",
          },
        ],
      },
      { name: "not set", objects: [pod({ containers: [c({})] })], expected: [] },
    ],
  ],
  [
    procMount,
    [
      {
        name: "Unmasked",
        objects: [pod({ containers: [c({ procMount: "Unmasked" })] })],
        expected: [
          { message: 'sets procMount "Unmasked"', path: "spec.containers[0].securityContext.procMount" },
        ],
      },
      { name: "Default", objects: [pod({ containers: [c({ procMount: "Default" })] })], expected: [] },
    ],
  ],
  [
    apparmor,
    [
      {
        name: "Unconfined by field and by annotation",
        objects: [
          deploy({ securityContext: { appArmorProfile: { type: "Unconfined" } }, containers: [c({})] }, {}),
          {
            apiVersion: "v1",
            kind: "Pod",
            metadata: {
              name: "old",
              namespace: "app",
              annotations: { "container.apparmor.security.beta.kubernetes.io/app": "unconfined" },
            },
            spec: { containers: [c({})] },
          },
        ],
        expected: [
          {
            message: 'sets AppArmor profile "unconfined"',
            path: 'metadata.annotations["container.apparmor.security.beta.kubernetes.io/app"]',
            object: "Pod/app/old",
          },
          {
            message: 'pod sets AppArmor profile "Unconfined"',
            path: "spec.template.spec.securityContext.appArmorProfile.type",
          },
        ],
      },
      {
        name: "RuntimeDefault and localhost profiles",
        objects: [
          pod(
            { containers: [c({ appArmorProfile: { type: "Localhost", localhostProfile: "k8s-app" } })] },
            { annotations: { "container.apparmor.security.beta.kubernetes.io/app": "runtime/default" } },
          ),
        ],
        expected: [],
      },
    ],
  ],
  [
    selinux,
    [
      {
        name: "spc_t type and a user",
        objects: [
          pod({
            securityContext: { seLinuxOptions: { type: "spc_t" } },
            containers: [c({ seLinuxOptions: { user: "system_u" } })],
          }),
        ],
        expected: [
          { message: 'pod sets SELinux type "spc_t"', path: "spec.securityContext.seLinuxOptions.type" },
          {
            message: 'container "app" sets SELinux user "system_u"',
            path: "spec.containers[0].securityContext.seLinuxOptions.user",
          },
        ],
      },
      {
        name: "level only",
        objects: [
          pod({
            securityContext: { seLinuxOptions: { level: "s0:c123,c456", type: "container_t" } },
            containers: [c({})],
          }),
        ],
        expected: [],
      },
    ],
  ],
  [
    seccompUnconfined,
    [
      {
        name: "Unconfined container",
        objects: [
          pod({
            securityContext: { seccompProfile: { type: "RuntimeDefault" } },
            containers: [c({ seccompProfile: { type: "Unconfined" } })],
          }),
        ],
        expected: [
          {
            message: 'container "app" sets seccomp profile Unconfined',
            path: "spec.containers[0].securityContext.seccompProfile.type",
          },
        ],
      },
      { name: "unset is allowed by the baseline", objects: [pod({ containers: [c({})] })], expected: [] },
    ],
  ],
  [
    seccompProfile,
    [
      {
        name: "unset",
        objects: [pod({ containers: [c({})] })],
        expected: [
          {
            message: "has no seccomp profile",
            path: "spec.containers[0].securityContext.seccompProfile.type",
          },
        ],
      },
      {
        name: "pod-level Unconfined",
        objects: [pod({ securityContext: { seccompProfile: { type: "Unconfined" } }, containers: [c({})] })],
        expected: [
          { message: 'uses seccomp profile "Unconfined"', path: "spec.securityContext.seccompProfile.type" },
        ],
      },
      {
        name: "Windows pods are exempt",
        objects: [pod({ os: { name: "windows" }, containers: [c({})] })],
        expected: [],
      },
      {
        name: "pod-level RuntimeDefault",
        objects: [
          pod({ securityContext: { seccompProfile: { type: "RuntimeDefault" } }, containers: [c({})] }),
        ],
        expected: [],
      },
    ],
  ],
  [
    sysctls,
    [
      {
        name: "unsafe sysctl",
        objects: [
          pod({
            securityContext: {
              sysctls: [
                { name: "net.ipv4.tcp_syncookies", value: "1" },
                { name: "kernel.msgmax", value: "65536" },
              ],
            },
            containers: [c({})],
          }),
        ],
        expected: [
          { message: 'unsafe sysctl "kernel.msgmax"', path: "spec.securityContext.sysctls[1].name" },
        ],
      },
      {
        name: "safe sysctls",
        objects: [
          pod({
            securityContext: { sysctls: [{ name: "net.ipv4.ip_local_port_range", value: "1024 65535" }] },
            containers: [c({})],
          }),
        ],
        expected: [],
      },
    ],
  ],
  [
    volumeTypes,
    [
      {
        name: "nfs and hostPath volumes",
        objects: [
          pod({
            containers: [c({})],
            volumes: [
              { name: "share", nfs: { server: "10.0.0.4", path: "/x" } },
              { name: "cfg", configMap: { name: "cfg" } },
              { name: "h", hostPath: { path: "/x" } },
            ],
          }),
        ],
        expected: [
          { message: 'volume "share" uses the nfs volume type', path: "spec.volumes[0].nfs" },
          { message: 'volume "h" uses the hostPath volume type', path: "spec.volumes[2].hostPath" },
        ],
      },
      { name: "the well-configured Deployment", objects: [deployment()], expected: [] },
    ],
  ],
  [
    automountToken,
    [
      {
        name: "default automount",
        objects: [pod({ containers: [c({})] })],
        expected: [
          { message: "automountServiceAccountToken: false", path: "spec.automountServiceAccountToken" },
        ],
      },
      {
        name: "disabled",
        objects: [pod({ automountServiceAccountToken: false, containers: [c({})] })],
        expected: [],
      },
      {
        name: "explicitly enabled",
        objects: [pod({ automountServiceAccountToken: true, containers: [c({})] })],
        expected: [
          { message: "sets automountServiceAccountToken: true", path: "spec.automountServiceAccountToken" },
        ],
      },
      {
        name: "inherited from the ServiceAccount",
        objects: [
          pod({ serviceAccountName: "web", containers: [c({})] }),
          {
            apiVersion: "v1",
            kind: "ServiceAccount",
            metadata: { name: "web", namespace: "app" },
            automountServiceAccountToken: false,
          },
        ],
        expected: [],
      },
      {
        name: "ServiceAccount that automounts",
        objects: [
          pod({ serviceAccountName: "web", containers: [c({})] }),
          { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "web", namespace: "app" } },
        ],
        expected: [
          { message: 'and ServiceAccount "web" does not either', path: "spec.automountServiceAccountToken" },
        ],
      },
    ],
  ],
  [
    sshPort,
    [
      {
        name: "port 22",
        objects: [pod({ containers: [c({}, { ports: [{ containerPort: 22 }] })] })],
        expected: [{ message: "exposes port 22", path: "spec.containers[0].ports[0].containerPort" }],
      },
      {
        name: "UDP 22 is not SSH",
        objects: [pod({ containers: [c({}, { ports: [{ containerPort: 22, protocol: "UDP" }] })] })],
        expected: [],
      },
    ],
  ],
  [
    privilegedPorts,
    [
      {
        name: "port 80",
        objects: [pod({ containers: [c({}, { ports: [{ containerPort: 80 }] })] })],
        expected: [
          { message: "listens on privileged port 80", path: "spec.containers[0].ports[0].containerPort" },
        ],
      },
      {
        name: "port 8080",
        objects: [pod({ containers: [c({}, { ports: [{ containerPort: 8080 }] })] })],
        expected: [],
      },
    ],
  ],
]);
