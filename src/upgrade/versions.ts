/**
 * Kubernetes version arithmetic for upgrade planning: AKS upgrades the control plane one minor version at a
 * time; node pools may not be newer than the control plane, nor too far behind it.
 */
import { compareMinor, parseMinor, type MinorVersion } from "../kube/removed-apis.js";

export const SKEW_SOURCE =
  'kubernetes.io "Version Skew Policy" (kubelet must not be newer than kube-apiserver; up to three minor versions older since 1.28, two before)';

export function minorText(v: MinorVersion): string {
  return `${v.major}.${v.minor}`;
}

export function nextMinor(v: MinorVersion): MinorVersion {
  return { major: v.major, minor: v.minor + 1 };
}

/** How many minor versions node pools may lag behind a control plane at `cp`. */
export function maxNodeSkew(cp: MinorVersion): number {
  return compareMinor(cp, { major: 1, minor: 28 }) >= 0 ? 3 : 2;
}

/** Minor versions between two versions of the same major (b − a). */
export function minorDistance(a: MinorVersion, b: MinorVersion): number {
  return (b.major - a.major) * 1000 + (b.minor - a.minor);
}

export { compareMinor, parseMinor, type MinorVersion };
