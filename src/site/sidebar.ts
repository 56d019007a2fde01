/**
 * The sidebar's content groups. astro.config.ts declares them by label (Starlight reads its config
 * before any content is loaded); the route middleware fills them from the content model, so the
 * playbook list and order, and the template list, are read in one place.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import type { PlaybookModel } from '../model/playbook.ts';
import { routes } from '../model/routes.ts';

/** Label of the playbooks' group. */
export const PLAYBOOK_GROUP = '销售流程';
/** Label of the templates' group. */
export const TEMPLATE_GROUP = '表单与短信模板';

type Entry = StarlightRouteData['sidebar'][number];
type Link = Extract<Entry, { type: 'link' }>;

const trailing = (path: string) => decodeURI(path).replace(/\/?$/, '/');

function link(label: string, href: string, current: string): Link {
	return { type: 'link', label, href, isCurrent: trailing(href) === current, badge: undefined, attrs: {} };
}

function group(label: string, entries: Entry[]): Entry {
	return { type: 'group', label, entries, collapsed: false, badge: undefined };
}

/** Sidebar links in reading order. */
function links(entries: Entry[]): Link[] {
	return entries.flatMap((e) => (e.type === 'link' ? [e] : links(e.entries)));
}

export interface SidebarContent {
	playbooks: Array<Pick<PlaybookModel, 'title' | 'href'>>;
	templates: Array<{ href: string; data: { title: string; kind: 'sms' | 'form' } }>;
}

/**
 * Fills the content groups of a page's sidebar and recomputes the previous/next links, which
 * Starlight derived from the unfilled sidebar.
 */
export function fillSidebar(route: Pick<StarlightRouteData, 'sidebar' | 'pagination'>, pathname: string, content: SidebarContent): void {
	const current = trailing(pathname);
	route.sidebar = route.sidebar.map((entry) => {
		if (entry.type !== 'group') return entry;
		if (entry.label === PLAYBOOK_GROUP) return group(entry.label, content.playbooks.map((p) => link(p.title, p.href, current)));
		if (entry.label === TEMPLATE_GROUP) {
			// Every template is listed on the template pages, where a reader moves between them;
			// elsewhere the overview stands for them (keeps every other page's DOM small, issue 15).
			if (!current.startsWith(routes.templates())) return group(entry.label, [link('模板总览', routes.templates(), current)]);
			const of = (kind: 'sms' | 'form') => content.templates.filter((t) => t.data.kind === kind).map((t) => link(t.data.title, t.href, current));
			return group(entry.label, [link('模板总览', routes.templates(), current), group('短信模板', of('sms')), group('表单（可打印）', of('form'))]);
		}
		return entry;
	});
	const all = links(route.sidebar);
	const here = all.findIndex((l) => l.isCurrent);
	route.pagination = here === -1 ? { prev: undefined, next: undefined } : { prev: all[here - 1], next: all[here + 1] };
}
