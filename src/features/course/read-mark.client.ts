/**
 * The reading mark at the end of a playbook page (ReadingMark.astro): records 阅读中 when the page
 * is opened and toggles 已读. Enhances the server markup in place; no framework.
 */
import { localDate, pageStore } from '../store/store.ts';
import { playbookStatus, STATUS_LABEL } from './status.ts';
import { setClass, setText } from '../ui/dom-write.ts';

const root = document.querySelector<HTMLElement>('[data-read-mark]');
if (root) {
	const slug = root.dataset.readMark!;
	const store = pageStore();
	const status = root.querySelector<HTMLElement>('[data-read-status]')!;
	const toggle = root.querySelector<HTMLButtonElement>('[data-read-toggle]')!;
	const toggleText = root.querySelector('[data-read-toggle-text]')!;
	const day = (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : localDate(new Date(iso)));

	const sync = () => {
		const state = playbookStatus(store.course, slug);
		const readAt = store.course.reading[slug]?.readAt;
		const text = `本流程：${STATUS_LABEL[state]}${readAt ? `（${day(readAt)} 标记已读）` : ''}`;
		setText(status, text);
		if (status.dataset.status !== state) status.dataset.status = state;
		setText(toggleText, readAt ? '改回未读' : '标记为已读');
		setClass(toggle, 'btn-primary', !readAt);
	};
	toggle.addEventListener('click', () => store.markRead(slug, !store.course.reading[slug]?.readAt));
	store.subscribe(sync);
	store.markOpened(slug);
	sync();
	toggle.disabled = false;
	root.dataset.ready = '';
}
