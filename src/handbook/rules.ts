/** Rules a question's file path must follow; kept pure so they can be unit-tested without Astro. */

import { DIFFICULTIES } from '../config.ts';

export { DIFFICULTIES };
export type Difficulty = (typeof DIFFICULTIES)[number];

const KEBAB_ASCII = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `id` is ASCII kebab-case, the only form allowed for topic slugs and question ids. */
export function isKebabId(id: string): boolean {
  return KEBAB_ASCII.test(id);
}

/** Splits `<topic>/<id>.mdx` (relative to content/questions) into its topic folder and question id. */
export function splitQuestionPath(entry: string): { topic: string; id: string } {
  const parts = entry.replace(/\\/g, '/').split('/');
  if (parts.length !== 2) {
    throw new Error(`content/questions/${entry}: a question lives at content/questions/<topic>/<id>.mdx, one folder deep`);
  }
  const [topic, file] = parts as [string, string];
  return { topic, id: file.replace(/\.mdx?$/, '') };
}

/**
 * Checks one question file path and returns its id. `topicExists` tells whether a topic file
 * exists for the folder; `seen` maps ids to the file that claimed them first, across all topics.
 */
export function questionIdFor(entry: string, topicExists: (slug: string) => boolean, seen: Map<string, string>): string {
  const file = `content/questions/${entry}`;
  const { topic, id } = splitQuestionPath(entry);
  if (!isKebabId(id)) {
    throw new Error(`${file}: question id "${id}" must be ASCII kebab-case (a-z, 0-9 and single hyphens), e.g. "probe-types"`);
  }
  if (!topicExists(topic)) {
    throw new Error(`${file}: folder "${topic}" has no topic; create content/topics/${topic}.mdx or move the question`);
  }
  const first = seen.get(id);
  if (first !== undefined && first !== file) {
    throw new Error(`duplicate question id "${id}": ${first} and ${file}; ids are unique across all topics`);
  }
  seen.set(id, file);
  return id;
}

/** Checks a topic file name and returns its slug, which becomes the URL /<slug>/. */
export function topicSlugFor(entry: string): string {
  const slug = entry.replace(/\.mdx?$/, '');
  if (!isKebabId(slug)) {
    throw new Error(`content/topics/${entry}: topic slug "${slug}" must be ASCII kebab-case; it becomes the URL /${slug}/`);
  }
  return slug;
}

/** Returns the first pair of entries that share an `order`, or undefined when all orders are unique. */
export function findDuplicateOrder<T extends { order: number; file: string }>(items: T[]): [T, T] | undefined {
  const byOrder = new Map<number, T>();
  for (const item of items) {
    const other = byOrder.get(item.order);
    if (other) return [other, item];
    byOrder.set(item.order, item);
  }
  return undefined;
}

/** The 1-based line of `value` inside the frontmatter of `source`, or 1 when it cannot be found. */
export function frontmatterLine(source: string, value: string): number {
  const lines = source.split('\n');
  const end = lines.indexOf('---', 1);
  const pattern = new RegExp(`(^|[\\s\\[,'"-])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(['",\\]\\s]|$)`);
  for (let i = 1; i < (end === -1 ? lines.length : end); i++) {
    if (pattern.test(lines[i]!)) return i + 1;
  }
  return 1;
}

/** Lists `related` ids that name no question, each as `file:line: message`. */
export function unknownRelated(
  questions: { id: string; file: string; source: string; related: string[] }[],
): string[] {
  const ids = new Set(questions.map((q) => q.id));
  const problems: string[] = [];
  for (const q of questions) {
    for (const rel of q.related) {
      if (rel === q.id) problems.push(`${q.file}:${frontmatterLine(q.source, rel)}: related lists the question itself ("${rel}")`);
      else if (!ids.has(rel)) problems.push(`${q.file}:${frontmatterLine(q.source, rel)}: related id "${rel}" names no question`);
    }
  }
  return problems;
}

/** The 1-based line where top-level `key:` sits in the frontmatter of `source`, or 1 when absent. */
export function frontmatterKeyLine(source: string, key: string): number {
  const lines = source.split('\n');
  const at = lines.findIndex((line, i) => i > 0 && line.startsWith(`${key}:`));
  return at === -1 ? 1 : at + 1;
}
