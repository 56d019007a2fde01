/** What the share button hands its on-demand dialog. */
import type { Store } from '../store/store.ts';

export type ShareTarget = { kind: 'run'; runId: string } | { kind: 'course' };
export interface DialogProps {
	store: Store;
	target: ShareTarget;
	onClose: () => void;
}
