/** A labelled progress bar: "2/5" and a meter (same markup as Bar.astro). */
import { barView, type Count } from './bar.ts';

export type { Count };

export function Bar({ count, label }: { count: Count; label: string }) {
	const view = barView(count);
	return (
		<span class="cl-bar">
			<span class="cl-count">{view.text}</span>
			<span class="cl-meter" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={count.total} aria-valuenow={count.done} aria-valuetext={view.valueText}>
				<span style={{ width: `${view.percent}%` }} />
			</span>
		</span>
	);
}
