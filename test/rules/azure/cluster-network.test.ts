import { egressThroughFirewall } from "../../../src/rules/azure/cluster/egress-through-firewall.js";
import { networkDataplaneCilium } from "../../../src/rules/azure/cluster/network-dataplane-cilium.js";
import { networkPluginNotKubenet } from "../../../src/rules/azure/cluster/network-plugin-not-kubenet.js";
import { networkPluginOverlay } from "../../../src/rules/azure/cluster/network-plugin-overlay.js";
import { networkPolicyEnabled } from "../../../src/rules/azure/cluster/network-policy-enabled.js";
import { outboundTypeControlled } from "../../../src/rules/azure/cluster/outbound-type-controlled.js";
import { standardLoadBalancer } from "../../../src/rules/azure/cluster/standard-load-balancer.js";
import { facts, testRule } from "./helpers.js";

const overlay = { networkPlugin: "azure", networkPluginMode: "overlay" };

testRule(networkPluginNotKubenet, {
  valid: [
    facts({ properties: { networkProfile: overlay } }),
    facts({ properties: { networkProfile: { networkPlugin: "none" } } }),
  ],
  invalid: [
    {
      facts: facts({ properties: { networkProfile: { networkPlugin: "kubenet" } } }),
      message: "uses kubenet",
      path: "properties.networkProfile.networkPlugin",
    },
    {
      facts: facts({ properties: {} }),
      message: "ARM creates a kubenet cluster",
      path: "properties.networkProfile.networkPlugin",
    },
  ],
});

testRule(networkPluginOverlay, {
  valid: [
    facts({ properties: { networkProfile: overlay } }),
    facts({ properties: { networkProfile: { networkPlugin: "kubenet" } } }),
  ],
  invalid: [
    {
      facts: facts({ properties: { networkProfile: { networkPlugin: "azure" } } }),
      message: "classic Azure CNI",
      path: "properties.networkProfile.networkPluginMode",
    },
  ],
});

testRule(networkPolicyEnabled, {
  valid: [
    facts({ properties: { networkProfile: { networkPolicy: "cilium" } } }),
    facts({ properties: { networkProfile: { networkPolicy: "Calico" } } }),
  ],
  invalid: [
    {
      facts: facts({ properties: { networkProfile: { networkPolicy: "none" } } }),
      message: 'networkPolicy is "none"',
      path: "properties.networkProfile.networkPolicy",
    },
    {
      facts: facts({ properties: { networkProfile: overlay } }),
      message: "networkPolicy is not set",
      path: "properties.networkProfile.networkPolicy",
    },
  ],
});

testRule(networkDataplaneCilium, {
  valid: [
    facts({ properties: { networkProfile: { ...overlay, networkDataplane: "cilium" } } }),
    facts({ properties: { networkProfile: { networkPlugin: "kubenet" } } }),
  ],
  invalid: [
    {
      facts: facts({ properties: { networkProfile: overlay } }),
      message: 'the "azure" data plane',
      path: "properties.networkProfile.networkDataplane",
    },
  ],
});

testRule(outboundTypeControlled, {
  valid: [
    facts({ properties: { networkProfile: { outboundType: "userDefinedRouting" } } }),
    facts({ properties: { networkProfile: { outboundType: "userAssignedNATGateway" } } }),
  ],
  invalid: [
    {
      facts: facts({ properties: { networkProfile: {} } }),
      message: 'outbound type "loadBalancer"',
      path: "properties.networkProfile.outboundType",
    },
    {
      facts: facts({ properties: { networkProfile: { outboundType: "loadBalancer" } } }),
      message: "without inspection",
      path: "properties.networkProfile.outboundType",
    },
  ],
});

testRule(egressThroughFirewall, {
  valid: [facts({ properties: { networkProfile: { outboundType: "userDefinedRouting" } } })],
  invalid: [
    {
      facts: facts({ properties: { networkProfile: { outboundType: "managedNATGateway" } } }),
      message: '"managedNATGateway"',
      path: "properties.networkProfile.outboundType",
    },
  ],
});

testRule(standardLoadBalancer, {
  valid: [
    facts({ properties: { networkProfile: { loadBalancerSku: "standard" } } }),
    facts({ properties: {} }),
  ],
  invalid: [
    {
      facts: facts({ properties: { networkProfile: { loadBalancerSku: "Basic" } } }),
      message: "retired Basic",
      path: "properties.networkProfile.loadBalancerSku",
    },
  ],
});
