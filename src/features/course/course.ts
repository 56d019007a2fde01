/**
 * The onboarding course: reading time, quiz scoring and each playbook's status. Pure; the pages
 * and islands pass content and saved records in.
 */
import type { CourseData } from '../store/shape.ts';
import { STATUSES, playbookStatus } from './status.ts';

export { STATUSES, STATUS_LABEL, playbookStatus, type Status } from './status.ts';

/**
 * Reading speed the estimate assumes, in characters per minute. Adults read ordinary Chinese
 * prose at about 300–500 字/分钟; a new hire studying a process (and its flowchart) is at the slow
 * end, so the estimate uses 300.
 */
export const READING_SPEED = 300;

/** Characters that count as reading: letters (汉字 included) and digits; no markup, spaces or punctuation. */
export function readingChars(text: string): number {
	return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

/** Estimated minutes: ⌈readable characters ÷ READING_SPEED⌉, at least 1. */
export function readingMinutes(chars: number, speed = READING_SPEED): number {
	return Math.max(1, Math.ceil(chars / speed));
}

/**
 * The text a reader of a playbook page reads: the MDX body without imports, code blocks (the
 * flowchart source is drawn, not read), JSX tags or Markdown markup, plus the stages as rendered.
 */
export function playbookText(
	body: string,
	stages: Array<{ title: string; goal: string; overview?: string; owners: string[]; tasks: Array<{ text: string }>; focus: string[]; keywords: string[]; gate?: { question: string; yes: string; no: string }; caution?: string }>,
): string {
	const prose = body
		.replace(/^```[\s\S]*?^```/gm, '')
		.replace(/^(import|export) .*$/gm, '')
		.replace(/<[^>]+>/g, '')
		.replace(/\]\([^)]*\)/g, ']');
	const staged = stages.flatMap((s) => [s.title, s.goal, s.overview ?? '', ...s.owners, ...s.tasks.map((t) => t.text), ...s.focus, ...s.keywords, ...(s.gate ? [s.gate.question, s.gate.yes, s.gate.no] : []), s.caution ?? '']);
	return [prose, ...staged].join('\n');
}

/** Problems of one quiz against its playbook's stage ids, as messages naming the file and question. */
export function quizStageProblems(file: string, questions: ReadonlyArray<{ q: string; stage: string }>, stageIds: ReadonlySet<string>): string[] {
	return questions.flatMap((question, i) =>
		stageIds.has(question.stage) ? [] : [`${file} questions[${i}]（${question.q}）：stage "${question.stage}" 不是本手册的阶段（可用：${[...stageIds].join('、')}）`],
	);
}

/** A question as the scorer sees it: option indexes that are right. */
export interface Scorable {
	answer: number[];
}

/** A question is right only when exactly the right options are chosen (no partial credit). */
export function isCorrect(question: Scorable, chosen: readonly number[]): boolean {
	const want = new Set(question.answer);
	const got = new Set(chosen);
	return want.size === got.size && [...want].every((i) => got.has(i));
}

export interface Score {
	correct: number;
	total: number;
	/** Whole percent, rounded down so that 79.9 never passes an 80 mark. */
	percent: number;
	passed: boolean;
}

/** Scores an attempt; `choices[i]` are the options chosen for question i. */
export function scoreQuiz(questions: readonly Scorable[], choices: ReadonlyArray<readonly number[] | undefined>, passMark: number): Score {
	const correct = questions.filter((q, i) => isCorrect(q, choices[i] ?? [])).length;
	const total = questions.length;
	const percent = total ? Math.floor((correct * 100) / total) : 0;
	return { correct, total, percent, passed: total > 0 && percent >= passMark };
}

/**
 * Overall progress in steps: each playbook has three (opened, read, quiz passed), so a status
 * counts as its rank. 6 playbooks → 18 steps.
 */
export function courseProgress(course: CourseData | undefined, playbooks: readonly string[]): { done: number; total: number; passed: number } {
	const ranks = playbooks.map((p) => STATUSES.indexOf(playbookStatus(course, p)));
	return { done: ranks.reduce((a, b) => a + b, 0), total: playbooks.length * (STATUSES.length - 1), passed: ranks.filter((r) => r === STATUSES.length - 1).length };
}

/** The first playbook not yet passed, in course order: where "继续学习" leads. */
export function nextPlaybook(course: CourseData | undefined, playbooks: readonly string[]): string | undefined {
	return playbooks.find((p) => playbookStatus(course, p) !== 'passed');
}

/** The course page's texts for saved progress (Course.astro with none, course.client.ts with the saved one). */
export const courseText = {
	passed: (progress: { passed: number }, playbooks: number) => `测验通过 ${progress.passed}/${playbooks} · 总进度`,
	next: (progress: { done: number }, title: string) => `${progress.done === 0 ? '开始学习' : '继续学习'}：${title}`,
	score: (quiz: { best: number; attempts: number } | undefined) => (quiz ? `最好成绩 ${quiz.best}%（共 ${quiz.attempts} 次）` : '还没有测验成绩'),
};
