import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import yaml from 'js-yaml';
import { axeProblems, pdfPages, useTheme, watchErrors, axeOn } from './site.ts';
import { contentPlaybooks } from '../../tools/content.ts';

const playbookCount = contentPlaybooks().length;

const KA = '/playbooks/key-account/';
const QUIZ = '/onboarding/key-account/quiz/';

interface RawQuestion {
	type: 'single' | 'multiple';
	options: string[];
	answer: string | string[];
}
/** The key-account quiz as written in content, so the test answers what the author wrote. */
const questions = (yaml.load(readFileSync('content/quizzes/key-account.yaml', 'utf8')) as { questions: RawQuestion[] }).questions;
const answerIndexes = (q: RawQuestion) => (Array.isArray(q.answer) ? q.answer : [q.answer]).map((l) => l.charCodeAt(0) - 65);

/** The option written at `j` in the YAML, wherever this attempt shows it (options are shuffled). */
const option = (item: Locator, q: RawQuestion, j: number) => item.locator(`li[data-option="${j}"]`).getByRole(q.type === 'single' ? 'radio' : 'checkbox');

/** Answers every question (right, or wrong for the listed indexes) and confirms each. */
async function takeQuiz(page: Page, wrong: number[] = []) {
	await expect(page.locator('.quiz[data-ready]')).toBeVisible();
	for (const [i, q] of questions.entries()) {
		const item = page.locator(`li[data-question="${i}"]`);
		const right = answerIndexes(q);
		const pick = wrong.includes(i) ? [q.options.findIndex((_, j) => !right.includes(j))] : right;
		for (const j of pick) await option(item, q, j).check();
		await item.getByRole('button', { name: /确认答案/ }).click();
		await expect(item.locator('.quiz-verdict')).toContainText(wrong.includes(i) ? '回答错误' : '回答正确');
		await expect(item.locator('.quiz-explain a')).toHaveAttribute('href', /\/playbooks\/key-account\/#[a-z-]+$/);
	}
}

test('the attempt is saved in the click that confirms the last answer', async ({ page }) => {
	await page.goto(QUIZ);
	await expect(page.locator('.quiz[data-ready]')).toBeVisible();
	const last = questions.length - 1;
	for (const [i, q] of questions.entries()) {
		const item = page.locator(`li[data-question="${i}"]`);
		for (const j of answerIndexes(q)) await option(item, q, j).check();
		if (i < last) await item.getByRole('button', { name: /确认答案/ }).click();
	}
	// Click and read storage in one task: a save left for after the next render would miss it.
	const saved = await page.evaluate((n) => {
		document.querySelector<HTMLButtonElement>(`li[data-question="${n}"] .quiz-confirm`)!.click();
		return JSON.parse(localStorage.getItem('sales-playbook:state') ?? '{}').course?.quizzes?.['key-account'];
	}, last);
	expect(saved).toMatchObject({ best: 100, attempts: 1 });
});

const statusOf = (page: Page, slug: string) => page.locator(`.course-list li[data-playbook="${slug}"] .course-status`);

test('open → 阅读中, mark read → 已读, pass the quiz → 测验通过, all on /onboarding/ after a reload', async ({ page }) => {
	const errors = watchErrors(page);
	await page.goto('/onboarding/');
	await expect(page.locator('.course[data-ready]')).toBeVisible();
	await expect(statusOf(page, 'key-account')).toHaveText(/未开始/);
	await expect(page.locator('.course-list > li')).toHaveCount(playbookCount);

	await page.goto(KA);
	await expect(page.locator('.read-mark[data-ready] .course-status')).toContainText('阅读中');
	await page.goto('/onboarding/');
	await expect(statusOf(page, 'key-account')).toHaveText(/阅读中/);
	await expect(statusOf(page, 'channel')).toHaveText(/未开始/);

	await page.goto(KA);
	await page.getByRole('button', { name: /标记为已读/ }).click();
	await expect(page.locator('.read-mark .course-status')).toContainText('已读');
	await page.reload();
	await expect(page.locator('.read-mark[data-ready] .course-status')).toContainText('已读');
	await page.goto('/onboarding/');
	await expect(statusOf(page, 'key-account')).toHaveText(/已读/);

	await page.goto(QUIZ);
	await takeQuiz(page, [0, 1]);
	await expect(page.locator('.quiz-result h2')).toContainText('未通过');
	await expect(page.locator('.quiz-result h2')).toBeFocused();
	await page.getByRole('button', { name: '重新测验' }).click();
	await takeQuiz(page);
	await expect(page.locator('.quiz-result h2')).toContainText(`得分 ${questions.length}/${questions.length}（100%）：通过`);

	await page.goto('/onboarding/');
	await page.reload();
	await expect(statusOf(page, 'key-account')).toHaveText(/测验通过/);
	await expect(page.locator('li[data-playbook="key-account"] .course-score')).toContainText('最好成绩 100%（共 2 次）');
	await expect(page.locator('.course-progress')).toContainText(`测验通过 1/${playbookCount}`);
	await expect(page.locator('.course-progress .cl-count')).toHaveText(`3/${3 * playbookCount}`);
	expect(errors).toEqual([]);
});

test('export → clear → import restores the course records', async ({ page }, info) => {
	await page.goto(KA);
	await page.getByRole('button', { name: /标记为已读/ }).click();
	await page.goto('/onboarding/');
	await page.getByRole('textbox', { name: /学员姓名/ }).fill('王小明');
	await page.getByRole('textbox', { name: /学员姓名/ }).press('Tab');
	await page.goto(QUIZ);
	await takeQuiz(page);
	const saved = await page.evaluate(() => localStorage.getItem('sales-playbook:state'));

	await page.goto('/checklists/');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出全部（JSON）' }).click();
	const file = info.outputPath('backup.json');
	await (await download).saveAs(file);
	await page.evaluate(() => localStorage.clear());
	await page.goto('/onboarding/');
	await expect(statusOf(page, 'key-account')).toHaveText(/未开始/);

	await page.goto('/checklists/');
	// No saved data: the page paints before its script, and the file input is enabled once ready.
	await expect(page.getByLabel('导入备份文件')).toBeEnabled();
	await page.getByLabel('导入备份文件').setInputFiles(file);
	await page.getByRole('button', { name: '替换全部现有清单' }).click();
	expect(JSON.parse((await page.evaluate(() => localStorage.getItem('sales-playbook:state')))!)).toEqual(JSON.parse(saved!));
	await page.goto('/onboarding/');
	await expect(statusOf(page, 'key-account')).toHaveText(/测验通过/);
	await expect(page.getByRole('textbox', { name: /学员姓名/ })).toHaveValue('王小明');
});

test('a v1 document from before the course keeps its checklist and gains the course', async ({ page }) => {
	const run = { id: 'r1', playbook: 'key-account', name: '华东某集团', createdAt: 't', updatedAt: 't', archived: false, tasks: { 'identify-target/initial-contact': { done: true, updatedAt: 't' } }, gates: {} };
	await page.addInitScript((doc) => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem('sales-playbook:state', doc);
			sessionStorage.setItem('seeded', '1');
		}
	}, JSON.stringify({ version: 1, runs: { r1: run }, active: { 'key-account': 'r1' } }));
	await page.goto(KA);
	await expect(page.locator('.read-mark[data-ready] .course-status')).toContainText('阅读中');
	const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('sales-playbook:state')))!);
	expect(saved.version).toBe(2);
	expect(saved.runs.r1).toEqual(run);
	await expect(page.locator('article.stage[data-stage="identify-target"]').getByRole('checkbox', { name: /与客户初步沟通/ })).toBeChecked();
});

test('the printed completion record is one A4 page with name, date, status and best score', async ({ page }) => {
	await page.goto('/onboarding/');
	await page.getByRole('textbox', { name: /学员姓名/ }).fill('王小明');
	await page.getByRole('textbox', { name: /学员姓名/ }).press('Tab');
	await page.goto(QUIZ);
	await takeQuiz(page);
	await page.goto('/onboarding/');
	await page.getByRole('link', { name: '打印完成记录' }).click();
	await expect(page.locator('#pr-status')).toContainText('已填入');
	await expect(page.locator('[data-fill="learner"]')).toHaveText('王小明');
	await expect(page.locator('[data-fill="date"]')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
	await expect(page.locator('tr[data-playbook="key-account"] [data-cell="status"]')).toHaveText('测验通过');
	await expect(page.locator('tr[data-playbook="key-account"] [data-cell="best"]')).toHaveText('100%（1 次）');
	await expect(page.locator('tr[data-playbook="channel"] [data-cell="status"]')).toHaveText('未开始');
	await expect(page.locator('tr[data-playbook]')).toHaveCount(playbookCount);
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdfPages(pdf)).toBe(1);
});

test('options are shuffled for each attempt, lettered in the order shown, and graded by the key', async ({ page }) => {
	await page.goto(QUIZ);
	await expect(page.locator('.quiz[data-ready]')).toBeVisible();
	const shown = () => page.locator('.quiz-list > li').evaluateAll((items) => items.map((li) => [...li.querySelectorAll('[data-option]')].map((o) => o.getAttribute('data-option')).join()));
	const written = questions.map((q) => q.options.map((_, j) => j).join());
	const first = await shown();
	// Never the written order (the shuffle excludes it), so no question is guessable by position.
	first.forEach((order, i) => expect(order, `question ${i + 1}`).not.toBe(written[i]));
	const letters = await page.locator('li[data-question="0"] .quiz-letter').allTextContents();
	expect(letters).toEqual(questions[0]!.options.map((_, i) => `${String.fromCharCode(65 + i)}.`));
	// A wrong answer names the right option by the letter it has in this attempt.
	const q0 = questions[0]!;
	const right = answerIndexes(q0);
	const item = page.locator('li[data-question="0"]');
	await option(item, q0, q0.options.findIndex((_, j) => !right.includes(j))).check();
	await item.getByRole('button', { name: /确认答案/ }).click();
	const position = first[0]!.split(',').indexOf(String(right[0]));
	await expect(item.locator('.quiz-verdict')).toHaveText(`✗ 回答错误，正确答案是 ${String.fromCharCode(65 + position)}`);
	await expect(item.locator('li[data-mark="answer"] .quiz-letter')).toHaveText(`${String.fromCharCode(65 + position)}.`);
	// 重新测验 deals a new order.
	for (const [i, q] of questions.entries()) {
		if (i === 0) continue;
		const next = page.locator(`li[data-question="${i}"]`);
		for (const j of answerIndexes(q)) await option(next, q, j).check();
		await next.getByRole('button', { name: /确认答案/ }).click();
	}
	await page.getByRole('button', { name: '重新测验' }).click();
	await expect(page.locator('li[data-question="0"] .quiz-verdict')).toHaveCount(0);
	expect(await shown()).not.toEqual(first);
});

test('the quiz works from the keyboard alone', async ({ page }) => {
	await page.goto(QUIZ);
	await expect(page.locator('.quiz[data-ready]')).toBeVisible();
	const first = page.locator('li[data-question="0"]');
	const right = answerIndexes(questions[0]!)[0]!;
	await option(first, questions[0]!, right).focus();
	await page.keyboard.press('Space');
	await page.keyboard.press('Tab');
	await expect(first.getByRole('button', { name: /确认答案/ })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(first.locator('.quiz-verdict')).toContainText('回答正确');
});

test('axe finds nothing on a quiz with its feedback showing, in dark and light', async ({ page }) => {
	// Two full axe runs on a long page: more than a minute on a loaded 2-core machine.
	test.slow();
	await useTheme(page, 'dark');
	await page.goto(QUIZ);
	await takeQuiz(page, [1]);
	for (const theme of ['dark', 'light'] as const) {
		await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
		const results = await axeOn(page).analyze();
		expect.soft(axeProblems(results.violations), theme).toEqual([]);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the course lists the playbooks and the quiz shows questions with answers to reveal', async ({ page }) => {
		await page.goto('/onboarding/');
		await expect(page.locator('.course-list > li')).toHaveCount(playbookCount);
		await expect(page.locator('.course-list > li').first()).toContainText('大客户开发流程');
		await expect(page.locator('.course-static')).toBeVisible();
		await page.goto(QUIZ);
		await expect(page.locator('.quiz-list > li')).toHaveCount(questions.length);
		// Without JavaScript the options stay in the written order, so the key reads as written.
		const key = answerIndexes(questions[0]!).map((i) => String.fromCharCode(65 + i)).join('、');
		await expect(page.locator('.quiz-list details').first()).toContainText(`答案：${key}`);
	});
});

test('the sidebar and the home page lead to the course', async ({ page }) => {
	await page.goto('/glossary/');
	await expect(page.locator('#starlight__sidebar a[href="/onboarding/"]')).toHaveText(/入门课程/);
	await page.goto('/');
	await page.locator('.hero').getByRole('link', { name: /入门课程/ }).click();
	await expect(page).toHaveURL(/\/onboarding\/$/);
	await expect(page.locator('h1')).toHaveText('入门课程');
});
