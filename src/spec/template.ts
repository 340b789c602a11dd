/**
 * The commented spec `akskit init` writes: a short file that names every area of the platform, with
 * the preset's values spelled out where a team usually changes them, and a comment per key.
 */
import { PRESETS } from "./presets.js";
import type { PresetName } from "./schema.js";

export interface InitOptions {
  preset: PresetName;
  name: string;
  location: string;
  environments: string[];
}

export function renderSpecTemplate(o: InitOptions): string {
  const p = PRESETS[o.preset].settings;
  const pools = PRESETS[o.preset].nodePools;
  const envBlock = o.environments
    .map((env, i) => {
      if (o.preset !== "dev" && /^(dev|test|sandbox)/.test(env) && o.environments.length > 1)
        return `    ${env}:\n      tier: Free                      # no SLA needed for development\n      nodePools:\n        system: { min: 2, max: 3 }\n        apps: { min: 1, max: 5 }`;
      if (i === o.environments.length - 1 && o.environments.length > 1)
        return `    ${env}:\n      nodePools:\n        apps: { min: 3, max: 30 }    # production scales further`;
      return `    ${env}: {}`;
    })
    .join("\n");
  return `# yaml-language-server: $schema=https://akskit.dev/schemas/v1alpha1/platform.json
# akskit platform spec. Validate with \`akskit validate\`, preview with \`akskit plan\`,
# write infrastructure and GitOps files with \`akskit generate\`. Every key: docs/spec.md.
apiVersion: akskit.dev/v1alpha1
kind: Platform
metadata:
  name: ${o.name}                         # 2–12 lowercase letters/digits; goes into every resource name
spec:
  preset: ${o.preset}                     # dev | production | regulated — every default not written here
  location: ${o.location}

  network:
    topology: ${p.network.topology}              # hub-spoke | standalone
    hub: { addressSpace: ${p.network.hub.addressSpace}, firewall: ${p.network.hub.firewall}, bastion: ${p.network.hub.bastion}, vpnGateway: ${p.network.hub.vpnGateway} }
    spokeAddressSpace: ${p.network.spokeAddressSpace}   # first environment; the next ones get the following /16s
    plugin: ${p.network.plugin}             # azure-overlay | azure | kubenet (legacy)
    dataPlane: ${p.network.dataPlane}                  # cilium | azure
    networkPolicy: ${p.network.networkPolicy}              # cilium | azure | calico | none
    podCidr: ${p.network.podCidr}            # overlay: each node gets a /24, so a /16 holds 256 nodes
    serviceCidr: ${p.network.serviceCidr}
    dnsServiceIp: ${p.network.dnsServiceIp}
    egress: ${p.network.egress}                   # firewall | nat-gateway | load-balancer
    reservedRanges: []                 # on-premises / peered ranges nothing may overlap

  apiServer:
    access: ${p.apiServer.access}                   # private | vnet-integration | public (+ authorizedIpRanges)${
      p.apiServer.authorizedIpRanges.length > 0
        ? `\n    authorizedIpRanges: [${p.apiServer.authorizedIpRanges.join(", ")}]`
        : ""
    }

  identity:
    adminGroupObjectIds: []            # Microsoft Entra group object ids granted cluster admin
    azureRbac: ${p.identity.azureRbac}
    localAccounts: ${p.identity.localAccounts}

  ingress:
    controller: ${p.ingress.controller}          # app-routing | nginx | traefik | agc | agic | none
    waf: ${p.ingress.waf}                          # Application Gateway WAF_v2 in front
    tls: { issuer: ${p.ingress.tls.issuer}, email: ${p.ingress.tls.email} }   # set a real mailbox for expiry notices

  observability:
    alertEmails: []                    # who receives alerts
    slo: { availability: ${p.observability.slo.availability}, latencyP99Ms: ${p.observability.slo.latencyP99Ms} }

  gitops:
    repository: ${p.gitops.repository}   # the repository Flux reconciles (generate writes its content)
    branch: ${p.gitops.branch}
    layout: ${p.gitops.layout}   # or branch-per-environment

  nodePools:
${pools.map((n) => `    - { name: ${n.name}, mode: ${n.mode}, vmSize: ${n.vmSize}, min: ${n.min}, max: ${n.max} }`).join("\n")}

  environments:                        # one cluster each; any key above can be overridden per environment
${envBlock}

  namespaces:
    - name: apps
      team: platform
      quota: { cpu: "4", memory: 8Gi, pods: 50 }

  workloads: []                        # see docs/spec.md#workloads; e.g.
  #  - name: api
  #    namespace: apps
  #    image: cr${o.name}.azurecr.io/api:1.0.0
  #    port: 8080
  #    replicas: { min: 2, max: 10, cpuTarget: 70 }
  #    resources: { cpu: 250m, memory: 512Mi, memoryLimit: 1Gi }
  #    health: { path: /healthz }
  #    ingress: { host: api.example.com }
`;
}
