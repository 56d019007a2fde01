/** A labelled progress bar ("2/5" and a meter): what it shows for a count, for server and browser alike. */
import { setAttr, setText } from './dom-write.ts';

/** Done out of total: tasks of a stage or a run, playbooks of the course. */
export interface Count {
	done: number;
	total: number;
}

export interface BarView {
	text: string;
	percent: number;
	/** What a screen reader says: "2/5，40%". */
	valueText: string;
}

export function barView(count: Count): BarView {
	const percent = count.total ? Math.round((count.done / count.total) * 100) : 0;
	return { text: `${count.done}/${count.total}`, percent, valueText: `${count.done}/${count.total}，${percent}%` };
}

/** Brings a server-rendered bar (Bar.astro / Bar.tsx markup) up to a new count, in place. */
export function updateBar(bar: Element, count: Count) {
	const view = barView(count);
	const text = bar.querySelector('.cl-count');
	const meter = bar.querySelector<HTMLElement>('.cl-meter');
	if (text) setText(text, view.text);
	if (!meter) return;
	setAttr(meter, 'aria-valuemax', String(count.total));
	setAttr(meter, 'aria-valuenow', String(count.done));
	setAttr(meter, 'aria-valuetext', view.valueText);
	const fill = meter.firstElementChild as HTMLElement | null;
	if (fill && fill.style.width !== `${view.percent}%`) fill.style.width = `${view.percent}%`;
}
