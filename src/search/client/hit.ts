import { excerptFragment } from './safe-excerpt.ts';
import type { QuestionHit } from './results.ts';

/** One result: a link holding the question title, its topic and difficulty, and an excerpt. */
export function hitItem(hit: QuestionHit): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = hit.url;
  a.className = 'search-hit';
  const title = document.createElement('span');
  title.className = 'hit-title';
  title.textContent = hit.title;
  const meta = document.createElement('span');
  meta.className = 'hit-meta';
  meta.textContent = [hit.topic, hit.difficulty].filter(Boolean).join(' · ');
  const excerpt = document.createElement('span');
  excerpt.className = 'hit-excerpt';
  excerpt.append(excerptFragment(hit.excerpt));
  a.append(title, meta, excerpt);
  li.append(a);
  return li;
}
