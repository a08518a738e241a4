// The question list /practice/ works from (ids, titles, one-line answers, topics, difficulties), in
// learner order. Only that page fetches it.
import type { APIRoute } from 'astro';
import { practiceData } from '../../practice/data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await practiceData()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
