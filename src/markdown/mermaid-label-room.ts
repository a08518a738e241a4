/**
 * Makes room in diagram boxes for the fonts readers actually have.
 *
 * beautiful-mermaid sizes every box for Inter. CJK glyphs it already counts at more than their
 * real width, but Latin letters in common fallback fonts run wider than Inter (DejaVu Sans, the
 * default sans-serif on many Linux systems, by about 15%), so a label such as
 * "watch Service 和 EndpointSlice" would spill over its edge-label box. Before layout, each label
 * that sits in a tight box gets zero-width spaces, which the renderer measures as one average
 * letter each and browsers draw as nothing; the caller strips them from the SVG afterwards.
 */
export const ROOM = '\u200b';

/** Room for a label: one measured letter per 6 Latin characters, the ~15% a wide font needs. */
function withRoom(label: string): string {
  const latin = label.match(/[\x21-\x7e]/g)?.length ?? 0;
  return label + ROOM.repeat(Math.ceil(latin / 6));
}

const RULES: Record<string, Array<[RegExp, (...groups: string[]) => string]>> = {
  // Edge labels: `-->|label|` and `-- label -->`. Node boxes have 20px of padding a side and need none.
  flowchart: [
    [/\|([^|]*)\|/g, (_, l) => `|${withRoom(l!)}|`],
    [/(^|\s)(--|-\.|==)\s+(.+?)\s+(-->|---|\.->|-\.-|==>|===)/g, (_, pre, open, l, close) => `${pre}${open} ${withRoom(l!)} ${close}`],
  ],
  // Transition labels.
  state: [[/^(\S.*?-->.*?:\s*)(.+)$/g, (_, head, l) => `${head}${withRoom(l!)}`]],
  // Participant boxes, notes, block headers and message labels.
  sequence: [
    [/^((?:participant|actor)\s+\S+\s+as\s+)(.+)$/g, (_, head, l) => `${head}${withRoom(l!)}`],
    [/^(Note\s+[^:]+:\s*)(.+)$/gi, (_, head, l) => `${head}${withRoom(l!)}`],
    [/^((?:loop|alt|opt|par|critical|break|else|and)\s+)(.+)$/g, (_, head, l) => `${head}${withRoom(l!)}`],
    [/^(\S+?\s*(?:-->>|->>|--\)|-\)|--x|-x|-->|->)\s*[+-]?\S+?\s*:\s*)(.+)$/g, (_, head, l) => `${head}${withRoom(l!)}`],
  ],
};

/** The diagram source with room added to its labels; `source` has passed checkMermaid. */
export function addLabelRoom(source: string): string {
  const lines = source.split('\n');
  const head = lines.find((l) => l.trim() && !l.trim().startsWith('%%'))?.trim() ?? '';
  const kind = /^sequenceDiagram/.test(head) ? 'sequence' : /^stateDiagram/.test(head) ? 'state' : 'flowchart';
  return lines.map((line) => {
    const text = line.trim();
    if (!text || text === head) return line;
    // Only the first rule that matches applies: a line is one statement.
    for (const [pattern, replace] of RULES[kind]!) {
      pattern.lastIndex = 0;
      if (pattern.test(text)) {
        pattern.lastIndex = 0;
        return text.replace(pattern, replace as (...args: string[]) => string);
      }
    }
    return line;
  }).join('\n');
}
