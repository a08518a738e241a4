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

/** What the status line says about a search: what was searched (after correction) and what was found. */
export function statusText(query: string, found: number, partial: boolean, corrected?: string): string {
  const searched = corrected ?? query;
  const prefix = corrected ? `已按“${corrected}”搜索，` : '';
  if (!found) return `${prefix}没有找到与“${searched}”相关的问题`;
  return prefix + (partial ? `没有问题同时包含“${searched}”的全部关键词，以下 ${found} 个问题包含其中一部分` : `找到 ${found} 个相关问题`);
}
