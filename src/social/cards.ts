/** What the preview images say, and where each page's image is. */
import { BASE_PATH, KUBERNETES_VERSION, SITE_URL } from '../config.ts';
import { withBase } from '../handbook/urls.ts';
import type { PreviewCard } from './preview-image.ts';

const FOOTER = `以 Kubernetes ${KUBERNETES_VERSION} 为基准 · 一句话回答、详解、经过 API 校验的示例`;
const host = () => `${new URL(SITE_URL).host}${BASE_PATH.replace(/\/$/, '')}`;

export const siteImageHref = () => withBase('/og/site.png');
export const topicImageHref = (topic: string) => withBase(`/og/topics/${topic}.png`);

export function siteCard(topics: number, questions: number): PreviewCard {
  return {
    eyebrow: '面向面试与系统学习的中文手册',
    title: '每道题都有一句话回答、详解、可直接运行的示例和常见误区',
    description: `${topics} 个专题、${questions} 道题，按学习顺序从基本概念讲到故障排查。`,
    footer: FOOTER,
    host: host(),
  };
}

export function topicCard(topic: { order: number; title: string; description: string }, questions: number): PreviewCard {
  return {
    eyebrow: `专题 ${String(topic.order).padStart(2, '0')} · ${questions} 题`,
    title: topic.title,
    description: topic.description,
    footer: FOOTER,
    host: host(),
  };
}
