/**
 * The content as the pages read it (Astro only; Vitest uses the pure modules). Playbooks are
 * loaded and normalized once per build (in `astro dev` on every call, so edits show at once).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { normalizePlaybook, type PlaybookModel } from './playbook.ts';
import { playbookSlug, routes } from './routes.ts';
import { sortTemplates } from './templates.ts';

/** A normalized playbook with the docs entry it came from (body, file path, render()). */
export interface LoadedPlaybook extends PlaybookModel {
	entry: CollectionEntry<'docs'>;
}

/** The normalized playbook of a docs entry (throws on a page without playbook frontmatter). */
export function playbookOf(entry: CollectionEntry<'docs'>): PlaybookModel {
	if (!entry.data.playbook) throw new Error(`${entry.filePath ?? entry.id}：这个页面没有 playbook frontmatter`);
	return normalizePlaybook(playbookSlug(entry.id), entry.data.title, entry.data.playbook);
}

let cached: Promise<LoadedPlaybook[]> | undefined;

async function load(): Promise<LoadedPlaybook[]> {
	const docs = await getCollection('docs', (d) => Boolean(d.data.playbook));
	return docs.map((entry) => ({ ...playbookOf(entry), entry })).sort((a, b) => a.order - b.order);
}

/** Every playbook, in playbook order. */
export function loadPlaybooks(): Promise<LoadedPlaybook[]> {
	if (!import.meta.env.PROD) return load();
	return (cached ??= load());
}

/** One playbook by slug (throws naming the slug when there is none). */
export async function playbookBySlug(slug: string): Promise<LoadedPlaybook> {
	const found = (await loadPlaybooks()).find((p) => p.slug === slug);
	if (!found) throw new Error(`没有 slug 为 "${slug}" 的手册（content/docs/playbooks/${slug}.mdx）`);
	return found;
}

/** Terms that have a glossary entry. */
export async function glossaryTerms(): Promise<Set<string>> {
	return new Set((await getCollection('glossary')).map((e) => e.data.term));
}

/** Templates in page order, each with its URL. */
export async function loadTemplates() {
	return sortTemplates(await getCollection('templates')).map((e) => ({ ...e, href: routes.template(e.id) }));
}
