/**
 * The Kubernetes kinds this site validates. Single source of truth for the
 * schema generator and the runtime validator, so the two can never disagree.
 */

/** Kubernetes minor version the pinned `kubernetes-models@5` tracks; set site-wide in src/config.ts. */
export { KUBERNETES_VERSION } from '../config.ts';

/** One supported kind, addressed as `<apiVersion>/<Kind>` (e.g. `apps/v1/Deployment`). */
export interface KindSpec {
  apiVersion: string;
  kind: string;
}

// Order is significant only for determinism of the generated schema (first
// kind to claim a shared definition name keeps the short name).
const SPECS: ReadonlyArray<readonly [string, string[]]> = [
  ['v1', ['Pod', 'Service', 'ConfigMap', 'Secret', 'PersistentVolume', 'PersistentVolumeClaim', 'Namespace',
    'ServiceAccount', 'ResourceQuota', 'LimitRange', 'ReplicationController']],
  ['apps/v1', ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']],
  ['batch/v1', ['Job', 'CronJob']],
  ['networking.k8s.io/v1', ['Ingress', 'IngressClass', 'NetworkPolicy']],
  ['storage.k8s.io/v1', ['StorageClass', 'CSIDriver', 'VolumeAttachment']],
  ['autoscaling/v2', ['HorizontalPodAutoscaler']],
  ['policy/v1', ['PodDisruptionBudget']],
  ['rbac.authorization.k8s.io/v1', ['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']],
  ['scheduling.k8s.io/v1', ['PriorityClass']],
  ['admissionregistration.k8s.io/v1', ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding',
    'MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding', 'ValidatingWebhookConfiguration',
    'MutatingWebhookConfiguration']],
  ['resource.k8s.io/v1', ['DeviceClass', 'ResourceClaim', 'ResourceClaimTemplate']],
  ['node.k8s.io/v1', ['RuntimeClass']],
];

/** All supported kinds, in generation order. */
export const KINDS: readonly KindSpec[] = SPECS.flatMap(([apiVersion, kinds]) =>
  kinds.map((kind) => ({ apiVersion, kind })),
);

/** `apps/v1` + `Deployment` → `apps/v1/Deployment` (the key used everywhere). */
export function kindKey(apiVersion: string, kind: string): string {
  return `${apiVersion}/${kind}`;
}

/** Splits `apps/v1/Deployment` into apiVersion and kind (the kind is the last segment). */
export function splitKindKey(key: string): KindSpec {
  const cut = key.lastIndexOf('/');
  return { apiVersion: key.slice(0, cut), kind: key.slice(cut + 1) };
}

/** Every supported key, for "supported kinds are …" messages. */
export const KIND_KEYS: readonly string[] = KINDS.map((k) => kindKey(k.apiVersion, k.kind));

/** `v1: Pod, Service, …; apps/v1: Deployment, …` for error messages. */
export function supportedKindsText(): string {
  return SPECS.map(([apiVersion, kinds]) => `${apiVersion}: ${kinds.join(', ')}`).join('; ');
}
