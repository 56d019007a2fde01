/**
 * A playbook's self-check quiz (content/quizzes/<playbook-slug>.yaml). Options are lettered A, B,
 * C… in the order written; `answer` names them by letter. The stage a question tests is checked
 * against the playbook when the course pages are built (see src/features/course/course-pages.ts).
 */
import { z } from 'astro/zod';
import { IdSchema, Text } from './text.ts';
import { DEFAULT_PASS_MARK } from '../limits.ts';
const Letter = z.string().regex(/^[A-Z]$/, '答案用选项字母表示，例如 "B"');

/** Option letter of an index: 0 → "A". */
export const optionLetter = (i: number) => String.fromCharCode(65 + i);

export const QuestionSchema = z
	.strictObject({
		/** The question. */
		q: Text,
		/** single: one right option (radio buttons); multiple: two or more (checkboxes). */
		type: z.enum(['single', 'multiple']),
		options: z.array(Text).min(2, '至少要有两个选项').max(8, '最多八个选项'),
		/** Right option(s) by letter: "B", or [A, C] for multiple choice. */
		answer: z.union([Letter, z.array(Letter).min(1)]),
		/** Why, in a sentence or two; shown after answering. */
		explain: Text,
		/** Id of the stage this question tests; the explanation links to it. */
		stage: IdSchema,
	})
	.superRefine((q, ctx) => {
		const letters = Array.isArray(q.answer) ? q.answer : [q.answer];
		letters.forEach((l, i) => {
			const index = l.charCodeAt(0) - 65;
			if (index >= q.options.length)
				ctx.addIssue({ code: 'custom', path: ['answer', ...(Array.isArray(q.answer) ? [i] : [])], message: `答案 "${l}" 没有对应的选项（只有 A–${optionLetter(q.options.length - 1)}）` });
		});
		if (new Set(letters).size !== letters.length) ctx.addIssue({ code: 'custom', path: ['answer'], message: '答案中有重复的字母' });
		if (q.type === 'single' && letters.length !== 1) ctx.addIssue({ code: 'custom', path: ['answer'], message: '单选题只能有一个答案' });
		if (q.type === 'multiple' && letters.length < 2) ctx.addIssue({ code: 'custom', path: ['answer'], message: '多选题至少要有两个答案；只有一个请改为 type: single' });
		const seen = new Set<string>();
		q.options.forEach((o, i) => {
			if (seen.has(o)) ctx.addIssue({ code: 'custom', path: ['options', i], message: `选项 "${o}" 重复` });
			seen.add(o);
		});
	})
	.transform(({ answer, ...q }) => ({ ...q, answer: (Array.isArray(answer) ? answer : [answer]).map((l) => l.charCodeAt(0) - 65).sort((a, b) => a - b) }));

export const QuizSchema = z.strictObject({
	/** Pass mark in percent of questions right. */
	pass: z.number().int().min(1).max(100).default(DEFAULT_PASS_MARK),
	questions: z.array(QuestionSchema).min(1, '至少要有一道题'),
});

export type Quiz = z.output<typeof QuizSchema>;
export type Question = Quiz['questions'][number];
