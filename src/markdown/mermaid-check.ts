/**
 * A strict reader for the Mermaid this handbook draws with: flowcharts, state diagrams and
 * sequence diagrams. The renderer (beautiful-mermaid) skips any line it cannot read and draws the
 * rest, so a typo would quietly drop an arrow or invent a box. This reader accepts only the
 * statements the renderer draws, and names the line of anything else.
 *
 * Colours are left out on purpose: they come from the site's theme, so `style`, `classDef`,
 * `linkStyle`, `:::class`, `rect` blocks and `%%{init}%%` directives are refused.
 */

export interface DiagramIssue {
  /** 1-based line within the diagram source. */
  line: number;
  message: string;
  hint?: string;
}

interface Line { n: number; text: string }

const KINDS = '`flowchart TD` (or LR, TB, BT, RL), `stateDiagram-v2` or `sequenceDiagram`';
const COLOURS = 'colours come from the site theme, so diagrams carry no style of their own';

/** Every issue in a Mermaid source; an empty list means the renderer will draw all of it. */
export function checkMermaid(source: string): DiagramIssue[] {
  const lines: Line[] = [];
  const issues: DiagramIssue[] = [];
  source.split('\n').forEach((raw, i) => {
    const text = raw.trim();
    if (text.startsWith('%%{')) issues.push({ line: i + 1, message: 'Mermaid directives (%%{…}%%) are not used here', hint: COLOURS });
    else if (text && !text.startsWith('%%')) lines.push({ n: i + 1, text });
  });
  const [head, ...body] = lines;
  if (!head) return [{ line: 1, message: 'the diagram is empty', hint: `start with ${KINDS}` }];
  if (/^(graph|flowchart)\s+(TD|TB|LR|BT|RL)$/i.test(head.text)) issues.push(...checkFlowchart(body));
  else if (/^stateDiagram-v2$/.test(head.text)) issues.push(...checkState(body));
  else if (/^sequenceDiagram$/.test(head.text)) issues.push(...checkSequence(body));
  else issues.push({ line: head.n, message: `unknown diagram type "${head.text}"`, hint: `start with ${KINDS}` });
  return issues.sort((a, b) => a.line - b.line);
}

/** A line that styles the diagram, in any of the three kinds. */
function styling(text: string): boolean {
  return /^(style|classDef|class|linkStyle)\s/.test(text) || /:::/.test(text);
}

function unreadable(line: Line, rest: string, hint?: string): DiagramIssue {
  const what = rest === line.text ? `cannot read "${line.text}"` : `cannot read "${rest}" in "${line.text}"`;
  return { line: line.n, message: what, ...(hint ? { hint } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Flowcharts: the node shapes and arrows the renderer knows, in its order of trying them.

const SHAPES = [
  /^([\w-]+)\(\(\((.+?)\)\)\)/, /^([\w-]+)\(\[(.+?)\]\)/, /^([\w-]+)\(\((.+?)\)\)/, /^([\w-]+)\[\[(.+?)\]\]/,
  /^([\w-]+)\[\((.+?)\)\]/, /^([\w-]+)\[\/(.+?)\\\]/, /^([\w-]+)\[\\(.+?)\/\]/, /^([\w-]+)>(.+?)\]/,
  /^([\w-]+)\{\{(.+?)\}\}/, /^([\w-]+)\[(.+?)\]/, /^([\w-]+)\((.+?)\)/, /^([\w-]+)\{(.+?)\}/,
];
const ARROW = /^<?(?:-->|-\.->|==>|---|-\.-|===)(?:\|([^|]*)\|)?/;
const TEXT_ARROW = /^<?(?:--|-\.|==)\s+(.+?)\s+(?:-->|---|\.->|-\.-|==>|===)/;

interface Node { id: string; labelled: boolean; rest: string; label?: string }

function readNode(text: string): Node | undefined {
  for (const shape of SHAPES) {
    const m = shape.exec(text);
    if (m) return { id: m[1]!, labelled: true, rest: text.slice(m[0].length).trim(), label: m[2]! };
  }
  // Greedy like the renderer: `A-->B` reads as a node "A--", so bare ids need a space before an arrow.
  const bare = /^([\w-]+)/.exec(text);
  return bare ? { id: bare[1]!, labelled: false, rest: text.slice(bare[0].length).trim() } : undefined;
}

/** Reads `A & B[label]`, returning the nodes and what follows, or the text it stopped at. */
function readGroup(text: string): { nodes: Node[]; rest: string } | { stuck: string } {
  const nodes: Node[] = [];
  let rest = text;
  for (;;) {
    const node = readNode(rest);
    if (!node) return { stuck: rest };
    nodes.push(node);
    rest = node.rest;
    if (!rest.startsWith('&')) return { nodes, rest };
    rest = rest.slice(1).trim();
  }
}

function checkFlowchart(lines: Line[]): DiagramIssue[] {
  const issues: DiagramIssue[] = [];
  const open: Line[] = [];
  const labelled = new Set<string>();
  const used = new Map<string, number>();
  for (const line of lines) {
    const { text } = line;
    if (styling(text)) { issues.push({ line: line.n, message: `"${text.split(/\s/)[0]}" is not used here`, hint: COLOURS }); continue; }
    if (/^direction\s+(TD|TB|LR|BT|RL)$/i.test(text)) {
      if (!open.length) issues.push({ line: line.n, message: '`direction` only works inside a subgraph', hint: 'set the direction in the first line, e.g. `flowchart LR`' });
      continue;
    }
    if (text.startsWith('subgraph')) {
      const m = /^subgraph\s+([\w-]+)(?:\s*\[(.+)\])?$/.exec(text);
      if (!m) issues.push({ line: line.n, message: `cannot read "${text}"`, hint: 'write `subgraph id [标题]` with an ASCII id' });
      else labelled.add(m[1]!);
      open.push(line);
      continue;
    }
    if (text === 'end') {
      if (!open.pop()) issues.push({ line: line.n, message: '`end` closes no subgraph' });
      continue;
    }
    const first = readGroup(text);
    if ('stuck' in first) { issues.push(unreadable(line, first.stuck)); continue; }
    const nodes = [...first.nodes];
    let rest = first.rest;
    while (rest) {
      const arrow = ARROW.exec(rest) ?? TEXT_ARROW.exec(rest);
      if (!arrow) break;
      rest = rest.slice(arrow[0].length).trim();
      const next = readGroup(rest);
      if ('stuck' in next) { rest = rest || '(nothing)'; break; }
      nodes.push(...next.nodes);
      rest = next.rest;
    }
    if (rest) {
      issues.push(unreadable(line, rest === '(nothing)' ? text : rest, rest === '(nothing)' ? 'an arrow needs a node after it' : 'arrows are -->, ---, -.->, ==> with an optional |label|, with spaces around them after a bare id'));
      continue;
    }
    // A label runs to the first closing bracket, so a missing bracket swallows the rest of the line.
    const swallowed = nodes.find((node) => node.label !== undefined && /-->|---|==>|-\.->|\[/.test(node.label));
    if (swallowed) {
      issues.push({ line: line.n, message: `the label of "${swallowed.id}" runs on to "${swallowed.label}"`, hint: 'a closing bracket is missing, or the label holds a bracket or an arrow of its own' });
      continue;
    }
    for (const node of nodes) {
      if (node.labelled) labelled.add(node.id);
      if (!used.has(node.id)) used.set(node.id, line.n);
    }
  }
  for (const line of open) issues.push({ line: line.n, message: `"${line.text}" is never closed`, hint: 'end it with a line `end`' });
  for (const [id, n] of used) {
    if (!labelled.has(id)) issues.push({ line: n, message: `node "${id}" never gets a label`, hint: `label it once, e.g. ${id}[名称], or fix the id if it is a typo` });
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------
// State diagrams.

const STATE_ID = String.raw`[\w\p{L}-]+`;
const STATE_PATTERNS = [
  /^direction\s+(TD|TB|LR|BT|RL)$/i,
  new RegExp(String.raw`^state\s+"[^"]+"\s+as\s+${STATE_ID}$`, 'u'),
  new RegExp(String.raw`^(\[\*\]|${STATE_ID})\s*-->\s*(\[\*\]|${STATE_ID})(\s*:\s*.+)?$`, 'u'),
  new RegExp(String.raw`^${STATE_ID}\s*:\s*.+$`, 'u'),
];
const COMPOSITE = new RegExp(String.raw`^state\s+(?:"[^"]+"\s+as\s+)?${STATE_ID}\s*\{$`, 'u');

function checkState(lines: Line[]): DiagramIssue[] {
  const issues: DiagramIssue[] = [];
  const open: Line[] = [];
  for (const line of lines) {
    const { text } = line;
    if (styling(text)) issues.push({ line: line.n, message: `"${text.split(/\s/)[0]}" is not used here`, hint: COLOURS });
    else if (COMPOSITE.test(text)) open.push(line);
    else if (text === '}') { if (!open.pop()) issues.push({ line: line.n, message: '`}` closes no composite state' }); }
    else if (!STATE_PATTERNS.some((p) => p.test(text))) {
      issues.push(unreadable(line, text, 'write `A --> B: 说明`, `[*] --> A`, `state "名称" as A` or `A: 名称`; notes, forks and `--` regions are not drawn'));
    }
  }
  for (const line of open) issues.push({ line: line.n, message: `"${line.text}" is never closed`, hint: 'end it with a line `}`' });
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Sequence diagrams: every participant is declared first, so a misspelt name is caught.

const MESSAGE = /^(\S+?)\s*(-->>|->>|--\)|-\)|--x|-x|-->|->)\s*[+-]?(\S+?)\s*:\s*(.+)$/;
const NOTE = /^Note\s+(?:left of|right of|over)\s+([^:]+):\s*.+$/i;
const BLOCK = /^(loop|alt|opt|par|critical|break)(\s.*)?$/;

function checkSequence(lines: Line[]): DiagramIssue[] {
  const issues: DiagramIssue[] = [];
  const actors = new Set<string>();
  const open: { line: Line; kind: string }[] = [];
  let messages = 0;
  const oneLine = (line: Line, label: string) => {
    if (/<br\s*\/?>|\\n/i.test(label)) issues.push({ line: line.n, message: 'labels in sequence diagrams must be one line', hint: 'their boxes are sized for one line; shorten the label or split it' });
  };
  const known = (line: Line, id: string) => {
    if (!actors.has(id)) issues.push({ line: line.n, message: `participant "${id}" is not declared`, hint: `declare it first: participant ${id} as 名称, or fix the name` });
  };
  for (const line of lines) {
    const { text } = line;
    const actor = /^(participant|actor)\s+(\S+?)(?:\s+as\s+(.+))?$/.exec(text);
    if (actor) { actors.add(actor[2]!); continue; }
    const message = MESSAGE.exec(text);
    if (message) { known(line, message[1]!); known(line, message[3]!); oneLine(line, message[4]!); messages++; continue; }
    const note = NOTE.exec(text);
    if (note) {
      for (const id of note[1]!.split(',')) known(line, id.trim());
      oneLine(line, text);
      if (!messages) issues.push({ line: line.n, message: 'a note before the first message is not drawn', hint: 'move it below a message, or say it in the caption' });
      continue;
    }
    const block = BLOCK.exec(text);
    if (block) { open.push({ line, kind: block[1]! }); continue; }
    const divider = /^(else|and)(\s.*)?$/.exec(text);
    if (divider) {
      const wants = divider[1] === 'else' ? 'alt' : 'par';
      if (open.at(-1)?.kind !== wants) issues.push({ line: line.n, message: `\`${divider[1]}\` belongs inside \`${wants}\`` });
      continue;
    }
    if (text === 'end') { if (!open.pop()) issues.push({ line: line.n, message: '`end` closes no block' }); continue; }
    if (/^rect\b/.test(text) || styling(text)) { issues.push({ line: line.n, message: `"${text.split(/\s/)[0]}" is not used here`, hint: COLOURS }); continue; }
    issues.push(unreadable(line, text, 'a message is `A->>B: 说明` (->>, -->>, ->, -->, -), --), -x, --x); activate, autonumber, title and box are not drawn'));
  }
  for (const { line } of open) issues.push({ line: line.n, message: `"${line.text}" is never closed`, hint: 'end it with a line `end`' });
  return issues;
}
