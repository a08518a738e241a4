import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { existsSync, readFileSync } from 'node:fs';
import { questionIdFor, topicSlugFor } from './handbook/rules.ts';
import { frontmatterProblems, questionFields, topicFields } from './handbook/frontmatter.ts';
import { readFrontmatter } from './handbook/frontmatter-source.ts';
import { throwIfAny } from './handbook/problems.ts';
import { readContentIndex } from './links/content-index.ts';

// Ids are claimed while the loader walks the files, so a duplicate fails the build naming both files.
const claimedIds = new Map<string, string>();
const topicExists = (slug: string) => existsSync(`content/topics/${slug}.mdx`);

/** Checks a file's frontmatter before Astro's own check, which names neither the line nor a fix. */
function checked(dir: string, entry: string, schema: z.ZodObject<z.ZodRawShape>) {
  const file = `content/${dir}/${entry}`;
  throwIfAny('invalid frontmatter', frontmatterProblems(file, readFrontmatter(readFileSync(file, 'utf8')), schema));
}

const topics = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: './content/topics',
    generateId: ({ entry }) => {
      const slug = topicSlugFor(entry);
      checked('topics', entry, topicFields);
      return slug;
    },
  }),
  schema: topicFields,
});

const questions = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: './content/questions',
    generateId: ({ entry }) => {
      const id = questionIdFor(entry, topicExists, claimedIds, readContentIndex('.').topics);
      checked('questions', entry, questionFields);
      return id;
    },
  }),
  schema: questionFields.extend({ related: z.array(reference('questions')).default([]) }),
});

export const collections = { topics, questions };
