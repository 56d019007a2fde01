/**
 * The local store: checklist runs and onboarding-course progress kept in the browser (see shape.ts for the data shape and the
 * migration scenarios). Framework-free; the islands subscribe to it.
 *
 * Faults it survives, each with a unit test: corrupted JSON, wrong-shape JSON, quota exceeded
 * (keeps working in memory with a notice), storage disabled or throwing, two tabs editing the
 * same run (every change re-reads the saved document and applies to it, and `storage` events
 * from other tabs update this one: no lost update), tasks removed or renamed in content (their
 * entries are kept), and schema versions (migrated forward; newer versions are not overwritten).
 */
import {
	BACKUP_PREFIX,
	emptyData,
	readDocument,
	STORAGE_KEY,
	taskKey,
	type Run,
	type StoreData,
	type TaskState,
} from './shape.ts';
import { LIMITS } from '../../model/limits.ts';

/** The subset of the Web Storage API the store uses. */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

export type NoticeKind = 'reset' | 'dropped' | 'memory' | 'blocked' | 'newer' | 'migrated';
/** What went wrong with the saved data; notice-text.ts words it (kept apart: pages load it only when there is a notice). */
export interface Notice {
	kind: NoticeKind;
	/** blocked: whether storage is missing altogether (private mode) or only refused a read. */
	unavailable?: boolean;
	/** dropped: runs and course entries that could not be read. */
	runs?: number;
	course?: number;
	/** reset: why the saved document could not be read. */
	reason?: string;
}

export interface StoreOptions {
	/** null: storage is unavailable. Default: window.localStorage when it can be reached. */
	storage?: StorageLike | null;
	now?: () => Date;
	newId?: () => string;
	/** Where `storage` events arrive (window); omitted in tests that drive sync by hand. */
	events?: Pick<Window, 'addEventListener'>;
}

/** Local calendar date, YYYY-MM-DD. */
export function localDate(d: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function defaultStorage(): StorageLike | null {
	try {
		const s = globalThis.localStorage;
		if (!s) return null;
		const probe = `${STORAGE_KEY}:probe`;
		s.setItem(probe, '1');
		s.removeItem(probe);
		return s;
	} catch {
		return null;
	}
}

function randomId(): string {
	const bytes = new Uint8Array(8);
	globalThis.crypto.getRandomValues(bytes);
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export type Store = ReturnType<typeof createStore>;

export function createStore(options: StoreOptions = {}) {
	const storage = options.storage === undefined ? defaultStorage() : options.storage;
	const now = options.now ?? (() => new Date());
	const newId = options.newId ?? randomId;
	const listeners = new Set<() => void>();
	const notices = new Map<NoticeKind, Notice>();
	let data: StoreData = emptyData();
	/** False while a newer version's document must not be overwritten. */
	let writable = true;

	const notify = () => listeners.forEach((l) => l());
	const notice = (kind: NoticeKind, detail: Omit<Notice, 'kind'> = {}) => notices.set(kind, { kind, ...detail });

	function backup(raw: string) {
		try {
			storage?.setItem(`${BACKUP_PREFIX}${now().toISOString()}`, raw);
		} catch {
			// A full or blocked storage cannot keep a backup; the notice still tells the user.
		}
	}

	/** Reads the saved document into `data`. Returns the raw text. */
	function load(initial: boolean): string | null {
		let raw: string | null = null;
		try {
			raw = storage ? storage.getItem(STORAGE_KEY) : null;
		} catch {
			notice('blocked');
			return null;
		}
		const read = readDocument(raw);
		switch (read.kind) {
			case 'empty':
				data = emptyData();
				break;
			case 'ok':
				data = read.data;
				if (initial && (read.dropped || read.droppedCourse)) notice('dropped', { runs: read.dropped, course: read.droppedCourse });
				if (initial && read.migratedFrom !== undefined) notice('migrated');
				break;
			case 'corrupt':
				backup(raw!);
				data = emptyData();
				notice('reset', { reason: read.reason });
				if (storage) persist();
				break;
			case 'newer':
				writable = false;
				data = emptyData();
				notice('newer');
				break;
		}
		return raw;
	}

	function persist() {
		if (!storage || !writable) return;
		try {
			storage.setItem(STORAGE_KEY, JSON.stringify(data));
			notices.delete('memory');
		} catch {
			notice('memory');
		}
	}

	/** Applies a change to the latest saved document (so another tab's changes are kept). */
	function change(mutate: (d: StoreData) => void) {
		const overwrite = !writable;
		if (overwrite) {
			backupNewer();
			writable = true;
		}
		if (storage && !notices.has('memory') && !overwrite) load(false);
		mutate(data);
		persist();
		notify();
	}

	function backupNewer() {
		try {
			const raw = storage?.getItem(STORAGE_KEY);
			if (raw) backup(raw);
		} catch {
			// Nothing to keep.
		}
		notices.delete('newer');
	}

	const stamp = () => now().toISOString();

	function touch(d: StoreData, runId: string): Run {
		const run = d.runs[runId];
		if (!run) throw new Error(`没有这份清单：${runId}`);
		run.updatedAt = stamp();
		return run;
	}

	/** Changes one task of a run: `edit` gets a copy stamped with the run's new time, and the previous state. */
	function editTask(runId: string, stageId: string, taskId: string, edit: (task: TaskState, prev: TaskState | undefined) => void) {
		change((d) => {
			const run = touch(d, runId);
			const key = taskKey(stageId, taskId);
			const prev = run.tasks[key];
			const task: TaskState = { ...prev, done: prev?.done ?? false, updatedAt: run.updatedAt };
			edit(task, prev);
			run.tasks[key] = task;
		});
	}

	function newRun(d: StoreData, playbook: string, name: string): Run {
		const t = stamp();
		const run: Run = { id: newId(), playbook, name: name.trim() || '未命名客户', createdAt: t, updatedAt: t, archived: false, tasks: {}, gates: {} };
		d.runs[run.id] = run;
		d.active[playbook] = run.id;
		return run;
	}

	if (!storage) notice('blocked', { unavailable: true });
	load(true);
	if (!storage) notices.delete('reset');

	options.events?.addEventListener('storage', (e: Event) => {
		const key = (e as StorageEvent).key;
		if (key !== STORAGE_KEY && key !== null) return;
		load(false);
		notify();
	});

	return {
		/** Current data. Treat as read-only. */
		get data(): StoreData {
			return data;
		},
		notices: (): Notice[] => [...notices.values()],
		dismiss(kind: NoticeKind) {
			notices.delete(kind);
			notify();
		},
		subscribe(listener: () => void): () => void {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		/** Re-reads storage (the storage event handler calls this). */
		reload() {
			load(false);
			notify();
		},

		/** The run a playbook page shows; creates the default run (not saved until changed). */
		activeRun(playbook: string): Run | undefined {
			const id = data.active[playbook];
			return id ? data.runs[id] : undefined;
		},
		runsOf(playbook: string): Run[] {
			return Object.values(data.runs)
				.filter((r) => r.playbook === playbook)
				.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
		},
		/** The active run, creating "默认清单" the first time a playbook's checklist is used. */
		ensureRun(playbook: string): string {
			let id = data.active[playbook];
			if (id && data.runs[id]) return id;
			change((d) => {
				id = d.active[playbook];
				if (!id || !d.runs[id]) id = newRun(d, playbook, '默认清单').id;
			});
			return id!;
		},
		createRun(playbook: string, name: string): string {
			let id = '';
			change((d) => {
				id = newRun(d, playbook, name).id;
			});
			return id;
		},
		switchRun(playbook: string, runId: string) {
			change((d) => {
				if (d.runs[runId]?.playbook === playbook) d.active[playbook] = runId;
			});
		},
		updateRun(runId: string, fields: Partial<Pick<Run, 'name' | 'customer' | 'rep' | 'archived'>>) {
			change((d) => {
				const run = touch(d, runId);
				if (fields.name !== undefined) run.name = fields.name.trim() || run.name;
				for (const k of ['customer', 'rep'] as const) {
					if (fields[k] === undefined) continue;
					const v = fields[k]!.trim();
					if (v) run[k] = v;
					else delete run[k];
				}
				if (fields.archived !== undefined) run.archived = fields.archived;
			});
		},
		/** Deletes a run and returns it, so the caller can offer undo via restoreRun. */
		deleteRun(runId: string): Run | undefined {
			let removed: Run | undefined;
			change((d) => {
				removed = d.runs[runId];
				delete d.runs[runId];
				for (const [p, id] of Object.entries(d.active)) if (id === runId) delete d.active[p];
			});
			return removed;
		},
		restoreRun(run: Run) {
			change((d) => {
				d.runs[run.id] = run;
				d.active[run.playbook] ??= run.id;
			});
		},

		setTask(runId: string, stageId: string, taskId: string, done: boolean) {
			editTask(runId, stageId, taskId, (t, prev) => {
				t.done = done;
				if (done && !prev?.doneAt) t.doneAt = localDate(now());
				if (!done) delete t.doneAt;
			});
		},
		setTaskNote(runId: string, stageId: string, taskId: string, note: string) {
			editTask(runId, stageId, taskId, (t) => {
				if (note.trim()) t.note = note;
				else delete t.note;
			});
		},
		setTaskDate(runId: string, stageId: string, taskId: string, date: string) {
			editTask(runId, stageId, taskId, (t) => {
				if (/^\d{4}-\d{2}-\d{2}$/.test(date)) t.doneAt = date;
				else delete t.doneAt;
			});
		},
		answerGate(runId: string, stageId: string, answer: 'yes' | 'no', reason?: string) {
			change((d) => {
				const run = touch(d, runId);
				run.gates[stageId] = { answer, at: localDate(now()), updatedAt: run.updatedAt, ...(reason?.trim() ? { reason: reason.trim() } : {}) };
			});
		},
		clearGate(runId: string, stageId: string) {
			change((d) => {
				const run = touch(d, runId);
				delete run.gates[stageId];
			});
		},

		/** The onboarding course's records. Treat as read-only. */
		get course() {
			return data.course;
		},
		/** Records that a playbook page was opened (阅读中); later openings change nothing. */
		markOpened(playbook: string) {
			if (data.course.reading[playbook]) return;
			change((d) => {
				if (d.course.reading[playbook]) return;
				const t = stamp();
				d.course.reading[playbook] = { openedAt: t, updatedAt: t };
			});
		},
		/** Marks a playbook read (已读), or not read again with `read: false`. */
		markRead(playbook: string, read = true) {
			change((d) => {
				const t = stamp();
				const r = d.course.reading[playbook] ?? { openedAt: t, updatedAt: t };
				r.updatedAt = t;
				if (read) r.readAt ??= t;
				else delete r.readAt;
				d.course.reading[playbook] = r;
			});
		},
		/** Records one finished quiz attempt (score in percent); the best score and first pass are kept. */
		recordQuiz(playbook: string, score: number, passed: boolean) {
			const pct = Math.min(100, Math.max(0, Math.round(score)));
			change((d) => {
				const t = stamp();
				const prev = d.course.quizzes[playbook];
				d.course.quizzes[playbook] = {
					best: Math.max(prev?.best ?? 0, pct),
					last: pct,
					attempts: (prev?.attempts ?? 0) + 1,
					updatedAt: t,
					...(prev?.passedAt ? { passedAt: prev.passedAt } : passed ? { passedAt: t } : {}),
				};
			});
		},
		/** The learner's name for the completion record; empty clears it. */
		setLearner(name: string) {
			change((d) => {
				const n = name.trim();
				if (n) d.course.learner = { name: n.slice(0, LIMITS.name), updatedAt: stamp() };
				else delete d.course.learner;
			});
		},

		/**
		 * Replaces everything with what `next` computes from the freshest saved data, in one write
		 * (import uses it: transfer.ts, kept out of the pages that only tick tasks).
		 */
		transform(next: (current: StoreData) => StoreData) {
			change((d) => {
				const n = next(d);
				d.runs = n.runs;
				d.active = n.active;
				d.course = n.course;
			});
		},
	};
}

/** One store per page, shared by every island on it. */
let shared: Store | undefined;
export function pageStore(): Store {
	shared ??= createStore({ events: globalThis.window });
	return shared;
}
