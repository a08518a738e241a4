/**
 * Reads a content file's frontmatter with real parsers: Astro's own `parseFrontmatter` (the same
 * split the build uses, CRLF included) and `yaml`'s document model for the line of every key and
 * list item, so errors point at the line to fix.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

export interface FrontmatterSource {
  data: Record<string, unknown>;
  /** Line of each top-level key. */
  keyLines: Map<string, number>;
  /** Line of each item of each top-level list, e.g. `related` → [5, 6]. */
  itemLines: Map<string, number[]>;
  /** Line of the closing `---`, where a missing field would go. */
  endLine: number;
  /** The body with the frontmatter blanked to empty lines, so body line numbers are file line numbers. */
  body: string;
  /** A YAML syntax error in the frontmatter, with its file line. */
  syntaxError?: { line: number; message: string };
}

export function readFrontmatter(source: string): FrontmatterSource {
  const keyLines = new Map<string, number>();
  const itemLines = new Map<string, number[]>();
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
  } catch (err) {
    const mark = (err as { mark?: { line?: number } }).mark;
    return { data: {}, keyLines, itemLines, endLine: 1, body: '', syntaxError: { line: (mark?.line ?? 0) + 1, message: String((err as Error).message).split('\n')[0]! } };
  }
  const raw = parsed.rawFrontmatter;
  // The raw text starts right after the opening `---`, newline included, so its lines are file lines.
  const counter = new LineCounter();
  const doc = parseDocument(raw, { lineCounter: counter });
  const lineOf = (pos: number) => counter.linePos(pos).line;
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const key = String(pair.key.value);
      keyLines.set(key, lineOf(pair.key.range[0]));
      if (isSeq(pair.value)) {
        itemLines.set(key, pair.value.items.map((item) => lineOf((item as unknown as { range?: [number] }).range?.[0] ?? pair.key!.range![0])));
      }
    }
  }
  const endLine = raw ? raw.split(/\r?\n/).length : 1;
  return { data: parsed.frontmatter as Record<string, unknown>, keyLines, itemLines, endLine, body: parsed.content };
}
