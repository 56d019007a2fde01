/**
 * Per-page route data derived from content: stage headings in the table of contents (the Stages
 * component renders them, so Markdown's own heading list does not see them), playbooks ordered
 * in the sidebar by their `order`, and the summary as the page description.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import { stageLabel, stageSections } from './lib/playbook.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const playbook = route.entry.data.playbook;

	const docs = await getCollection('docs');
	const order = new Map(docs.filter((d) => d.data.playbook).map((d) => [`/${d.id}/`, d.data.playbook!.order]));
	for (const group of route.sidebar) {
		if (group.type !== 'group') continue;
		if (group.entries.some((e) => e.type === 'link' && order.has(e.href)))
			group.entries.sort((a, b) => (a.type === 'link' ? (order.get(a.href) ?? 999) : 999) - (b.type === 'link' ? (order.get(b.href) ?? 999) : 999));
	}

	if (!playbook) return;
	if (!route.entry.data.description)
		route.head.push({ tag: 'meta', attrs: { name: 'description', content: playbook.summary } });
	if (!route.toc) return;
	for (const section of stageSections(playbook)) {
		route.toc.items.push({
			depth: 2,
			slug: section.id,
			text: section.title,
			children: section.stages.map((stage) => ({
				depth: 3,
				slug: stage.id,
				text: stageLabel(playbook.stages, stage, playbook.stageNoun),
				children: [],
			})),
		});
	}
});
