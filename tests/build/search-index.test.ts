// A real `astro build` of the fixture site: aliases reach the search index but not the page's visible
// text, and the spelling vocabulary is written next to the index.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fixtureSite, buildSite, edit } from '../helpers/site-copy.ts';
import { ALIAS_WEIGHT } from '../../src/search/build/records.ts';

const FIRST = 'content/questions/basics/first-question.mdx';

test('aliases are indexed hidden at their weight, and the vocabulary lists the index\'s Latin words', { timeout: 180_000 }, () => {
  const site = fixtureSite();
  try {
    edit(site.dir, FIRST, 'related:\n', 'aliases:\n  - 部署起不来\n  - quuxAliasWord\nrelated:\n');
    const { status, output } = buildSite(site.dir);
    assert.equal(status, 0, output);
    const html = readFileSync(path.join(site.dir, 'dist/basics/index.html'), 'utf8');
    const alias = /<p\b[^>]*>部署起不来；quuxAliasWord<\/p>/.exec(html)?.[0];
    assert.ok(alias, 'the aliases are on the page, for the index');
    assert.match(alias, /\shidden[\s>=]/, 'never shown');
    assert.match(alias, new RegExp(`data-pagefind-weight="${ALIAS_WEIGHT}"`));
    assert.match(alias, /data-pagefind-meta="aliases"/);
    const [questions, ...words] = readFileSync(path.join(site.dir, 'dist/pagefind/vocabulary.txt'), 'utf8').split('\n');
    assert.equal(questions, '3', 'the fixture has three questions');
    for (const word of ['quuxaliasword', 'quux', 'deployment', 'kubectl']) assert.ok(words.includes(word), `${word} is in the vocabulary`);
    assert.ok(!words.includes('复制链接') && words.every((w) => w === '' || /^[a-z0-9]+$/.test(w)), 'only Latin words, lowercased');
  } finally {
    site.remove();
  }
});
