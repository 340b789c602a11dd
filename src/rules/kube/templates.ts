/**
 * Rule templates for Kubernetes objects (STYLE.md habit 4; kube-linter `pkg/templates`, Polaris
 * checks as data): "every container's field X must be Y", "the pod's field X must be Y", and the
 * per-pod and per-object shapes the other checks share. A rule file declares metadata plus the
 * few lines that differ; the template walks the pod spec, skips objects whose controller is in the
 * input (a Deployment's ReplicaSets and Pods are judged through the Deployment) and reports paths.
 */
import type { KeyPath, KubeObjectFact } from "../../audit/facts.js";
import { isUnknown } from "../../audit/facts.js";
import type { Rule, RuleContext, RuleMeta, SharedCheck, SharedPrep } from "../types.js";
import { defineRule } from "../types.js";
import { kubeIndex } from "./index-cache.js";
import type { ContainerKind, ContainerView, PodView } from "./pod.js";
import { ALL_CONTAINER_KINDS, containerNoun, containersOf, getPath, isBatch, podOf } from "./pod.js";

export type KubeRuleMeta = Omit<RuleMeta, "target">;

const OS_NAME: KeyPath = ["os", "name"];

/** A finding a check returns: message and key path relative to the reported object. */
export interface Problem {
  message: string;
  path: KeyPath;
  /** Report against another object than the subject. */
  subject?: KubeObjectFact;
}

export type Problems = Problem | readonly Problem[] | undefined | null | false;

function emit(ctx: RuleContext, problems: Problems): void {
  if (!problems) return;
  // A Problem is a FindingReport already (message, path, optional subject): no copy per finding.
  if (!Array.isArray(problems)) {
    ctx.report(problems as Problem);
    return;
  }
  const list = problems as readonly Problem[];
  for (let i = 0; i < list.length; i++) ctx.report(list[i] as Problem);
}

/** A rule over single objects of the given kinds. */
export function objectRule(
  meta: KubeRuleMeta & { kinds: readonly string[] },
  check: (fact: KubeObjectFact, ctx: RuleContext) => Problems,
): Rule {
  const { kinds, ...rest } = meta;
  return defineRule({
    ...rest,
    target: { kind: "kube", kinds },
    check(fact, ctx) {
      emit(ctx, check(fact, ctx));
    },
  });
}

/** A rule over all facts (relations between objects). */
export function crossRule(meta: KubeRuleMeta, check: (ctx: RuleContext) => Problems): Rule {
  return defineRule({
    ...meta,
    target: { kind: "cross" },
    check(_facts, ctx) {
      emit(ctx, check(ctx));
    },
  });
}

export interface PodRuleOptions {
  /** Skip Jobs, CronJobs and run-to-completion Pods (probes, replicas). */
  skipBatch?: boolean;
  /**
   * Skip Windows pods (`spec.os.name: windows`): the field does not exist on Windows, and the
   * restricted Pod Security Standard exempts them (privilege escalation, seccomp, capabilities).
   */
  linuxOnly?: boolean;
  /** Only these pod-template kinds (default: all). */
  kinds?: readonly string[];
}

/** What every pod rule needs of one object, computed once per object (`POD_PREP`). */
export interface PreparedPod {
  pod: PodView;
  batch: boolean;
  windows: boolean;
}

/**
 * The pod view of an object for all pod rules at once: undefined when its controller is in the input
 * (a Deployment's ReplicaSets and Pods are judged through the Deployment) or it has no pod spec.
 */
export const POD_PREP: SharedPrep<PreparedPod> = {
  prepare(fact, facts) {
    if (hasOwners(fact) && kubeIndex(facts).isControlled(fact)) return undefined;
    const pod = podOf(fact);
    if (!pod) return undefined;
    return { pod, batch: isBatch(fact), windows: getPath(pod.spec, OS_NAME) === "windows" };
  },
};

/** A rule over the pod spec of every pod-template-bearing object. */
export function podRule(
  meta: KubeRuleMeta & PodRuleOptions,
  check: (pod: PodView, fact: KubeObjectFact, ctx: RuleContext) => Problems,
): Rule {
  const { skipBatch, linuxOnly, kinds, ...rest } = meta;
  const run = (p: PreparedPod, fact: KubeObjectFact, ctx: RuleContext): void => {
    if (skipBatch && p.batch) return;
    if (linuxOnly && p.windows) return;
    const problems = check(p.pod, fact, ctx);
    if (problems) emit(ctx, problems);
  };
  const shared: SharedCheck<PreparedPod> = { prep: POD_PREP, check: run };
  return defineRule({
    ...rest,
    target: { kind: "kube", kinds: kinds ?? ["PodTemplate"] },
    check(fact, ctx) {
      const p = POD_PREP.prepare(fact, ctx.facts);
      if (p) run(p, fact, ctx);
    },
    shared: shared,
  });
}

/**
 * What a container check returns: a message tail and a path relative to the container (`at`), or
 * a path relative to the object (`path`) when the deciding field sits outside the container.
 */
export interface ContainerProblem {
  message: string;
  at?: KeyPath;
  path?: KeyPath;
}

function hasOwners(fact: KubeObjectFact): boolean {
  const meta = fact.object.metadata as Record<string, unknown> | undefined;
  return Array.isArray(meta?.ownerReferences) && meta.ownerReferences.length > 0;
}

export interface ContainerRuleOptions extends PodRuleOptions {
  /** Which container lists to check (default: all three). */
  containers?: readonly ContainerKind[];
  /** Also skip plain init containers (run-to-completion) while keeping native sidecars. */
  skipInit?: boolean;
}

/** A rule over every container; messages are prefixed with `container "name"`. */
export function containerRule(
  meta: KubeRuleMeta & ContainerRuleOptions,
  check: (
    c: ContainerView,
    pod: PodView,
    fact: KubeObjectFact,
  ) => ContainerProblem | readonly ContainerProblem[] | undefined,
): Rule {
  const { containers, skipInit, ...rest } = meta;
  const kinds = containers ?? ALL_CONTAINER_KINDS;
  return podRule(rest, (pod, fact) => {
    let out: Problem[] | undefined;
    const containers = containersOf(pod, kinds);
    for (let i = 0; i < containers.length; i++) {
      const c = containers[i] as ContainerView;
      if (skipInit && c.kind === "initContainers" && !c.sidecar) continue;
      const r = check(c, pod, fact);
      if (!r) continue;
      if (!Array.isArray(r)) {
        (out ??= []).push(containerProblem(c, r as ContainerProblem));
        continue;
      }
      for (const p of r as readonly ContainerProblem[]) (out ??= []).push(containerProblem(c, p));
    }
    return out;
  });
}

function containerProblem(c: ContainerView, p: ContainerProblem): Problem {
  return {
    message: `${containerNoun(c)} "${c.name}" ${p.message}`,
    // Key paths are read-only: the container's own path is shared when the finding is the container.
    path: p.path ?? (p.at?.length ? c.path.concat(p.at) : c.path),
  };
}

export interface FieldCheck {
  /** Whether the effective value is acceptable (undefined when nobody sets it). */
  ok: (value: unknown) => boolean;
  /** The message tail, given the effective value. */
  message: (value: unknown) => string;
}

/**
 * "Every container's field X must be Y": `field` is inside the container; when the container does
 * not set it, `podField` (inside the pod spec, e.g. the pod-level securityContext) applies. The
 * finding points at the field that decides, or where the container should set it.
 */
export function containerFieldRule(
  meta: KubeRuleMeta & ContainerRuleOptions & FieldCheck & { field: KeyPath; podField?: KeyPath },
): Rule {
  const { field, podField, ok, message, ...rest } = meta;
  return containerRule(rest, (c, pod) => {
    const own = getPath(c.container, field);
    const inherited = own === undefined && podField ? getPath(pod.spec, podField) : undefined;
    const value = own ?? inherited;
    if (isUnknown(value) || ok(value)) return undefined;
    if (own === undefined && inherited !== undefined && podField) {
      return { message: message(value), path: [...pod.specPath, ...podField] };
    }
    return { message: message(value), at: field };
  });
}

/** "The pod's field X must be Y": `field` is inside the pod spec. */
export function podFieldRule(meta: KubeRuleMeta & PodRuleOptions & FieldCheck & { field: KeyPath }): Rule {
  const { field, ok, message, ...rest } = meta;
  return podRule(rest, (pod) => {
    const value = getPath(pod.spec, field);
    if (isUnknown(value) || ok(value)) return undefined;
    return { message: message(value), path: [...pod.specPath, ...field] };
  });
}
