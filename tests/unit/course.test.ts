import { describe, expect, it } from 'vitest';
import { courseProgress, isCorrect, nextPlaybook, playbookStatus, playbookText, quizStageProblems, readingChars, readingMinutes, READING_SPEED, scoreQuiz } from '../../src/features/course/course.ts';
import { emptyCourse, type CourseData } from '../../src/features/store/shape.ts';
import { QuizSchema } from '../../src/model/schemas/quiz.ts';

const course = (extra: Partial<CourseData> = {}): CourseData => ({ ...emptyCourse(), ...extra });

describe('reading time', () => {
	it('counts letters and digits, not spaces, punctuation or markup', () => {
		expect(readingChars('确定开发对象：了解客户需求。 Go 7 日')).toBe(16);
	});
	it('rounds up to whole minutes at the stated speed, never below one', () => {
		expect(READING_SPEED).toBe(300);
		expect(readingMinutes(0)).toBe(1);
		expect(readingMinutes(300)).toBe(1);
		expect(readingMinutes(301)).toBe(2);
	});
	it('reads the prose and the stages but not imports, code blocks or JSX tags', () => {
		const body = "import Stages from '../x.astro';\n导言。\n\n<Stages>\n\n```mermaid\nflowchart TD\n  a --> b\n```\n\n</Stages>\n";
		const text = playbookText(body, [{ title: '阶段', goal: '目标', owners: ['经理'], tasks: [{ text: '任务' }], focus: [], keywords: ['词'], gate: { question: '问', yes: '是', no: '否' } }]);
		expect(readingChars(text)).toBe(readingChars('导言阶段目标经理任务词问是否'));
	});
});

describe('scoring', () => {
	const single = { answer: [1] };
	const multiple = { answer: [0, 2] };
	it('counts a question right only when exactly the right options are chosen', () => {
		expect(isCorrect(single, [1])).toBe(true);
		expect(isCorrect(single, [0])).toBe(false);
		expect(isCorrect(multiple, [2, 0])).toBe(true);
		expect(isCorrect(multiple, [0])).toBe(false);
		expect(isCorrect(multiple, [0, 1, 2])).toBe(false);
		expect(isCorrect(multiple, [])).toBe(false);
	});
	it('scores in whole percent rounded down, and passes at the mark', () => {
		const qs = [single, single, single, single, multiple];
		expect(scoreQuiz(qs, [[1], [1], [1], [1], [0, 2]], 80)).toEqual({ correct: 5, total: 5, percent: 100, passed: true });
		expect(scoreQuiz(qs, [[1], [1], [1], [1], [0]], 80)).toEqual({ correct: 4, total: 5, percent: 80, passed: true });
		expect(scoreQuiz(qs, [[1], [1], [1], [0], [0]], 80)).toMatchObject({ percent: 60, passed: false });
		const six = [single, single, single, single, single, single];
		expect(scoreQuiz(six, [[1], [1], [1], [1], [0], [0]], 67)).toMatchObject({ percent: 66, passed: false });
	});
	it('treats unanswered questions as wrong', () => {
		expect(scoreQuiz([single, multiple], [[1]], 50)).toMatchObject({ correct: 1, percent: 50, passed: true });
	});
});

describe('status', () => {
	it('is 未开始, then 阅读中 once opened, 已读 once marked, 测验通过 once passed', () => {
		expect(playbookStatus(undefined, 'channel')).toBe('not-started');
		expect(playbookStatus(course(), 'channel')).toBe('not-started');
		const opened = course({ reading: { channel: { openedAt: 't', updatedAt: 't' } } });
		expect(playbookStatus(opened, 'channel')).toBe('reading');
		const read = course({ reading: { channel: { openedAt: 't', readAt: 'u', updatedAt: 'u' } } });
		expect(playbookStatus(read, 'channel')).toBe('read');
		const passed = course({ ...read, quizzes: { channel: { best: 100, last: 100, attempts: 1, passedAt: 'v', updatedAt: 'v' } } });
		expect(playbookStatus(passed, 'channel')).toBe('passed');
	});
	it('does not count a failed quiz as passed, and keeps a pass after a later failed attempt', () => {
		const failed = course({ quizzes: { channel: { best: 60, last: 60, attempts: 1, updatedAt: 'v' } } });
		expect(playbookStatus(failed, 'channel')).toBe('not-started');
		const later = course({ quizzes: { channel: { best: 100, last: 40, attempts: 2, passedAt: 'v', updatedAt: 'w' } } });
		expect(playbookStatus(later, 'channel')).toBe('passed');
	});
	it('adds up progress in three steps per playbook and points to the first playbook not passed', () => {
		const c = course({
			reading: { a: { openedAt: 't', readAt: 't', updatedAt: 't' }, b: { openedAt: 't', updatedAt: 't' } },
			quizzes: { a: { best: 100, last: 100, attempts: 1, passedAt: 't', updatedAt: 't' } },
		});
		expect(courseProgress(c, ['a', 'b', 'c'])).toEqual({ done: 4, total: 9, passed: 1 });
		expect(nextPlaybook(c, ['a', 'b', 'c'])).toBe('b');
		expect(nextPlaybook(c, ['a'])).toBeUndefined();
	});
});

describe('quiz schema and checks', () => {
	const q = (extra: Record<string, unknown> = {}) => ({ q: '问题', type: 'single', options: ['甲', '乙', '丙'], answer: 'B', explain: '因为', stage: 'identify-target', ...extra });
	const issues = (input: unknown) => {
		const r = QuizSchema.safeParse(input);
		return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
	};
	it('turns answer letters into option indexes and defaults the pass mark to 80', () => {
		const quiz = QuizSchema.parse({ questions: [q(), q({ type: 'multiple', answer: ['C', 'A'] })] });
		expect(quiz.pass).toBe(80);
		expect(quiz.questions.map((x) => x.answer)).toEqual([[1], [0, 2]]);
	});
	it('fails an answer that names no option, naming the question', () => {
		expect(issues({ questions: [q({ answer: 'D' })] })).toEqual(['questions.0.answer: 答案 "D" 没有对应的选项（只有 A–C）']);
		expect(issues({ questions: [q(), q({ type: 'multiple', answer: ['A', 'E'] })] })).toEqual(['questions.1.answer.1: 答案 "E" 没有对应的选项（只有 A–C）']);
	});
	it('requires one answer for single choice and two or more for multiple choice', () => {
		expect(issues({ questions: [q({ answer: ['A', 'B'] })] })).toEqual(['questions.0.answer: 单选题只能有一个答案']);
		expect(issues({ questions: [q({ type: 'multiple', answer: ['A'] })] })).toEqual(['questions.0.answer: 多选题至少要有两个答案；只有一个请改为 type: single']);
	});
	it('refuses unknown fields, a bad stage id and duplicate options', () => {
		expect(issues({ questions: [q({ hint: 'x' })] })[0]).toMatch(/^questions\.0: /);
		expect(issues({ questions: [q({ stage: 'Stage One' })] })[0]).toMatch(/^questions\.0\.stage: /);
		expect(issues({ questions: [q({ options: ['甲', '甲'], answer: 'A' })] })).toEqual(['questions.0.options.1: 选项 "甲" 重复']);
	});
	it('reports a stage the playbook does not have, naming the file and the question', () => {
		const problems = quizStageProblems('content/quizzes/key-account.yaml', [{ q: '好题', stage: 'identify-target' }, { q: '坏题', stage: 'no-such-stage' }], new Set(['identify-target']));
		expect(problems).toEqual(['content/quizzes/key-account.yaml questions[1]（坏题）：stage "no-such-stage" 不是本手册的阶段（可用：identify-target）']);
	});
});
