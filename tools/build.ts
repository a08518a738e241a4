// `npm run build`: astro build, with its one-line-per-page route listing folded into a count,
// so a clean build stays short and a warning or error stands out. Everything else passes through.
// Arguments are passed on to astro (e.g. `npm run build -- --force`).
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';

// `21:01:43   ├─ /q/probe-types/index.html (+2ms)`, colour codes allowed.
const ROUTE = /^(?:\x1b\[[0-9;]*m)*[\d:]*\s*(?:\x1b\[[0-9;]*m)*\s*[├└]─ \S+/;

const astro = realpathSync(path.resolve('node_modules/.bin/astro'));
const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], { stdio: ['ignore', 'pipe', 'pipe'] });
let routes = 0;
createInterface({ input: child.stdout }).on('line', (line) => {
  if (ROUTE.test(line)) routes++;
  else {
    if (routes && /Completed in/.test(line)) {
      console.log(`  … ${routes} routes generated`);
      routes = 0;
    }
    console.log(line);
  }
});
child.stderr.pipe(process.stderr);
child.on('close', (code) => process.exit(code ?? 1));
