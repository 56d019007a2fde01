/**
 * Per-page route data derived from content: stage headings in the table of contents (the Stages
 * component renders them, so Markdown's own heading list does not see them) and the summary as
 * the page description.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { stageLabel, stageSections } from '../model/stages.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const playbook = route.entry.data.playbook;

	if (!playbook) return;
	if (!route.entry.data.description) {
		// Starlight already put the site description in the head: replace it, one description per page.
		const meta = route.head.find((tag) => tag.tag === 'meta' && tag.attrs?.name === 'description');
		if (meta?.attrs) meta.attrs.content = playbook.summary;
		else route.head.push({ tag: 'meta', attrs: { name: 'description', content: playbook.summary } });
	}
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
