// Guards facts the handbook once got wrong, so they cannot come back in any question or topic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const labelCommands = 'content/questions/labels/label-commands.mdx';

/** Every .mdx file under content/, as paths relative to the repository root. */
function contentFiles(dir = path.join(root, 'content')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return contentFiles(full);
    return e.name.endsWith('.mdx') ? [path.relative(root, full).split(path.sep).join('/')] : [];
  });
}

/** Sentences of one line: split at Chinese full stops, so a table row or list item stays whole up to its 。 */
const sentences = (line: string): string[] => line.split(/[。！？]/);

/** There is no `disk.csi.aliyun.com`; Alibaba Cloud's disk driver is `diskplugin.csi.alibabacloud.com`. */
const namesMadeUpAliyunDriver = (line: string): boolean => /disk\.csi\.aliyun\.com/i.test(line);

/** KUBE-IPVS-FILTER (and ClusterIPs no longer answering ping in IPVS mode) came with v1.26, not v1.25. */
const datesIpvsFilterTo125 = (line: string): boolean =>
  sentences(line).some((s) =>
    (/KUBE-IPVS-FILTER/i.test(s) || (/ipvs/i.test(s) && /(?<![a-z])ping(?![a-z])/i.test(s)))
    && /(?<![\d.])v?1\.25(?![\d])/.test(s));

/** kubectl label errors only when the key has a different value; the same value prints "not labeled". */
const saysSameValueErrors = (line: string): boolean =>
  /(哪怕|即使|即便|就算)[^。|]*(值相同|相同的值)[^。|]*(报错|失败|错误)/.test(line)
  || /same value[^.|]*(error|fail)/i.test(line);

type Problem = { file: string; line: number; text: string };

/** The lines of `file` that `matches`, as file:line problems. */
function offending(file: string, matches: (line: string) => boolean): Problem[] {
  return readFileSync(path.join(root, file), 'utf8').split('\n').flatMap((text, i) =>
    matches(text) ? [{ file, line: i + 1, text: text.trim().slice(0, 160) }] : []);
}

const report = (problems: Problem[]): string => problems.map((p) => `${p.file}:${p.line}: ${p.text}`).join('\n');

const files = contentFiles();

test('finds the content files', () => {
  assert.ok(files.length > 100, `only ${files.length} .mdx files under content/`);
  assert.ok(files.includes(labelCommands));
});

test('no content names the made-up driver disk.csi.aliyun.com', () => {
  const problems = files.flatMap((f) => offending(f, namesMadeUpAliyunDriver));
  assert.equal(problems.length, 0, `disk.csi.aliyun.com does not exist; use diskplugin.csi.alibabacloud.com:\n${report(problems)}`);
});

test('no content dates KUBE-IPVS-FILTER or the IPVS ping change to v1.25', () => {
  const problems = files.flatMap((f) => offending(f, datesIpvsFilterTo125));
  assert.equal(problems.length, 0, `KUBE-IPVS-FILTER came with v1.26 (kubernetes/kubernetes#108460):\n${report(problems)}`);
});

test('label-commands says relabelling with the same value succeeds with "not labeled"', () => {
  const problems = offending(labelCommands, saysSameValueErrors);
  assert.equal(problems.length, 0, `kubectl label only errors when the value differs:\n${report(problems)}`);
  const text = readFileSync(path.join(root, labelCommands), 'utf8');
  assert.match(text, /not labeled/, `${labelCommands}:1: no line shows kubectl's "not labeled" output for an unchanged label`);
});

// Each matcher must catch the sentence the handbook used to have, and pass the corrected one.
test('the matchers catch the old wrong sentences and pass the corrected ones', () => {
  assert.equal(namesMadeUpAliyunDriver('| `provisioner` | 通常是 CSI 驱动名，如 `ebs.csi.aws.com`、`disk.csi.aliyun.com` | 必填 |'), true);
  assert.equal(namesMadeUpAliyunDriver('阿里云云盘的 `diskplugin.csi.alibabacloud.com`（NAS 是 `nasplugin.csi.alibabacloud.com`）'), false);

  const old = [
    'IPVS 模式下 ClusterIP 绑在 `kube-ipvs0` 上，早期版本的节点会直接回应 ping；v1.25 起 kube-proxy 用 `KUBE-IPVS-FILTER` 规则拒绝发往这些地址的非 Service 端口流量，ping 也就不通了。',
    '为此 v1.25 起 kube-proxy 增加了 `KUBE-IPVS-FILTER` 链，拒绝发往这些地址、却不属于任何 Service 端口的新连接。',
    '| ClusterIP 是否在网卡上 | 不在任何网卡上，ping 通常不通 | 绑在 dummy 网卡 `kube-ipvs0` 上；早期版本 ping 有回应，v1.25 起非 Service 端口的流量（含 ping）会被 iptables 拒绝 |',
  ];
  for (const line of old) assert.equal(datesIpvsFilterTo125(line), true, line);
  for (const line of old) assert.equal(datesIpvsFilterTo125(line.replace('v1.25', 'v1.26')), false, line);
  // Other v1.25 facts in the same line are not caught when they are in another sentence.
  assert.equal(datesIpvsFilterTo125('PodSecurityPolicy 在 v1.25 移除。IPVS 模式下 ping ClusterIP 通常不通。'), false);
  assert.equal(datesIpvsFilterTo125('kube-proxy 的 mapping 在 v1.25 改过'), false);

  assert.equal(saysSameValueErrors('| 添加 | `kubectl label pod label-pod abc=123` | 只要键已存在（哪怕值相同）就会报错 |'), true);
  assert.equal(saysSameValueErrors('| 添加 | `kubectl label pod label-pod abc=123` | 键已存在且值不同时报错；值相同则成功，输出 `pod/label-pod not labeled` |'), false);
});
