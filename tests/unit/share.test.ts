/**
 * Share links (issue 16): encode/decode round trip, link sizes, every malformed payload refused,
 * hostile text kept as plain data, import merge, and the team board's logic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { splitFrontmatter } from '../../tools/diagram-inventory.ts';
import { PlaybookSchema } from '../../src/model/schemas/playbook.ts';
import { normalizePlaybook, type PlaybookModel } from '../../src/model/playbook.ts';
import { LIMITS } from '../../src/model/limits.ts';
import { emptyData, type Run } from '../../src/features/store/shape.ts';
import {
	COMPRESSED,
	decodeShared,
	defaultAlias,
	encodeShared,
	MAX_JSON_BYTES,
	PLAIN,
	payloadOf,
	shareCourse,
	shareRun,
	toBase64url,
	type Shared,
	type SharedRun,
} from '../../src/features/share/codec.ts';
import { importShared } from '../../src/features/share/import-run.ts';
import { addToTeam, boardOf, csvCell, DONE_COLUMN, emptyTeam, readTeam, removeFromTeam, splitLinks, teamCsv } from '../../src/features/share/team.ts';
import { sharePlaybook } from '../../src/features/share/playbooks.ts';

const playbookDir = join(process.cwd(), 'content/docs/playbooks');
const playbooks: PlaybookModel[] = readdirSync(playbookDir)
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => {
		const text = readFileSync(join(playbookDir, f), 'utf8');
		const { frontmatter } = splitFrontmatter(text);
		return normalizePlaybook(f.replace(/\.mdx$/, ''), String((frontmatter as { title: string }).title), PlaybookSchema.parse((frontmatter as { playbook: unknown }).playbook));
	});
const KA = playbooks.find((p) => p.slug === 'key-account')!;
const LARGEST = [...playbooks].sort((a, b) => b.taskCount - a.taskCount)[0]!;
const SITE = 'https://sales-playbook.example/share/#';
const NOW = new Date('2026-12-10T09:00:00.000Z');

/** A run of a playbook: the first `done` tasks ticked on consecutive days, gates before them answered 是. */
function makeRun(pb: PlaybookModel, done: number, extra: { note?: (i: number) => string; reason?: string } = {}): Run {
	const run: Run = { id: 'a1b2c3d4e5f60718', playbook: pb.slug, name: '华润置地', customer: '华润置地有限公司', rep: '王小明', createdAt: '2026-11-01T02:00:00.000Z', updatedAt: '2026-12-01T08:30:00.000Z', archived: false, tasks: {}, gates: {} };
	let i = 0;
	for (const stage of pb.stages) {
		for (const key of stage.taskKeys) {
			if (i >= done) break;
			const at = new Date(Date.UTC(2026, 10, 2 + i, 3, 15)).toISOString();
			run.tasks[key] = { done: true, doneAt: at.slice(0, 10), updatedAt: at, ...(extra.note ? { note: extra.note(i) } : {}) };
			i++;
		}
		if (stage.gate && i < done) run.gates[stage.id] = { answer: 'yes', at: '2026-11-20', updatedAt: '2026-11-20T05:00:00.000Z' };
	}
	if (extra.reason) {
		const gated = pb.stages.find((s) => s.gate)!;
		run.gates[gated.id] = { answer: 'no', at: '2026-11-21', reason: extra.reason, updatedAt: '2026-11-21T05:00:00.000Z' };
	}
	return run;
}

/** Encodes any JSON as a compressed payload (for hostile documents the encoder would never write). */
const raw = (doc: unknown) => COMPRESSED + toBase64url(deflateRawSync(Buffer.from(JSON.stringify(doc))));
const wire = (shared: Shared) => ({ v: 1, s: 2, ...shared });

async function refused(payload: string): Promise<string> {
	const result = await decodeShared(payload);
	expect(result.ok).toBe(false);
	return result.ok ? '' : result.error;
}

describe('share links: round trip', () => {
	it('a run comes back exactly as shared, compressed and uncompressed', async () => {
		const shared = shareRun(makeRun(KA, 3), { notes: false, by: '王小明' }, NOW);
		for (const compress of [true, false]) {
			const payload = await encodeShared(shared, compress);
			expect(payload.startsWith(compress ? COMPRESSED : PLAIN)).toBe(true);
			expect(payload).toMatch(/^[zj]1\.[A-Za-z0-9_-]+$/);
			const back = await decodeShared(SITE + payload);
			expect(back).toEqual({ ok: true, shared, payload });
		}
	});

	it('a course record comes back with its scores and dates', async () => {
		const course = {
			learner: { name: '李新', updatedAt: '2026-12-01T00:00:00.000Z' },
			reading: { 'key-account': { openedAt: '2026-11-01T00:00:00.000Z', readAt: '2026-11-02T00:00:00.000Z', updatedAt: '2026-11-02T00:00:00.000Z' } },
			quizzes: { 'key-account': { best: 90, last: 80, attempts: 2, passedAt: '2026-11-03T00:00:00.000Z', updatedAt: '2026-11-04T00:00:00.000Z' } },
		};
		const shared = shareCourse(course, '李新', NOW);
		expect(shared.course).not.toHaveProperty('learner');
		const back = await decodeShared(await encodeShared(shared));
		expect(back.ok && back.shared).toEqual(shared);
	});

	it('notes, the customer name and the names stay out unless chosen', () => {
		const run = makeRun(KA, 3, { note: () => '客户很满意' });
		const plain = shareRun(run, { notes: false, alias: '客户A' }, NOW);
		expect(Object.values(plain.run.tasks).some((t) => t.note)).toBe(false);
		expect(plain.run.name).toBe('客户A');
		expect(plain.run).not.toHaveProperty('customer');
		expect(plain.run).not.toHaveProperty('rep');
		expect(plain).not.toHaveProperty('by');
		expect(plain.alias).toBe(true);
		expect(run.tasks[KA.stages[0]!.taskKeys[0]!]!.note).toBe('客户很满意');
		const full = shareRun(run, { notes: true, by: '王小明' }, NOW);
		expect(full.run.tasks[KA.stages[0]!.taskKeys[0]!]!.note).toBe('客户很满意');
		expect(full.run.rep).toBe('王小明');
		expect(full.by).toBe('王小明');
	});

	it('a payload is found in a whole link, a #fragment or on its own', () => {
		expect(payloadOf(' https://x.example/sales/share/#z1.abc_-\n')).toBe('z1.abc_-');
		expect(payloadOf('#z1.abc')).toBe('z1.abc');
		expect(payloadOf('z1.abc')).toBe('z1.abc');
		expect(splitLinks('看看这个 https://a/share/#z1.AAA\nhttps://a/share/#z1.BBB 谢谢')).toEqual(['https://a/share/#z1.AAA', 'https://a/share/#z1.BBB']);
	});

	it('default aliases run 客户A … 客户Z, 客户AA', () => {
		expect([0, 1, 25, 26, 27].map(defaultAlias)).toEqual(['客户A', '客户B', '客户Z', '客户AA', '客户AB']);
	});
});

describe('share links: size', () => {
	const note = (i: number) => `第${i + 1}次拜访，客户反馈积极`;

	it(`a key-account run with short notes fits in 2,000 characters (${KA.taskCount} tasks)`, async () => {
		const typical = SITE + (await encodeShared(shareRun(makeRun(KA, KA.taskCount, { note }), { notes: true, by: '王小明' }, NOW)));
		const noNotes = SITE + (await encodeShared(shareRun(makeRun(KA, 3), { notes: false, by: '王小明' }, NOW)));
		console.log(`链接长度：大客户开发 3 项已勾选、无备注 ${noNotes.length}；全部 ${KA.taskCount} 项已勾选、每项短备注 ${typical.length}`);
		expect(typical.length).toBeLessThanOrEqual(2000);
		expect(noNotes.length).toBeLessThan(typical.length);
	});

	it(`the largest playbook's run (${LARGEST.slug}, ${LARGEST.taskCount} tasks) fits a QR code without notes, and decodes even with every note full`, async () => {
		const all = SITE + (await encodeShared(shareRun(makeRun(LARGEST, LARGEST.taskCount), { notes: false, by: '王小明' }, NOW)));
		const withShort = SITE + (await encodeShared(shareRun(makeRun(LARGEST, LARGEST.taskCount, { note }), { notes: true, by: '王小明' }, NOW)));
		// Worst case: every note at the input limit, of text that barely compresses.
		let seed = 2463534242;
		const next = () => {
			seed ^= seed << 13;
			seed ^= seed >>> 17;
			seed ^= seed << 5;
			return seed >>> 0;
		};
		const noise = () => Array.from({ length: LIMITS.note }, () => String.fromCharCode(0x4e00 + (next() % 20000))).join('');
		const worstRun = makeRun(LARGEST, LARGEST.taskCount, { note: noise });
		const worst = SITE + (await encodeShared(shareRun(worstRun, { notes: true, by: '王小明' }, NOW)));
		console.log(`链接长度：${LARGEST.title} 全部 ${LARGEST.taskCount} 项、无备注 ${all.length}；每项短备注 ${withShort.length}；每项备注 2000 字（最坏情况）${worst.length}`);
		expect(all.length).toBeLessThanOrEqual(2953);
		const back = await decodeShared(worst);
		expect(back.ok).toBe(true);
	});
});

describe('share links: malformed payloads are refused with a message', () => {
	const good = () => shareRun(makeRun(KA, 3), { notes: false }, NOW);

	it('empty, foreign or newer formats', async () => {
		expect(await refused('https://x/share/#')).toContain('没有分享的数据');
		expect(await refused('hello')).toContain('格式不正确');
		expect(await refused('z9.AAAA')).toContain('更新版本');
		expect(await refused('x'.repeat(1_600_000))).toContain('太长');
	});

	it('bad base64', async () => {
		const payload = await encodeShared(good());
		expect(await refused(`${payload.slice(0, 20)}!*${payload.slice(22)}`)).toContain('损坏');
		expect(await refused(`${COMPRESSED}A`)).toContain('损坏');
		expect(await refused(COMPRESSED)).toContain('损坏');
	});

	it('truncated or corrupted deflate data', async () => {
		const payload = await encodeShared(good());
		for (const cut of [0.3, 0.6, 0.9]) expect(await refused(payload.slice(0, Math.floor(payload.length * cut)))).toMatch(/损坏/);
		const flipped = payload.slice(0, 10) + (payload[10] === 'A' ? 'B' : 'A') + payload.slice(11);
		expect((await decodeShared(flipped)).ok).toBe(false);
		expect(await refused(COMPRESSED + toBase64url(Buffer.from('这不是压缩数据，只是普通文字。')))).toMatch(/损坏/);
	});

	it('not JSON, or not UTF-8', async () => {
		expect(await refused(PLAIN + toBase64url(Buffer.from('{"v":1,')))).toContain('损坏');
		expect(await refused(PLAIN + toBase64url(Uint8Array.from([0xff, 0xfe, 0x7b])))).toContain('损坏');
	});

	it('a version or store version it does not know', async () => {
		expect(await refused(raw({ ...wire(good()), v: 2 }))).toContain('更新版本');
		expect(await refused(raw({ ...wire(good()), v: 0 }))).toContain('版本号');
		expect(await refused(raw({ ...wire(good()), s: 3 }))).toContain('更新版本');
		expect(await refused(raw({ ...wire(good()), s: 1 }))).toContain('数据版本');
	});

	it('schema violations: every one refuses the whole link', async () => {
		const g = wire(good()) as unknown as Record<string, unknown> & { run: Record<string, unknown> };
		const task = Object.keys(g.run.tasks as object)[0]!;
		const cases: unknown[] = [
			null,
			[],
			{ ...g, kind: 'other' },
			{ ...g, sharedAt: 'yesterday' },
			{ ...g, by: 42 },
			{ ...g, by: '   ' },
			{ ...g, by: '名'.repeat(LIMITS.name + 1) },
			{ ...g, alias: 'yes' },
			{ ...g, run: undefined },
			{ ...g, run: { ...g.run, id: '' } },
			{ ...g, run: { ...g.run, playbook: 7 } },
			{ ...g, run: { ...g.run, createdAt: 'not a date' } },
			{ ...g, run: { ...g.run, name: '名'.repeat(LIMITS.name + 1) } },
			{ ...g, run: { ...g.run, tasks: 'all done' } },
			{ ...g, run: { ...g.run, tasks: { ...(g.run.tasks as object), [task]: { done: 'yes', updatedAt: '2026-11-01' } } } },
			{ ...g, run: { ...g.run, gates: { 'identify-target': { answer: 'maybe', at: '2026-11-01', updatedAt: '2026-11-01' } } } },
			{ ...g, run: { ...g.run, tasks: { [task]: { done: true, note: '秘密', updatedAt: '2026-11-01T00:00:00Z' } } } },
			{ ...g, notes: true, run: { ...g.run, tasks: { [task]: { done: true, note: '长'.repeat(LIMITS.note + 1), updatedAt: '2026-11-01T00:00:00Z' } } } },
			{ v: 1, s: 2, kind: 'course', sharedAt: NOW.toISOString(), course: { reading: {}, quizzes: { x: { best: 120, last: 50, attempts: 1, updatedAt: 'x' } } } },
			{ v: 1, s: 2, kind: 'course', sharedAt: NOW.toISOString(), course: { reading: {}, quizzes: {}, learner: { name: 'x', updatedAt: 'y' } } },
			{ v: 1, s: 2, kind: 'course', sharedAt: NOW.toISOString(), course: 'done' },
		];
		for (const doc of cases) expect(await refused(raw(doc)), JSON.stringify(doc)?.slice(0, 120)).toMatch(/不正确|损坏/);
	});

	it('huge sizes: a small link that unpacks past the limit is stopped', async () => {
		const bomb = COMPRESSED + toBase64url(deflateRawSync(Buffer.alloc(MAX_JSON_BYTES + 10, 0x20)));
		expect(bomb.length).toBeLessThan(5000);
		expect(await refused(bomb)).toContain('太大');
		const many = wire(good()) as { run: { tasks: Record<string, unknown> } };
		for (let i = 0; i < 12000; i++) many.run.tasks[`s/t${i}`] = { done: true, doneAt: '2026-11-01', updatedAt: '2026-11-01T00:00:00.000Z' };
		expect(await refused(raw(many))).toContain('太大');
		const plain = PLAIN + toBase64url(Buffer.alloc(MAX_JSON_BYTES + 3, 0x20));
		expect(plain.length).toBeLessThan(1_500_000);
		expect(await refused(plain)).toContain('太大');
	});
});

describe('share links: hostile text stays plain data', () => {
	it('names and notes with markup round-trip unchanged, as strings', async () => {
		const xss = '<img src=x onerror=alert(1)><script>alert("x")</script>';
		const run = makeRun(KA, 2, { note: () => `${xss}"'&` });
		run.name = `</textarea>${xss}`.slice(0, LIMITS.name);
		run.customer = '"><svg onload=alert(1)>';
		const back = await decodeShared(await encodeShared(shareRun(run, { notes: true, by: '<b>我</b>' }, NOW)));
		expect(back.ok).toBe(true);
		if (!back.ok || back.shared.kind !== 'run') return;
		expect(back.shared.run.name).toBe(run.name);
		expect(back.shared.run.customer).toBe('"><svg onload=alert(1)>');
		expect(back.shared.by).toBe('<b>我</b>');
		expect(Object.values(back.shared.run.tasks)[0]!.note).toBe(`${xss}"'&`);
		// On the board and in CSV the same strings are cells of text, never formulas.
		const board = boardOf([sharePlaybook(KA)], addToTeam(emptyTeam(), back.shared, 'p').data, NOW);
		expect(board.lanes[0]!.columns.flatMap((c) => c.cards)[0]!.customer).toBe('"><svg onload=alert(1)>');
		expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
		expect(csvCell('+1')).toBe("'+1");
	});
});

describe('导入到我的清单: merge keeps the newer state per task', () => {
	it('adds a run that is not here, and makes it the playbook’s run when there is none', () => {
		const shared = shareRun(makeRun(KA, 3), { notes: false, by: '王小明' }, NOW);
		const { data, existed } = importShared(emptyData(), shared);
		expect(existed).toBe(false);
		expect(data.runs[shared.run.id]!.tasks).toEqual(shared.run.tasks);
		expect(data.active[KA.slug]).toBe(shared.run.id);
	});

	it('a run already here keeps whichever side changed each task last; nothing is lost', () => {
		const mine = makeRun(KA, 3, { note: (i) => `我的备注${i}` });
		const [k0, k1, k2, k3] = KA.stages[0]!.taskKeys.concat(KA.stages[1]!.taskKeys);
		// Here: task 0 un-ticked later than the share; the share ticks task 3, and re-dated task 1 later.
		mine.tasks[k0!] = { done: false, note: '我的备注0', updatedAt: '2026-12-09T00:00:00.000Z' };
		mine.name = '华润置地（我的）';
		const theirs = structuredClone(makeRun(KA, 3));
		theirs.tasks[k1!] = { done: true, doneAt: '2026-12-05', updatedAt: '2026-12-05T00:00:00.000Z' };
		theirs.tasks[k3!] = { done: true, doneAt: '2026-12-06', updatedAt: '2026-12-06T00:00:00.000Z' };
		theirs.updatedAt = '2026-12-06T00:00:00.000Z';
		const shared = shareRun(theirs, { notes: false, alias: '客户A' }, NOW);
		const current = { ...emptyData(), runs: { [mine.id]: mine } };
		const { data, existed } = importShared(current, shared);
		const run = data.runs[mine.id]!;
		expect(existed).toBe(true);
		expect(run.tasks[k0!]).toEqual(mine.tasks[k0!]); // mine is newer
		expect(run.tasks[k1!]!.doneAt).toBe('2026-12-05'); // theirs is newer…
		expect(run.tasks[k1!]!.note).toBe('我的备注1'); // …but the note the link left out is kept
		expect(run.tasks[k2!]).toEqual(mine.tasks[k2!]);
		expect(run.tasks[k3!]!.done).toBe(true);
		expect(run.name).toBe('华润置地（我的）'); // the alias never renames my run
		expect(run.customer).toBe(mine.customer);
		expect(run.rep).toBe(mine.rep); // no name in the link: my 销售代表 stays
		expect(run.updatedAt).toBe('2026-12-06T00:00:00.000Z');
	});
});

describe('团队看板', () => {
	const pbs = playbooks.map(sharePlaybook);

	it('puts a card in the run’s current stage, 已完成, or the stage it was stopped at', () => {
		const add = (data: ReturnType<typeof emptyTeam>, run: Run) => addToTeam(data, shareRun(run, { notes: false, by: '王小明' }, NOW), 'p').data;
		let data = add(emptyTeam(), makeRun(KA, 3));
		const done = { ...makeRun(KA, KA.taskCount), id: 'done' };
		const stopped = { ...makeRun(KA, 1, { reason: '客户暂停采购' }), id: 'stopped' };
		data = add(add(data, done), stopped);
		const lane = boardOf(pbs, data, NOW).lanes[0]!;
		expect(lane.columns.map((c) => c.id)).toEqual([...KA.stages.map((s) => s.id), DONE_COLUMN]);
		const where = (id: string) => lane.columns.find((c) => c.cards.some((card) => card.id === id))!.id;
		expect(where('a1b2c3d4e5f60718')).toBe(KA.stages[0]!.id);
		expect(where('done')).toBe(DONE_COLUMN);
		const stoppedCard = lane.columns.flatMap((c) => c.cards).find((c) => c.id === 'stopped')!;
		expect(stoppedCard.terminated).toContain('客户暂停采购');
		expect(stoppedCard.days).toBe(9);
		expect(stoppedCard.customer).toBe('华润置地有限公司');
		expect(stoppedCard.rep).toBe('王小明');
	});

	it('a newer link for the same run replaces it; an older one changes nothing; cards can be removed', () => {
		const older = shareRun(makeRun(KA, 3), { notes: false }, NOW);
		const newerRun = makeRun(KA, 5);
		newerRun.updatedAt = '2026-12-08T00:00:00.000Z';
		const newer = shareRun(newerRun, { notes: false }, NOW);
		const first = addToTeam(emptyTeam(), older, 'old');
		expect(first.outcome).toBe('added');
		const second = addToTeam(first.data, newer, 'new');
		expect(second.outcome).toBe('replaced');
		expect(second.data.runs[newerRun.id]!.payload).toBe('new');
		expect(addToTeam(second.data, older, 'old').outcome).toBe('kept');
		expect(Object.keys(removeFromTeam(second.data, 'run', newerRun.id).runs)).toEqual([]);
	});

	it('reads its own saved board back; a corrupted board resets with a notice, a bad card is dropped', () => {
		const data = addToTeam(emptyTeam(), shareRun(makeRun(KA, 3), { notes: false }, NOW), 'p').data;
		expect(readTeam(JSON.stringify(data))).toEqual({ data });
		expect(readTeam(null)).toEqual({ data: emptyTeam() });
		for (const bad of ['{', '[]', '{"version":2,"runs":{},"courses":{}}', '{"version":1}']) {
			const r = readTeam(bad);
			expect(r.reset).toBe(true);
			expect(r.notice).toContain('已重置');
			expect(r.data).toEqual(emptyTeam());
		}
		const tampered = structuredClone(data) as unknown as { runs: Record<string, { shared: { run: { tasks: unknown } } }> };
		Object.values(tampered.runs)[0]!.shared.run.tasks = 'x';
		const r = readTeam(JSON.stringify(tampered));
		expect(r.data.runs).toEqual({});
		expect(r.notice).toContain('1 张卡片');
	});

	it('exports CSV with a row per run and the course records under their own header', () => {
		let data = addToTeam(emptyTeam(), shareRun(makeRun(KA, 3), { notes: false, by: '王小明' }, NOW), 'p').data;
		data = addToTeam(data, shareCourse({ reading: { 'key-account': { openedAt: 'a', readAt: '2026-11-02T00:00:00.000Z', updatedAt: 'b' } }, quizzes: {} }, '李新', NOW), 'c').data;
		const csv = teamCsv(pbs, data, NOW);
		expect(csv.startsWith('\uFEFF类型,流程,阶段,客户')).toBe(true);
		const lines = csv.trim().split('\r\n');
		expect(lines[1]).toContain('客户清单,大客户开发流程');
		expect(lines[1]).toContain('华润置地有限公司,王小明,3,18');
		expect(csv).toContain('学习记录（自报）');
		expect(csv).toContain('李新');
	});
});

export type { SharedRun };
