// The strict reader in front of beautiful-mermaid: every statement the renderer would skip or
// misdraw is reported at its line, and the diagrams the handbook uses pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMermaid } from '../../src/markdown/mermaid-check.ts';

const lines = (...l: string[]) => l.join('\n');
const at = (source: string) => checkMermaid(source).map((i) => `${i.line}: ${i.message}`);

test('flowcharts, state diagrams and sequence diagrams in the handbook style pass', () => {
  assert.deepEqual(at(lines(
    'flowchart TB',
    '  %% a comment',
    '  client[kubectl] -->|HTTPS| api[kube-apiserver]',
    '  subgraph cp [控制平面]',
    '    direction LR',
    '    api <-->|只有它读写| etcd[(etcd)]',
    '    sched[kube-scheduler] -.-> api',
    '  end',
    '  a[甲] & b(乙) --> c{丙}',
    '  c -- 文本标签 --> a',
    '  cp --> a',
  )), []);
  assert.deepEqual(at(lines(
    'stateDiagram-v2',
    '  [*] --> Pending: API 服务器接受',
    '  state "运行中" as Running',
    '  Pending --> Running',
    '  state Done {',
    '    [*] --> Ok',
    '  }',
    '  Running --> [*]',
    '  Ok: 成功',
  )), []);
  assert.deepEqual(at(lines(
    'sequenceDiagram',
    '  participant U as kubectl',
    '  actor A as 管理员',
    '  U->>A: 提交',
    '  Note over U,A: 一行说明',
    '  alt 成功',
    '    A-->>U: 201 Created',
    '  else 失败',
    '    A--xU: 403',
    '  end',
    '  loop 每 10 秒',
    '    U-)A: 探测',
    '  end',
  )), []);
});

test('an unknown or missing header names line 1', () => {
  assert.deepEqual(at('flowchat TD\n  a[A] --> b[B]'), ['1: unknown diagram type "flowchat TD"']);
  assert.deepEqual(at('\n\n'), ['1: the diagram is empty']);
  assert.deepEqual(at('classDiagram\n  A <|-- B'), ['1: unknown diagram type "classDiagram"']);
});

test('flowchart lines the renderer would drop or misread are reported at their line', () => {
  assert.deepEqual(at(lines('flowchart TD', '  a[A] --> b[B]', '  a -> b')), ['3: cannot read "-> b" in "a -> b"']);
  assert.deepEqual(at(lines('flowchart TD', '  a[A] --> b[B]', '  a -->')), ['3: cannot read "a -->"']);
  assert.deepEqual(at(lines('flowchart TD', '  a[A]-->b[B]', '  a-->b')), ['3: cannot read ">b" in "a-->b"']);
  assert.deepEqual(at(lines('flowchart TD', '  a[开始 --> b[B]')), ['2: the label of "a" runs on to "开始 --> b[B"']);
  assert.deepEqual(at(lines('flowchart TD', '  a[A] --> b[B];')), ['2: cannot read ";" in "a[A] --> b[B];"']);
  assert.deepEqual(at(lines('flowchart TD', '  a[A] --> b[B]', '  this is not a statement')), ['3: cannot read "is not a statement" in "this is not a statement"']);
});

test('a misspelt node id is caught because it never gets a label', () => {
  assert.deepEqual(at(lines('flowchart TD', '  api[kube-apiserver] --> etcd[(etcd)]', '  sched[调度器] --> apiserevr')), ['3: node "apiserevr" never gets a label']);
});

test('subgraphs need an ASCII id, and every subgraph is closed exactly once', () => {
  assert.deepEqual(at(lines('flowchart TD', '  subgraph 控制平面', '    a[A]', '  end')), ['2: cannot read "subgraph 控制平面"']);
  assert.deepEqual(at(lines('flowchart TD', '  subgraph cp [控制平面]', '    a[A]')), ['2: "subgraph cp [控制平面]" is never closed']);
  assert.deepEqual(at(lines('flowchart TD', '  a[A]', '  end')), ['3: `end` closes no subgraph']);
  assert.deepEqual(at(lines('flowchart TD', '  direction LR', '  a[A]')), ['2: `direction` only works inside a subgraph']);
});

test('colours of its own are refused in every kind, with the reason', () => {
  const flow = checkMermaid(lines('flowchart TD', '  a[A] --> b[B]', '  style a fill:#f00', '  classDef hot fill:#f00', '  linkStyle 0 stroke:#f00', '  b:::hot'));
  assert.deepEqual(flow.map((i) => i.line), [3, 4, 5, 6]);
  assert.match(flow[0]!.hint!, /colours come from the site theme/);
  assert.deepEqual(at(lines('sequenceDiagram', '  participant A as 甲', '  rect rgb(200, 0, 0)', '  end')), ['3: "rect" is not used here', '4: `end` closes no block']);
  assert.deepEqual(at(lines('%%{init: {"theme": "dark"}}%%', 'flowchart TD', '  a[A]')), ['1: Mermaid directives (%%{…}%%) are not used here']);
  assert.deepEqual(at(lines('stateDiagram-v2', '  [*] --> A', '  classDef hot fill:#f00')), ['3: "classDef" is not used here']);
});

test('state diagram statements the renderer skips are reported', () => {
  assert.deepEqual(at(lines('stateDiagram-v2', '  [*] --> A', '  note right of A: 说明', '  A -> B')), [
    '3: cannot read "note right of A: 说明"',
    '4: cannot read "A -> B"',
  ]);
  assert.deepEqual(at(lines('stateDiagram-v2', '  state Outer {', '    [*] --> A')), ['2: "state Outer {" is never closed']);
  assert.deepEqual(at(lines('stateDiagram-v2', '  [*] --> A', '  }')), ['3: `}` closes no composite state']);
});

test('sequence diagrams: undeclared participants, notes the renderer drops or squeezes, stray dividers', () => {
  assert.deepEqual(at(lines('sequenceDiagram', '  participant A as 甲', '  A->>B: 你好')), ['3: participant "B" is not declared']);
  assert.deepEqual(at(lines('sequenceDiagram', '  participant A as 甲', '  Note over A: 太早了', '  A->>A: 自己')), ['3: a note before the first message is not drawn']);
  assert.deepEqual(at(lines('sequenceDiagram', '  participant A as 甲', '  A->>A: 自己', '  Note over A: 第一行<br>第二行')), ['4: labels in sequence diagrams must be one line']);
  assert.deepEqual(at(lines('sequenceDiagram', '  participant A as 甲', '  A->>A: 一<br>二')), ['3: labels in sequence diagrams must be one line']);
  assert.deepEqual(at(lines('sequenceDiagram', '  participant A as 甲', '  loop 重试', '    A->>A: 自己', '  else 不对')), ['5: `else` belongs inside `alt`', '3: "loop 重试" is never closed'].sort());
  assert.deepEqual(at(lines('sequenceDiagram', '  participant A as 甲', '  A->>A: 自己', '  activate A', '  autonumber')), [
    '4: cannot read "activate A"',
    '5: cannot read "autonumber"',
  ]);
  assert.deepEqual(at(lines('sequenceDiagram', '  participant A as 甲', '  A->>A 没有冒号')), ['3: cannot read "A->>A 没有冒号"']);
});
