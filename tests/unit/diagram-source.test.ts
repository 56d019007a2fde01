import { describe, expect, it } from 'vitest';
import { authorLine, checkCoverage, diagramKey, flowchartNodeIds, prepareDiagram } from '../../src/features/flowcharts/diagram-source.ts';

const stages = [
	{ id: 'identify-target', label: '阶段一 确定开发对象', gate: { question: '有成交机会吗？' } },
	{ id: 'gather-info', label: '阶段二 样品资料提供/信息收集' },
];
const source = `flowchart TD
  identify-target --> identify-target-gate
  identify-target-gate -->|是| gather-info
  identify-target-gate -->|否| stop(["终止开发"])`;

describe('prepareDiagram', () => {
	const prepared = prepareDiagram(source, { stages, title: '大客户开发流程图' });

	it('labels a bare stage id with its stage label, once', () => {
		expect(prepared.source).toContain('identify-target["阶段一 确定开发对象"] -->');
		const body = prepared.source.split('\n').slice(3).join('\n');
		expect(body.match(/阶段一 确定开发对象/g)).toHaveLength(1);
		expect(prepared.source).toContain('|是| gather-info["阶段二 样品资料提供/信息收集"]');
	});
	it('draws <stage>-gate as a decision with the gate question', () => {
		expect(prepared.source).toContain('identify-target-gate{"有成交机会吗？"}');
	});
	it('keeps labels the author wrote and text inside edge labels', () => {
		expect(prepared.source).toContain('stop(["终止开发"])');
		expect(prepared.source).toContain('-->|否|');
	});
	it('adds a title and a description for screen readers after the first line', () => {
		const lines = prepared.source.split('\n');
		expect(lines[0]).toBe('flowchart TD');
		expect(lines[1]).toBe('  accTitle: 大客户开发流程图');
		expect(lines[2]).toMatch(/^ {2}accDescr: 流程依次为：阶段一 确定开发对象 → 阶段二 样品资料提供\/信息收集。阶段一 确定开发对象之后判断：有成交机会吗？/);
		expect(prepared.insertedLines).toBe(2);
	});
	it('does not add accessibility lines the author already wrote', () => {
		const own = prepareDiagram('flowchart LR\n  accTitle: 自定义\n  accDescr: 说明\n  a["A"] --> b["B"]', { stages: [], title: 'x' });
		expect(own.insertedLines).toBe(0);
		expect(own.source.match(/accTitle/g)).toHaveLength(1);
	});
	it('lists node ids and the unlabelled ones that name no stage', () => {
		expect(prepared.nodeIds).toEqual(['identify-target', 'identify-target-gate', 'gather-info', 'stop']);
		expect(prepared.unknownIds).toEqual([]);
		const typo = prepareDiagram('flowchart TD\n  identify-target --> gather-infos', { stages, title: 't' });
		expect(typo.unknownIds).toEqual(['gather-infos']);
	});
	it('never lets an id swallow an arrow written without spaces', () => {
		expect(flowchartNodeIds('flowchart TD\n  a-->b\n  b-.->c\n  c==>d')).toEqual(['a', 'b', 'c', 'd']);
	});
	it('escapes quotes in labels', () => {
		const p = prepareDiagram('flowchart TD\n  s1', { stages: [{ id: 's1', label: '称"导演"' }], title: 't' });
		expect(p.source).toContain('s1["称#quot;导演#quot;"]');
	});
});

describe('checkCoverage', () => {
	const playbook = [{ id: 'a' }, { id: 'b', gate: {} }, { id: 'c' }];
	it('passes when every stage is drawn and every node is known', () => {
		expect(checkCoverage(playbook, [{ nodeIds: ['a', 'b', 'b-gate', 'c', 'stop'], unknownIds: [] }])).toEqual([]);
	});
	it('names a stage missing from the flowchart', () => {
		expect(checkCoverage(playbook, [{ nodeIds: ['a', 'b'], unknownIds: [] }])).toEqual(['阶段 "c" 没有出现在流程图中']);
	});
	it('names a node that is no stage', () => {
		const errors = checkCoverage(playbook, [{ nodeIds: ['a', 'b', 'c', 'x'], unknownIds: ['x'] }]);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain('"x"');
	});
	it('checks each flow against its own diagram', () => {
		const flows = [{ id: 'a', flow: 'one' }, { id: 'b', flow: 'two' }];
		expect(checkCoverage(flows, [{ flow: 'one', nodeIds: ['a', 'b'], unknownIds: [] }])).toEqual(['阶段 "b" 没有出现在流程 "two" 的流程图中']);
	});
});

describe('authorLine and diagramKey', () => {
	it('maps a rendered line back past the inserted accessibility lines', () => {
		expect(authorLine(1, 2)).toBe(1);
		expect(authorLine(5, 2)).toBe(3);
	});
	it('changes the key when source, Mermaid version or config change', () => {
		const settings = { mermaidVersion: '12.3.0', config: { theme: 'base' }, rendererVersion: 1 };
		const key = diagramKey('flowchart TD\n a', settings);
		expect(key).toMatch(/^[0-9a-f]{20}$/);
		expect(diagramKey('flowchart TD\n a', settings)).toBe(key);
		expect(diagramKey('flowchart TD\n b', settings)).not.toBe(key);
		expect(diagramKey('flowchart TD\n a', { ...settings, mermaidVersion: '12.4.0' })).not.toBe(key);
		expect(diagramKey('flowchart TD\n a', { ...settings, config: { theme: 'dark' } })).not.toBe(key);
	});
});
