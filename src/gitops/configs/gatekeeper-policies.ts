/**
 * The Gatekeeper equivalents of the Kyverno policies (`policy.engine: gatekeeper`): ConstraintTemplates
 * with Rego modelled on the gatekeeper-library (open-policy-agent/gatekeeper-library: k8srequiredlabels,
 * k8sallowedrepos, k8srequiredresources, k8sdisallowedtags, the pod-security-policy set) and one
 * constraint each. Enforcement is `deny` in deny mode and `warn` (admission warnings + audit) in audit mode.
 *
 * Templates and constraints live in different Flux Kustomizations: Gatekeeper creates a constraint's CRD
 * only after its template exists, so constraints are applied after the templates are ready.
 */
import type { ClusterModel } from "../../model/types.js";
import type { GatekeeperConstraint, GatekeeperConstraintTemplate } from "../crds.js";
import { platformLabels } from "../labels.js";
import { allowedRegistries, exemptNamespaces } from "./policy-scope.js";

const CONTAINERS_REGO = `
input_containers[c] {
  c := input.review.object.spec.containers[_]
}
input_containers[c] {
  c := input.review.object.spec.initContainers[_]
}
input_containers[c] {
  c := input.review.object.spec.ephemeralContainers[_]
}
`;

interface TemplateDef {
  kind: string;
  rego: string;
  parameters?: Record<string, unknown>;
}

const REQUIRED_LABELS: TemplateDef = {
  kind: "K8sRequiredLabels",
  parameters: {
    type: "object",
    properties: {
      message: { type: "string" },
      labels: {
        type: "array",
        items: { type: "object", properties: { key: { type: "string" }, allowedRegex: { type: "string" } } },
      },
    },
  },
  rego: `package k8srequiredlabels

violation[{"msg": msg}] {
  required := {label | label := input.parameters.labels[_].key}
  provided := {label | input.review.object.metadata.labels[label]}
  missing := required - provided
  count(missing) > 0
  msg := sprintf("missing required labels: %v", [missing])
}
`,
};

const ALLOWED_REPOS: TemplateDef = {
  kind: "K8sAllowedRepos",
  parameters: { type: "object", properties: { repos: { type: "array", items: { type: "string" } } } },
  rego: `package k8sallowedrepos
${CONTAINERS_REGO}
violation[{"msg": msg}] {
  c := input_containers[_]
  not allowed(c.image)
  msg := sprintf("container <%v> image <%v> is not from an allowed registry: %v", [c.name, c.image, input.parameters.repos])
}

allowed(image) {
  startswith(image, concat("", [input.parameters.repos[_], "/"]))
}
`,
};

const REQUIRED_RESOURCES: TemplateDef = {
  kind: "K8sRequiredResources",
  rego: `package k8srequiredresources
${CONTAINERS_REGO}
violation[{"msg": msg}] {
  c := input.review.object.spec.containers[_]
  not c.resources.requests.cpu
  msg := sprintf("container <%v> has no CPU request", [c.name])
}

violation[{"msg": msg}] {
  c := input.review.object.spec.containers[_]
  not c.resources.requests.memory
  msg := sprintf("container <%v> has no memory request", [c.name])
}

violation[{"msg": msg}] {
  c := input.review.object.spec.containers[_]
  not c.resources.limits.memory
  msg := sprintf("container <%v> has no memory limit", [c.name])
}
`,
};

const DISALLOW_LATEST: TemplateDef = {
  kind: "K8sDisallowedTags",
  rego: `package k8sdisallowedtags
${CONTAINERS_REGO}
violation[{"msg": msg}] {
  c := input_containers[_]
  endswith(c.image, ":latest")
  msg := sprintf("container <%v> uses the latest tag; pin a version", [c.name])
}

violation[{"msg": msg}] {
  c := input_containers[_]
  not regex.match("(:[^/:]+|@sha256:[a-f0-9]{64})$", c.image)
  msg := sprintf("container <%v> image <%v> has no tag or digest", [c.name, c.image])
}
`,
};

/** Pod Security Standards baseline checks, plus the restricted ones when `level` is restricted. */
const POD_SECURITY: TemplateDef = {
  kind: "K8sPodSecurityStandard",
  parameters: { type: "object", properties: { level: { type: "string", enum: ["baseline", "restricted"] } } },
  rego: `package k8spodsecuritystandard
${CONTAINERS_REGO}
pod := input.review.object

violation[{"msg": msg}] {
  c := input_containers[_]
  c.securityContext.privileged
  msg := sprintf("container <%v> is privileged", [c.name])
}

violation[{"msg": msg}] {
  host := {"hostNetwork", "hostPID", "hostIPC"}[_]
  pod.spec[host]
  msg := sprintf("pod uses %v", [host])
}

violation[{"msg": msg}] {
  v := pod.spec.volumes[_]
  v.hostPath
  msg := sprintf("volume <%v> is a hostPath", [v.name])
}

violation[{"msg": msg}] {
  c := input_containers[_]
  c.ports[_].hostPort
  msg := sprintf("container <%v> uses a hostPort", [c.name])
}

violation[{"msg": msg}] {
  input.parameters.level == "restricted"
  c := input_containers[_]
  not c.securityContext.allowPrivilegeEscalation == false
  msg := sprintf("container <%v> must set allowPrivilegeEscalation: false", [c.name])
}

violation[{"msg": msg}] {
  input.parameters.level == "restricted"
  c := input_containers[_]
  not c.securityContext.runAsNonRoot
  not pod.spec.securityContext.runAsNonRoot
  msg := sprintf("container <%v> must run as non-root", [c.name])
}

violation[{"msg": msg}] {
  input.parameters.level == "restricted"
  c := input_containers[_]
  not drops_all(c)
  msg := sprintf("container <%v> must drop ALL capabilities", [c.name])
}

violation[{"msg": msg}] {
  input.parameters.level == "restricted"
  c := input_containers[_]
  not seccomp_ok(c)
  msg := sprintf("container <%v> needs seccompProfile RuntimeDefault or Localhost", [c.name])
}

drops_all(c) {
  c.securityContext.capabilities.drop[_] == "ALL"
}

seccomp_ok(c) {
  {"RuntimeDefault", "Localhost"}[c.securityContext.seccompProfile.type]
}

seccomp_ok(c) {
  not c.securityContext.seccompProfile
  {"RuntimeDefault", "Localhost"}[pod.spec.securityContext.seccompProfile.type]
}
`,
};

function template(model: ClusterModel, def: TemplateDef): GatekeeperConstraintTemplate {
  return {
    apiVersion: "templates.gatekeeper.sh/v1",
    kind: "ConstraintTemplate",
    metadata: { name: def.kind.toLowerCase(), labels: platformLabels(model) },
    spec: {
      crd: {
        spec: {
          names: { kind: def.kind },
          ...(def.parameters ? { validation: { openAPIV3Schema: def.parameters } } : {}),
        },
      },
      targets: [{ target: "admission.k8s.gatekeeper.sh", rego: def.rego }],
    },
  };
}

function constraint(
  model: ClusterModel,
  def: TemplateDef,
  name: string,
  parameters?: Record<string, unknown>,
): GatekeeperConstraint {
  return {
    apiVersion: "constraints.gatekeeper.sh/v1beta1",
    kind: def.kind,
    metadata: { name, labels: platformLabels(model) },
    spec: {
      enforcementAction: model.settings.policy.mode === "deny" ? "deny" : "warn",
      match: { kinds: [{ apiGroups: [""], kinds: ["Pod"] }], excludedNamespaces: exemptNamespaces(model) },
      ...(parameters ? { parameters } : {}),
    },
  };
}

function definitions(
  model: ClusterModel,
): { def: TemplateDef; name: string; parameters?: Record<string, unknown> }[] {
  const p = model.settings.policy;
  const out: { def: TemplateDef; name: string; parameters?: Record<string, unknown> }[] = [
    { def: POD_SECURITY, name: `pod-security-${p.podSecurity}`, parameters: { level: p.podSecurity } },
    { def: REQUIRED_RESOURCES, name: "require-requests-limits" },
    { def: DISALLOW_LATEST, name: "disallow-latest-tag" },
  ];
  const repos = allowedRegistries(model);
  if (repos.length > 0)
    out.push({ def: ALLOWED_REPOS, name: "restrict-image-registries", parameters: { repos } });
  if (p.requiredLabels.length > 0)
    out.push({
      def: REQUIRED_LABELS,
      name: "require-labels",
      parameters: {
        message: `Label every workload with ${p.requiredLabels.join(", ")}.`,
        labels: [...p.requiredLabels].sort().map((key) => ({ key })),
      },
    });
  return out;
}

export function gatekeeperTemplates(model: ClusterModel): GatekeeperConstraintTemplate[] {
  return definitions(model)
    .map((d) => template(model, d.def))
    .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
}

export function gatekeeperConstraints(model: ClusterModel): GatekeeperConstraint[] {
  return definitions(model)
    .map((d) => constraint(model, d.def, d.name, d.parameters))
    .sort((a, b) => a.kind.localeCompare(b.kind));
}
