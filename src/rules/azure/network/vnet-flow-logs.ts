import { isUnknown } from "../../../audit/facts.js";
import { defineRule } from "../../types.js";
import { get, referenceText, refersTo, resourcesOfType } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";

export const FLOW_LOG_TYPE = "Microsoft.Network/networkWatchers/flowLogs";

export const vnetFlowLogs = defineRule({
  id: "network/vnet-flow-logs",
  title: "Regulated virtual networks have flow logs",
  severity: "low",
  pillar: "security",
  level: "regulated",
  rationale:
    "Flow logs record which addresses talked to which, allowed or denied: the evidence auditors and incident responders ask for. Virtual network flow logs replace NSG flow logs (no new NSG flow logs since June 2025) and cover traffic no NSG sees.",
  remediation: {
    text: "Create a Network Watcher flow log targeting the virtual network, with retention and traffic analytics.",
    arm: "Microsoft.Network/networkWatchers/flowLogs with properties.targetResourceId = the virtual network id",
    terraform: "azurerm_network_watcher_flow_log.target_resource_id = azurerm_virtual_network.<name>.id",
  },
  sources: [SEED.securityMonitoring, LEARN.vnetFlowLogs],
  equivalents: { checkov: ["CKV_AZURE_12"] },
  target: { kind: "azureResource", types: ["Microsoft.Network/virtualNetworks"] },
  check(vnet, ctx) {
    const logs = resourcesOfType(ctx.facts, FLOW_LOG_TYPE).map((l) =>
      referenceText(get(l.resource, ["properties", "targetResourceId"])),
    );
    if (logs.some(isUnknown)) return;
    if (logs.some((t) => refersTo(t, "Microsoft.Network/virtualNetworks", vnet.name))) return;
    ctx.report({
      message: `Virtual network "${vnet.name}" has no flow log (no ${FLOW_LOG_TYPE} targets it).`,
      path: ["properties"],
    });
  },
});
