/**
 * Checks content files the way the build does, without building: frontmatter, ids, related ids,
 * internal links, every YAML sample and every diagram. Used by `npm run check:content` and its tests.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { ManifestValidationError, remarkValidateYaml } from '../markdown/remark-validate-yaml.ts';
import { readContentIndex } from '../links/content-index.ts';
import { linkProblemsIn } from '../markdown/remark-check-links.ts';
import { renderDiagramsIn } from '../markdown/remark-diagrams.ts';
import { readFrontmatter } from './frontmatter-source.ts';
import { frontmatterProblems, questionFields, topicFields } from './frontmatter.ts';
import { ContentError, type ContentProblem } from './problems.ts';
import { findDuplicateOrder, questionIdFor, relatedProblems, sharedAliasProblems, topicSlugFor, type AliasList, type RelatedList } from './rules.ts';

interface CodeNode { type: string; lang?: string | null; meta?: string | null; value?: string; position?: { start: { line: number } }; children?: CodeNode[] }

/** The build's own YAML check, run on a parsed file; its problems instead of its error. */
function yamlProblems(tree: CodeNode, file: string, root: string): ContentProblem[] {
  try {
    remarkValidateYaml({ root })(tree, { path: path.join(root, file) });
    return [];
  } catch (err) {
    if (err instanceof ManifestValidationError) return err.problems;
    throw err;
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [path.join(dir, e.name)] : []);
}

/** All topic and question files under `root`, as root-relative POSIX paths (content/README.md is not content). */
export function contentFiles(root: string): string[] {
  return ['content/topics', 'content/questions']
    .flatMap((dir) => (existsSync(path.join(root, dir)) ? walk(path.join(root, dir)) : []))
    .map((f) => path.relative(root, f).split(path.sep).join('/')).sort();
}

/** Checks `files` (root-relative); with `whole`, also the checks that need every file (related ids, orders). */
export function checkFiles(root: string, files: string[], whole = true): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const index = readContentIndex(root);
  const seen = new Map<string, string>();
  const related: RelatedList[] = [];
  const aliases: AliasList[] = [];
  const orders = new Map<string, { order: number; file: string }[]>();
  const parser = unified().use(remarkParse).use(remarkMdx);
  const caught = (fn: () => void) => {
    try {
      fn();
    } catch (err) {
      if (err instanceof ContentError) problems.push(...err.problems);
      else throw err;
    }
  };
  for (const file of files) {
    const source = readFileSync(path.join(root, file), 'utf8');
    const fm = readFrontmatter(source);
    const isTopic = file.startsWith('content/topics/');
    caught(() => {
      if (isTopic) topicSlugFor(path.basename(file));
      else {
        const entry = file.replace('content/questions/', '');
        const id = questionIdFor(entry, (t) => existsSync(path.join(root, 'content/topics', `${t}.mdx`)), seen, index.topics);
        const list = Array.isArray(fm.data.related) ? fm.data.related.map(String) : [];
        related.push({ id, file, related: list, lines: fm.itemLines.get('related') ?? [] });
        if (Array.isArray(fm.data.aliases)) aliases.push({ file, aliases: fm.data.aliases.map(String), lines: fm.itemLines.get('aliases') ?? [] });
      }
    });
    problems.push(...frontmatterProblems(file, fm, isTopic ? topicFields : questionFields));
    if (typeof fm.data.order === 'number') {
      const group = isTopic ? '' : file.split('/')[2]!;
      orders.set(group, [...(orders.get(group) ?? []), { order: fm.data.order, file }]);
    }
    let tree: CodeNode;
    try {
      tree = parser.parse(fm.body) as CodeNode;
    } catch (err) {
      const place = (err as { line?: number; place?: { line?: number; start?: { line?: number } } });
      problems.push({ file, line: place.line ?? place.place?.line ?? place.place?.start?.line ?? 1, message: `MDX syntax: ${(err as Error).message}`, hint: 'put `{` and `<` in prose inside inline code' });
      continue;
    }
    problems.push(...yamlProblems(tree, file, root), ...linkProblemsIn(tree as never, file, root));
    problems.push(...renderDiagramsIn(tree, file).problems);
  }
  if (whole) {
    problems.push(...relatedProblems(related, new Set(index.questions.keys())));
    problems.push(...sharedAliasProblems(aliases));
    for (const [group, items] of orders) {
      const clash = findDuplicateOrder(items);
      if (clash) problems.push({ file: clash[1].file, line: 1, message: `order ${clash[1].order} is already used ${group ? `in topic "${group}" ` : ''}by ${clash[0].file}`, hint: 'give each its own order' });
    }
  }
  return problems;
}
