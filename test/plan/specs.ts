/** Spec texts the plan tests load (kept literal so a reader sees every input). */

/** Seed 004's story: classic Azure CNI, maxPods 110, a /22 user node subnet, autoscaler max 20. */
export const SEED_004_SPEC = `apiVersion: akskit.dev/v1alpha1
kind: Platform
metadata: { name: seed }
spec:
  preset: production
  location: westeurope
  network:
    plugin: azure
    dataPlane: azure
    networkPolicy: calico
    subnets: { userNodes: 10.240.4.0/22 }
  ingress: { tls: { issuer: letsencrypt, email: ops@seed.example } }
  nodePools:
    - { name: system, mode: System, vmSize: Standard_D4ds_v5, min: 3, max: 6 }
    - { name: apps, mode: User, vmSize: Standard_D8ds_v5, min: 3, max: 20 }
  environments: { prod: {} }
`;

/** A small dev platform priced line by line in cost.test.ts. */
export const SMALL_DEV_SPEC = `apiVersion: akskit.dev/v1alpha1
kind: Platform
metadata: { name: small }
spec:
  preset: dev
  location: westeurope
  nodePools:
    - { name: system, mode: System, vmSize: Standard_D2ds_v5, min: 1, max: 3 }
    - { name: apps, mode: User, vmSize: Standard_D4ds_v5, min: 2, max: 4 }
`;

export function presetSpec(preset: "dev" | "production" | "regulated"): string {
  return `apiVersion: akskit.dev/v1alpha1
kind: Platform
metadata: { name: p${preset.slice(0, 3)} }
spec:
  preset: ${preset}
  location: westeurope
`;
}
