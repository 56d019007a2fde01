import { describe, expect, it } from 'vitest';
import { fillSidebar, PLAYBOOK_GROUP, TEMPLATE_GROUP } from '../../src/site/sidebar.ts';

type Route = Parameters<typeof fillSidebar>[0];

const link = (label: string, href: string) => ({ type: 'link' as const, label, href, isCurrent: false, badge: undefined, attrs: {} });
const group = (label: string, entries: Route['sidebar']) => ({ type: 'group' as const, label, entries, collapsed: false, badge: undefined });

function route(): Route {
	return {
		sidebar: [group('开始', [link('首页', '/')]), group(PLAYBOOK_GROUP, []), group('我的', [link('我的清单', '/checklists/')]), group(TEMPLATE_GROUP, [])],
		pagination: { prev: undefined, next: undefined },
	};
}

const content = {
	playbooks: [
		{ title: '大客户开发流程', href: '/playbooks/key-account/' },
		{ title: '渠道工作流程', href: '/playbooks/channel/' },
	],
	templates: [
		{ href: '/templates/signing-notice/', data: { title: '客户签约须知', kind: 'form' as const } },
		{ href: '/templates/sms-visit-thanks/', data: { title: '来访致谢', kind: 'sms' as const } },
	],
};

describe('fillSidebar', () => {
	it('fills the playbook group in the order given; the template group lists every template on template pages only', () => {
		const r = route();
		fillSidebar(r, '/', content);
		const [, playbooks, , templates] = r.sidebar;
		expect(playbooks!.type === 'group' && playbooks!.entries.map((e) => e.label)).toEqual(['大客户开发流程', '渠道工作流程']);
		const labels = (g: Route['sidebar'][number]) => g.type === 'group' && g.entries.map((e) => (e.type === 'group' ? [e.label, e.entries.map((x) => x.label)] : e.label));
		expect(labels(templates!)).toEqual(['模板总览']);
		const t = route();
		fillSidebar(t, '/templates/signing-notice/', content);
		expect(labels(t.sidebar[3]!)).toEqual(['模板总览', ['短信模板', ['来访致谢']], ['表单（可打印）', ['客户签约须知']]]);
		expect(t.pagination.prev?.label).toBe('来访致谢');
	});
	it('marks the current page and links its neighbours as previous and next', () => {
		const r = route();
		fillSidebar(r, '/playbooks/channel/', content);
		expect(r.pagination.prev?.label).toBe('大客户开发流程');
		expect(r.pagination.next?.label).toBe('我的清单');
		const current = JSON.stringify(r.sidebar).match(/"label":"[^"]+","href":"[^"]+","isCurrent":true/g);
		expect(current).toEqual(['"label":"渠道工作流程","href":"/playbooks/channel/","isCurrent":true']);
	});
	it('matches the current page with or without its trailing slash or percent-encoding', () => {
		const r = route();
		fillSidebar(r, '/playbooks/key-account', content);
		expect(r.pagination.next?.label).toBe('渠道工作流程');
	});
	it('leaves previous and next empty on a page the sidebar does not list', () => {
		const r = route();
		fillSidebar(r, '/onboarding/key-account/quiz/', content);
		expect(r.pagination).toEqual({ prev: undefined, next: undefined });
	});
});
