/**
 * The parts of a playbook page's checklist that only a click brings up: a stage's date-and-note
 * editor, a gate's reason for 否, the run name form, the share dialog. Loaded by checklist.client.ts
 * on the first such click, so a page that is only read carries none of it.
 */
import type { Store } from '../store/store.ts';
import { LIMITS } from '../../model/limits.ts';

/** What the page's controller hands over. */
export interface ChecklistPage {
	store: Store;
	slug: string;
	/** The active run's id, creating 默认清单 if there is none yet. */
	runId(): string;
	/** Brings the page up to the store's state. */
	sync(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string | number | boolean> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	Object.assign(node, props);
	node.append(...children);
	return node;
}
/** A labelled input in the one control style (`.field`, ../ui/controls.css). */
const field = (text: string, control: HTMLElement, className = '') => el('label', { className: `field ${className}`.trim() }, text, control);

/**
 * A stage's 日期与备注: one row per task (its text, the date it was done, a note), built the first
 * time the stage's button is pressed and shown or hidden after that. The page's sync() fills it.
 */
export function toggleEditor(page: ChecklistPage, cl: HTMLElement, button: HTMLButtonElement, stageId: string) {
	let editor = cl.querySelector<HTMLElement>('.cl-editor');
	if (!editor) {
		editor = el('div', { className: 'cl-editor', id: `ed-${stageId}` });
		editor.setAttribute('role', 'group');
		editor.setAttribute('aria-label', button.getAttribute('aria-label')!);
		for (const li of cl.querySelectorAll<HTMLElement>('li[data-task]')) {
			const taskId = li.dataset.task!;
			const text = li.querySelector('.cl-text')!.textContent ?? '';
			const date = el('input', { type: 'date' });
			date.setAttribute('aria-label', `完成日期：${text}`);
			date.addEventListener('change', () => {
				const value = date.value; // before runId(), which may re-sync the page
				page.store.setTaskDate(page.runId(), stageId, taskId, value);
			});
			const note = el('textarea', { rows: 2, maxLength: LIMITS.note });
			note.setAttribute('aria-label', `备注：${text}`);
			note.addEventListener('input', () => {
				const value = note.value;
				page.store.setTaskNote(page.runId(), stageId, taskId, value);
			});
			const row = el('div', { className: 'cl-edit-row' }, el('p', { className: 'cl-edit-task' }, text), field('完成日期', date), field('备注', note));
			row.dataset.task = taskId;
			editor.append(row);
		}
		cl.querySelector('.cl-list')!.after(editor);
		button.setAttribute('aria-controls', editor.id);
	}
	const open = button.getAttribute('aria-expanded') !== 'true';
	button.setAttribute('aria-expanded', String(open));
	editor.hidden = !open;
	page.sync();
	if (open) editor.querySelector('input')!.focus();
}

/** 否，终止: asks for the reason in place of the two answer buttons. */
export function refuse(page: ChecklistPage, gate: HTMLElement, stageId: string) {
	const reason = el('textarea', { rows: 2, required: true, maxLength: LIMITS.note });
	const cancel = el('button', { type: 'button', className: 'btn' }, '取消');
	const form = el(
		'form',
		{ className: 'cl-refuse' },
		field('终止原因', reason, 'cl-reason'),
		el('p', { className: 'btn-row' }, el('button', { type: 'submit', className: 'btn btn-danger' }, '确认终止此清单'), cancel),
	);
	const focus = (sel: string) => gate.querySelector<HTMLButtonElement>(sel)!.focus();
	cancel.addEventListener('click', () => {
		form.remove();
		page.sync();
		focus('[data-gate-answer="no"]');
	});
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		const why = reason.value;
		form.remove();
		page.store.answerGate(page.runId(), stageId, 'no', why);
		focus('[data-gate-undo]');
	});
	gate.append(form);
	page.sync();
	reason.focus();
}

/** Each open form's opener, where focus goes back when it closes. */
const openers = new WeakMap<HTMLFormElement, HTMLElement>();

/** Opens the run bar's name form (server markup) to create a run or rename the active one. */
export function runForm(page: ChecklistPage, form: HTMLFormElement, mode: 'new' | 'rename', opener: HTMLElement) {
	const input = form.elements.namedItem('name') as HTMLInputElement;
	const close = () => {
		form.hidden = true;
		openers.get(form)?.focus();
	};
	form.querySelector('[data-run-form-label]')!.textContent = mode === 'new' ? '新清单名称（客户或项目，例如：华东某集团 2026-12）' : '清单名称';
	form.querySelector('[data-run-form-submit]')!.textContent = mode === 'new' ? '创建' : '保存';
	input.value = mode === 'new' ? '' : (page.store.activeRun(page.slug)?.name ?? '');
	form.dataset.mode = mode;
	if (!openers.has(form)) {
		form.querySelector('[data-run-form-cancel]')!.addEventListener('click', () => close());
		form.addEventListener('submit', (e) => {
			e.preventDefault();
			const active = page.store.activeRun(page.slug);
			if (form.dataset.mode === 'new') page.store.createRun(page.slug, input.value);
			else if (active) page.store.updateRun(active.id, { name: input.value });
			close();
		});
	}
	openers.set(form, opener);
	form.hidden = false;
	input.focus();
}
