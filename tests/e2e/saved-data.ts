/**
 * Saved data as a returning user has it: three customer runs (one archived), the course partly
 * done with a quiz score and a learner name, and a buyer's values for the forms kept on the device.
 * Written before the page loads, so a test sees the page restore them (issue 15: layout shift).
 */
import type { Page } from '@playwright/test';
import { contentPlaybooks } from '../../tools/content.ts';
import { STORAGE_KEY, CURRENT_VERSION } from '../../src/features/store/shape.ts';
import { STORE_KEY as BUYER_KEY } from '../../src/features/templates/fill-once.ts';

export function savedState(now = new Date()) {
	const iso = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString();
	const runs: Record<string, unknown> = {};
	const names = ['华润置地 2026-12', '华东某集团（二期）', '万科城 样板间'];
	contentPlaybooks()
		.slice(0, 3)
		.forEach((pb, i) => {
			const [first] = pb.stages;
			const id = `run-saved-${i}`;
			const tasks = Object.fromEntries(first!.taskKeys.map((k, n) => [k, { done: n < 2, ...(n === 0 ? { doneAt: iso(3).slice(0, 10), note: '已约见采购经理' } : {}), updatedAt: iso(i + 1) }]));
			runs[id] = { id, playbook: pb.slug, name: names[i], customer: names[i], rep: '王敏', createdAt: iso(10 + i), updatedAt: iso(i + 1), archived: i === 2, tasks, gates: {} };
		});
	const [pb] = contentPlaybooks();
	return {
		version: CURRENT_VERSION,
		runs,
		active: { [pb!.slug]: 'run-saved-0' },
		course: {
			learner: { name: '李新', updatedAt: iso(2) },
			reading: { [pb!.slug]: { openedAt: iso(5), readAt: iso(4), updatedAt: iso(4) } },
			quizzes: { [pb!.slug]: { best: 80, last: 80, attempts: 2, passedAt: iso(4), updatedAt: iso(4) } },
		},
	};
}

/** The buyer of the purchase commitment letter, with the 月供 calculator filled. */
export const SAVED_BUYER: Record<string, string> = {
	客户姓名: '张伟',
	定房年: '2026',
	定房月: '11',
	定房日: '28',
	房号: '3-1201',
	土地使用年限: '70',
	面积: '89.5',
	总价: '1500000',
	首付款: '450000',
	LPR: '3.05',
	LPR基点: '-30',
	贷款年限: '30',
	联系电话: '13800138000',
	置业顾问: '王敏',
	项目名称: '某某花园',
};

/** Writes the saved state and the buyer's values before every page load of `page`. */
export async function withSavedData(page: Page) {
	await page.addInitScript(
		({ key, doc, buyerKey, buyer }) => {
			localStorage.setItem(key, JSON.stringify(doc));
			localStorage.setItem(buyerKey, JSON.stringify({ v: 1, values: buyer }));
		},
		{ key: STORAGE_KEY, doc: savedState(), buyerKey: BUYER_KEY, buyer: SAVED_BUYER },
	);
}

/** Starts collecting layout shifts (not caused by input) from the first paint of every page load. */
export async function watchLayoutShifts(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __shifts: Array<{ value: number; sources: string[] }> };
		w.__shifts = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node }> }>) {
				if (e.hadRecentInput) continue;
				const sources = (e.sources ?? []).map((s) => {
					const el = s.node instanceof Element ? s.node : s.node?.parentElement;
					return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}` : '#text';
				});
				w.__shifts.push({ value: e.value, sources });
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** The layout shifts so far: their sum (what CLS adds up for a short visit) and what moved. */
export async function layoutShifts(page: Page): Promise<{ total: number; shifts: Array<{ value: number; sources: string[] }> }> {
	const shifts = await page.evaluate(() => (window as unknown as { __shifts: Array<{ value: number; sources: string[] }> }).__shifts);
	return { total: shifts.reduce((n, s) => n + s.value, 0), shifts };
}
