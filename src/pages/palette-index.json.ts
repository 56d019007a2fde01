/** /palette-index.json: the quick-jump palette's index, built from content. Fetched on first open. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildPaletteIndex } from '../features/search/palette-index.ts';
import { loadPlaybooks, loadTemplates } from '../model/content.ts';
import { routes } from '../model/routes.ts';

export const GET: APIRoute = async () => {
	const playbooks = await loadPlaybooks();
	const templates = (await loadTemplates()).map((t) => ({ title: t.data.title, href: t.href, kind: t.data.kind }));
	const terms = (await getCollection('glossary')).map((g) => ({ term: g.data.term, href: routes.term(g.data.term) }));
	const pages = [
		{ title: '首页', href: routes.home() },
		{ title: '入门课程', href: routes.onboarding() },
		{ title: '我的清单', href: routes.myRuns() },
		{ title: '术语表', href: routes.glossary() },
		{ title: '表单与短信模板', href: routes.templates() },
	];
	return new Response(JSON.stringify(buildPaletteIndex({ playbooks, templates, terms, pages })), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
