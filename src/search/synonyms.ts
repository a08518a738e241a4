/**
 * Names of the same concept in English and Chinese. Pagefind has no synonyms, so at build time each
 * question gets the other names of every concept its title or one-line answer mentions, as hidden
 * text (see QuestionSection.astro). Chinese names follow the official Kubernetes Chinese docs.
 *
 * Keep a group to one concept: every name in it must mean the same thing in this handbook.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['污点', 'taint'],
  ['容忍度', 'toleration'],
  ['探针', 'probe'],
  ['存活探针', 'liveness probe'],
  ['就绪探针', 'readiness probe'],
  ['启动探针', 'startup probe'],
  ['无头服务', 'headless service'],
  ['边车容器', 'sidecar container'],
  ['Init 容器', '初始化容器', 'init container'],
  ['临时容器', 'ephemeral container'],
  ['优雅终止', 'graceful shutdown', 'graceful termination'],
  ['滚动更新', 'rolling update'],
  ['金丝雀发布', 'canary release'],
  ['蓝绿发布', 'blue-green deployment'],
  ['回滚', 'rollback'],
  ['网络策略', 'NetworkPolicy', 'network policy'],
  ['持久卷', 'PersistentVolume', 'PV'],
  ['持久卷申领', 'PersistentVolumeClaim', 'PVC'],
  ['存储类', 'StorageClass'],
  ['动态制备', '动态供应', 'dynamic provisioning'],
  ['访问模式', 'access mode'],
  ['回收策略', 'reclaim policy'],
  ['Pod 干扰预算', 'PodDisruptionBudget', 'PDB', 'disruption budget'],
  ['水平自动扩缩', 'HorizontalPodAutoscaler', 'HPA'],
  ['垂直自动扩缩', 'VerticalPodAutoscaler', 'VPA'],
  ['服务质量', 'QoS'],
  ['守护进程集', 'DaemonSet'],
  ['副本集', 'ReplicaSet'],
  ['命名空间', 'namespace'],
  ['节点亲和性', 'node affinity'],
  ['反亲和性', 'anti-affinity'],
  ['拓扑分布约束', 'topology spread constraints'],
  ['抢占', 'preemption'],
  ['静态 Pod', 'static pod'],
  ['镜像拉取策略', 'image pull policy'],
  ['重启策略', 'restart policy'],
  ['会话保持', 'session affinity', 'sticky session'],
  ['负载均衡器', 'load balancer'],
  ['控制平面', 'control plane'],
  ['容器运行时', 'container runtime'],
  ['准入控制', 'admission control'],
  ['基于角色的访问控制', 'RBAC', 'role-based access control'],
  ['自定义资源', 'CRD', 'custom resource'],
  ['静态加密', 'encryption at rest'],
  ['版本偏差', 'version skew'],
  ['调度器', 'scheduler'],
  ['服务账号', 'ServiceAccount', 'service account'],
  ['标签选择器', 'label selector'],
  ['端口转发', 'port-forward', 'port forwarding'],
  ['排查', 'troubleshooting'],
  ['包管理器', 'package manager'],
];

const LATIN = /[A-Za-z0-9]/;

/** Whether `name` occurs in `text`; Latin names only as whole words, so “PV” does not match “PVC”. */
export function mentions(text: string, name: string): boolean {
  const haystack = text.toLowerCase();
  const needle = name.toLowerCase();
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    const wordStart = !LATIN.test(needle[0]!) || !LATIN.test(before);
    const wordEnd = !LATIN.test(needle.at(-1)!) || !LATIN.test(after);
    if (wordStart && wordEnd) return true;
  }
  return false;
}

/** The names `text` does not use for the concepts it mentions, in table order, each once. */
export function otherNames(text: string, groups: readonly (readonly string[])[] = SYNONYM_GROUPS): string[] {
  const out = new Set<string>();
  for (const group of groups) {
    if (!group.some((name) => mentions(text, name))) continue;
    for (const name of group) if (!mentions(text, name)) out.add(name);
  }
  return [...out];
}
