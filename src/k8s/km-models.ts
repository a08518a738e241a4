/**
 * kubernetes-models' own precompiled validators, one per supported kind.
 * They know things the TypeScript-derived schema cannot: int32/int64 ranges
 * and formats (Quantity, base64 `byte`, date-time). Static imports keep the
 * call synchronous so validateYamlBlock stays a plain function.
 */
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { LimitRange } from 'kubernetes-models/v1/LimitRange';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { PersistentVolume } from 'kubernetes-models/v1/PersistentVolume';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { Pod } from 'kubernetes-models/v1/Pod';
import { ReplicationController } from 'kubernetes-models/v1/ReplicationController';
import { ResourceQuota } from 'kubernetes-models/v1/ResourceQuota';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { DaemonSet } from 'kubernetes-models/apps/v1/DaemonSet';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { ReplicaSet } from 'kubernetes-models/apps/v1/ReplicaSet';
import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { CronJob } from 'kubernetes-models/batch/v1/CronJob';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { IngressClass } from 'kubernetes-models/networking.k8s.io/v1/IngressClass';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { StorageClass } from 'kubernetes-models/storage.k8s.io/v1/StorageClass';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ClusterRole } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole';
import { ClusterRoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding';
import { Role } from 'kubernetes-models/rbac.authorization.k8s.io/v1/Role';
import { RoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding';
import { PriorityClass } from 'kubernetes-models/scheduling.k8s.io/v1/PriorityClass';
import { CSIDriver } from 'kubernetes-models/storage.k8s.io/v1/CSIDriver';
import { VolumeAttachment } from 'kubernetes-models/storage.k8s.io/v1/VolumeAttachment';
import { ValidatingAdmissionPolicy } from 'kubernetes-models/admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy';
import { ValidatingAdmissionPolicyBinding } from 'kubernetes-models/admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding';
import { MutatingAdmissionPolicy } from 'kubernetes-models/admissionregistration.k8s.io/v1/MutatingAdmissionPolicy';
import { MutatingAdmissionPolicyBinding } from 'kubernetes-models/admissionregistration.k8s.io/v1/MutatingAdmissionPolicyBinding';
import { ValidatingWebhookConfiguration } from 'kubernetes-models/admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration';
import { MutatingWebhookConfiguration } from 'kubernetes-models/admissionregistration.k8s.io/v1/MutatingWebhookConfiguration';
import { DeviceClass } from 'kubernetes-models/resource.k8s.io/v1/DeviceClass';
import { ResourceClaim } from 'kubernetes-models/resource.k8s.io/v1/ResourceClaim';
import { ResourceClaimTemplate } from 'kubernetes-models/resource.k8s.io/v1/ResourceClaimTemplate';
import { RuntimeClass } from 'kubernetes-models/node.k8s.io/v1/RuntimeClass';

/** The subset of an ajv ErrorObject that kubernetes-models reports. */
export interface KmError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

interface ModelCtor {
  // `any`: each model wants its own interface; we feed it untyped YAML data on purpose.
  new (data: any): { validate(): void };
}

const MODELS: Record<string, ModelCtor> = {
  'v1/Pod': Pod,
  'v1/Service': Service,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/PersistentVolume': PersistentVolume,
  'v1/PersistentVolumeClaim': PersistentVolumeClaim,
  'v1/Namespace': Namespace,
  'v1/ServiceAccount': ServiceAccount,
  'v1/ResourceQuota': ResourceQuota,
  'v1/LimitRange': LimitRange,
  'v1/ReplicationController': ReplicationController,
  'apps/v1/Deployment': Deployment,
  'apps/v1/StatefulSet': StatefulSet,
  'apps/v1/DaemonSet': DaemonSet,
  'apps/v1/ReplicaSet': ReplicaSet,
  'batch/v1/Job': Job,
  'batch/v1/CronJob': CronJob,
  'networking.k8s.io/v1/Ingress': Ingress,
  'networking.k8s.io/v1/IngressClass': IngressClass,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'storage.k8s.io/v1/StorageClass': StorageClass,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'rbac.authorization.k8s.io/v1/Role': Role,
  'rbac.authorization.k8s.io/v1/ClusterRole': ClusterRole,
  'rbac.authorization.k8s.io/v1/RoleBinding': RoleBinding,
  'rbac.authorization.k8s.io/v1/ClusterRoleBinding': ClusterRoleBinding,
  'scheduling.k8s.io/v1/PriorityClass': PriorityClass,
  'storage.k8s.io/v1/CSIDriver': CSIDriver,
  'storage.k8s.io/v1/VolumeAttachment': VolumeAttachment,
  'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy': ValidatingAdmissionPolicy,
  'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding': ValidatingAdmissionPolicyBinding,
  'admissionregistration.k8s.io/v1/MutatingAdmissionPolicy': MutatingAdmissionPolicy,
  'admissionregistration.k8s.io/v1/MutatingAdmissionPolicyBinding': MutatingAdmissionPolicyBinding,
  'admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration': ValidatingWebhookConfiguration,
  'admissionregistration.k8s.io/v1/MutatingWebhookConfiguration': MutatingWebhookConfiguration,
  'resource.k8s.io/v1/DeviceClass': DeviceClass,
  'resource.k8s.io/v1/ResourceClaim': ResourceClaim,
  'resource.k8s.io/v1/ResourceClaimTemplate': ResourceClaimTemplate,
  'node.k8s.io/v1/RuntimeClass': RuntimeClass,
};

/** True if kubernetes-models has a model class for this `apiVersion/Kind` key. */
export function hasKmModel(key: string): boolean {
  return Object.hasOwn(MODELS, key);
}

/** Runs `new Model(data).validate()` and returns its ajv errors ([] when valid). */
export function kmValidate(key: string, data: object): KmError[] {
  const Model = MODELS[key];
  if (!Model) throw new Error(`no kubernetes-models class for ${key}`);
  try {
    new Model(data).validate();
    return [];
  } catch (err) {
    // kubernetes-models throws ajv's ValidationError, which carries `.errors`.
    const errors = (err as { errors?: KmError[] }).errors;
    if (Array.isArray(errors)) return errors;
    throw err;
  }
}
