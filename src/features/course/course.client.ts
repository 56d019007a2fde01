/**
 * The onboarding course page's controller (Course.astro). Enables the controls and writes the
 * saved progress into the server markup in place: each playbook's status and best score, the
 * overall bar, where 继续学习 leads, the learner's name; keeps them in step with other tabs.
 * The share dialog loads on the first press of 分享学习记录.
 */
import { pageStore } from '../store/store.ts';
import { showNotices } from '../store/notices-dom.ts';
import { updateBar } from '../ui/bar.ts';
import { setText } from '../ui/dom-write.ts';
import { courseProgress, courseText, nextPlaybook, playbookStatus, STATUS_LABEL } from './course.ts';
import { loadFailed } from '../ui/load-failed.ts';

interface Link {
	slug: string;
	title: string;
	href: string;
	quizHref: string;
}

const root = document.querySelector<HTMLElement>('[data-course]');
if (root) {
	const links = JSON.parse(root.dataset.course!) as Link[];
	const slugs = links.map((l) => l.slug);
	const store = pageStore();
	const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
	const notices = $<HTMLElement>('.cl-notices');
	const passed = $<HTMLElement>('[data-course-passed]');
	const bar = $<HTMLElement>('.course-progress .cl-bar');
	const next = $<HTMLAnchorElement>('.course-next');
	const done = $<HTMLElement>('[data-course-done]');
	const share = $<HTMLButtonElement>('[data-course-share]');
	const learner = $<HTMLInputElement>('[data-course-learner]');
	const rows = [...root.querySelectorAll<HTMLElement>('.course-list > li[data-playbook]')];

	const sync = () => {
		const course = store.course;
		const progress = courseProgress(course, slugs);
		setText(passed, courseText.passed(progress, links.length));
		updateBar(bar, progress);
		const to = links.find((l) => l.slug === nextPlaybook(course, slugs));
		next.hidden = !to;
		done.hidden = Boolean(to);
		if (to) {
			const href = playbookStatus(course, to.slug) === 'read' ? to.quizHref : to.href;
			if (next.getAttribute('href') !== href) next.href = href;
			setText(next, courseText.next(progress, to.title));
		}
		if (document.activeElement !== learner) learner.value = course.learner?.name ?? '';
		for (const row of rows) {
			const slug = row.dataset.playbook!;
			const status = playbookStatus(course, slug);
			row.dataset.status = status;
			const badge = row.querySelector<HTMLElement>('.course-status')!;
			badge.dataset.status = status;
			// The label is the text after the badge's screen-reader prefix (a text node: no element added).
			if (badge.lastChild?.nodeValue !== STATUS_LABEL[status]) badge.lastChild!.nodeValue = STATUS_LABEL[status];
			setText(row.querySelector('.course-score')!, courseText.score(course.quizzes[slug]));
		}
		showNotices(notices, store);
	};

	learner.addEventListener('change', () => store.setLearner(learner.value));
	share.addEventListener('click', () =>
		import('../share/open-share.tsx').then(
			(m) => m.openShare(store, { kind: 'course' }, share),
			() => loadFailed(share, '分享功能没有加载成功，请检查网络后重试。'),
		),
	);
	store.subscribe(sync);
	sync();
	learner.disabled = false;
	share.disabled = false;
	root.dataset.ready = '';
}
