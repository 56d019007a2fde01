/**
 * Every diagram the content defines, found without building: for the test that the committed
 * cache is complete and current, and for `npm run diagrams`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import yaml from 'js-yaml';
import { diagramKey } from '../src/features/flowcharts/diagram-source.ts';
import { pagePlaybook, preparePageDiagram, type PageDiagram, type PageFrontmatter } from '../src/features/flowcharts/page.ts';
import { RENDER_SETTINGS } from '../src/features/flowcharts/renderer.ts';

export interface DiagramEntry extends PageDiagram {
	file: string;
	/** Line of the opening fence. */
	line: number;
	key: string;
}

/** Splits a Markdown/MDX file into its YAML frontmatter (parsed) and body. */
export function splitFrontmatter(text: string): { frontmatter: PageFrontmatter; bodyStart: number } {
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
	if (!m) return { frontmatter: {}, bodyStart: 0 };
	return { frontmatter: (yaml.load(m[1]!) ?? {}) as PageFrontmatter, bodyStart: m[0].split('\n').length - 1 };
}

/** The ```mermaid fences of one file, prepared as the build prepares them. */
export function diagramsInText(file: string, text: string): DiagramEntry[] {
	const { frontmatter } = splitFrontmatter(text);
	const playbook = pagePlaybook(basename(file, extname(file)), frontmatter);
	const lines = text.split(/\r?\n/);
	const out: DiagramEntry[] = [];
	for (let i = 0; i < lines.length; i++) {
		const open = /^(\s*)(`{3,}|~{3,})mermaid(?:\s+(.*))?$/.exec(lines[i]!);
		if (!open) continue;
		const indent = open[1]!.length;
		const fence = open[2]!;
		const body: string[] = [];
		let j = i + 1;
		for (; j < lines.length && !new RegExp(`^\\s*${fence[0]}{${fence.length},}\\s*$`).test(lines[j]!); j++)
			body.push(lines[j]!.slice(Math.min(indent, lines[j]!.length - lines[j]!.trimStart().length)));
		const diagram = preparePageDiagram(body.join('\n'), open[3], String(frontmatter.title ?? ''), playbook);
		out.push({ ...diagram, file, line: i + 1, key: diagramKey(diagram.prepared.source, RENDER_SETTINGS) });
		i = j;
	}
	return out;
}

/** All diagrams under a content folder. */
export async function inventory(contentDir: string, root = process.cwd()): Promise<DiagramEntry[]> {
	const files = (await readdir(contentDir, { recursive: true })).filter((f) => /\.mdx?$/.test(f)).map((f) => join(contentDir, f)).sort();
	const all = await Promise.all(files.map(async (f) => diagramsInText(relative(root, f), await readFile(f, 'utf8'))));
	return all.flat();
}
