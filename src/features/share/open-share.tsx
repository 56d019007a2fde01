/**
 * Opens the share dialog from a page without Preact islands (the playbook page's run bar): loaded
 * only when 分享进度 is pressed, it renders the dialog into a host of its own and gives focus back
 * to the button when the dialog closes.
 */
import { render } from 'preact';
import ShareDialog from './ShareDialog.tsx';
import type { Store } from '../store/store.ts';
import type { ShareTarget } from './dialog-props.ts';

export function openShare(store: Store, target: ShareTarget, opener: HTMLElement) {
	const host = document.createElement('div');
	opener.after(host);
	const close = () => {
		render(null, host);
		host.remove();
		opener.focus();
	};
	render(<ShareDialog store={store} target={target} onClose={close} />, host);
}
