/**
 * CrashLoopBackOff and OOMKilled: the container keeps exiting. The last termination (reason and exit code)
 * says why; for OOMKilled the memory limit is compared with the last usage when PodMetrics are given.
 */
import { SEED, containerEntries, describePod, ns, ownerWorkload, podRef } from "./common.js";
import type { Pod, PodMetrics } from "./kube.js";
import { nameOf } from "./kube.js";
import { formatBytes, parseQuantity } from "../kube/quantity.js";
import type { Snapshot } from "./snapshot.js";
import type { Diagnosis, Evidence } from "./types.js";

/** What an exit code usually means in a container. */
export function explainExitCode(code: number): string {
  switch (code) {
    case 0:
      return "exit code 0: the main process finished; a Deployment's container must keep running, so Kubernetes restarts it";
    case 1:
      return "exit code 1: the application failed at start (unhandled error, missing configuration or environment variable, unreachable dependency)";
    case 2:
      return "exit code 2: the command was misused (wrong arguments or shell syntax)";
    case 126:
      return "exit code 126: the command exists but is not executable";
    case 127:
      return "exit code 127: the command was not found in the image (wrong command/entrypoint or image)";
    case 137:
      return "exit code 137 (SIGKILL): the process was killed, typically by a failed liveness probe or the kernel OOM killer";
    case 139:
      return "exit code 139 (SIGSEGV): the process crashed with a segmentation fault";
    case 143:
      return "exit code 143 (SIGTERM): the kubelet stopped the container, typically after a failed liveness probe";
    default:
      return `exit code ${code}: the application exited with an error`;
  }
}

export function diagnoseCrashLoop(snap: Snapshot): Diagnosis[] {
  const out: Diagnosis[] = [];
  for (const pod of snap.pods) {
    for (const c of containerEntries(pod)) {
      const last = c.status.lastState?.terminated;
      const now = c.status.state?.terminated;
      const waiting = c.status.state?.waiting;
      const oomPath =
        last?.reason === "OOMKilled" ? "lastState" : now?.reason === "OOMKilled" ? "state" : undefined;
      if (oomPath) {
        out.push(oomKilled(snap, pod, c, oomPath));
        continue;
      }
      if (waiting?.reason !== "CrashLoopBackOff") continue;
      out.push(crashLoop(snap, pod, c));
    }
  }
  return out;
}

function oomKilled(
  snap: Snapshot,
  pod: Pod,
  c: ReturnType<typeof containerEntries>[number],
  where: "lastState" | "state",
): Diagnosis {
  const term = (where === "lastState" ? c.status.lastState : c.status.state)?.terminated;
  const evidence: Evidence[] = [
    { field: `${c.path}.${where}.terminated.reason`, value: "OOMKilled" },
    { field: `${c.path}.${where}.terminated.exitCode`, value: String(term?.exitCode ?? 137) },
    { field: `${c.path}.restartCount`, value: String(c.status.restartCount ?? 0) },
  ];
  if (c.status.state?.waiting?.reason) {
    evidence.push({ field: `${c.path}.state.waiting.reason`, value: c.status.state.waiting.reason });
  }
  const limitText = c.spec?.resources?.limits?.memory;
  const requestText = c.spec?.resources?.requests?.memory;
  if (limitText) evidence.push({ field: `${c.specPath}.resources.limits.memory`, value: limitText });
  if (requestText) evidence.push({ field: `${c.specPath}.resources.requests.memory`, value: requestText });
  const limit = parseQuantity(limitText);
  const metrics = snap.get<PodMetrics>("PodMetrics", pod.metadata?.namespace ?? "default", nameOf(pod));
  const usageText = metrics?.containers?.find((x) => x.name === c.name)?.usage?.memory;
  const usage = parseQuantity(usageText);
  if (usageText) evidence.push({ field: `PodMetrics containers[${c.name}].usage.memory`, value: usageText });

  let cause: string;
  if (limit === undefined) {
    cause = `Container ${c.name} has no memory limit, so it was killed when the node ran out of memory: the kernel OOM killer chose it.`;
  } else if (usage !== undefined) {
    const pct = Math.round((usage / limit) * 100);
    cause = `Container ${c.name} used more memory than its limit of ${formatBytes(limit)} and the kernel killed it; its last measured usage is ${formatBytes(usage)} (${pct}% of the limit).`;
  } else {
    cause = `Container ${c.name} used more memory than its limit of ${formatBytes(limit)} and the kernel killed it (no usage figures in the input; add \`kubectl top pod\` or PodMetrics to compare).`;
  }
  const suggested = limit !== undefined ? formatBytes(Math.max(limit * 1.5, (usage ?? 0) * 1.25)) : undefined;
  const workload = ownerWorkload(pod) ?? `pod/${nameOf(pod)}`;
  return {
    id: "oom-killed",
    object: podRef(pod),
    summary: `Container ${c.name} was OOMKilled (restarted ${c.status.restartCount ?? 0} times)`,
    evidence,
    cause,
    confirm: [
      `${describePod(pod)} | grep -A 5 Limits`,
      `kubectl top pod ${nameOf(pod)} ${ns(pod)} --containers`,
      `kubectl logs ${nameOf(pod)} ${ns(pod)} -c ${c.name} --previous`,
    ],
    fix: [
      suggested
        ? `Raise the memory limit of ${c.name} (for example to ${suggested}) in ${workload}, or find the leak that makes it grow.`
        : `Set a memory request and limit on ${c.name} in ${workload} that covers its peak usage.`,
      "Set the memory request equal to the limit so the scheduler reserves what the container really uses.",
      'Alert on OOMKilled in Container Insights (ContainerStatusReason == "OOMKilled").',
    ],
    source: `${SEED.troubleshooting000} "Fix típico: OOMKilled → aumentar memory limits"; ${SEED.troubleshooting001} "Pod Crashing (CrashLoopBackOff)"`,
  };
}

function crashLoop(snap: Snapshot, pod: Pod, c: ReturnType<typeof containerEntries>[number]): Diagnosis {
  const last = c.status.lastState?.terminated;
  const evidence: Evidence[] = [
    { field: `${c.path}.state.waiting.reason`, value: "CrashLoopBackOff" },
    { field: `${c.path}.restartCount`, value: String(c.status.restartCount ?? 0) },
  ];
  if (last?.reason) evidence.push({ field: `${c.path}.lastState.terminated.reason`, value: last.reason });
  if (last?.exitCode !== undefined) {
    evidence.push({ field: `${c.path}.lastState.terminated.exitCode`, value: String(last.exitCode) });
  }
  if (last?.message) evidence.push({ field: `${c.path}.lastState.terminated.message`, value: last.message });
  const livenessKills = snap
    .eventsFor("Pod", pod.metadata?.namespace, nameOf(pod))
    .filter((e) => e.reason === "Killing" && /failed liveness probe/i.test(e.message ?? ""));
  let cause: string;
  if (
    livenessKills.length > 0 &&
    (last?.exitCode === 137 || last?.exitCode === 143 || last?.exitCode === 2)
  ) {
    cause = `The kubelet restarts ${c.name} because its liveness probe fails (see the probe diagnosis); ${explainExitCode(last.exitCode)}.`;
  } else if (last?.exitCode !== undefined) {
    cause = `Container ${c.name} keeps exiting: ${explainExitCode(last.exitCode)}.`;
  } else {
    cause = `Container ${c.name} keeps exiting; the input has no last termination state, so read its previous logs.`;
  }
  const exit = last?.exitCode;
  const fix: string[] = [];
  if (exit === 127 || exit === 126) {
    fix.push(`Correct the command/args of ${c.name} or the image's entrypoint, then roll out again.`);
  } else if (exit === 0) {
    fix.push(`Run a long-lived process in ${c.name}; use a Job or CronJob for work that finishes.`);
  } else {
    fix.push(
      "Read the previous container's logs and fix the error they show.",
      "Check that every environment variable and Secret the application needs is set (seed 001: missing environment variables, database connection failure).",
    );
  }
  fix.push(`After the fix: kubectl rollout restart ${ownerWorkload(pod) ?? `pod/${nameOf(pod)}`} ${ns(pod)}`);
  return {
    id: "crashloop",
    object: podRef(pod),
    summary: `Container ${c.name} is in CrashLoopBackOff (restarted ${c.status.restartCount ?? 0} times${exit !== undefined ? `, last exit code ${exit}` : ""})`,
    evidence,
    cause,
    confirm: [
      `kubectl logs ${nameOf(pod)} ${ns(pod)} -c ${c.name} --previous`,
      describePod(pod),
      `kubectl exec ${nameOf(pod)} ${ns(pod)} -c ${c.name} -- printenv | cut -d= -f1`,
    ],
    fix,
    source: `${SEED.troubleshooting001} "Pod Crashing (CrashLoopBackOff)"; ${SEED.troubleshooting000} "Problema: CrashLoopBackOff"`,
  };
}
