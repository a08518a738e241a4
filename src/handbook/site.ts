import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { findDuplicateOrder, relatedProblems, sharedAliasProblems } from './rules.ts';
import { readFrontmatter } from './frontmatter-source.ts';
import { ContentError, throwIfAny } from './problems.ts';
import { questionAnchorHref, questionPageHref } from './urls.ts';
import { lastCommitDates } from './git-dates.ts';

export { SITE_NAME } from '../config.ts';

export type Topic = CollectionEntry<'topics'>;
export type Question = CollectionEntry<'questions'>;

/** The topic folder a question lives in: the first segment of its file path. */
export function topicOf(question: Question): string {
  const file = question.filePath ?? '';
  return file.replace(/^content\/questions\//, '').split('/')[0] ?? '';
}

/** The on-site address of a question: its topic page with the question's anchor. */
export function questionHref(question: Question): string {
  return questionAnchorHref(topicOf(question), question.id);
}

/** The question's own page: `/q/<id>/`. */
export function permalinkOf(question: Question): string {
  return questionPageHref(question.id);
}

export interface Site {
  /** Topics in learner order. */
  topics: Topic[];
  /** Each topic's questions, in order. */
  byTopic: Map<string, Question[]>;
  byId: Map<string, Question>;
  /** Every question in reading order: topic by topic, each in its order. */
  ordered: Question[];
  /** When a question's file was last committed (`YYYY-MM-DD`), when git history can tell. */
  updated: Map<string, string>;
}

let cache: Promise<Site> | undefined;

/** Loads topics in learner order and questions grouped by topic in their order, checking order clashes once. */
export function loadSite() {
  cache ??= (async () => {
    const topics = (await getCollection('topics')).sort((a, b) => a.data.order - b.data.order);
    const clash = findDuplicateOrder(topics.map((t) => ({ order: t.data.order, file: t.filePath ?? t.id })));
    if (clash) throw new ContentError('duplicate topic order', [{ file: clash[1].file, line: readFrontmatter(readFileSync(clash[1].file, 'utf8')).keyLines.get('order') ?? 1, message: `order ${clash[1].order} is already used by ${clash[0].file}`, hint: 'give each topic its own order' }]);
    const questions = await getCollection('questions');
    const itemLines = new Map(questions.map((q) => [q.id, readFrontmatter(readFileSync(q.filePath ?? '', 'utf8')).itemLines]));
    throwIfAny('unknown related ids', relatedProblems(questions.map((q) => ({
      id: q.id,
      file: q.filePath ?? q.id,
      related: q.data.related.map((r) => r.id),
      lines: itemLines.get(q.id)?.get('related') ?? [],
    })), new Set(questions.map((q) => q.id))));
    // Sorted by file, so the error names the same file as `npm run check:content` does.
    throwIfAny('shared search aliases', sharedAliasProblems(questions
      .map((q) => ({ file: q.filePath ?? q.id, aliases: q.data.aliases, lines: itemLines.get(q.id)?.get('aliases') ?? [] }))
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))));
    const byId = new Map(questions.map((q) => [q.id, q]));
    const byTopic = new Map<string, Question[]>(topics.map((t) => [t.id, []]));
    for (const q of questions) byTopic.get(topicOf(q))?.push(q);
    for (const [slug, list] of byTopic) {
      list.sort((a, b) => a.data.order - b.data.order);
      const dup = findDuplicateOrder(list.map((q) => ({ order: q.data.order, file: q.filePath ?? q.id })));
      if (dup) throw new ContentError('duplicate question order', [{ file: dup[1].file, line: readFrontmatter(readFileSync(dup[1].file, 'utf8')).keyLines.get('order') ?? 1, message: `order ${dup[1].order} is already used in topic "${slug}" by ${dup[0].file}`, hint: 'give each question in a topic its own order' }]);
    }
    const ordered = topics.flatMap((t) => byTopic.get(t.id) ?? []);
    const dates = lastCommitDates(process.cwd());
    const updated = new Map<string, string>();
    for (const q of questions) {
      const day = q.filePath ? dates.get(q.filePath) : undefined;
      if (day) updated.set(q.id, day);
    }
    return { topics, byTopic, byId, ordered, updated };
  })();
  return cache;
}
