/** Collection queries shared by pages and components (Astro-only; not for Vitest). */
import { getCollection } from 'astro:content';

/** Playbook entries in playbook order. */
export async function playbookEntries() {
	const docs = await getCollection('docs', (d) => Boolean(d.data.playbook));
	return docs.sort((a, b) => a.data.playbook!.order - b.data.playbook!.order);
}

/** URL of a docs entry. */
export function entryHref(entry: { id: string }): string {
	return `/${entry.id}/`;
}

/** Terms that have a glossary entry. */
export async function glossaryTerms(): Promise<Set<string>> {
	return new Set((await getCollection('glossary')).map((e) => e.data.term));
}

/** Template id → title, for links from stages. */
export async function templateTitles(): Promise<Map<string, string>> {
	return new Map((await getCollection('templates')).map((e) => [e.id, e.data.title]));
}
