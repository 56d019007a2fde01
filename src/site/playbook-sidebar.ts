/**
 * Sidebar group of the playbooks, read from content/docs/playbooks/*.mdx frontmatter when the
 * config loads, in `playbook.order` (Starlight's autogenerate only sees src/content/docs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../features/flowcharts/inventory.ts';

interface Head {
	title?: string;
	playbook?: { order?: number };
}

export function playbookSidebar(docsDir: string) {
	let files: string[] = [];
	try {
		files = readdirSync(join(docsDir, 'playbooks')).filter((f) => /^[^_].*\.mdx?$/.test(f));
	} catch {
		/* a content folder without playbooks */
	}
	const heads = files
		.map((f) => ({ slug: f.replace(/\.mdx?$/, ''), ...(splitFrontmatter(readFileSync(join(docsDir, 'playbooks', f), 'utf8')).frontmatter as Head) }))
		.sort((a, b) => (a.playbook?.order ?? 999) - (b.playbook?.order ?? 999));
	return { label: '销售流程', items: heads.map((h) => ({ label: h.title ?? h.slug, link: `/playbooks/${h.slug}/` })) };
}
