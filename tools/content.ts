/**
 * The content as the tests read it: the playbooks normalized by the site's own model (the same
 * labels, anchors and task keys the pages use) and the template ids, straight from content/, so
 * tests derive what a page must show instead of pinning a copy of the content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { splitFrontmatter } from './diagram-inventory.ts';
import { normalizePlaybook, type PlaybookModel } from '../src/model/playbook.ts';
import { PlaybookSchema } from '../src/model/schemas/playbook.ts';
import { TemplateSchema } from '../src/model/schemas/template.ts';
import { sortTemplates, type TemplateEntry } from '../src/model/templates.ts';

export const CONTENT = join(process.cwd(), 'content');

/** Strings from the damaged source that must never reach the content or the site. */
export const DAMAGED = ['阶段工作容', '商品买卖销合同', '步奏', '《商品房购房合同》'];

/** Every playbook with its MDX text, in playbook order. */
export function contentPlaybooks(): Array<PlaybookModel & { text: string }> {
	const dir = join(CONTENT, 'docs/playbooks');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => {
			const text = readFileSync(join(dir, f), 'utf8');
			const fm = splitFrontmatter(text).frontmatter as { title: string; playbook: unknown };
			return { ...normalizePlaybook(f.replace(/\.mdx$/, ''), fm.title, PlaybookSchema.parse(fm.playbook)), text };
		})
		.sort((a, b) => a.order - b.order);
}

/** Every template, in page order. */
export function contentTemplates(): TemplateEntry[] {
	const dir = join(CONTENT, 'templates');
	const entries = readdirSync(dir)
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => ({ id: f.replace(/\.yaml$/, ''), data: TemplateSchema.parse(yaml.load(readFileSync(join(dir, f), 'utf8'))) }));
	return sortTemplates(entries);
}
