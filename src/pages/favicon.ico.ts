// favicon.ico for browsers and tools that ask for it by name, drawn from public/favicon.svg.
import type { APIRoute } from 'astro';
import { icoFile, iconPng } from '../social/icons.ts';

export const GET: APIRoute = () => {
  const ico = icoFile([16, 32, 48].map((size) => ({ size, png: iconPng(size) })));
  return new Response(ico, { headers: { 'content-type': 'image/x-icon' } });
};
