/**
 * 分享进度: the button in a run's bar (and on 我的清单 and the course page). Tiny on purpose: the
 * dialog, the link encoder and the QR code library load only when it is pressed, so pages carry
 * none of them before interaction. Closing the native dialog returns focus to this button.
 */
import { useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import type { Store } from '../store/store.ts';
import type { DialogProps, ShareTarget } from './dialog-props.ts';

/** `store` is undefined until the page's store is read: the button is then in place, disabled. */
export function ShareButton({ store, target, label = '分享进度', which }: { store: Store | undefined; target: ShareTarget; label?: string; which?: string }) {
	// The dialog component once loaded, or false when loading failed (offline before it was cached).
	const [Dialog, setDialog] = useState<FunctionComponent<DialogProps> | false>();
	return (
		<>
			<button type="button" class="btn" aria-haspopup="dialog" disabled={!store} onClick={() => import('./ShareDialog.tsx').then((m) => setDialog(() => m.default), () => setDialog(false))}>
				{label}
				{which && <span class="sr-only">{which}</span>}
			</button>
			{Dialog === false && <span role="alert">分享功能没有加载成功，请检查网络后重试。</span>}
			{Dialog && store && <Dialog store={store} target={target} onClose={() => setDialog(undefined)} />}
		</>
	);
}
