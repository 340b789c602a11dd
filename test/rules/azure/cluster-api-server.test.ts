import { Unknown } from "../../../src/audit/facts.js";
import { apiServerAccessRestricted } from "../../../src/rules/azure/cluster/api-server-access-restricted.js";
import { apiServerNoOpenRange } from "../../../src/rules/azure/cluster/api-server-no-open-range.js";
import { apiServerPrivate } from "../../../src/rules/azure/cluster/api-server-private.js";
import { runCommandDisabled } from "../../../src/rules/azure/cluster/run-command-disabled.js";
import { facts, testRule } from "./helpers.js";

testRule(apiServerAccessRestricted, {
  valid: [
    facts({ properties: { apiServerAccessProfile: { enablePrivateCluster: true } } }),
    facts({ properties: { apiServerAccessProfile: { authorizedIPRanges: ["203.0.113.0/24"] } } }),
    facts({
      properties: { apiServerAccessProfile: { authorizedIPRanges: new Unknown("[parameters('ranges')]") } },
    }),
  ],
  invalid: [
    {
      facts: facts({ properties: {} }),
      message: "reachable from any address",
      path: "properties.apiServerAccessProfile.authorizedIPRanges",
    },
    {
      facts: facts({
        properties: { apiServerAccessProfile: { enablePrivateCluster: false, authorizedIPRanges: [] } },
      }),
      message: "enable a private cluster or set authorized IP ranges",
      path: "properties.apiServerAccessProfile.authorizedIPRanges",
    },
  ],
});

testRule(apiServerNoOpenRange, {
  valid: [
    facts({
      properties: { apiServerAccessProfile: { authorizedIPRanges: ["203.0.113.0/24", "198.51.100.7/32"] } },
    }),
    facts({ properties: {} }),
  ],
  invalid: [
    {
      facts: facts({
        properties: { apiServerAccessProfile: { authorizedIPRanges: ["203.0.113.0/24", "0.0.0.0/0"] } },
      }),
      message: '"0.0.0.0/0" admits every address',
      path: "properties.apiServerAccessProfile.authorizedIPRanges[1]",
    },
  ],
});

testRule(apiServerPrivate, {
  valid: [
    facts({ properties: { apiServerAccessProfile: { enablePrivateCluster: true } } }),
    facts({
      properties: {
        apiServerAccessProfile: { enableVnetIntegration: true, subnetId: "/x/subnets/snet-api" },
      },
    }),
  ],
  invalid: [
    {
      facts: facts({ properties: { apiServerAccessProfile: { authorizedIPRanges: ["203.0.113.0/24"] } } }),
      message: "public endpoint",
      path: "properties.apiServerAccessProfile.enablePrivateCluster",
    },
  ],
});

testRule(runCommandDisabled, {
  valid: [
    facts({
      properties: { apiServerAccessProfile: { enablePrivateCluster: true, disableRunCommand: true } },
    }),
    facts({ properties: { apiServerAccessProfile: { authorizedIPRanges: ["203.0.113.0/24"] } } }),
  ],
  invalid: [
    {
      facts: facts({ properties: { apiServerAccessProfile: { enablePrivateCluster: true } } }),
      message: "Run command is enabled",
      path: "properties.apiServerAccessProfile.disableRunCommand",
    },
  ],
});
