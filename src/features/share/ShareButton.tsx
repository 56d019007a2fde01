/**
 * 分享进度: the button in a run's bar (and on the course page). Tiny on purpose: the dialog, the
 * link encoder and the QR code library load only when it is pressed, so pages carry none of them
 * before interaction.
 */
import { useRef, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import type { Store } from '../store/store.ts';
import type { DialogProps, ShareTarget } from './dialog-props.ts';

let loaded: Promise<FunctionComponent<DialogProps>> | undefined;

export function ShareButton({ store, target, label = '分享进度', which }: { store: Store; target: ShareTarget; label?: string; which?: string }) {
	const [Dialog, setDialog] = useState<FunctionComponent<DialogProps>>();
	const [open, setOpen] = useState(false);
	const [failed, setFailed] = useState(false);
	const button = useRef<HTMLButtonElement>(null);
	const press = async () => {
		try {
			loaded ??= import('./ShareDialog.tsx').then((m) => m.default);
			const d = await loaded;
			setDialog(() => d);
			setFailed(false);
			setOpen(true);
		} catch {
			loaded = undefined;
			setFailed(true);
		}
	};
	return (
		<>
			<button type="button" ref={button} aria-haspopup="dialog" onClick={press}>
				{label}
				{which && <span class="sr-only">{which}</span>}
			</button>
			{failed && <span role="alert">分享功能没有加载成功，请检查网络后重试。</span>}
			{Dialog && open && (
				<Dialog
					store={store}
					target={target}
					onClose={() => {
						setOpen(false);
						button.current?.focus();
					}}
				/>
			)}
		</>
	);
}
