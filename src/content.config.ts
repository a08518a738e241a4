import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { existsSync, readFileSync } from 'node:fs';
import { questionIdFor, topicSlugFor } from './handbook/rules.ts';
import { checkFrontmatter, questionFields, topicFields } from './handbook/frontmatter.ts';

// Ids are claimed while the loader walks the files, so a duplicate fails the build naming both files.
const claimedIds = new Map<string, string>();
const topicExists = (slug: string) => existsSync(`content/topics/${slug}.mdx`);

/** Checks a file's frontmatter with line numbers before Astro's own check, which names no line. */
function checked(dir: string, entry: string, data: Record<string, unknown>, schema: z.ZodType) {
  const file = `content/${dir}/${entry}`;
  checkFrontmatter(file, readFileSync(file, 'utf8'), data, schema);
}

const topics = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: './content/topics',
    generateId: ({ entry, data }) => {
      const slug = topicSlugFor(entry);
      checked('topics', entry, data, topicFields);
      return slug;
    },
  }),
  schema: topicFields,
});

const questions = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: './content/questions',
    generateId: ({ entry, data }) => {
      const id = questionIdFor(entry, topicExists, claimedIds);
      checked('questions', entry, data, questionFields);
      return id;
    },
  }),
  schema: questionFields.extend({ related: z.array(reference('questions')).default([]) }),
});

export const collections = { topics, questions };
