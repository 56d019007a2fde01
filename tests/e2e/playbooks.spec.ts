/**
 * The six playbook pages as a reader sees them: each shows its stages, its flowchart(s) carry
 * the Chinese stage names, and no built page contains the damaged strings of the source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, DIST } from './site.ts';

interface Expected {
	path: string;
	/** Stage titles in page order; for multi-flow pages, per flow. */
	flows: Array<{ id?: string; title?: string; stages: string[] }>;
}

const PLAYBOOKS: Expected[] = [
	{
		path: '/playbooks/key-account/',
		flows: [{ stages: ['确定开发对象', '样品资料提供/信息收集', '价值评估/开发程序', '关系建立', '促成成交'] }],
	},
	{
		path: '/playbooks/market-development/',
		flows: [{ stages: ['定义目标', '市场研究和分析', '制定市场策略', '市场开发', '客户关系管理', '销售管理', '绩效评估和改进'] }],
	},
	{
		path: '/playbooks/sales-development/',
		flows: [{ stages: ['线索获取', '线索筛选', '线索跟进', '需求分析', '方案提案', '谈判与签约', '合同执行'] }],
	},
	{
		path: '/playbooks/real-estate/',
		flows: [
			{ id: 'reception', title: '接待流程', stages: ['接待来访客户', '介绍房源与购房条款', '来访致谢与跟进'] },
			{ id: 'subscription', title: '认购流程', stages: ['签署购房承诺函', '交纳定金', '认购确认'] },
			{ id: 'signing', title: '签约流程', stages: ['签约准备', '业主档案确认', '签订《商品房买卖合同》', '交纳房款', '办理按揭'] },
			{ id: 'special', title: '特殊事项流程', stages: ['逾期未签约', '补齐剩余款项', '按揭资料补齐'] },
		],
	},
	{
		path: '/playbooks/sales-template/',
		flows: [{ stages: ['客户潜在需求分析', '客户接触和沟通', '业务洽谈和报价', '合同签订和订单确认', '产品或服务交付', '售后服务和客户维护', '销售绩效评估和改进'] }],
	},
	{
		path: '/playbooks/channel/',
		flows: [{ stages: ['渠道规划', '渠道招商和培训', '渠道管理和激励', '渠道执行和监控', '渠道评估和优化'] }],
	},
];

const DAMAGED = ['阶段工作容', '商品买卖销合同', '步奏', '《商品房购房合同》'];

for (const pb of PLAYBOOKS) {
	test.describe(pb.path, () => {
		test('shows its stages, flow by flow, in order', async ({ page }) => {
			await page.goto(pb.path);
			const total = pb.flows.reduce((n, f) => n + f.stages.length, 0);
			await expect(page.locator('article.stage')).toHaveCount(total);
			const sections = page.locator('section.stages');
			await expect(sections).toHaveCount(pb.flows.length);
			for (const [i, flow] of pb.flows.entries()) {
				const section = sections.nth(i);
				if (flow.id) {
					await expect(section).toHaveAttribute('data-flow', flow.id);
					await expect(section.locator('h2')).toHaveText(flow.title!);
				}
				const titles = section.locator('article.stage h3');
				await expect(titles).toHaveCount(flow.stages.length);
				for (const [j, name] of flow.stages.entries()) await expect(titles.nth(j)).toContainText(name);
				for (const checklist of await section.locator('ul.checklist').all()) {
					const n = await checklist.locator('li').count();
					expect(n).toBeGreaterThanOrEqual(3);
					expect(n).toBeLessThanOrEqual(8);
				}
			}
		});

		test('draws each flowchart with the Chinese stage names', async ({ page }) => {
			await page.goto(pb.path);
			const sections = page.locator('section.stages');
			for (const [i, flow] of pb.flows.entries()) {
				const svg = sections.nth(i).locator('figure.flowchart svg');
				await expect(svg).toHaveCount(1);
				for (const name of flow.stages) await expect(svg).toContainText(name);
			}
		});
	});
}

test('the real-estate page has the gates the purchase rules create', async ({ page }) => {
	await page.goto('/playbooks/real-estate/');
	const gates = page.locator('.stage-gate');
	for (const q of ['是否在 7 日内签约？', '按揭材料是否齐全？', '是否在 30 日内补齐剩余款项？', '是否在 3 日内补齐按揭材料？'])
		await expect(gates.filter({ hasText: q })).toHaveCount(1);
	await expect(page.locator('main')).toContainText('《商品房买卖合同》');
});

test('no built page contains a damaged source string', () => {
	const hits: string[] = [];
	for (const path of builtPages()) {
		const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
		for (const bad of DAMAGED) if (html.includes(bad)) hits.push(`${path}: ${bad}`);
	}
	expect(hits).toEqual([]);
});
