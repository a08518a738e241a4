import { z } from 'astro/zod';
import { DIFFICULTIES, frontmatterKeyLine } from './rules.ts';

/** Frontmatter of a topic file. */
export const topicFields = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  order: z.number().int().positive(),
}).strict();

/** Frontmatter of a question file; `related` holds ids, resolved to entries by the collection. */
export const questionFields = z.object({
  title: z.string().min(1),
  summary: z.string().min(1),
  difficulty: z.enum(DIFFICULTIES, {
    error: (issue) => `must be one of ${DIFFICULTIES.join('、')}, got ${JSON.stringify(issue.input)}`,
  }),
  order: z.number().int().positive(),
  related: z.array(z.string()).default([]),
}).strict();

/** The line of a top-level frontmatter key, so an error points where the fix goes. */
function keyLine(source: string, key: string | undefined): number {
  return key === undefined ? 1 : frontmatterKeyLine(source, key);
}

/**
 * Validates raw frontmatter and throws one error listing every problem as `file:line field: message`.
 * Astro's own check names the file but not the line; this runs first so authors get both.
 */
export function checkFrontmatter(file: string, source: string, data: unknown, schema: z.ZodType): void {
  if (typeof data !== 'object' || data === null) throw new Error(`${file}:1 frontmatter is missing or is not a mapping`);
  const result = schema.safeParse(data);
  if (result.success) return;
  const lines = result.error.issues.map((issue) => {
    const key = issue.path[0] === undefined ? undefined : String(issue.path[0]);
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    if (unknownKeys.length) {
      return unknownKeys.map((k) => `${file}:${keyLine(source, k)} ${k}: unknown field; allowed: ${Object.keys((schema as z.ZodObject).shape).join(', ')}`).join('\n');
    }
    const where = issue.path.length ? issue.path.join('.') : '(frontmatter)';
    const missing = key !== undefined && issue.path.length === 1 && !Object.hasOwn(data as object, key);
    const message = missing ? 'missing required field' : issue.message;
    return `${file}:${keyLine(source, key)} ${where}: ${message}`;
  });
  throw new Error(`invalid frontmatter:\n${lines.join('\n')}`);
}
