// The site-wide social preview image: the home page, /questions/ and the 404 page use it.
import type { APIRoute } from 'astro';
import { loadSite } from '../../handbook/site.ts';
import { siteCard } from '../../social/cards.ts';
import { previewPng } from '../../social/preview-image.ts';

export const GET: APIRoute = async () => {
  const { topics, ordered } = await loadSite();
  return new Response(previewPng(siteCard(topics.length, ordered.length), 'og/site.png'), { headers: { 'content-type': 'image/png' } });
};
