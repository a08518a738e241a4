import { z } from 'astro/zod';
import { DIFFICULTIES } from '../config.ts';
import { closest } from '../k8s/suggest.ts';
import type { FrontmatterSource } from './frontmatter-source.ts';
import type { ContentProblem } from './problems.ts';

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
  aliases: z.array(z.string().min(1)).default([]),
}).strict();

const EXAMPLES: Record<string, string> = {
  title: 'title: 一句完整的问题？',
  summary: 'summary: 一句话回答，纯文本。',
  description: 'description: 这个专题讲什么。',
  difficulty: `difficulty: ${DIFFICULTIES[0]}   # ${DIFFICULTIES.join(' / ')}`,
  order: 'order: 1',
};

/**
 * Validates parsed frontmatter and returns one problem per mistake, each at the line of the key.
 * A misspelt key is reported once, as "did you mean", not again as the required field it left missing.
 */
export function frontmatterProblems(file: string, fm: FrontmatterSource, schema: z.ZodObject<z.ZodRawShape>): ContentProblem[] {
  if (fm.syntaxError) return [{ file, line: fm.syntaxError.line, message: `frontmatter is not valid YAML: ${fm.syntaxError.message}` }];
  const allowed = Object.keys(schema.shape);
  const result = schema.safeParse(fm.data);
  if (result.success) return [];
  const present = new Set(Object.keys(fm.data));
  const missing = new Set(allowed.filter((k) => !present.has(k)));
  const problems: ContentProblem[] = [];
  const explained = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const guess = closest(key, missing.size ? missing : allowed);
      if (guess && missing.has(guess)) explained.add(guess);
      problems.push({
        file,
        line: fm.keyLines.get(key) ?? 1,
        message: `${key}: unknown field${guess ? ` (did you mean "${guess}"?)` : ''}`,
        hint: guess ? `rename it to \`${guess}:\`` : `allowed fields: ${allowed.join(', ')}`,
      });
    }
  }
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const key = issue.path[0] === undefined ? undefined : String(issue.path[0]);
    if (key !== undefined && missing.has(key)) {
      if (explained.has(key)) continue;
      problems.push({ file, line: fm.endLine, message: `${key}: missing required field`, hint: `add \`${EXAMPLES[key] ?? `${key}: …`}\` before the closing ---` });
      continue;
    }
    const index = typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
    const line = key === undefined ? 1 : index !== undefined ? fm.itemLines.get(key)?.[index] ?? fm.keyLines.get(key) ?? 1 : fm.keyLines.get(key) ?? 1;
    problems.push({ file, line, message: `${issue.path.length ? issue.path.join('.') : '(frontmatter)'}: ${issue.message}` });
  }
  return problems;
}
