/** /palette-index.json: the quick-jump palette's index, built from content. Fetched on first open. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildPaletteIndex } from '../features/search/palette-index.ts';
import { entryHref, playbookEntries } from '../model/collections.ts';
import { termHref } from '../features/glossary/glossary.ts';
import { templateHref } from '../model/templates.ts';

export const GET: APIRoute = async () => {
	const playbooks = (await playbookEntries()).map((e) => ({
		title: e.data.title,
		href: entryHref(e),
		stageNoun: e.data.playbook!.stageNoun,
		flows: e.data.playbook!.flows,
		stages: e.data.playbook!.stages,
	}));
	const templates = (await getCollection('templates')).map((t) => ({ title: t.data.title, href: templateHref(t.id), kind: t.data.kind }));
	const terms = (await getCollection('glossary')).map((g) => ({ term: g.data.term, href: termHref(g.data.term) }));
	const pages = [
		{ title: '首页', href: '/' },
		{ title: '入门课程', href: '/onboarding/' },
		{ title: '我的清单', href: '/checklists/' },
		{ title: '术语表', href: '/glossary/' },
		{ title: '表单与短信模板', href: '/templates/' },
	];
	return new Response(JSON.stringify(buildPaletteIndex({ playbooks, templates, terms, pages })), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
