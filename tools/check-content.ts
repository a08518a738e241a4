// Checks every content file the way the build does, without building: MDX syntax, frontmatter,
// ids, related ids, internal links, every YAML sample and every diagram. Prints each problem with
// its file, line and a hint; exits 1 if there is any.
// Usage: node tools/check-content.ts [file…]   (default: all of content/)
import path from 'node:path';
import { checkFiles, contentFiles } from '../src/handbook/check-files.ts';
import { formatProblem, sortProblems } from '../src/handbook/problems.ts';

const root = process.cwd();
const named = process.argv.slice(2).map((f) => path.relative(root, path.resolve(f)).split(path.sep).join('/'));
const files = named.length ? named : contentFiles(root);
const problems = sortProblems(checkFiles(root, files, named.length === 0));

for (const p of problems) console.log(formatProblem(p));
console.log(problems.length ? `${problems.length} problem(s) in ${files.length} file(s)` : `${files.length} file(s) OK`);
process.exit(problems.length ? 1 : 0);
