// Checks every content file the way the build does, without building: MDX syntax, frontmatter,
// ids, related ids and every YAML sample. Prints one line per problem; exits 1 if there is any.
// Usage: node tools/check-content.ts [file…]   (default: all of content/)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { parse as parseYaml } from 'yaml';
import { remarkValidateYaml, ManifestValidationError, formatIssue } from '../src/k8s/index.ts';
import { checkFrontmatter, questionFields, topicFields } from '../src/handbook/frontmatter.ts';
import { questionIdFor, topicSlugFor, unknownRelated } from '../src/handbook/rules.ts';

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.mdx') ? [path.join(dir, e.name)] : []));

const files = process.argv.length > 2 ? process.argv.slice(2) : walk('content');
const problems: string[] = [];
const seen = new Map<string, string>();
const questions: { id: string; file: string; source: string; related: string[] }[] = [];
const validate = remarkValidateYaml({ root: process.cwd() });
const parser = unified().use(remarkParse).use(remarkMdx);

for (const file of files.map((f) => path.relative(process.cwd(), path.resolve(f)).split(path.sep).join('/'))) {
  const source = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const body = match ? source.slice(match[0].length) : source;
  try {
    const data = parseYaml(match?.[1] ?? '') as Record<string, unknown>;
    if (file.startsWith('content/topics/')) {
      topicSlugFor(path.basename(file));
      checkFrontmatter(file, source, data, topicFields);
    } else {
      const id = questionIdFor(file.replace('content/questions/', ''), (t) => existsSync(`content/topics/${t}.mdx`), seen);
      checkFrontmatter(file, source, data, questionFields);
      questions.push({ id, file, source, related: (data.related as string[] | undefined) ?? [] });
    }
  } catch (err) {
    problems.push((err as Error).message.replace(/^invalid frontmatter:\n/, ''));
  }
  try {
    // Parse the body where it sits in the file, so reported lines are file lines.
    const tree = parser.parse(source.slice(0, source.length - body.length).replace(/[^\n]/g, '') + body);
    validate(tree as never, { path: path.resolve(file) });
  } catch (err) {
    if (err instanceof ManifestValidationError) problems.push(...err.issues.map(formatIssue));
    else problems.push(`${file}: ${(err as Error).message}`);
  }
}
if (process.argv.length <= 2) problems.push(...unknownRelated(questions));

for (const p of problems) console.log(p);
console.log(problems.length ? `${problems.length} problem(s) in ${files.length} file(s)` : `${files.length} file(s) OK`);
process.exit(problems.length ? 1 : 0);
