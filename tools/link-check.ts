/**
 * Internal link and anchor check over the built site. Pure: give it each page's URL and HTML and
 * a way to ask whether a file exists; it returns what is broken. tools/check-dist.ts runs it
 * after every build.
 */
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

/** One page of the built site: its URL path, the ids it defines, the references it makes. */
export interface PageRefs {
	url: string;
	ids: Set<string>;
	refs: string[];
}

/** A reference that leads nowhere. */
export interface BrokenLink {
	page: string;
	href: string;
	reason: string;
}

const REF_ATTRS: Record<string, string[]> = {
	a: ['href', 'xLinkHref'],
	area: ['href'],
	link: ['href'],
	img: ['src'],
	script: ['src'],
	source: ['src'],
	iframe: ['src'],
	form: ['action'],
};

/** The ids and outgoing references of one page (`url` like "/playbooks/key-account/"). */
export function pageRefs(url: string, html: string): PageRefs {
	const tree = fromHtml(html) as Root;
	const ids = new Set<string>();
	const refs: string[] = [];
	visit(tree, 'element', (node: Element) => {
		const props = node.properties ?? {};
		if (typeof props.id === 'string' && props.id) ids.add(props.id);
		if (node.tagName === 'a' && typeof props.name === 'string') ids.add(props.name);
		for (const attr of REF_ATTRS[node.tagName] ?? []) {
			const value = props[attr];
			if (typeof value === 'string' && value) refs.push(value);
		}
	});
	return { url, ids, refs };
}

/**
 * Broken internal references: a page or file that was not built, a link outside the base path the
 * site is deployed under, a link without the trailing slash the site uses, or a #fragment with no
 * matching id on the target page. Page URLs include the base; `fileExists` gets paths without it.
 * Links to other origins, mailto:, tel: and the like are not checked.
 */
export function brokenLinks(pages: PageRefs[], fileExists: (path: string) => boolean, base = '/', origin = 'https://site.invalid'): BrokenLink[] {
	const byUrl = new Map(pages.map((p) => [p.url, p]));
	const broken: BrokenLink[] = [];
	for (const page of pages) {
		for (const href of page.refs) {
			let target: URL;
			try {
				target = new URL(href, origin + page.url);
			} catch {
				broken.push({ page: page.url, href, reason: '无法解析的地址' });
				continue;
			}
			if (target.origin !== new URL(origin).origin) continue;
			let path: string;
			try {
				path = decodeURIComponent(target.pathname);
			} catch {
				broken.push({ page: page.url, href, reason: '无法解码的地址' });
				continue;
			}
			if (!path.startsWith(base)) {
				broken.push({ page: page.url, href, reason: `不在部署路径 ${base} 之下` });
				continue;
			}
			const targetPage = byUrl.get(path);
			if (!targetPage) {
				if (byUrl.has(`${path}/`)) broken.push({ page: page.url, href, reason: '缺少结尾的 /' });
				else if (path.endsWith('/') || !fileExists(`/${path.slice(base.length)}`)) broken.push({ page: page.url, href, reason: '页面或文件不存在' });
				continue;
			}
			const fragment = decodeURIComponent(target.hash.slice(1));
			if (fragment && !targetPage.ids.has(fragment)) broken.push({ page: page.url, href, reason: `目标页面没有 id="${fragment}"` });
		}
	}
	return broken;
}

