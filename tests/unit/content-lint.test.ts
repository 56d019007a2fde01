/**
 * Content lint (issue 13). Each check is a small pure function proven here to fail on a bad
 * example; the quiz check also runs over content/quizzes/. The checks of built text (doubled
 * punctuation, English UI words, 阶段 on 步骤 pages, editorial fields without their mark) run over
 * dist/ in scripts/check-dist.ts, after the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { clusteredKeys, doubledPunctuation, englishWords, markItems, mixedStageNouns, unmarkedEditorial, type LintStage, type RawQuestion } from '../../tools/content-lint.ts';
import { pageText } from '../../tools/page-text.ts';
import { chineseNumeral } from '../../src/model/ordinal.ts';

/** "阶段二": the stage's place in its flow, as the playbook model numbers it. */
const stageOrdinal = <S extends object>(stages: S[], s: S) => `阶段${chineseNumeral(stages.filter((x) => (x as { flow?: string }).flow === (s as { flow?: string }).flow).indexOf(s) + 1)}`;

const single = (answer: string): RawQuestion => ({ type: 'single', options: ['甲', '乙', '丙', '丁'], answer });

describe('clusteredKeys: a quiz guessable by position', () => {
	it('fails a quiz whose single-choice keys are all A or B', () => {
		expect(clusteredKeys(['A', 'B', 'B', 'A', 'B'].map(single))).toBe('单选题答案集中在 B、A：5 题中占 100%（上限 60%；分布 A 2，B 3）');
	});
	it('fails 3 of 4 in one letter and passes keys spread over A–D', () => {
		expect(clusteredKeys(['C', 'C', 'C', 'A'].map(single))).not.toBeNull();
		expect(clusteredKeys(['A', 'B', 'C', 'D'].map(single))).toBeNull();
		// Six keys over four letters cannot do better than 2+2: that is spread, not clustered.
		expect(clusteredKeys(['A', 'C', 'D', 'B', 'C', 'D'].map(single))).toBeNull();
		expect(clusteredKeys(['A', 'A', 'B', 'B', 'A', 'C'].map(single))).not.toBeNull();
		expect(clusteredKeys(['A', 'B', 'C', 'D', 'B', 'C', 'A', 'D'].map(single))).toBeNull();
	});
	it('ignores multiple-choice questions and quizzes with fewer than four single-choice questions', () => {
		expect(clusteredKeys(['A', 'A', 'A'].map(single))).toBeNull();
		expect(clusteredKeys([...['A', 'B', 'C', 'D'].map(single), { type: 'multiple', options: [1, 2, 3], answer: ['A', 'B'] }, { type: 'multiple', options: [1, 2, 3], answer: ['A', 'B'] }])).toBeNull();
	});

	const dir = 'content/quizzes';
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
		it(`spreads the single-choice keys of ${file} over the positions`, () => {
			const quiz = yaml.load(readFileSync(`${dir}/${file}`, 'utf8')) as { questions: RawQuestion[] };
			expect(clusteredKeys(quiz.questions)).toBeNull();
		});
	}
});

describe('doubledPunctuation', () => {
	it('fails generated text that ends a question twice', () => {
		expect(doubledPunctuation('阶段一之后判断：有成交机会吗？。各阶段节点可跳转')).toHaveLength(1);
		expect(doubledPunctuation('有成交机会吗？；阶段二')).toHaveLength(1);
		expect(doubledPunctuation('有成交机会吗？阶段二')).toEqual([]);
	});
});

describe('englishWords', () => {
	it('fails Starlight’s English anchor text and allows brands, formats and key names', () => {
		expect(englishWords('Section titled “谁在用”')).toEqual(['Section', 'titled']);
		expect(englishWords('导出全部（JSON） 打印 / 存为 PDF · A4 纸 · Ctrl K · Esc 关闭 · Pagefind · LPR 3.05%')).toEqual([]);
		expect(englishWords('Skip to content')).toEqual(['Skip', 'to', 'content']);
	});
	it('reads aria-labels and titles as well as text', () => {
		const page = pageText('<main><a aria-label="Next page" href="#">下一页</a><span title="Copied!">好</span><script>var English = 1</script></main>');
		expect(englishWords([page.text, ...page.attributes].join('\n'))).toEqual(['Next', 'page', 'Copied']);
	});
});

describe('mixedStageNouns', () => {
	it('fails a 步骤 page that says 阶段, in labels or in UI text', () => {
		expect(mixedStageNouns('步骤一 接待来访客户 阶段二 介绍房源', '步骤')).toHaveLength(1);
		expect(mixedStageNouns('步骤一 接待来访客户（跳转到该阶段）', '步骤')).toHaveLength(1);
		expect(mixedStageNouns('步骤一 接待来访客户（跳转到该步骤）', '步骤')).toEqual([]);
	});
	it('fails a 阶段 page that numbers 步骤, and lets it use 步骤 as an ordinary word', () => {
		expect(mixedStageNouns('阶段一 确定开发对象 步骤二 提供样品', '阶段')).toHaveLength(1);
		expect(mixedStageNouns('阶段一 确定开发对象：按以下步骤沟通', '阶段')).toEqual([]);
	});
});

describe('unmarkedEditorial', () => {
	const stages: LintStage[] = [
		{ id: 'a', title: '确定开发对象', owners: ['开发经理'], goal: '找到值得开发的客户', tasks: [{ text: '了解潜在需求。' }, { text: '初步沟通。', editorial: true }], focus: ['重点一', '重点二'], keywords: ['潜在需求'], editorial: ['focus'] },
		{ id: 'b', title: '价值评估', goal: '判断是否值得投入', tasks: [{ text: '评估成交可能性。' }], editorial: true },
	];
	const items = markItems(stages, (s) => stageOrdinal(stages, s));
	const good =
		'阶段一 确定开发对象 参与人员 开发经理 目标 找到值得开发的客户 工作内容 ☐ 了解潜在需求。 ☐ 初步沟通。（编者补充） 工作重点 编者补充 1. 重点一 2. 重点二 关键词 潜在需求 ' +
		'阶段二 价值评估 编者补充 目标 判断是否值得投入 ☐ 评估成交可能性。';
	it('passes a page with every mark where it belongs', () => {
		expect(unmarkedEditorial(good, items)).toEqual([]);
	});
	it('fails a print sheet that drops the marks', () => {
		expect(unmarkedEditorial(good.replaceAll('编者补充', ''), items)).toEqual(['阶段一 确定开发对象 / 工作内容“初步沟通。…”', '阶段一 确定开发对象 / 工作重点', '阶段二 价值评估（整个阶段）']);
	});
	it('does not count a neighbour’s mark: a mark after one task is not the next task’s', () => {
		const moved = good.replace('☐ 了解潜在需求。 ☐ 初步沟通。（编者补充）', '☐ 了解潜在需求。（编者补充） ☐ 初步沟通。');
		expect(unmarkedEditorial(moved, items)).toEqual(['阶段一 确定开发对象 / 工作内容“初步沟通。…”']);
	});
	it('takes a mark on every part of a wholly editorial stage for the mark at its title, but not a mark on some', () => {
		const deck = good.replace('阶段二 价值评估 编者补充 目标 判断是否值得投入 ☐ 评估成交可能性。', '阶段二 价值评估 目标 判断是否值得投入 编者补充 工作内容 编者补充 ☐ 评估成交可能性。');
		expect(unmarkedEditorial(deck, items)).toEqual([]);
		const some = good.replace('阶段二 价值评估 编者补充 目标 判断是否值得投入 ☐ 评估成交可能性。', '阶段二 价值评估 目标 判断是否值得投入 编者补充 ☐ 评估成交可能性。');
		expect(unmarkedEditorial(some, items)).toEqual(['阶段二 价值评估（整个阶段）']);
	});
	it('finds a stage by its goal and tasks, not by an overview that lists the titles first (a deck)', () => {
		const deck =
			'概览 阶段一 确定开发对象 阶段二 价值评估 ' +
			'阶段一 · 流程 确定开发对象 找到值得开发的客户 参与人员 开发经理 ☐ 了解潜在需求。 ☐ 初步沟通。 编者补充 工作重点 编者补充 1. 重点一 2. 重点二 关键词 潜在需求 ' +
			'阶段二 · 流程 价值评估 判断是否值得投入 编者补充 工作内容 编者补充 ☐ 评估成交可能性。';
		expect(unmarkedEditorial(deck, items)).toEqual([]);
		expect(unmarkedEditorial(deck.replace('判断是否值得投入 编者补充', '判断是否值得投入'), items)).toEqual(['阶段二 价值评估（整个阶段）']);
	});
	it('does not judge what an output leaves out (a print sheet without 工作重点)', () => {
		const sheet = '阶段一 确定开发对象 ☐ 了解潜在需求。 ☐ 初步沟通。（编者补充） 阶段二 价值评估 编者补充 ☐ 评估成交可能性。';
		expect(unmarkedEditorial(sheet, items)).toEqual([]);
	});
	it('keeps each stage to its own part of the page (a keyword found in a later stage does not skip stages)', () => {
		const later: LintStage[] = [
			{ id: 'a', title: '信息收集', tasks: [{ text: '提供样品。' }], keywords: ['内线'] },
			{ id: 'b', title: '关系建立', tasks: [{ text: '通过内线保持往来。' }], editorial: true },
		];
		const sheet = '阶段一 信息收集 ☐ 提供样品。 阶段二 关系建立 ☐ 通过内线保持往来。';
		expect(unmarkedEditorial(sheet, markItems(later, (s) => stageOrdinal(later, s)))).toEqual(['阶段二 关系建立（整个阶段）']);
	});
});

describe('pageText', () => {
	it('reads text in order, leaves out scripts and (unless asked) SVG, and honours within/skip', () => {
		const html = '<body><nav>导航</nav><main><h2>标题<a class="sl-anchor-link"><span>链接到“标题”一节</span></a></h2><svg><text>图中文字</text></svg><p>正文</p><script>x()</script></main></body>';
		expect(pageText(html, { within: 'main', skip: ['sl-anchor-link'] }).text).toBe('标题 正文');
		expect(pageText(html, { svg: true }).text).toBe('导航 标题 链接到“标题”一节 图中文字 正文');
	});
});
