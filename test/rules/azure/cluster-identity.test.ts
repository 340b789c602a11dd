import { Unknown } from "../../../src/audit/facts.js";
import { azureRbacEnabled } from "../../../src/rules/azure/cluster/azure-rbac-enabled.js";
import { entraIdEnabled } from "../../../src/rules/azure/cluster/entra-id-enabled.js";
import { kubernetesRbacEnabled } from "../../../src/rules/azure/cluster/kubernetes-rbac-enabled.js";
import { localAccountsDisabled } from "../../../src/rules/azure/cluster/local-accounts-disabled.js";
import { managedIdentity } from "../../../src/rules/azure/cluster/managed-identity.js";
import { podIdentityDisabled } from "../../../src/rules/azure/cluster/pod-identity-disabled.js";
import { oidcIssuerEnabled } from "../../../src/rules/azure/cluster/oidc-issuer-enabled.js";
import { workloadIdentityEnabled } from "../../../src/rules/azure/cluster/workload-identity-enabled.js";
import { facts, testRule } from "./helpers.js";

testRule(localAccountsDisabled, {
  valid: [
    facts({ properties: { disableLocalAccounts: true } }),
    facts({ properties: { disableLocalAccounts: new Unknown("[parameters('x')]") } }),
  ],
  invalid: [
    {
      facts: facts({ properties: { disableLocalAccounts: false } }),
      message: "disableLocalAccounts is false",
      path: "properties.disableLocalAccounts",
    },
    {
      facts: facts({ properties: {} }),
      message: "disableLocalAccounts is not set",
      path: "properties.disableLocalAccounts",
    },
  ],
});

testRule(entraIdEnabled, {
  valid: [facts({ properties: { aadProfile: { managed: true, adminGroupObjectIDs: ["g"] } } })],
  invalid: [
    {
      facts: facts({ properties: {} }),
      message: "not integrated with Microsoft Entra ID",
      path: "properties.aadProfile.managed",
    },
    {
      facts: facts({ properties: { aadProfile: { managed: false } } }),
      message: "aadProfile.managed",
      path: "properties.aadProfile.managed",
    },
  ],
});

testRule(azureRbacEnabled, {
  valid: [
    facts({ properties: { aadProfile: { managed: true, enableAzureRBAC: true } } }),
    // az CLI JSON spells it enableAzureRbac; ARM names are case-insensitive.
    facts({ properties: { aadProfile: { managed: true, enableAzureRbac: true } } }),
  ],
  invalid: [
    {
      facts: facts({ properties: { aadProfile: { managed: true } } }),
      message: "Azure RBAC",
      path: "properties.aadProfile.enableAzureRBAC",
    },
    {
      facts: facts({ properties: { aadProfile: { enableAzureRbac: false } } }),
      message: "Azure RBAC",
      path: "properties.aadProfile.enableAzureRbac",
    },
  ],
});

testRule(kubernetesRbacEnabled, {
  valid: [facts({ properties: { enableRBAC: true } }), facts({ properties: {} })],
  invalid: [
    {
      facts: facts({ properties: { enableRBAC: false } }),
      message: "Kubernetes RBAC is disabled",
      path: "properties.enableRBAC",
    },
  ],
});

testRule(managedIdentity, {
  valid: [
    facts({ identity: { type: "UserAssigned" }, properties: {} }),
    facts({ identity: { type: "systemassigned" }, properties: {} }),
  ],
  invalid: [
    {
      facts: facts({ properties: { servicePrincipalProfile: { clientId: "x" } } }),
      message: "identity type is not set",
      path: "identity.type",
    },
    {
      facts: facts({ identity: { type: "None" }, properties: {} }),
      message: 'identity type is "None"',
      path: "identity.type",
    },
  ],
});

testRule(workloadIdentityEnabled, {
  valid: [facts({ properties: { securityProfile: { workloadIdentity: { enabled: true } } } })],
  invalid: [
    {
      facts: facts({ properties: {} }),
      message: "Workload identity is not enabled",
      path: "properties.securityProfile.workloadIdentity.enabled",
    },
  ],
});

testRule(oidcIssuerEnabled, {
  valid: [facts({ properties: { oidcIssuerProfile: { enabled: true } } })],
  invalid: [
    {
      facts: facts({ properties: { oidcIssuerProfile: { enabled: false } } }),
      message: "OIDC issuer is not enabled",
      path: "properties.oidcIssuerProfile.enabled",
    },
  ],
});

testRule(podIdentityDisabled, {
  valid: [facts({ properties: {} }), facts({ properties: { podIdentityProfile: { enabled: false } } })],
  invalid: [
    {
      facts: facts({ properties: { podIdentityProfile: { enabled: true, userAssignedIdentities: [] } } }),
      message: "retired pod-managed identity add-on is enabled",
      path: "properties.podIdentityProfile.enabled",
    },
  ],
});
