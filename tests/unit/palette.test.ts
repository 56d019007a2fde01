import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { FUSE_OPTIONS, isLatinQuery, keysFor, normalizeQuery, rank } from '../../src/features/search/palette.ts';
import { buildPaletteIndex, pinyinOf } from '../../src/features/search/palette-index.ts';
import { makePlaybook } from './make-playbook.ts';

const index = buildPaletteIndex({
	pages: [{ title: '我的清单', href: '/checklists/' }],
	playbooks: [
		makePlaybook({
			slug: 'key-account',
			title: '大客户开发流程',
			stages: [
				{ id: 'identify-target', title: '确定开发对象', tasks: [{ id: 't', text: '确定客户的采购要求' }] },
				{ id: 'close-deal', title: '促成成交', tasks: [{ id: 'v', text: '组织客户考察/验厂' }] },
			],
		}),
		makePlaybook({
			slug: 'real-estate',
			title: '房地产销售工作流程',
			flows: [{ id: 'signing', title: '签约流程' }],
			stages: [{ id: 'sign-contract', title: '签约', flow: 'signing', tasks: [{ id: 'x', text: '签订《商品房买卖合同》' }] }],
		}),
	],
	templates: [{ title: '客户签约须知', href: '/templates/signing-notice/', kind: 'form' }],
	terms: [{ term: '验厂', href: '/glossary/#term-验厂' }],
});

function search(query: string) {
	const fuse = new Fuse(index, { ...FUSE_OPTIONS, keys: keysFor(query) });
	return rank(fuse.search(normalizeQuery(query)), query);
}

describe('palette index', () => {
	it('computes full pinyin and initials at build time', () => {
		expect(pinyinOf('签约须知')).toEqual({ p: 'qianyuexuzhi', i: 'qyxz' });
		expect(pinyinOf('A4 清单')).toEqual({ p: 'a4qingdan', i: 'a4qd' });
	});
	it('lists playbooks, flows, stages, tasks, templates, terms and pages with where they sit', () => {
		const kinds = new Set(index.map((e) => e.k));
		expect([...kinds].sort()).toEqual(['任务', '术语', '模板', '流程', '阶段', '页面'].sort());
		const stage = index.find((e) => e.t === '签约')!;
		expect(stage).toMatchObject({ k: '阶段', w: '房地产销售工作流程 › 签约流程 › 阶段一', h: '/playbooks/real-estate/#sign-contract' });
		expect(index.find((e) => e.t === '签约流程')).toMatchObject({ k: '流程', h: '/playbooks/real-estate/#signing' });
	});
});

describe('palette search', () => {
	it('tells pinyin from Chinese and normalises it', () => {
		expect(isLatinQuery('qian yue')).toBe(true);
		expect(isLatinQuery('签约')).toBe(false);
		expect(normalizeQuery(" Qian'Yue ")).toBe('qianyue');
	});
	it('finds by initials: qy → 签约 first, dkh → 大客户开发流程', () => {
		expect(search('qy')[0]!.t).toBe('签约');
		expect(search('dkh')[0]!.t).toBe('大客户开发流程');
	});
	it('finds by full pinyin and by Chinese text anywhere in a title', () => {
		expect(search('qianyue')[0]!.t).toBe('签约');
		expect(search('验厂').map((e) => e.t)).toEqual(['验厂', '组织客户考察/验厂']);
	});
	it('puts bigger kinds first when scores tie', () => {
		expect(search('签约流程')[0]!.k).toBe('流程');
	});
});
