/**
 * The practice data written at build time to /practice/questions.json: every question in learner order
 * (topics in their order, questions in theirs) with what a flashcard shows before the full answer.
 * Only the practice page loads it.
 */
import { loadSite, topicOf } from '../handbook/site.ts';
import type { PracticeQuestion } from './queue.ts';

export interface PracticeData {
  topics: { id: string; title: string }[];
  questions: PracticeQuestion[];
}

export async function practiceData(): Promise<PracticeData> {
  const { topics, byTopic } = await loadSite();
  return {
    topics: topics.map((t) => ({ id: t.id, title: t.data.title })),
    questions: topics.flatMap((t) => (byTopic.get(t.id) ?? []).map((q) => ({
      id: q.id,
      topic: topicOf(q),
      title: q.data.title,
      summary: q.data.summary,
      difficulty: q.data.difficulty,
    }))),
  };
}
