/**
 * The checklist of a playbook page, as one small controller (issue 15). The server markup of the
 * run bar (RunBar.astro) and of each stage (StageChecklist.astro) is final: this script enables
 * the controls, restores the active run into them (checked boxes, counts, locks, gate answers,
 * the run's marks on the flowcharts and stage headings) and keeps them in step with the store
 * (this tab's changes and other tabs'). It changes attributes and texts in place and never
 * replaces the markup, so restoring saved state moves nothing. The date-and-note editor of a task,
 * the reason form of a gate, the run name form and the share dialog load on the first click that
 * needs them (checklist-forms.ts, ../share/open-share.tsx).
 */
import { pageStore, type Store } from '../store/store.ts';
import { taskKey } from '../store/shape.ts';
import { showNotices } from '../store/notices-dom.ts';
import { updateBar } from '../ui/bar.ts';
import { setAttr, setClass, setText } from '../ui/dom-write.ts';
import { loadFailed } from '../ui/load-failed.ts';
import type { ChecklistPage } from './checklist-forms.ts';
import { countText, lockedBy, lockText, runStatus, stageCount, statusLabel, terminatedText, type ChecklistPlaybook } from './progress.ts';

const runbar = document.querySelector<HTMLElement>('[data-runbar]');
if (runbar) enhance(runbar, pageStore());

function enhance(bar: HTMLElement, store: Store) {
	const playbook = JSON.parse(bar.dataset.checklist!) as ChecklistPlaybook;
	const slug = playbook.slug;
	const $ = <T extends Element>(sel: string, root: ParentNode = bar) => root.querySelector<T>(sel)!;
	const select = $<HTMLSelectElement>('[data-run-select]');
	const newButton = $<HTMLButtonElement>('[data-run-new]');
	const renameButton = $<HTMLButtonElement>('[data-run-rename]');
	const shareButton = $<HTMLButtonElement>('[data-run-share]');
	const print = $<HTMLAnchorElement>('[data-run-print]');
	const form = $<HTMLFormElement>('[data-run-form]');
	const status = $<HTMLElement>('[data-run-status]');
	const terminated = $<HTMLElement>('[data-run-terminated]');
	const notices = $<HTMLElement>('.cl-notices');
	const printHref = bar.dataset.printHref!;
	const stages = [...document.querySelectorAll<HTMLElement>('.cl[data-stage-id]')];
	const marked = [...document.querySelectorAll<HTMLElement | SVGElement>('[data-stage]')];

	const run = () => store.activeRun(slug);
	/** The active run's id, creating 默认清单 the first time something is ticked. */
	const runId = () => store.ensureRun(slug);

	function sync() {
		const active = run();
		const state = runStatus(playbook, active);
		showNotices(notices, store);

		// The run switcher: options only change when the runs do (the select keeps its width in CSS).
		const runs = store.runsOf(slug).filter((r) => !r.archived || r.id === active?.id);
		const options: Array<[string, string]> = active ? [] : [['', '默认清单（尚未开始）']];
		for (const r of runs) options.push([r.id, `${r.name}${r.archived ? '（已归档）' : ''}`]);
		const key = JSON.stringify(options);
		if (select.dataset.options !== key) {
			select.dataset.options = key;
			select.replaceChildren(...options.map(([value, text]) => new Option(text, value)));
		}
		select.value = active?.id ?? '';
		renameButton.disabled = !active;
		shareButton.disabled = !active;
		setAttr(print, 'href', active ? `${printHref}?run=${active.id}` : printHref);
		const said = `${active?.name ?? '默认清单'} · ${statusLabel(state)}`;
		setText(status, said);
		setAttr(status, 'title', said);
		updateBar($('.cl-bar', status.parentElement!), state.count);
		terminated.hidden = !state.terminated;
		setText(terminated, state.terminated ? terminatedText(state.terminated) : '');

		for (const el of marked) {
			const id = el.dataset.stage!;
			if (!(id in state.states)) continue;
			setAttr(el, 'data-state', state.states[id]!);
			el.toggleAttribute('data-current', id === state.current);
		}
		for (const cl of stages) syncStage(cl, active);
	}

	function syncStage(cl: HTMLElement, active: ReturnType<typeof run>) {
		const stageId = cl.dataset.stageId!;
		const stage = playbook.stages.find((s) => s.id === stageId);
		if (!stage) return;
		const lock = lockedBy(playbook, active, stageId);
		setText($('.cl-count', cl), countText(stageCount(active, stage)));
		setText($('[data-lock]', cl), lock ? lockText(lock) : '');
		$<HTMLButtonElement>('.cl-more', cl).disabled = false;
		for (const li of cl.querySelectorAll<HTMLElement>('li[data-task]')) {
			const task = active?.tasks[taskKey(stageId, li.dataset.task!)];
			const box = $<HTMLInputElement>('input[type="checkbox"]', li);
			box.checked = Boolean(task?.done);
			box.disabled = Boolean(lock);
			setClass(li, 'is-done', Boolean(task?.done));
		}
		// The stage's date-and-note editor, once built (checklist-forms.ts): one row per task.
		for (const row of cl.querySelectorAll<HTMLElement>('.cl-editor [data-task]')) {
			const task = active?.tasks[taskKey(stageId, row.dataset.task!)];
			const date = $<HTMLInputElement>('input[type="date"]', row);
			const note = $<HTMLTextAreaElement>('textarea', row);
			date.disabled = note.disabled = Boolean(lock);
			if (document.activeElement !== date) date.value = task?.doneAt ?? '';
			if (document.activeElement !== note) note.value = task?.note ?? '';
		}
		const gate = cl.querySelector<HTMLElement>('.cl-gate-state');
		if (!gate) return;
		const answer = active?.gates[stageId];
		const actions = $<HTMLElement>('[data-gate-actions]', gate);
		const done = $<HTMLElement>('[data-gate-done]', gate);
		actions.hidden = Boolean(answer) || Boolean(gate.querySelector('form'));
		for (const b of actions.querySelectorAll('button')) b.disabled = Boolean(lock);
		done.hidden = !answer;
		setClass(done, 'cl-terminated', answer?.answer === 'no');
		// The answer is the row's text before its undo button (a text node: no element added).
		const text = answer ? `${answer.answer === 'yes' ? '关卡已通过' : '已终止'}（${answer.at}） ` : '';
		const first = done.firstChild;
		if (first?.nodeType !== Node.TEXT_NODE) done.prepend(text);
		else if (first.nodeValue !== text) first.nodeValue = text;
		setText($('[data-gate-undo]', done), answer?.answer === 'no' ? '撤销终止' : '撤销');
	}

	const page: ChecklistPage = { store, slug, runId, sync };
	/** Runs `use` with the forms module, loaded on the first click that needs it. */
	const withForms = (near: Element, use: (forms: typeof import('./checklist-forms.ts')) => void) =>
		import('./checklist-forms.ts').then(use, () => failed(near));
	/** A lazily loaded part could not be fetched (offline before it was ever stored). */
	const failed = (near: Element) => loadFailed(near, '没有加载成功，请检查网络后重试。');

	for (const cl of stages) {
		const stageId = cl.dataset.stageId!;
		cl.addEventListener('change', (e) => {
			const box = e.target as HTMLInputElement;
			if (box.type !== 'checkbox') return;
			// Read before runId(): creating the first run re-syncs the page, which unticks the box.
			const done = box.checked;
			store.setTask(runId(), stageId, box.closest<HTMLElement>('li[data-task]')!.dataset.task!, done);
		});
		cl.addEventListener('click', (e) => {
			// A task's whole row toggles its box (its text is a span, not a label: see StageChecklist.astro).
			const target = e.target as Element;
			const row = target.closest<HTMLElement>('.cl-list > li[data-task]');
			if (row && !(target instanceof HTMLInputElement)) {
				const box = $<HTMLInputElement>('input[type="checkbox"]', row);
				if (!box.disabled) box.click();
				return;
			}
			const button = target.closest<HTMLButtonElement>('button');
			if (!button || button.closest('form')) return;
			if (button.classList.contains('cl-more')) void withForms(button, (f) => f.toggleEditor(page, cl, button, stageId));
			else if (button.dataset.gateAnswer === 'yes') {
				store.answerGate(runId(), stageId, 'yes');
				$<HTMLButtonElement>('[data-gate-undo]', cl).focus();
			} else if (button.dataset.gateAnswer === 'no') void withForms(button, (f) => f.refuse(page, $('.cl-gate-state', cl), stageId));
			else if (button.hasAttribute('data-gate-undo')) {
				store.clearGate(run()!.id, stageId);
				$<HTMLButtonElement>('[data-gate-answer="yes"]', cl).focus();
			}
		});
	}

	select.addEventListener('change', () => store.switchRun(slug, select.value));
	newButton.addEventListener('click', () => withForms(newButton, (f) => f.runForm(page, form, 'new', newButton)));
	renameButton.addEventListener('click', () => withForms(renameButton, (f) => f.runForm(page, form, 'rename', renameButton)));
	shareButton.addEventListener('click', () => {
		const active = run();
		if (active) import('../share/open-share.tsx').then((m) => m.openShare(store, { kind: 'run', runId: active.id }, shareButton), () => failed(shareButton));
	});

	store.subscribe(sync);
	sync();
	for (const control of [select, newButton]) control.disabled = false;
	bar.dataset.ready = '';
	for (const cl of stages) cl.dataset.ready = '';
}
