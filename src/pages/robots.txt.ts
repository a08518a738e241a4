// robots.txt: everything may be crawled, and the sitemap is named with its full address.
// Crawlers read robots.txt only at the root of a host, so under a BASE_PATH the host's own file should
// point at this sitemap instead (README.md, “部署”).
import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../handbook/urls.ts';

export const GET: APIRoute = () => {
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(withBase('/sitemap-index.xml'))}`, ''].join('\n');
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
