import { describe, expect, it } from 'vitest';
import { createStore, type StorageLike } from '../../src/features/store/store.ts';
import { noticeText } from '../../src/features/store/notice-text.ts';
import { exportText, importInto, parseImport } from '../../src/features/store/transfer.ts';
import { readSaved } from '../../src/features/store/read-saved.ts';
import { BACKUP_PREFIX, CURRENT_VERSION, readDocument, STORAGE_KEY, type StoreData } from '../../src/features/store/shape.ts';

/** In-memory Web Storage that can be made full or blocked. */
class FakeStorage implements StorageLike {
	map = new Map<string, string>();
	full = false;
	blocked = false;
	getItem(k: string) {
		if (this.blocked) throw new DOMException('blocked', 'SecurityError');
		return this.map.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		if (this.blocked) throw new DOMException('blocked', 'SecurityError');
		if (this.full) throw new DOMException('full', 'QuotaExceededError');
		this.map.set(k, v);
	}
	saved(): StoreData {
		return JSON.parse(this.map.get(STORAGE_KEY)!);
	}
	backups() {
		return [...this.map.keys()].filter((k) => k.startsWith(BACKUP_PREFIX));
	}
}

let clock = Date.parse('2026-11-27T09:00:00Z');
const now = () => new Date((clock += 1000));
let ids = 0;
const newId = () => `run${++ids}`;
const make = (storage: StorageLike | null) => createStore({ storage, now, newId });

describe('store basics', () => {
	it('starts empty and creates the default run on first use', () => {
		const s = make(new FakeStorage());
		expect(s.activeRun('key-account')).toBeUndefined();
		const id = s.ensureRun('key-account');
		expect(s.activeRun('key-account')?.name).toBe('默认清单');
		expect(s.ensureRun('key-account')).toBe(id);
	});
	it('saves a ticked task with its date, keyed by stage and task id, and reloads it', () => {
		const storage = new FakeStorage();
		const s = make(storage);
		const run = s.ensureRun('key-account');
		s.setTask(run, 'identify-target', 'initial-contact', true);
		s.setTaskNote(run, 'identify-target', 'initial-contact', '已约周三拜访');
		const again = make(storage);
		const task = again.data.runs[run]!.tasks['identify-target/initial-contact']!;
		expect(task.done).toBe(true);
		expect(task.doneAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(task.note).toBe('已约周三拜访');
		expect(again.notices()).toEqual([]);
	});
	it('creates, switches, renames, archives and deletes runs, and undoes a delete', () => {
		const s = make(new FakeStorage());
		const a = s.createRun('key-account', '华东某集团 2026-12');
		const b = s.createRun('key-account', '华南某公司');
		expect(s.activeRun('key-account')?.id).toBe(b);
		s.switchRun('key-account', a);
		expect(s.activeRun('key-account')?.id).toBe(a);
		s.updateRun(a, { name: '华东集团', customer: '华东集团采购部', rep: '张三', archived: true });
		expect(s.data.runs[a]).toMatchObject({ name: '华东集团', customer: '华东集团采购部', rep: '张三', archived: true });
		const removed = s.deleteRun(a)!;
		expect(s.data.runs[a]).toBeUndefined();
		expect(s.activeRun('key-account')).toBeUndefined();
		s.restoreRun(removed);
		expect(s.data.runs[a]?.name).toBe('华东集团');
	});
	it('records a gate answer with its reason and date', () => {
		const s = make(new FakeStorage());
		const run = s.ensureRun('key-account');
		s.answerGate(run, 'identify-target', 'no', '客户没有调整供应商的计划');
		expect(s.data.runs[run]!.gates['identify-target']).toMatchObject({ answer: 'no', reason: '客户没有调整供应商的计划' });
		s.clearGate(run, 'identify-target');
		expect(s.data.runs[run]!.gates['identify-target']).toBeUndefined();
	});
});

describe('store faults', () => {
	it('resets corrupted JSON with a notice, keeping the raw text as a backup', () => {
		const storage = new FakeStorage();
		storage.map.set(STORAGE_KEY, '{"version":1,"runs":{"a"');
		const s = make(storage);
		expect(s.data.runs).toEqual({});
		expect(s.notices().map((n) => n.kind)).toEqual(['reset']);
		expect(storage.map.get(storage.backups()[0]!)).toBe('{"version":1,"runs":{"a"');
		expect(storage.saved().version).toBe(CURRENT_VERSION);
	});
	it('keeps the valid runs of wrong-shape JSON and says how many were dropped', () => {
		const storage = new FakeStorage();
		const good = { id: 'g', playbook: 'key-account', name: '好', createdAt: 'x', updatedAt: 'x', archived: false, tasks: { 's/t': { done: true, updatedAt: 'x' }, 's/bad': { done: 'yes' } }, gates: {} };
		storage.map.set(STORAGE_KEY, JSON.stringify({ version: 1, runs: { g: good, b: { id: 'b', name: 3 }, c: 'nope' }, active: { 'key-account': 'g', other: 'b' } }));
		const s = make(storage);
		expect(Object.keys(s.data.runs)).toEqual(['g']);
		expect(s.data.runs.g!.tasks).toEqual({ 's/t': { done: true, updatedAt: 'x' } });
		expect(s.data.active).toEqual({ 'key-account': 'g' });
		expect(s.notices()[0]).toMatchObject({ kind: 'dropped', runs: 2 });
		expect(noticeText(s.notices()[0]!)).toContain('有 2 份保存的清单无法读取');
	});
	it('resets a document that is JSON but not ours', () => {
		const storage = new FakeStorage();
		storage.map.set(STORAGE_KEY, '[1,2,3]');
		expect(make(storage).notices().map((n) => n.kind)).toEqual(['reset']);
	});
	it('keeps working in memory when the quota is exceeded, with a notice, and recovers', () => {
		const storage = new FakeStorage();
		const s = make(storage);
		const run = s.ensureRun('key-account');
		storage.full = true;
		s.setTask(run, 'a', 'b', true);
		expect(s.data.runs[run]!.tasks['a/b']!.done).toBe(true);
		expect(s.notices().map((n) => n.kind)).toEqual(['memory']);
		s.setTask(run, 'a', 'c', true);
		expect(s.data.runs[run]!.tasks['a/b']!.done).toBe(true);
		storage.full = false;
		s.setTask(run, 'a', 'd', true);
		expect(s.notices()).toEqual([]);
		expect(Object.keys(storage.saved().runs[run]!.tasks)).toEqual(['a/b', 'a/c', 'a/d']);
	});
	it('works in memory when storage is disabled (null) or throws', () => {
		const none = make(null);
		const run = none.ensureRun('channel');
		none.setTask(run, 'plan', 'define', true);
		expect(none.data.runs[run]!.tasks['plan/define']!.done).toBe(true);
		expect(none.notices().map((n) => n.kind)).toEqual(['blocked']);
		const storage = new FakeStorage();
		storage.blocked = true;
		const throwing = make(storage);
		const r2 = throwing.ensureRun('channel');
		throwing.setTask(r2, 'plan', 'define', true);
		expect(throwing.data.runs[r2]!.tasks['plan/define']!.done).toBe(true);
		expect(throwing.notices().map((n) => n.kind)).toContain('blocked');
	});
	it('loses no update when two tabs edit the same run', () => {
		const storage = new FakeStorage();
		const tab1 = make(storage);
		const run = tab1.ensureRun('key-account');
		const tab2 = make(storage);
		tab1.setTask(run, 's', 'one', true);
		tab2.setTask(run, 's', 'two', true); // tab2 has not seen tab1's change in memory
		tab1.setTaskNote(run, 's', 'three', '备注');
		const saved = storage.saved().runs[run]!.tasks;
		expect(Object.keys(saved).sort()).toEqual(['s/one', 's/three', 's/two']);
		tab2.reload(); // what the storage event does
		expect(tab2.data.runs[run]!.tasks['s/three']!.note).toBe('备注');
	});
	it('keeps the state of a task removed or renamed in content', () => {
		const storage = new FakeStorage();
		const s = make(storage);
		const run = s.ensureRun('key-account');
		s.setTask(run, 'gather-info', 'old-task-id', true);
		s.setTask(run, 'gather-info', 'provide-samples', true);
		const later = make(storage);
		later.setTask(run, 'gather-info', 'find-insider', true);
		expect(storage.saved().runs[run]!.tasks['gather-info/old-task-id']!.done).toBe(true);
	});
});

describe('schema versions', () => {
	it('migrates an older version step by step, then validates', () => {
		const v0 = JSON.stringify({ version: 0, checklists: [{ id: 'r', playbook: 'channel', title: '旧名' }] });
		const migrations = {
			0: (old: Record<string, unknown>) => ({
				version: 1,
				runs: Object.fromEntries(
					(old.checklists as Array<{ id: string; playbook: string; title: string }>).map((c) => [
						c.id,
						{ id: c.id, playbook: c.playbook, name: c.title, createdAt: 't', updatedAt: 't', archived: false, tasks: {}, gates: {} },
					]),
				),
				active: {},
			}),
		};
		const read = readDocument(v0, migrations);
		expect(read).toMatchObject({ kind: 'ok', migratedFrom: 0 });
		expect(read.kind === 'ok' && read.data.runs.r!.name).toBe('旧名');
	});
	it('reports a version it has no migration for as corrupt', () => {
		expect(readDocument(JSON.stringify({ version: -1, runs: {} }), {})).toMatchObject({ kind: 'corrupt' });
	});
	it('does not overwrite a document saved by a newer version until the user changes something, and backs it up first', () => {
		const storage = new FakeStorage();
		const newer = JSON.stringify({ version: CURRENT_VERSION + 1, runs: {}, whatever: true });
		storage.map.set(STORAGE_KEY, newer);
		const s = make(storage);
		expect(s.notices().map((n) => n.kind)).toEqual(['newer']);
		expect(storage.map.get(STORAGE_KEY)).toBe(newer);
		s.ensureRun('channel');
		expect(storage.saved().version).toBe(CURRENT_VERSION);
		expect(storage.map.get(storage.backups()[0]!)).toBe(newer);
	});
});

describe('export and import', () => {
	it('round-trips everything through one JSON file', () => {
		const s = make(new FakeStorage());
		const run = s.createRun('key-account', '华东某集团');
		s.setTask(run, 'a', 'b', true);
		const text = exportText(s.data);
		const parsed = parseImport(text);
		expect(parsed.ok).toBe(true);
		const fresh = make(new FakeStorage());
		if (parsed.ok) importInto(fresh, parsed.data, 'replace');
		expect(fresh.data.runs).toEqual(s.data.runs);
	});
	it('refuses a bad file with a message', () => {
		expect(parseImport('')).toMatchObject({ ok: false, error: '文件是空的。' });
		expect(parseImport('hello')).toMatchObject({ ok: false, error: expect.stringContaining('现有数据没有改动') });
		expect(parseImport(JSON.stringify({ version: 1, runs: { x: { id: 'x' } } }))).toMatchObject({ ok: false, error: expect.stringContaining('1 份清单格式不正确') });
	});
	it('merges by keeping whichever side changed each task last', () => {
		const storage = new FakeStorage();
		const s = make(storage);
		const run = s.createRun('key-account', 'A');
		s.setTask(run, 's', 'old', true);
		const exported = parseImport(exportText(s.data));
		s.setTask(run, 's', 'old', false); // newer than the export
		s.setTask(run, 's', 'mine', true);
		const other = make(new FakeStorage());
		other.createRun('channel', 'B');
		if (exported.ok) importInto(s, exported.data, 'merge');
		expect(s.data.runs[run]!.tasks['s/old']!.done).toBe(false);
		expect(s.data.runs[run]!.tasks['s/mine']!.done).toBe(true);
		const replaced = parseImport(exportText(other.data));
		if (replaced.ok) importInto(s, replaced.data, 'replace');
		expect(Object.values(s.data.runs).map((r) => r.name)).toEqual(['B']);
	});
});

describe('version 2: the onboarding course', () => {
	const v1Run = { id: 'r1', playbook: 'key-account', name: '华东某集团', createdAt: 't', updatedAt: 't', archived: false, tasks: { 'identify-target/initial-contact': { done: true, doneAt: '2026-11-01', updatedAt: 't' } }, gates: { 'identify-target': { answer: 'yes', at: '2026-11-02', updatedAt: 't' } } };

	it('migrates a version 1 document to version 2 keeping every run and active run', () => {
		const storage = new FakeStorage();
		storage.map.set(STORAGE_KEY, JSON.stringify({ version: 1, runs: { r1: v1Run, r2: { ...v1Run, id: 'r2', playbook: 'channel', tasks: {}, gates: {} } }, active: { 'key-account': 'r1' } }));
		const s = make(storage);
		expect(s.data.version).toBe(2);
		expect(s.data.runs.r1).toEqual(v1Run);
		expect(Object.keys(s.data.runs)).toEqual(['r1', 'r2']);
		expect(s.data.active).toEqual({ 'key-account': 'r1' });
		expect(s.data.course).toEqual({ reading: {}, quizzes: {} });
		expect(s.notices().map((n) => n.kind)).toEqual(['migrated']);
		s.markOpened('channel');
		expect(storage.saved()).toMatchObject({ version: 2, runs: { r1: v1Run }, course: { reading: { channel: { openedAt: expect.any(String) } } } });
	});
	it('does not trust course data found in a version 1 document', () => {
		const read = readDocument(JSON.stringify({ version: 1, runs: {}, active: {}, course: { reading: { x: { openedAt: 't', updatedAt: 't' } } } }));
		expect(read.kind === 'ok' && read.data.course).toEqual({ reading: {}, quizzes: {} });
	});
	it('records opening once, marking read and unread, quiz attempts with best score and first pass, and the learner', () => {
		const storage = new FakeStorage();
		const s = make(storage);
		s.markOpened('channel');
		const opened = s.course.reading.channel!.openedAt;
		const saves = storage.map.get(STORAGE_KEY);
		s.markOpened('channel');
		expect(storage.map.get(STORAGE_KEY)).toBe(saves); // a second opening writes nothing
		s.markRead('channel');
		expect(s.course.reading.channel).toMatchObject({ openedAt: opened, readAt: expect.any(String) });
		s.markRead('channel', false);
		expect(s.course.reading.channel!.readAt).toBeUndefined();
		s.recordQuiz('channel', 60, false);
		expect(s.course.quizzes.channel).toMatchObject({ best: 60, last: 60, attempts: 1 });
		expect(s.course.quizzes.channel!.passedAt).toBeUndefined();
		s.recordQuiz('channel', 100, true);
		const passedAt = s.course.quizzes.channel!.passedAt;
		s.recordQuiz('channel', 40, false);
		expect(s.course.quizzes.channel).toMatchObject({ best: 100, last: 40, attempts: 3, passedAt });
		s.setLearner('  王小明 ');
		expect(make(storage).course.learner?.name).toBe('王小明');
		s.setLearner('');
		expect(make(storage).course.learner).toBeUndefined();
	});
	it('recovers from wrong-shape course data: bad entries dropped with a notice, runs and good entries kept', () => {
		const storage = new FakeStorage();
		const good = { openedAt: 't', readAt: 'u', updatedAt: 'u' };
		const quiz = { best: 80, last: 60, attempts: 2, passedAt: 'v', updatedAt: 'v' };
		storage.map.set(
			STORAGE_KEY,
			JSON.stringify({
				version: 2,
				runs: { r1: v1Run },
				active: {},
				course: {
					learner: { name: 42 },
					reading: { channel: good, 'key-account': { readAt: 'u' }, x: 'nope' },
					quizzes: { channel: quiz, a: { best: 140, last: 0, attempts: 1, updatedAt: 'v' }, b: { best: 50, last: 50, attempts: 0, updatedAt: 'v' }, c: { best: 50, last: 70, attempts: 1, updatedAt: 'v' }, d: null },
				},
			}),
		);
		const s = make(storage);
		expect(s.data.runs.r1).toEqual(v1Run);
		expect(s.course).toEqual({ reading: { channel: good }, quizzes: { channel: quiz } });
		expect(s.notices()).toEqual([{ kind: 'dropped', runs: 0, course: 7 }]);
		expect(noticeText(s.notices()[0]!)).toBe('有 7 条入门课程记录无法读取，已略过；其余记录完好。');
	});
	it('recovers when course is not an object at all, or its parts are not', () => {
		for (const course of ['oops', [1], null, { reading: [], quizzes: 3 }]) {
			const storage = new FakeStorage();
			storage.map.set(STORAGE_KEY, JSON.stringify({ version: 2, runs: { r1: v1Run }, active: { 'key-account': 'r1' }, course }));
			const s = make(storage);
			expect(s.data.runs.r1).toEqual(v1Run);
			expect(s.course).toEqual({ reading: {}, quizzes: {} });
			expect(s.notices().map((n) => n.kind)).toEqual(['dropped']);
			s.markOpened('channel');
			expect(storage.saved().course.reading.channel).toBeDefined();
		}
	});
	it('exports and imports course records with the runs; a bad course entry refuses the file', () => {
		const s = make(new FakeStorage());
		s.markRead('channel');
		s.recordQuiz('channel', 100, true);
		s.setLearner('王小明');
		const parsed = parseImport(exportText(s.data));
		expect(parsed).toMatchObject({ ok: true, runs: 0, course: 1 });
		const fresh = make(new FakeStorage());
		if (parsed.ok) importInto(fresh, parsed.data, 'replace');
		expect(fresh.course).toEqual(s.course);
		const bad = JSON.parse(exportText(s.data));
		bad.course.quizzes.channel.best = 'high';
		expect(parseImport(JSON.stringify(bad))).toMatchObject({ ok: false, error: expect.stringContaining('1 条学习记录格式不正确') });
	});
	it('merges course records: the newest entry per playbook wins, without losing a better score or an earlier pass', () => {
		const a = make(new FakeStorage());
		a.markOpened('channel');
		a.recordQuiz('key-account', 100, true);
		const fromA = parseImport(exportText(a.data));
		const b = make(new FakeStorage());
		b.markRead('channel'); // newer than a's opening
		b.recordQuiz('key-account', 40, false); // newer, but worse
		b.recordQuiz('real-estate', 80, true);
		if (fromA.ok) importInto(b, fromA.data, 'merge');
		expect(b.course.reading.channel!.readAt).toBeDefined();
		expect(b.course.quizzes['key-account']).toMatchObject({ best: 100, last: 40, passedAt: a.course.quizzes['key-account']!.passedAt });
		expect(b.course.quizzes['real-estate']!.best).toBe(80);
	});
});

describe('readSaved (the read-only print pages)', () => {
	it('returns the data, and nothing to report, when all is well', () => {
		const storage = new FakeStorage();
		const store = make(storage);
		const runId = store.createRun('key-account', '华东某集团');
		const view = readSaved(storage);
		expect(view.problem).toBeUndefined();
		expect(view.data?.runs[runId]?.name).toBe('华东某集团');
		expect(readSaved(new FakeStorage())).toEqual({ data: undefined });
	});

	it('reads a full storage (quota exceeded) but never writes to it', () => {
		const storage = new FakeStorage();
		make(storage).createRun('channel', '某经销商');
		const before = new Map(storage.map);
		storage.full = true;
		expect(Object.keys(readSaved(storage).data!.runs)).toHaveLength(1);
		expect(storage.map).toEqual(before);
	});

	it('names the problem for blocked, corrupt, newer and partly unreadable data', () => {
		const blocked = new FakeStorage();
		blocked.blocked = true;
		expect(readSaved(blocked).problem).toContain('不允许读取');
		expect(readSaved(null).problem).toContain('不允许读取');

		const corrupt = new FakeStorage();
		corrupt.map.set(STORAGE_KEY, '{"version":2,');
		expect(readSaved(corrupt)).toEqual({ data: undefined, problem: expect.stringContaining('不是有效的 JSON') });
		expect(corrupt.map.get(STORAGE_KEY)).toBe('{"version":2,'); // left for the full store to back up

		const newer = new FakeStorage();
		newer.map.set(STORAGE_KEY, JSON.stringify({ version: CURRENT_VERSION + 1 }));
		expect(readSaved(newer).problem).toContain(`版本 ${CURRENT_VERSION + 1}`);

		const partly = new FakeStorage();
		const store = make(partly);
		store.createRun('channel', '保留');
		const doc = partly.saved() as unknown as { runs: Record<string, unknown> };
		doc.runs.broken = { playbook: 42 };
		partly.map.set(STORAGE_KEY, JSON.stringify(doc));
		const view = readSaved(partly);
		expect(Object.values(view.data!.runs).map((r) => r.name)).toEqual(['保留']);
		expect(view.problem).toContain('1 项无法识别');
	});
});
