// The icon iOS puts on a home screen: opaque (iOS fills transparency with black) and inset from the edge.
import type { APIRoute } from 'astro';
import { iconPng } from '../social/icons.ts';

export const GET: APIRoute = () => new Response(iconPng(180, { background: '#ffffff', scale: 0.8 }), { headers: { 'content-type': 'image/png' } });
