/**
 * FailedMount of the Key Vault Secrets Store CSI volume: the provider could not fetch the secrets. The error
 * names the reason: Workload Identity federation missing (AADSTS70021), role assignment missing (403),
 * secret absent (404), SecretProviderClass absent, or the driver not installed.
 */
import { SEED, describePod, eventEvidence, ns, podRef } from "./common.js";
import type { Pod } from "./kube.js";
import { nameOf } from "./kube.js";
import { eventMessage, type Snapshot } from "./snapshot.js";
import type { ClusterContext, Diagnosis, Evidence } from "./types.js";

export const CSI_DRIVER = "secrets-store.csi.k8s.io";

export type KeyVaultMountFailure =
  | "federation-missing"
  | "identity-not-found"
  | "forbidden"
  | "secret-not-found"
  | "spc-not-found"
  | "driver-missing"
  | "unknown";

export function classifyKeyVaultError(message: string): KeyVaultMountFailure {
  if (/AADSTS70021|No matching federated identity record/i.test(message)) return "federation-missing";
  if (
    /AADSTS700016|AADSTS700213|identity not found|application with identifier .* was not found/i.test(message)
  )
    return "identity-not-found";
  if (
    /StatusCode=403|403 Forbidden|Code="Forbidden"|not authorized to perform action|does not have secrets get permission/i.test(
      message,
    )
  )
    return "forbidden";
  if (/SecretNotFound|was not found in this key vault|StatusCode=404|404 Not Found/i.test(message))
    return "secret-not-found";
  if (
    /failed to get secretproviderclass|SecretProviderClass\.secrets-store\.csi\.x-k8s\.io ".*" not found/i.test(
      message,
    )
  )
    return "spc-not-found";
  if (/not found in the list of registered CSI drivers/i.test(message)) return "driver-missing";
  return "unknown";
}

function match(re: RegExp, text: string): string | undefined {
  const m = re.exec(text);
  return m ? m[1] : undefined;
}

export function diagnoseCsiMounts(snap: Snapshot, ctx: ClusterContext): Diagnosis[] {
  const out: Diagnosis[] = [];
  for (const pod of snap.pods) {
    const events = snap
      .eventsFor("Pod", pod.metadata?.namespace, nameOf(pod))
      .filter((e) => e.reason === "FailedMount");
    const seenVolumes = new Set<string>();
    for (const e of events) {
      const msg = eventMessage(e);
      const volume = match(/for volume "([^"]+)"/, msg);
      const volIndex = (pod.spec?.volumes ?? []).findIndex((v) => v.name === volume);
      const vol = volIndex >= 0 ? pod.spec?.volumes?.[volIndex] : undefined;
      const isKeyVault =
        vol?.csi?.driver === CSI_DRIVER || msg.includes("secrets store") || msg.includes(CSI_DRIVER);
      const key = volume ?? msg;
      if (seenVolumes.has(key)) continue;
      seenVolumes.add(key);
      if (!isKeyVault) {
        out.push(genericMount(pod, volume, e));
        continue;
      }
      const evidence: Evidence[] = [eventEvidence(e)];
      const spc = vol?.csi?.volumeAttributes?.secretProviderClass;
      if (vol)
        evidence.push({
          field: `spec.volumes[${volIndex}].csi`,
          value: `driver ${vol.csi?.driver ?? "?"}, secretProviderClass ${spc ?? "?"}`,
        });
      const sa = pod.spec?.serviceAccountName ?? "default";
      evidence.push({ field: "spec.serviceAccountName", value: sa });
      const wiLabel = pod.metadata?.labels?.["azure.workload.identity/use"];
      evidence.push({
        field: 'metadata.labels["azure.workload.identity/use"]',
        value: wiLabel ?? "(absent)",
      });
      out.push(build(classifyKeyVaultError(msg), pod, msg, spc, sa, wiLabel, evidence, ctx));
    }
  }
  return out;
}

function build(
  kind: KeyVaultMountFailure,
  pod: Pod,
  msg: string,
  spc: string | undefined,
  sa: string,
  wiLabel: string | undefined,
  evidence: Evidence[],
  ctx: ClusterContext,
): Diagnosis {
  const n = pod.metadata?.namespace ?? "default";
  const rg = ctx.resourceGroup;
  const cluster = ctx.clusterName;
  const vault =
    match(/https:\/\/([a-z0-9-]+)\.vault\.azure\.net/i, msg) ??
    match(/\/vaults\/([A-Za-z0-9-]+)/, msg) ??
    "<key-vault>";
  const objectName = match(/objectName:\s*([^,\s]+)/, msg) ?? match(/secrets\/([A-Za-z0-9-]+)/, msg);
  const subject = match(/Assertion Subject: '([^']+)'/, msg) ?? `system:serviceaccount:${n}:${sa}`;
  const issuer = match(/Assertion Issuer: '([^']+)'/, msg);
  const kvScope = `$(az keyvault show --name ${vault} --query id --output tsv)`;
  const spcCmd = `kubectl get secretproviderclass ${spc ?? "<secret-provider-class>"} -n ${n} -o jsonpath='{.spec.parameters.clientID}'`;
  const saCmd = `kubectl get serviceaccount ${sa} -n ${n} -o jsonpath='{.metadata.annotations.azure\\.workload\\.identity/client-id}'`;
  const base = {
    object: podRef(pod),
    evidence,
    source: `${SEED.workloadIdentity000}; ${SEED.baseline003} "Microsoft Entra Workload ID"`,
  };
  const summary = (why: string) => `Key Vault volume of pod ${nameOf(pod)} cannot mount: ${why}`;
  switch (kind) {
    case "federation-missing":
      return {
        ...base,
        id: "csi-keyvault-federation-missing",
        summary: summary("no federated credential for its service account"),
        cause: `Microsoft Entra ID rejected the pod's token: the managed identity has no federated credential for subject ${subject}${issuer ? ` and issuer ${issuer}` : ""}. The credential is missing, names another namespace or service account, or was created for another cluster's OIDC issuer.`,
        confirm: [
          `az aks show --resource-group ${rg} --name ${cluster} --query "oidcIssuerProfile.issuerUrl" --output tsv`,
          `az identity federated-credential list --identity-name <identity-name> --resource-group ${rg} --query "[].{name:name, issuer:issuer, subject:subject}" --output table`,
          saCmd,
        ],
        fix: [
          `OIDC_ISSUER=$(az aks show --resource-group ${rg} --name ${cluster} --query "oidcIssuerProfile.issuerUrl" --output tsv)`,
          `az identity federated-credential create --name fc-${sa} --identity-name <identity-name> --resource-group ${rg} --issuer $OIDC_ISSUER --subject ${subject} --audience api://AzureADTokenExchange`,
        ],
      };
    case "identity-not-found":
      return {
        ...base,
        id: "csi-keyvault-identity-not-found",
        summary: summary("the client ID names no identity"),
        cause:
          "The clientID in the SecretProviderClass (or the service account's client-id annotation) does not belong to any managed identity in the tenant: a typo or a deleted identity.",
        confirm: [
          spcCmd,
          saCmd,
          `az identity list --resource-group ${rg} --query "[].{name:name, clientId:clientId}" --output table`,
        ],
        fix: [
          "Set the clientID of the SecretProviderClass and the azure.workload.identity/client-id annotation to the identity's clientId (az identity show --query clientId).",
        ],
      };
    case "forbidden":
      return {
        ...base,
        id: "csi-keyvault-forbidden",
        summary: summary(`the identity may not read secrets in ${vault}`),
        cause: `The workload's identity authenticated, but Key Vault ${vault} refused it (403): it has no "Key Vault Secrets User" role assignment on the vault${objectName ? ` (secret ${objectName})` : ""}, or the assignment is still propagating.`,
        confirm: [
          spcCmd,
          `az role assignment list --assignee <identity-client-id> --scope ${kvScope} --output table`,
          `az keyvault show --name ${vault} --query properties.enableRbacAuthorization`,
        ],
        fix: [
          `az role assignment create --assignee <identity-client-id> --role "Key Vault Secrets User" --scope ${kvScope}`,
        ],
      };
    case "secret-not-found":
      return {
        ...base,
        id: "csi-keyvault-secret-not-found",
        summary: summary(`secret ${objectName ?? "?"} does not exist in ${vault}`),
        cause: `The SecretProviderClass asks for ${objectName ?? "an object"} but Key Vault ${vault} has no such secret (a typo, a deleted secret, or the wrong vault).`,
        confirm: [
          `az keyvault secret list --vault-name ${vault} --query "[].name" --output tsv`,
          `kubectl get secretproviderclass ${spc ?? "<secret-provider-class>"} -n ${n} -o yaml`,
        ],
        fix: [
          "Create the secret in Key Vault, or correct objectName / keyvaultName in the SecretProviderClass.",
        ],
      };
    case "spc-not-found":
      return {
        ...base,
        id: "csi-keyvault-spc-not-found",
        summary: summary(`SecretProviderClass ${spc ?? ""} does not exist`),
        cause: `The volume names SecretProviderClass ${spc ?? "?"}, which does not exist in namespace ${n} (a SecretProviderClass is namespaced).`,
        confirm: [`kubectl get secretproviderclass -n ${n}`],
        fix: [
          `Apply the SecretProviderClass in namespace ${n}, or correct volumeAttributes.secretProviderClass.`,
        ],
      };
    case "driver-missing":
      return {
        ...base,
        id: "csi-keyvault-driver-missing",
        summary: summary("the Secrets Store CSI driver is not installed"),
        cause: "The azure-keyvault-secrets-provider add-on is not enabled, so no node has the CSI driver.",
        confirm: [
          "kubectl get pods -n kube-system -l app=secrets-store-csi-driver",
          "kubectl get pods -n kube-system -l app=secrets-store-provider-azure",
        ],
        fix: [
          `az aks enable-addons --resource-group ${rg} --name ${cluster} --addons azure-keyvault-secrets-provider`,
        ],
      };
    default:
      return {
        ...base,
        id: "csi-keyvault-mount-failed",
        summary: summary("the provider returned an error"),
        cause: `The Key Vault provider could not fetch the secrets${wiLabel === "true" ? "" : '; note the pod lacks the label azure.workload.identity/use="true", so no Workload Identity token is injected'}.`,
        confirm: [
          describePod(pod),
          "kubectl logs -n kube-system -l app=secrets-store-provider-azure --tail=50",
          spcCmd,
        ],
        fix: [
          "Fix what the provider error names; check the federated credential and the Key Vault Secrets User role assignment.",
        ],
      };
  }
}

function genericMount(
  pod: Pod,
  volume: string | undefined,
  e: Parameters<typeof eventEvidence>[0],
): Diagnosis {
  const msg = eventMessage(e);
  return {
    id: "mount-failed",
    object: podRef(pod),
    summary: `Volume ${volume ?? "?"} of pod ${nameOf(pod)} cannot mount`,
    evidence: [eventEvidence(e)],
    cause: /not found/.test(msg)
      ? "The Secret, ConfigMap or claim the volume names does not exist."
      : "The kubelet could not mount the volume; the event carries the storage driver's error.",
    confirm: [
      describePod(pod),
      `kubectl get events ${ns(pod)} --field-selector involvedObject.name=${nameOf(pod)}`,
    ],
    fix: ["Create the object the volume names, or fix the storage error the event quotes."],
    source: SEED.troubleshooting001,
  };
}
