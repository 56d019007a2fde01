/**
 * The rendered diagrams are committed so a machine without a browser can build. This fails
 * when a diagram in content/ has no current SVG in cache/diagrams/, or the cache holds SVGs no
 * diagram uses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inventory } from '../../tools/diagram-inventory.ts';
import { decorateSvg } from '../../src/features/flowcharts/decorate.ts';

const root = process.cwd();
const cacheDir = join(root, 'cache/diagrams');
const diagrams = await inventory(join(root, 'content'), root);

describe('committed diagram cache', () => {
	it('finds the diagrams in content', () => {
		expect(diagrams.length).toBeGreaterThan(0);
	});
	it('has a current SVG for every diagram (else run `npm run diagrams` and commit cache/diagrams/)', () => {
		const missing = diagrams.filter((d) => !existsSync(join(cacheDir, `${d.key}.svg`))).map((d) => `${d.file}:${d.line}`);
		expect(missing).toEqual([]);
	});
	it('holds nothing that no diagram uses (run `npm run diagrams -- --prune`)', () => {
		const keys = new Set(diagrams.map((d) => `${d.key}.svg`));
		expect(readdirSync(cacheDir).filter((f) => !keys.has(f))).toEqual([]);
	});
	it('has no unlabelled node in any diagram', () => {
		expect(diagrams.filter((d) => d.prepared.unknownIds.length).map((d) => `${d.file}:${d.line} ${d.prepared.unknownIds}`)).toEqual([]);
	});
});

describe('decorateSvg', () => {
	const first = diagrams.find((d) => d.stages.length > 0)!;
	const svg = readFileSync(join(cacheDir, `${first.key}.svg`), 'utf8');
	const figure = decorateSvg(svg, {
		idPrefix: 'fc-9',
		links: new Map(first.stages.map((s) => [s.id, s.label])),
		caption: first.title,
	});
	const html = JSON.stringify(figure);

	it('drops Mermaid’s own colours so the site theme applies', () => {
		expect(html).not.toContain('<style>');
		expect(JSON.stringify(figure.children[0])).not.toMatch(/"tagName":"style"/);
	});
	it('wraps every stage node in a link to its section', () => {
		for (const s of first.stages) expect(html).toContain(`"href":"#${s.id}"`);
	});
	it('keeps what draws: every url(#…) still resolves, and every stage label is still in the text', () => {
		const ids = new Set([...html.matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]));
		const refs = [...html.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);
		expect(refs.length).toBeGreaterThan(0);
		for (const r of refs) expect(ids.has(r), r).toBe(true);
		const text = [...html.matchAll(/"type":"text","value":"([^"]*)"/g)].map((m) => m[1]).join('');
		for (const s of first.stages) expect(text).toContain(s.label.replace(/\s+/g, ' '));
	});
	it('drops what draws nothing: unused definitions, word tspans, empty rectangles and bare groups', () => {
		const count = (tag: string) => (html.match(new RegExp(`"tagName":"${tag}"`, 'g')) ?? []).length;
		const before = (tag: string) => (svg.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length;
		expect(before('marker')).toBeGreaterThan(count('marker'));
		expect(html).not.toContain('text-inner-tspan');
		const nodes: unknown[] = [];
		const find = (n: { properties?: { className?: string[] }; children?: unknown[] }) => {
			if (n.properties?.className?.includes('node')) nodes.push(n);
			else for (const c of n.children ?? []) find(c as typeof n);
		};
		find(figure as never);
		expect(nodes.length).toBeGreaterThanOrEqual(first.stages.length);
		for (const node of nodes) expect(JSON.stringify(node)).not.toMatch(/"tagName":"rect","properties":\{("className":\["background"\]|\})/);
		expect(html).not.toContain('dataPoints');
		const elements = (html.match(/"type":"element"/g) ?? []).length;
		const raw = (svg.match(/<[a-zA-Z]/g) ?? []).length;
		expect(elements).toBeLessThan(raw * 0.7);
	});
	it('draws every stadium node as one rounded <rect>, not rough.js curves', () => {
		const stadiums = diagrams.filter((d) => d.prepared.source.includes('(['));
		expect(stadiums.length).toBeGreaterThan(0);
		for (const d of stadiums) {
			const out = JSON.stringify(decorateSvg(readFileSync(join(cacheDir, `${d.key}.svg`), 'utf8'), { idPrefix: 'fc-1', links: new Map(), caption: d.title }));
			expect(out, d.file).not.toContain('outer-path');
			expect(out, d.file).toMatch(/"tagName":"rect","properties":\{"className":\["basic","label-container"\],"x":"-?[\d.]+","y":"-?[\d.]+","width":"[\d.]+","height":"[\d.]+","rx":"[\d.]+"/);
			expect(Math.max(...[...out.matchAll(/"d":"([^"]*)"/g)].map((m) => m[1]!.length)), d.file).toBeLessThan(1_000);
		}
	});
	it('gives every id on the page its own prefix', () => {
		expect(html).not.toContain('zzfczz');
		expect(html).toContain('fc-9-flowchart-');
	});
});
