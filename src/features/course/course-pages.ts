/**
 * The onboarding course as the pages need it: playbooks in order with reading time and quiz,
 * every quiz checked against its playbook (Astro-only; the pure parts are in course.ts).
 * Computed once per build.
 */
import { getCollection } from 'astro:content';
import { loadPlaybooks } from '../../model/content.ts';
import { contentDir } from '../../model/content-dir.ts';
import { DEFAULT_PASS_MARK } from '../../model/limits.ts';
import type { Question } from '../../model/schemas/quiz.ts';
import { playbookText, quizStageProblems, readingChars, readingMinutes } from './course.ts';

/** A question ready to render: its stage resolved to a label and a link. */
export interface CourseQuestion extends Omit<Question, 'stage'> {
	stage: { id: string; label: string; href: string };
}

export interface CourseItem {
	slug: string;
	title: string;
	summary: string;
	href: string;
	quizHref: string;
	chars: number;
	minutes: number;
	stages: number;
	noun: string;
	pass: number;
	questions: CourseQuestion[];
}

async function build(): Promise<CourseItem[]> {
	const playbooks = await loadPlaybooks();
	const quizzes = new Map((await getCollection('quizzes')).map((q) => [q.id, q]));
	const file = (slug: string) => `${contentDir()}/quizzes/${slug}.yaml`;
	const problems: string[] = [];
	const slugs = new Set(playbooks.map((p) => p.slug));
	for (const id of quizzes.keys()) if (!slugs.has(id)) problems.push(`${file(id)}：没有名为 "${id}" 的手册（文件名要与 content/docs/playbooks/ 中的手册同名）`);

	const items = playbooks.map((playbook) => {
		const { slug } = playbook;
		const quiz = quizzes.get(slug);
		if (!quiz) problems.push(`${file(slug)}：缺少“${playbook.title}”的自测题（入门课程中每本手册都要有一份）`);
		const stages = new Map(playbook.stages.map((s) => [s.id, s]));
		problems.push(...quizStageProblems(file(slug), quiz?.data.questions ?? [], new Set(stages.keys())));
		const chars = readingChars(playbookText(playbook.entry.body ?? '', playbook.stages));
		return {
			slug,
			title: playbook.title,
			summary: playbook.summary,
			href: playbook.href,
			quizHref: playbook.quizHref,
			chars,
			minutes: readingMinutes(chars),
			stages: playbook.stages.length,
			noun: playbook.stageNoun,
			pass: quiz?.data.pass ?? DEFAULT_PASS_MARK,
			questions: (quiz?.data.questions ?? []).map((q) => {
				const stage = stages.get(q.stage);
				return { ...q, stage: { id: q.stage, label: stage?.label ?? q.stage, href: stage?.href ?? playbook.href } };
			}),
		};
	});
	if (problems.length) throw new Error(`入门课程的自测题有误：\n- ${problems.join('\n- ')}`);
	return items;
}

let cached: Promise<CourseItem[]> | undefined;

/** The course, in playbook order. Throws (failing the build) when quizzes and playbooks disagree. */
export function courseItems(): Promise<CourseItem[]> {
	if (!import.meta.env.PROD) return build();
	return (cached ??= build());
}
