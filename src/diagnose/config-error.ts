/**
 * CreateContainerConfigError: the container references a Secret, a ConfigMap or a key in one that does not
 * exist. The kubelet's message names it; values are never read or printed.
 */
import { SEED, containerEntries, describePod, eventEvidence, ns, podRef } from "./common.js";
import type { Pod } from "./kube.js";
import { nameOf } from "./kube.js";
import { eventMessage, type Snapshot } from "./snapshot.js";
import type { Diagnosis, Evidence } from "./types.js";

export interface MissingRef {
  kind: "Secret" | "ConfigMap";
  name: string;
  key: string | undefined;
}

/** Reads `secret "x" not found`, `couldn't find key k in Secret ns/x`, and the ConfigMap forms. */
export function parseConfigError(message: string): MissingRef | undefined {
  const key = /couldn't find key (\S+) in (Secret|ConfigMap) (?:[^/\s]+\/)?(\S+)/.exec(message);
  if (key) return { kind: key[2] as MissingRef["kind"], name: key[3]!, key: key[1]! };
  const obj = /(secret|configmap) "([^"]+)" not found/i.exec(message);
  if (obj)
    return {
      kind: obj[1]!.toLowerCase() === "secret" ? "Secret" : "ConfigMap",
      name: obj[2]!,
      key: undefined,
    };
  return undefined;
}

export function diagnoseConfigErrors(snap: Snapshot): Diagnosis[] {
  const out: Diagnosis[] = [];
  for (const pod of snap.pods) {
    for (const c of containerEntries(pod)) {
      const waiting = c.status.state?.waiting;
      if (waiting?.reason !== "CreateContainerConfigError") continue;
      const events = snap
        .eventsFor("Pod", pod.metadata?.namespace, nameOf(pod))
        .filter((e) => e.reason === "Failed" && /not found|couldn't find key/.test(eventMessage(e)));
      const message = waiting.message ?? (events[0] ? eventMessage(events[0]) : "");
      const missing = parseConfigError(message);
      const evidence: Evidence[] = [
        { field: `${c.path}.state.waiting.reason`, value: waiting.reason },
        { field: `${c.path}.state.waiting.message`, value: message },
      ];
      if (events[0]) evidence.push(eventEvidence(events[0]));
      if (missing) {
        const refPath = findReference(pod, c.specPath, c.spec, missing);
        if (refPath)
          evidence.push({
            field: refPath,
            value: `${missing.kind} ${missing.name}${missing.key ? ` key ${missing.key}` : ""}`,
          });
      }
      out.push(build(pod, c.name, missing, evidence, snap));
    }
  }
  return out;
}

function findReference(
  _pod: Pod,
  specPath: string | undefined,
  spec: ReturnType<typeof containerEntries>[number]["spec"],
  missing: MissingRef,
): string | undefined {
  if (!spec || !specPath) return undefined;
  const envIndex = (spec.env ?? []).findIndex((e) => {
    const ref = missing.kind === "Secret" ? e.valueFrom?.secretKeyRef : e.valueFrom?.configMapKeyRef;
    return ref?.name === missing.name && (missing.key === undefined || ref.key === missing.key);
  });
  if (envIndex >= 0) {
    return `${specPath}.env[${envIndex}].valueFrom.${missing.kind === "Secret" ? "secretKeyRef" : "configMapKeyRef"}`;
  }
  const fromIndex = (spec.envFrom ?? []).findIndex(
    (e) => (missing.kind === "Secret" ? e.secretRef?.name : e.configMapRef?.name) === missing.name,
  );
  return fromIndex >= 0 ? `${specPath}.envFrom[${fromIndex}]` : undefined;
}

function build(
  pod: Pod,
  container: string,
  missing: MissingRef | undefined,
  evidence: Evidence[],
  snap: Snapshot,
): Diagnosis {
  const n = ns(pod);
  const source = `${SEED.operations001} "Secrets Management"; ${SEED.troubleshooting001} "Missing Environment Variables"`;
  if (!missing) {
    return {
      id: "config-error",
      object: podRef(pod),
      summary: `Container ${container} cannot start: CreateContainerConfigError`,
      evidence,
      cause:
        "The container's configuration references something the kubelet cannot resolve (see the message).",
      confirm: [describePod(pod)],
      fix: ["Create what the message names, or correct the reference in the pod template."],
      source,
    };
  }
  const lower = missing.kind.toLowerCase();
  const spcSynced =
    missing.kind === "Secret" &&
    snap
      .podsIn(pod.metadata?.namespace ?? "default")
      .some((p) => (p.spec?.volumes ?? []).some((v) => v.csi?.driver === "secrets-store.csi.k8s.io"));
  const causeBase = missing.key
    ? `${missing.kind} ${missing.name} exists but has no key ${missing.key}, which container ${container} reads into its environment.`
    : `${missing.kind} ${missing.name} does not exist in namespace ${pod.metadata?.namespace ?? "default"}, and container ${container} reads it.`;
  const fix = missing.key
    ? [
        `Add the key ${missing.key} to ${missing.kind} ${missing.name}, or correct the key name in the pod template (names are case-sensitive).`,
      ]
    : [
        missing.kind === "Secret"
          ? `Create the Secret (kubectl create secret generic ${missing.name} ${n} --from-literal=<key>=<value>), or better, sync it from Key Vault with a SecretProviderClass secretObjects entry.`
          : `Create the ConfigMap (kubectl create configmap ${missing.name} ${n} --from-literal=<key>=<value>) or apply the manifest that defines it.`,
        "If the reference is optional, mark it optional: true.",
      ];
  if (spcSynced) {
    fix.push(
      "A Secret synced by the Key Vault CSI driver (secretObjects) only exists while a pod mounts the CSI volume: mount it in this pod too.",
    );
  }
  return {
    id: missing.key ? "config-missing-key" : `config-missing-${lower}`,
    object: podRef(pod),
    summary: missing.key
      ? `Container ${container} cannot start: key ${missing.key} is missing from ${missing.kind} ${missing.name}`
      : `Container ${container} cannot start: ${missing.kind} ${missing.name} does not exist`,
    evidence,
    cause: causeBase,
    confirm: [
      `kubectl get ${lower} ${missing.name} ${n}`,
      // describe lists key names and sizes, never the values.
      `kubectl describe ${lower} ${missing.name} ${n}`,
      describePod(pod),
    ],
    fix,
    source,
  };
}
