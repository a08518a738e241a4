// One social preview image per topic, used by the topic page and by each of its question pages.
// Per-question images would add ~150 renders (~0.3 s each) to every build for little gain: a question
// page's preview already carries its own title and one-line answer in og:title and og:description.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, type Topic } from '../../../handbook/site.ts';
import { topicCard } from '../../../social/cards.ts';
import { previewPng } from '../../../social/preview-image.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { topics, byTopic } = await loadSite();
  return topics.map((topic) => ({ params: { topic: topic.id }, props: { topic, count: byTopic.get(topic.id)?.length ?? 0 } }));
};

export const GET: APIRoute = ({ props }) => {
  const { topic, count } = props as { topic: Topic; count: number };
  const png = previewPng(topicCard(topic.data, count), `og/topics/${topic.id}.png (${topic.filePath})`);
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
