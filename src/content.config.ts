import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { existsSync } from 'node:fs';
import { DIFFICULTIES, questionIdFor, topicSlugFor } from './lib/content-rules.ts';

// Ids are claimed here, while the loader walks the files, so a duplicate fails the build naming both files.
const claimedIds = new Map<string, string>();
const topicExists = (slug: string) => existsSync(`content/topics/${slug}.mdx`);

const topics = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/topics', generateId: ({ entry }) => topicSlugFor(entry) }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1),
    order: z.number().int().positive(),
  }).strict(),
});

const questions = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: './content/questions',
    generateId: ({ entry }) => questionIdFor(entry, topicExists, claimedIds),
  }),
  schema: z.object({
    title: z.string().min(1),
    summary: z.string().min(1),
    difficulty: z.enum(DIFFICULTIES, {
      error: (issue) => `difficulty must be one of ${DIFFICULTIES.join('、')}; got ${JSON.stringify(issue.input)}`,
    }),
    order: z.number().int().positive(),
    related: z.array(reference('questions')).default([]),
  }).strict(),
});

export const collections = { topics, questions };
