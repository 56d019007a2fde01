/** A labelled progress bar: "2/5" and a meter. */
/** Done out of total: tasks of a stage or a run, playbooks of the course. */
export interface Count {
	done: number;
	total: number;
}

export function Bar({ count, label }: { count: Count; label: string }) {
	const pct = count.total ? Math.round((count.done / count.total) * 100) : 0;
	return (
		<span class="cl-bar">
			<span class="cl-count">
				{count.done}/{count.total}
			</span>
			<span class="cl-meter" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={count.total} aria-valuenow={count.done} aria-valuetext={`${count.done}/${count.total}，${pct}%`}>
				<span style={{ width: `${pct}%` }} />
			</span>
		</span>
	);
}
