/** The four self-ratings, in FSRS order (Again, Hard, Good, Easy); the number is also the key that gives it. */
export const GRADES = [
  { grade: 1, label: '忘了' },
  { grade: 2, label: '困难' },
  { grade: 3, label: '良好' },
  { grade: 4, label: '简单' },
] as const;

export type Grade = (typeof GRADES)[number]['grade'];

export function gradeLabel(grade: Grade): string {
  return GRADES[grade - 1]!.label;
}

export function isGrade(value: unknown): value is Grade {
  return value === 1 || value === 2 || value === 3 || value === 4;
}
