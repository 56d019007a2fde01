/**
 * The onboarding course as the pages need it: playbooks in order with reading time and quiz,
 * every quiz checked against its playbook (Astro-only; the pure parts are in course.ts).
 */
import { getCollection } from 'astro:content';
import { entryHref, playbookEntries } from '../../model/collections.ts';
import { playbookSlug } from '../../model/checklist.ts';
import { playbookText, quizStageProblems, readingChars, readingMinutes } from './course.ts';
import { stageLabel } from '../../model/stages.ts';
import type { Question } from '../../model/schemas/quiz.ts';
import { contentDir } from '../../model/content-dir.ts';

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

/** The course, in playbook order. Throws (failing the build) when quizzes and playbooks disagree. */
export async function courseItems(): Promise<CourseItem[]> {
	const playbooks = await playbookEntries();
	const quizzes = new Map((await getCollection('quizzes')).map((q) => [q.id, q]));
	const file = (slug: string) => `${contentDir()}/quizzes/${slug}.yaml`;
	const problems: string[] = [];
	const slugs = new Set(playbooks.map((e) => playbookSlug(e.id)));
	for (const id of quizzes.keys()) if (!slugs.has(id)) problems.push(`${file(id)}：没有名为 "${id}" 的手册（文件名要与 content/docs/playbooks/ 中的手册同名）`);

	const items = playbooks.map((entry) => {
		const playbook = entry.data.playbook!;
		const slug = playbookSlug(entry.id);
		const href = entryHref(entry);
		const quiz = quizzes.get(slug);
		if (!quiz) problems.push(`${file(slug)}：缺少“${entry.data.title}”的自测题（入门课程中每本手册都要有一份）`);
		const stageIds = new Set(playbook.stages.map((s) => s.id));
		problems.push(...quizStageProblems(file(slug), quiz?.data.questions ?? [], stageIds));
		const chars = readingChars(playbookText(entry.body ?? '', playbook.stages));
		return {
			slug,
			title: entry.data.title,
			summary: playbook.summary,
			href,
			quizHref: `/onboarding/${slug}/quiz/`,
			chars,
			minutes: readingMinutes(chars),
			stages: playbook.stages.length,
			noun: playbook.stageNoun,
			pass: quiz?.data.pass ?? 80,
			questions: (quiz?.data.questions ?? []).map((q) => {
				const stage = playbook.stages.find((s) => s.id === q.stage);
				return { ...q, stage: { id: q.stage, label: stage ? stageLabel(playbook.stages, stage, playbook.stageNoun) : q.stage, href: `${href}#${q.stage}` } };
			}),
		};
	});
	if (problems.length) throw new Error(`入门课程的自测题有误：\n- ${problems.join('\n- ')}`);
	return items;
}
