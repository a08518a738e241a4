// The web app manifest: the name, icons and colours a phone uses when the handbook is added to its home screen.
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../config.ts';
import { homeHref, withBase } from '../handbook/urls.ts';
import { MANIFEST_ICONS } from '../social/icons.ts';

export const GET: APIRoute = () => {
  const manifest = {
    name: SITE_NAME,
    short_name: 'K8s 手册',
    description: '面向面试与学习的中文 Kubernetes 手册',
    lang: 'zh-CN',
    start_url: homeHref(),
    scope: homeHref(),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#326ce5',
    icons: MANIFEST_ICONS.map((i) => ({ src: withBase(`/icons/${i.name}.png`), sizes: `${i.size}x${i.size}`, type: 'image/png', purpose: i.purpose })),
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json' } });
};
