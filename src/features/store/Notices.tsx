/** Storage notices (reset, full, blocked…) shown where the checklists are. */
import type { Store } from './store.ts';
import { noticeText } from './notice-text.ts';

export function Notices({ store }: { store: Store }) {
	const notices = store.notices();
	if (!notices.length) return null;
	return (
		<div class="cl-notices" role="alert">
			{notices.map((n) => (
				<p key={n.kind}>
					{noticeText(n)}{' '}
					<button type="button" class="btn" onClick={() => store.dismiss(n.kind)}>
						知道了
					</button>
				</p>
			))}
		</div>
	);
}
