import { describe as group, expect, it } from 'vitest';
import { doubledPunctuation, endWith, joinClauses } from '../../src/model/punctuation.ts';
import { describe } from '../../src/features/flowcharts/diagram-source.ts';

group('endWith', () => {
	it('adds the mark to a plain clause and keeps a question mark as the end of the sentence', () => {
		expect(endWith('进入下一阶段')).toBe('进入下一阶段。');
		expect(endWith('有成交机会吗？')).toBe('有成交机会吗？');
		expect(endWith('是否签约!')).toBe('是否签约!');
		expect(endWith('已完成。')).toBe('已完成。');
	});
	it('replaces a trailing comma, semicolon or colon by the new mark', () => {
		expect(endWith('第一项；')).toBe('第一项。');
		expect(endWith('如下：', '；')).toBe('如下；');
		expect(endWith('', '。')).toBe('');
	});
});

group('joinClauses', () => {
	it('never puts a separator after a question mark', () => {
		expect(joinClauses(['甲之后判断：有机会吗？', '乙之后判断：客户同意吗？'])).toBe('甲之后判断：有机会吗？乙之后判断：客户同意吗？');
		expect(joinClauses(['甲', '乙？', '丙'])).toBe('甲；乙？丙。');
		expect(joinClauses([])).toBe('');
	});
});

group('doubledPunctuation', () => {
	it('finds ？。 ？； 。。 ，。 ；。 、，', () => {
		for (const bad of ['有机会吗？。下一句', '有机会吗？；下一句', '完成。。', '甲，。', '甲；。', '甲、，乙', '甲。？'])
			expect(doubledPunctuation(bad), bad).toHaveLength(1);
	});
	it('accepts ？！, ……, ——, and a mark before a closing bracket or quote', () => {
		expect(doubledPunctuation('真的吗？！好……——“是。”（见上。）')).toEqual([]);
	});
});

group('diagram descriptions', () => {
	const stages = [
		{ id: 'a', label: '阶段一 确定开发对象', gate: { question: '有成交机会吗？' } },
		{ id: 'b', label: '阶段二 收集信息', gate: { question: '信息齐全' } },
		{ id: 'c', label: '阶段三 签约' },
	];
	it('ends a gate question once: no "？。" or "？；"', () => {
		const text = describe(['a', 'a-gate', 'b', 'b-gate', 'c'], stages);
		expect(text).toBe('流程依次为：阶段一 确定开发对象 → 阶段二 收集信息 → 阶段三 签约。阶段一 确定开发对象之后判断：有成交机会吗？阶段二 收集信息之后判断：信息齐全。各阶段节点可跳转到页面中的对应章节。');
		expect(doubledPunctuation(text)).toEqual([]);
	});
	it('reads well without gates', () => {
		expect(describe(['c'], stages)).toBe('流程依次为：阶段三 签约。各阶段节点可跳转到页面中的对应章节。');
	});
});

group('diagram descriptions in the playbook’s own noun', () => {
	it('says 步骤 on a 步骤 page', () => {
		const text = describe(['a'], [{ id: 'a', label: '步骤一 接待' }], '步骤');
		expect(text).toBe('流程依次为：步骤一 接待。各步骤节点可跳转到页面中的对应章节。');
		expect(text).not.toContain('阶段');
	});
});
