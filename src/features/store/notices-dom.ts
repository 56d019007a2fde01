/**
 * Storage notices (reset, full, blocked…) shown in a server-rendered `.cl-notices` box, for pages
 * enhanced without a framework (Notices.tsx does the same for the Preact pages).
 */
import type { Store } from './store.ts';

/**
 * Fills `box` with the store's notices, each with its 知道了 button; hides it when there are none.
 * Their words load only when there is something to say.
 */
export function showNotices(box: HTMLElement, store: Store) {
	const notices = store.notices();
	const key = notices.map((n) => n.kind).join();
	if (box.dataset.kinds === key) return;
	box.dataset.kinds = key;
	if (!notices.length) {
		box.hidden = true;
		box.replaceChildren();
		return;
	}
	import('./notice-text.ts').then(
		({ noticeText }) => {
			if (box.dataset.kinds !== key) return;
			box.hidden = false;
			box.replaceChildren(
				...notices.map((n) => {
					const p = document.createElement('p');
					const ok = document.createElement('button');
					ok.type = 'button';
					ok.className = 'btn';
					ok.textContent = '知道了';
					ok.addEventListener('click', () => store.dismiss(n.kind));
					p.append(`${noticeText(n)} `, ok);
					return p;
				}),
			);
		},
		() => {
			// Offline before the words were ever stored: say so in the one sentence this page has.
			box.hidden = false;
			box.textContent = '保存的数据有问题，请打开“我的清单”查看。';
		},
	);
}
