// The web manifest icons (src/social/icons.ts lists them).
import type { APIRoute, GetStaticPaths } from 'astro';
import { iconPng, MANIFEST_ICONS } from '../../social/icons.ts';

export const getStaticPaths: GetStaticPaths = () => MANIFEST_ICONS.map((icon) => ({ params: { name: icon.name }, props: icon }));

export const GET: APIRoute = ({ props }) => {
  const { size, look } = props as (typeof MANIFEST_ICONS)[number];
  return new Response(iconPng(size, look), { headers: { 'content-type': 'image/png' } });
};
