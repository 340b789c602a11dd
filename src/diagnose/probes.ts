/**
 * Failing readiness, liveness and startup probes: the kubelet's `Unhealthy` events name the probe and its
 * answer; the probe's spec shows what it checks and how patiently.
 */
import { SEED, containerEntries, describePod, eventEvidence, ns, podRef } from "./common.js";
import type { Container, KubeEvent, Pod, Probe } from "./kube.js";
import { nameOf } from "./kube.js";
import { eventMessage, type Snapshot } from "./snapshot.js";
import type { Diagnosis, Evidence } from "./types.js";

type ProbeKind = "readiness" | "liveness" | "startup";
const FIELD: Record<ProbeKind, "readinessProbe" | "livenessProbe" | "startupProbe"> = {
  readiness: "readinessProbe",
  liveness: "livenessProbe",
  startup: "startupProbe",
};

export function describeProbe(p: Probe): string {
  const what = p.httpGet
    ? `HTTP GET ${p.httpGet.path ?? "/"} on port ${p.httpGet.port ?? "?"}`
    : p.tcpSocket
      ? `TCP port ${p.tcpSocket.port ?? "?"}`
      : p.grpc
        ? `gRPC port ${p.grpc.port ?? "?"}`
        : p.exec
          ? `exec ${(p.exec.command ?? []).join(" ")}`
          : "(no handler)";
  return `${what}, initialDelaySeconds ${p.initialDelaySeconds ?? 0}, periodSeconds ${p.periodSeconds ?? 10}, timeoutSeconds ${p.timeoutSeconds ?? 1}, failureThreshold ${p.failureThreshold ?? 3}`;
}

function probePort(p: Probe): number | string | undefined {
  return p.httpGet?.port ?? p.tcpSocket?.port ?? p.grpc?.port;
}

/** Why a probe answer fails, from the kubelet's message. */
function interpret(
  kind: ProbeKind,
  message: string,
  probe: Probe | undefined,
  container: Container | undefined,
): string {
  const m = message.toLowerCase();
  const port = probe ? probePort(probe) : undefined;
  const ports = (container?.ports ?? [])
    .map((p) => p.containerPort)
    .filter((p): p is number => p !== undefined);
  const portMismatch = typeof port === "number" && ports.length > 0 && !ports.includes(port);
  const parts: string[] = [];
  if (/connection refused/.test(m)) {
    parts.push(
      portMismatch
        ? `Nothing listens on port ${port}: the container declares port(s) ${ports.join(", ")}, so the probe checks the wrong port.`
        : `Nothing listens on port ${port ?? "?"} yet: the application has not started listening, listens on another port, or binds to 127.0.0.1 only.`,
    );
  } else if (/statuscode: 404/.test(m)) {
    parts.push(`The endpoint ${probe?.httpGet?.path ?? ""} does not exist (404): the probe path is wrong.`);
  } else if (/statuscode: 5\d\d/.test(m)) {
    parts.push(
      "The health endpoint answers with a server error: the application reports itself unhealthy, often because a dependency (database, Key Vault, downstream API) is unreachable.",
    );
  } else if (/timeout|deadline exceeded|client\.timeout/.test(m)) {
    parts.push(
      `The endpoint answers slower than timeoutSeconds (${probe?.timeoutSeconds ?? 1}s): the application is overloaded, CPU-throttled, or the health check does too much work.`,
    );
  } else {
    parts.push("The probe fails with the message quoted above.");
  }
  if (kind === "liveness")
    parts.push(
      "Each failed liveness probe run past failureThreshold makes the kubelet kill and restart the container.",
    );
  if (kind === "readiness")
    parts.push(
      "While the readiness probe fails the pod is removed from its Services' endpoints and receives no traffic.",
    );
  if (kind === "startup")
    parts.push(
      "Liveness and readiness checks wait until the startup probe succeeds; if it never does, the container is restarted.",
    );
  return parts.join(" ");
}

export function diagnoseProbes(snap: Snapshot): Diagnosis[] {
  const out: Diagnosis[] = [];
  for (const pod of snap.pods) {
    if (pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed") continue;
    const events = snap
      .eventsFor("Pod", pod.metadata?.namespace, nameOf(pod))
      .filter((e) => e.reason === "Unhealthy");
    const entries = containerEntries(pod);
    const seen = new Set<string>();
    for (const e of events) {
      const msg = eventMessage(e);
      const k = /^(Readiness|Liveness|Startup) probe (?:failed|errored)/i.exec(msg);
      if (!k) continue;
      const kind = k[1]!.toLowerCase() as ProbeKind;
      const container = containerFromFieldPath(e) ?? entries.find((c) => c.spec?.[FIELD[kind]])?.name;
      const key = `${kind}/${container ?? ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = entries.find((c) => c.name === container);
      // Failures that are over: the container is ready now and was not restarted for them.
      const killed = snap
        .eventsFor("Pod", pod.metadata?.namespace, nameOf(pod))
        .some((x) => x.reason === "Killing" && /failed (liveness|startup) probe/i.test(eventMessage(x)));
      if (entry?.status.ready === true && !killed) continue;
      out.push(build(kind, pod, entry, e, snap));
    }
  }
  return out;
}

function containerFromFieldPath(e: KubeEvent): string | undefined {
  const fp = e.involvedObject?.fieldPath ?? e.regarding?.fieldPath ?? "";
  const m = /spec\.(?:initC|c)ontainers\{([^}]+)\}/.exec(fp);
  return m ? m[1] : undefined;
}

function build(
  kind: ProbeKind,
  pod: Pod,
  entry: ReturnType<typeof containerEntries>[number] | undefined,
  e: KubeEvent,
  snap: Snapshot,
): Diagnosis {
  const name = entry?.name ?? "?";
  const probe = entry?.spec?.[FIELD[kind]];
  const evidence: Evidence[] = [eventEvidence(e)];
  if (probe && entry?.specPath)
    evidence.push({ field: `${entry.specPath}.${FIELD[kind]}`, value: describeProbe(probe) });
  if (entry) {
    evidence.push({ field: `${entry.path}.ready`, value: String(entry.status.ready ?? false) });
    evidence.push({ field: `${entry.path}.restartCount`, value: String(entry.status.restartCount ?? 0) });
  }
  if (kind === "liveness") {
    const kill = snap
      .eventsFor("Pod", pod.metadata?.namespace, nameOf(pod))
      .find((x) => x.reason === "Killing" && /liveness/i.test(eventMessage(x)));
    if (kill) evidence.push(eventEvidence(kill));
  }
  const port = probe ? probePort(probe) : undefined;
  const path = probe?.httpGet?.path ?? "/";
  const fix: string[] = [];
  const msg = eventMessage(e).toLowerCase();
  if (/connection refused/.test(msg) || /statuscode: 404/.test(msg)) {
    fix.push(
      `Point the ${kind} probe at the port and path the application serves (containerPort ${(entry?.spec?.ports ?? []).map((p) => p.containerPort).join(", ") || "?"}).`,
    );
  }
  if (kind === "liveness" || kind === "startup") {
    fix.push(
      "For slow starts add a startupProbe (failureThreshold × periodSeconds longer than the worst start) instead of a long initialDelaySeconds.",
    );
  }
  if (/statuscode: 5\d\d/.test(msg)) {
    fix.push(
      "Read the application logs around the failures and fix the dependency its health endpoint reports (connection string, Key Vault secret, a NetworkPolicy or firewall rule blocking egress).",
    );
  }
  if (/timeout|deadline/.test(msg))
    fix.push(
      "Raise timeoutSeconds, and check CPU throttling against the container's CPU limit (kubectl top pod).",
    );
  fix.push(
    "Keep liveness checks cheap and local: do not make them depend on databases or other services; put dependency checks in readiness.",
  );
  return {
    id: `probe-${kind}`,
    object: podRef(pod),
    summary: `${kind[0]!.toUpperCase()}${kind.slice(1)} probe of container ${name} fails${(e.count ?? 1) > 1 ? ` (${e.count} times)` : ""}`,
    evidence,
    cause: interpret(kind, eventMessage(e), probe, entry?.spec),
    confirm: [
      describePod(pod),
      `kubectl logs ${nameOf(pod)} ${ns(pod)} -c ${name}${kind === "liveness" ? " --previous" : ""}`,
      probe?.httpGet
        ? `kubectl exec ${nameOf(pod)} ${ns(pod)} -c ${name} -- curl -sS -o /dev/null -w '%{http_code}' localhost:${port ?? "?"}${path}`
        : `kubectl get pod ${nameOf(pod)} ${ns(pod)} -o jsonpath='{.spec.containers[*].${FIELD[kind]}}'`,
    ],
    fix,
    source: `${SEED.baseline003} "Configure readinessProbe and livenessProbe"; ${SEED.operations001} "Check application health"`,
  };
}
