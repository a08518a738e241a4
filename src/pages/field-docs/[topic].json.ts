// The official descriptions of every field the samples of one topic use, fetched by the field-doc
// popover on a reader's first interaction, so topic pages don't carry them in their HTML.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../handbook/site.ts';
import { fieldDocId } from '../../k8s/index.ts';
import { FIELD_DOC_ID_PREFIX } from '../../field-docs/ids.ts';
import { fieldDocsForBodies, fieldDocsJson } from '../../field-docs/page-field-docs.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { topics, byTopic } = await loadSite();
  return topics.map((topic) => ({ params: { topic: topic.id }, props: { bodies: (byTopic.get(topic.id) ?? []).map((q) => q.body ?? '') } }));
};

export const GET: APIRoute = ({ props }) => {
  const docs = fieldDocsForBodies((props as { bodies: string[] }).bodies);
  const json = fieldDocsJson(docs, (key) => fieldDocId(key).slice(FIELD_DOC_ID_PREFIX.length));
  return new Response(JSON.stringify(json), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
