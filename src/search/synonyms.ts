/**
 * The site-wide vocabulary of other names, in three tables:
 *
 * - `SYNONYM_GROUPS`: names of the same concept in English and Chinese. Pagefind has no synonyms,
 *   so at build time each question gets the other names of every concept its title or one-line
 *   answer mentions, as hidden text (see QuestionSection.astro). Chinese names follow the official
 *   Kubernetes Chinese docs.
 * - `KUBECTL_SHORT_NAMES` and `SHORTHAND`: abbreviations readers type, expanded in the query.
 * - `READER_PHRASES`: words readers use that the site does not, rewritten in the query to the
 *   site's word for the same thing.
 *
 * Per-question phrasings (“pod 起不来”) belong in that question's `aliases`, not here: a row here
 * must hold for every question.
 */

/** Keep a group to one concept: every name in it must mean the same thing in this handbook. */
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
  ['持久卷', 'PersistentVolume', 'PV', 'persistent volume'],
  ['持久卷申领', 'PersistentVolumeClaim', 'PVC', 'persistent volume claim'],
  ['存储类', 'StorageClass', 'storage class'],
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
  ['控制平面组件', 'control plane components'],
  ['节点组件', 'node components'],
  ['阶段', 'phase'],
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

/**
 * kubectl's short names, as `kubectl api-resources` lists them for Kubernetes 1.36 (built-in
 * resources only), with the kind each stands for.
 */
export const KUBECTL_SHORT_NAMES: Readonly<Record<string, string>> = {
  cm: 'ConfigMap',
  cs: 'ComponentStatus',
  ep: 'Endpoints',
  ev: 'Event',
  limits: 'LimitRange',
  no: 'Node',
  ns: 'Namespace',
  po: 'Pod',
  pv: 'PersistentVolume',
  pvc: 'PersistentVolumeClaim',
  quota: 'ResourceQuota',
  rc: 'ReplicationController',
  sa: 'ServiceAccount',
  svc: 'Service',
  crd: 'CustomResourceDefinition',
  crds: 'CustomResourceDefinition',
  ds: 'DaemonSet',
  deploy: 'Deployment',
  rs: 'ReplicaSet',
  sts: 'StatefulSet',
  hpa: 'HorizontalPodAutoscaler',
  cj: 'CronJob',
  csr: 'CertificateSigningRequest',
  ing: 'Ingress',
  netpol: 'NetworkPolicy',
  pdb: 'PodDisruptionBudget',
  pc: 'PriorityClass',
  sc: 'StorageClass',
  vac: 'VolumeAttributesClass',
};

/** Shorthand engineers use that kubectl does not define. */
export const SHORTHAND: Readonly<Record<string, string>> = {
  k8s: 'Kubernetes',
  kcm: 'kube-controller-manager',
  ccm: 'cloud-controller-manager',
  psa: 'Pod Security Admission',
  psp: 'PodSecurityPolicy',
  crb: 'ClusterRoleBinding',
  rb: 'RoleBinding',
  lb: 'LoadBalancer',
};

/**
 * Short names left as typed: ones that are also English words a query may mean as such (“no such
 * file”), and ones the site itself uses as the name of the concept (PV, PVC, HPA, PDB, CRD), which
 * find more as they are than spelt out.
 */
export const KEPT_SHORT_NAMES: ReadonlySet<string> = new Set(['no', 'limits', 'quota', 'pv', 'pvc', 'hpa', 'pdb', 'crd']);

/** What a typed Latin word stands for, or undefined when it is not an abbreviation to expand. */
export function expandShortName(word: string): string | undefined {
  const key = word.toLowerCase();
  if (KEPT_SHORT_NAMES.has(key)) return undefined;
  return Object.hasOwn(KUBECTL_SHORT_NAMES, key) ? KUBECTL_SHORT_NAMES[key] : Object.hasOwn(SHORTHAND, key) ? SHORTHAND[key] : undefined;
}

/**
 * Reader words → the site's words. Readers say 水平扩容 and 回退版本; the answers say HPA and
 * 回滚. Applied to the Chinese of a query, longest phrase first, so a row may be part of another.
 */
export const READER_PHRASES: readonly (readonly [string, string])[] = [
  ['水平扩容', 'HPA'],
  ['水平伸缩', 'HPA'],
  ['水平扩展', 'HPA'],
  ['横向扩容', 'HPA'],
  ['横向扩展', 'HPA'],
  ['横向伸缩', 'HPA'],
  ['弹性伸缩', '自动扩缩容'],
  ['自动伸缩', '自动扩缩容'],
  ['自动扩容', '自动扩缩容'],
  ['垂直扩容', 'VPA'],
  ['纵向扩容', 'VPA'],
  ['垂直伸缩', 'VPA'],
  ['节点自动扩容', 'Cluster Autoscaler'],
  ['回退版本', '回滚'],
  ['版本回退', '回滚'],
  ['回滚版本', '回滚'],
  ['回退', '回滚'],
  ['灰度发布', '金丝雀发布'],
  ['滚动升级', '滚动更新'],
  ['热加载', '热更新'],
  ['热重载', '热更新'],
  ['故障自愈', '自愈'],
  ['自我修复', '自愈'],
  ['健康检查', '探针'],
  ['健康检测', '探针'],
  ['计划任务', 'CronJob'],
  ['定时任务', 'CronJob'],
  ['一次性任务', 'Job'],
  ['守护进程', 'DaemonSet'],
  ['有状态应用', 'StatefulSet'],
  ['有状态服务', 'StatefulSet'],
  ['无状态应用', 'Deployment'],
  ['有状态', 'StatefulSet'],
  ['无状态', 'Deployment'],
  ['名字空间', '命名空间'],
  ['名称空间', '命名空间'],
  ['持久卷声明', 'PVC'],
  ['存储卷声明', 'PVC'],
  ['配置映射', 'ConfigMap'],
  ['配置字典', 'ConfigMap'],
  ['敏感信息', 'Secret'],
  ['优雅关闭', '优雅终止'],
  ['优雅停机', '优雅终止'],
  ['优雅退出', '优雅终止'],
  ['平滑下线', '优雅终止'],
  ['权限控制', 'RBAC'],
  ['权限管理', 'RBAC'],
  ['网络插件', 'CNI'],
  ['存储插件', 'CSI'],
  ['主节点', '控制平面'],
  ['日志收集', '日志采集'],
  ['排错', '排查'],
  ['拉取镜像', '镜像拉取'],
  ['下载镜像', '镜像拉取'],
  ['入口控制器', 'Ingress 控制器'],
  ['滚动发布', '滚动更新'],
  ['滚动部署', '滚动更新'],
  ['资源限额', '资源配额'],
  ['七层负载均衡', 'Ingress'],
  ['镜像策略', '镜像拉取策略'],
  ['金丝雀部署', '金丝雀发布'],
  ['灰度部署', '金丝雀发布'],
  ['灰度上线', '金丝雀发布'],
  ['无损发布', '零停机'],
  ['平滑发布', '零停机'],
  ['排空节点', '腾空节点'],
  ['驱空节点', '腾空节点'],
  ['封锁节点', 'cordon'],
  ['服务账户', 'ServiceAccount'],
  ['保密字典', 'Secret'],
  ['存活检查', '存活探针'],
  ['就绪检查', '就绪探针'],
  ['探活', '探针'],
  ['内存溢出', 'OOM'],
  ['磁盘满', '磁盘压力'],
  ['域名解析', 'DNS'],
  ['外网访问', '外部访问'],
  ['固定节点', '指定节点'],
  ['亲和力', '亲和性'],
  // Conditions as readers spell them out in English.
  ['not ready', 'NotReady'],
  // Colloquial words for things the answers name plainly.
  ['同一个', '同一'],
  ['同一台', '同一'],
  // Keeping Pods off a node is what the NoSchedule taint is for (its name says just that).
  ['别调度', 'NoSchedule'],
  ['不要调度', 'NoSchedule'],
  ['不让调度', 'NoSchedule'],
  ['机器', '节点'],
  ['服务器', '节点'],
  ['挂掉', '崩溃'],
  ['挂了', '崩溃'],
  ['崩了', '崩溃'],
  ['数据没了', '数据丢失'],
  ['数据丢了', '数据丢失'],
  ['多开几个', '扩容'],
  ['多起几个', '扩容'],
  // 删 alone is dropped as a loose verb (see LOOSE_CHARACTERS); 删了 and 删掉 mean 删除.
  ['删了', '删除'],
  ['删掉', '删除'],
  ['还能用', '可用'],
  // How services find each other is what the answers call service discovery.
  ['互相找到', '服务发现'],
  ['互相发现', '服务发现'],
  ['跑不起来', '起不来'],
  ['调度不上', '调度失败'],
  ['发版', '发布'],
  ['超分', '超卖'],
  ['登录容器', '进入容器'],
  ['日志查看', '查看日志'],
  ['节点隔离', 'cordon'],
  // The public network, in readers' English and Chinese; the answers say 外部 (集群外部访问).
  ['internet', '外部'],
  ['互联网', '外部'],
  // Names of concepts as other translations and blog posts spell them; the handbook keeps one
  // (content/README.md lists the ones it does not write).
  ['容器组', 'Pod'],
  ['伴生容器', '边车容器'],
  ['挎斗容器', '边车容器'],
  ['短暂容器', '临时容器'],
  ['基础容器', 'pause 容器'],
  ['根容器', 'pause 容器'],
  ['持久化卷', '持久卷'],
  ['持久化卷声明', 'PVC'],
  ['存储声明', 'PVC'],
  ['卷声明', 'PVC'],
  ['存储类别', '存储类'],
  ['动态供给', '动态制备'],
  ['投影卷', '投射卷'],
  ['宿主机目录', 'hostPath'],
  ['活性探针', '存活探针'],
  ['存活性探针', '存活探针'],
  ['就绪性探针', '就绪探针'],
  ['准备探针', '就绪探针'],
  ['就绪检测', '就绪探针'],
  ['启动检查', '启动探针'],
  ['健康探测', '探针'],
  ['强占', '抢占'],
  ['逐出', '驱逐'],
  ['反亲和力', '反亲和性'],
  ['拓扑扩展约束', '拓扑分布约束'],
  ['节点选择器', 'nodeSelector'],
  ['独占节点', '专用节点'],
  ['功能开关', '特性门控'],
  ['特性开关', '特性门控'],
  ['主控节点', '控制平面'],
  ['控制面', '控制平面'],
  // The web console, kept apart from 控制面 above.
  ['控制面板', 'Dashboard'],
  ['服务帐号', 'ServiceAccount'],
  ['服务帐户', 'ServiceAccount'],
  ['集群角色绑定', 'ClusterRoleBinding'],
  ['集群角色', 'ClusterRole'],
  ['角色绑定', 'RoleBinding'],
  ['权限分配', 'RBAC'],
  ['身份验证', '认证'],
  // Who did what in the cluster is what the audit log records.
  ['操作日志', '审计日志'],
  ['包管理工具', '包管理器'],
  ['集群IP', 'ClusterIP'],
  ['网络方案', 'CNI'],
  ['容器网络接口', 'CNI'],
  ['服务域名', 'DNS'],
  ['服务暴露', '暴露'],
  ['对外访问', '外部访问'],
  ['外网', '外部'],
  ['7层负载均衡', 'Ingress'],
  ['会话粘滞', '会话保持'],
  ['粘性会话', '会话保持'],
  ['会话亲和性', '会话保持'],
  ['会话亲和', '会话保持'],
  // A central place for application settings is, in Kubernetes, a ConfigMap.
  ['配置中心', 'ConfigMap'],
  ['证书到期', '证书过期'],
  ['证书续期', '续期'],
  ['集群版本升级', '集群升级'],
  ['报警', '告警'],
  ['收集日志', '日志采集'],
  ['采集日志', '日志采集'],
  // Scaling as readers say it: more or fewer replicas, by hand or automatically, in or across Pods.
  ['扩容缩容', '扩缩容'],
  ['缩容扩容', '扩缩容'],
  ['自动缩容', '自动扩缩容'],
  ['弹性扩容', '自动扩缩容'],
  ['弹性扩缩容', '自动扩缩容'],
  ['横向扩缩容', 'HPA'],
  ['水平自动扩容', 'HPA'],
  ['横向自动扩容', 'HPA'],
  ['垂直扩展', 'VPA'],
  ['纵向扩展', 'VPA'],
  ['纵向伸缩', 'VPA'],
  ['垂直扩缩容', 'VPA'],
  ['节点自动伸缩', 'Cluster Autoscaler'],
  ['集群弹性伸缩', 'Cluster Autoscaler'],
  ['扩副本', '扩容'],
  ['加副本', '扩容'],
  ['增加副本', '扩容'],
  ['减副本', '缩容'],
  ['减少副本', '缩容'],
  // Symptoms in readers' words, rewritten to the status the answers name.
  ['启动不起来', '起不来'],
  ['运行不起来', '起不来'],
  // 起来 on its own is a verb's complement (监控起来, 用起来, see SOFT_WORDS); 没起来 is the symptom.
  ['没起来', '起不来'],
  ['没跑起来', '起不来'],
  ['重启循环', 'CrashLoopBackOff'],
  ['循环重启', 'CrashLoopBackOff'],
  ['无限重启', 'CrashLoopBackOff'],
  ['不停重启', 'CrashLoopBackOff'],
  ['镜像拉取失败', 'ImagePullBackOff'],
  ['拉取镜像失败', 'ImagePullBackOff'],
  ['镜像下载', '镜像拉取'],
  // Whatever will not go away (a Pod, a namespace, a PVC) is stuck Terminating.
  ['删不了', 'Terminating'],
  ['删除不了', 'Terminating'],
  ['节点掉线', 'NotReady'],
  ['节点离线', 'NotReady'],
  ['节点不可用', 'NotReady'],
  ['停止调度', 'cordon'],
  ['内存爆了', 'OOM'],
  ['内存超了', 'OOM'],
  ['进到容器', '进入容器'],
  ['登陆容器', '进入容器'],
  ['打散', '分散'],
  // English terms for what the answers name in Chinese.
  ['self-healing', '自愈'],
  ['self healing', '自愈'],
  ['scale out', '扩容'],
  ['scale down', '缩容'],
  ['rolling upgrade', '滚动更新'],
  ['rolling deployment', '滚动更新'],
  ['service discovery', '服务发现'],
  ['load balancing', '负载均衡'],
  ['out of memory', 'OOM'],
  ['log collection', '日志采集'],
  ['log aggregation', '日志采集'],
  ['multi-tenancy', '多租户'],
  ['multi-tenant', '多租户'],
  ['multi tenant', '多租户'],
  ['high availability', '高可用'],
  ['least privilege', '最小权限'],
  ['resource quota', '资源配额'],
  ['persistent storage', '持久化存储'],
  // Other names for things the answers name one way: credentials (凭证 / 凭据), a controller's
  // reconcile loop (调和 / 协调循环 / 调谐), cloud consoles' 云硬盘 for a cloud disk, a host port.
  ['凭证', '凭据'],
  ['调和', '调谐'],
  ['协调循环', '调谐循环'],
  ['云硬盘', '云盘'],
  ['本地硬盘', '本地磁盘'],
  ['主机端口', 'hostPort'],
  // Ops words: taking a node out of scheduling is cordon; a lossless shutdown is graceful termination.
  ['隔离调度', 'cordon'],
  ['无损下线', '优雅终止'],
  // The tool as most people type it.
  ['argocd', 'Argo CD'],
  // English words readers use that no answer does, to the Chinese the answers use for them.
  ['communication', '通信'],
  ['communicate', '通信'],
  ['downtime', '停机'],
  ['maintenance', '维护'],
  ['crashing', '崩溃'],
  ['crashes', '崩溃'],
  ['crashed', '崩溃'],
  ['troubleshoot', '排查'],
  ['periodically', '定时'],
  ['periodic', '定时'],
  ['practices', '实践'],
  ['stateless', '无状态'],
  ['encrypt', '加密'],
  ['expiry', '过期'],
  ['expire', '过期'],
  ['alerting', '告警'],
  ['isolation', '隔离'],
  ['isolate', '隔离'],
  ['multitenancy', '多租户'],
  ['permissions', '权限'],
  ['permission', '权限'],
  ['debugging', 'debug'],
  ['disaster recovery', '灾难恢复'],
  ['availability', '可用性'],
  ['failover', '故障转移'],
  ['outage', '故障'],
  ['migration', '迁移'],
  ['compatibility', '兼容'],
  ['compatible', '兼容'],
  ['deprecation', '弃用'],
  ['mounted', '挂载'],
  ['resolution', '解析'],
  ['discover', '发现'],
  ['secure', '安全'],
  ['across nodes', '跨节点'],
  ['cross-node', '跨节点'],
  ['cross node', '跨节点'],
];

const LATIN = /[A-Za-z0-9]/;

interface PhrasePattern {
  pattern: RegExp;
  to: Map<string, string>;
}

/** Each table's pattern, built once: a query is planned on every keystroke, and the table has hundreds of rows. */
const patterns = new WeakMap<readonly (readonly [string, string])[], PhrasePattern>();

/** A pattern matching any of the phrases, longest first, case aside (“Not Ready” as “not ready”). */
function phrasePattern(phrases: readonly (readonly [string, string])[]): PhrasePattern {
  let built = patterns.get(phrases);
  if (!built) {
    const ordered = [...phrases].sort((a, b) => b[0].length - a[0].length);
    // A Latin end only matches at a word boundary: “secure” is not in “insecure”.
    const source = (from: string) => `${LATIN.test(from[0]!) ? '(?<![A-Za-z0-9])' : ''}${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${LATIN.test(from.at(-1)!) ? '(?![A-Za-z0-9])' : ''}`;
    const pattern = new RegExp(ordered.map(([from]) => source(from)).join('|'), 'gi');
    built = { pattern, to: new Map(ordered.map(([from, site]) => [from.toLowerCase(), site])) };
    patterns.set(phrases, built);
  }
  return built;
}

/** Rewrites the reader phrases in `text` to the site's words, longest phrase first. */
export function rewriteReaderPhrases(text: string, phrases: readonly (readonly [string, string])[] = READER_PHRASES): string {
  const { pattern, to } = phrasePattern(phrases);
  return text.replace(pattern, (from) => ` ${to.get(from.toLowerCase())} `);
}

/**
 * The reader phrases `text` holds, as typed. Rewritten, they are gone from what is searched, but a
 * question whose aliases use the reader's own word (七层负载均衡 for Ingress) should still be lifted.
 */
export function readerPhrasesIn(text: string, phrases: readonly (readonly [string, string])[] = READER_PHRASES): string[] {
  const { pattern, to } = phrasePattern(phrases);
  // A colloquial spelling of the site's own word (同一个 → 同一) is that word already.
  const other = (from: string) => !from.toLowerCase().includes(to.get(from.toLowerCase())!.toLowerCase());
  return [...new Set((text.match(pattern) ?? []).filter(other))];
}

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
