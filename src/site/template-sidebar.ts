/**
 * Sidebar group for the templates, read from content/templates/*.yaml when the config loads
 * (Starlight's autogenerate only sees the docs collection). Titles and order stay in the content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { templateHref, TEMPLATES_HREF } from '../model/templates.ts';

interface Head {
	title?: string;
	kind?: string;
	order?: number;
}

/** `{ label, items }` for astro.config's sidebar: the index, then SMS and forms. */
export function templateSidebar(dir: string) {
	let files: string[] = [];
	try {
		files = readdirSync(dir).filter((f) => /^[^_].*\.ya?ml$/.test(f));
	} catch {
		/* no templates in this content folder (e.g. a build-failure fixture) */
	}
	const heads = files
		.map((f) => ({ id: f.replace(/\.ya?ml$/, ''), ...(yaml.load(readFileSync(join(dir, f), 'utf8')) as Head) }))
		.sort((a, b) => (a.order ?? 99) - (b.order ?? 99));
	const links = (kind: string) => heads.filter((h) => h.kind === kind).map((h) => ({ label: h.title ?? h.id, link: templateHref(h.id) }));
	return {
		label: '表单与短信模板',
		items: [
			{ label: '模板总览', link: TEMPLATES_HREF },
			{ label: '短信模板', items: links('sms') },
			{ label: '表单（可打印）', items: links('form') },
		],
	};
}
