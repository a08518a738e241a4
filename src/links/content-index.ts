/**
 * What exists on the site, read from content/ file names alone: topics and question ids. Link and
 * related-id checks use it, so they work before any build and don't depend on frontmatter being valid.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface ContentIndex {
  topics: Set<string>;
  /** Question id → the topic folder it lives in (the first file wins when an id is duplicated). */
  questions: Map<string, string>;
}

const stem = (name: string) => name.replace(/\.mdx?$/, '');

export function readContentIndex(root: string): ContentIndex {
  const topicsDir = path.join(root, 'content/topics');
  const questionsDir = path.join(root, 'content/questions');
  const topics = new Set(existsSync(topicsDir) ? readdirSync(topicsDir).filter((f) => /\.mdx?$/.test(f)).map(stem) : []);
  const questions = new Map<string, string>();
  if (existsSync(questionsDir)) {
    for (const topic of readdirSync(questionsDir, { withFileTypes: true })) {
      if (!topic.isDirectory()) continue;
      for (const file of readdirSync(path.join(questionsDir, topic.name))) {
        if (/\.mdx?$/.test(file) && !questions.has(stem(file))) questions.set(stem(file), topic.name);
      }
    }
  }
  return { topics, questions };
}
