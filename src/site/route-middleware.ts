/**
 * Per-page route data derived from the content model: the sidebar's playbook and template groups
 * (see sidebar.ts), flow and stage headings in the table of contents (the Stages component renders
 * them, so Markdown's own heading list does not see them; stages only where the page lists h3) and the playbook summary as the description.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { loadPlaybooks, loadTemplates, playbookOf } from '../model/content.ts';
import { fillSidebar } from './sidebar.ts';
import { withBase } from './rehype-base.ts';
import { BASE } from '../model/routes.ts';
import { FAVICON } from '../features/ui/favicon.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	fillSidebar(route, context.url.pathname, { playbooks: await loadPlaybooks(), templates: await loadTemplates() });
	// Hero buttons (home page frontmatter) are written as site paths; Starlight uses them as they are.
	for (const action of route.entry.data.hero?.actions ?? []) action.link = withBase(action.link, BASE);
	// The icon inline (favicon.ts): Starlight's link points at a file that does not exist.
	const icon = route.head.find((tag) => tag.tag === 'link' && tag.attrs?.rel === 'shortcut icon');
	if (icon) icon.attrs = { ...icon.attrs, rel: 'icon', href: FAVICON.href, type: FAVICON.type };
	else route.head.push({ tag: 'link', attrs: { rel: 'icon', href: FAVICON.href, type: FAVICON.type } });

	if (!route.entry.data.playbook) return;
	const playbook = playbookOf(route.entry);
	if (!route.entry.data.description) {
		// Starlight already put the site description in the head: replace it, one description per page.
		const meta = route.head.find((tag) => tag.tag === 'meta' && tag.attrs?.name === 'description');
		if (meta?.attrs) meta.attrs.content = playbook.summary;
		else route.head.push({ tag: 'meta', attrs: { name: 'description', content: playbook.summary } });
	}
	if (!route.toc) return;
	// Stages are h3: listed unless the page keeps its table of contents to h2 (real-estate's four flows).
	const stages = route.toc.maxHeadingLevel >= 3;
	for (const section of playbook.sections) {
		route.toc.items.push({
			depth: 2,
			slug: section.id,
			text: section.title,
			children: stages ? section.stages.map((stage) => ({ depth: 3, slug: stage.anchor, text: stage.label, children: [] })) : [],
		});
	}
});
