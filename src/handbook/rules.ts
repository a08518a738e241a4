/** Rules a question's file path must follow; kept pure so they can be unit-tested without Astro. */
import { closest } from '../k8s/suggest.ts';
import { ContentError, type ContentProblem } from './problems.ts';

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
 * Throws a ContentError naming the file (and, for a duplicate, both files).
 */
export function questionIdFor(entry: string, topicExists: (slug: string) => boolean, seen: Map<string, string>, topics: Iterable<string> = []): string {
  const file = `content/questions/${entry}`;
  const { topic, id } = splitQuestionPath(entry);
  if (!isKebabId(id)) {
    throw new ContentError('invalid question id', [{ file, line: 1, message: `question id "${id}" must be ASCII kebab-case (a-z, 0-9 and single hyphens)`, hint: `rename the file, e.g. to ${kebabGuess(id)}.mdx; the file name is the id` }]);
  }
  if (!topicExists(topic)) {
    const guess = closest(topic, topics);
    throw new ContentError('question outside a topic', [{ file, line: 1, message: `folder "${topic}" has no topic${guess ? ` (did you mean "${guess}"?)` : ''}`, hint: guess ? `move the file to content/questions/${guess}/` : `create content/topics/${topic}.mdx or move the question` }]);
  }
  const first = seen.get(id);
  if (first !== undefined && first !== file) {
    throw new ContentError('duplicate question id', [{ file, line: 1, message: `duplicate question id "${id}": ${first} and ${file}`, hint: 'ids are unique across all topics; rename one of the files' }]);
  }
  seen.set(id, file);
  return id;
}

function kebabGuess(id: string): string {
  return id.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'my-question';
}

/** Checks a topic file name and returns its slug, which becomes the URL /<slug>/. */
export function topicSlugFor(entry: string): string {
  const slug = entry.replace(/\.mdx?$/, '');
  if (!isKebabId(slug)) {
    throw new ContentError('invalid topic slug', [{ file: `content/topics/${entry}`, line: 1, message: `topic slug "${slug}" must be ASCII kebab-case; it becomes the URL /${slug}/`, hint: `rename the file, e.g. to ${kebabGuess(slug)}.mdx` }]);
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

export interface RelatedList {
  id: string;
  file: string;
  related: string[];
  /** The file line of each `related` item, in order. */
  lines: number[];
}

/**
 * Lists `related` ids that name no question, or the question itself. `ids` are all question ids,
 * taken from file names, so a question whose frontmatter is broken still counts as existing.
 */
export function relatedProblems(questions: RelatedList[], ids: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const q of questions) {
    q.related.forEach((rel, i) => {
      const line = q.lines[i] ?? 1;
      if (rel === q.id) {
        problems.push({ file: q.file, line, message: `related lists the question itself ("${rel}")`, hint: 'remove this line' });
      } else if (!ids.has(rel)) {
        const guess = closest(rel, ids);
        problems.push({ file: q.file, line, message: `related id "${rel}" names no question${guess ? ` (did you mean "${guess}"?)` : ''}`, hint: guess ? `write \`- ${guess}\`` : 'a related id is the file name of a question under content/questions/' });
      }
    });
  }
  return problems;
}

export interface AliasList {
  file: string;
  aliases: string[];
  /** The file line of each `aliases` item, in order. */
  lines: number[];
}

/** How two aliases are compared: width, case and spacing don't make a different phrasing. */
function aliasKey(alias: string): string {
  return alias.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Lists aliases that another question (or the same one) already has. Search lifts the question
 * whose alias matches the query, so an alias held twice lifts two questions for one phrasing and
 * neither wins; it belongs only to the question that answers it best.
 */
export function sharedAliasProblems(questions: AliasList[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const first = new Map<string, { file: string; line: number }>();
  for (const q of questions) {
    q.aliases.forEach((alias, i) => {
      const line = q.lines[i] ?? 1;
      const key = aliasKey(alias);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, { file: q.file, line });
      } else if (earlier.file === q.file) {
        problems.push({ file: q.file, line, message: `alias "${alias}" repeats the alias on line ${earlier.line}`, hint: 'remove this line' });
      } else {
        problems.push({ file: q.file, line, message: `alias "${alias}" is already an alias of ${earlier.file}:${earlier.line}`, hint: 'keep it only on the question that answers it best' });
      }
    });
  }
  return problems;
}
