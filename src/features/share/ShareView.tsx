/**
 * /share/: the read-only view of a shared run or course record, read from the link's fragment in
 * this browser (nothing is sent anywhere). A run can be merged into 我的清单 or added to the team
 * board; a course record is shown as 自报记录. Every name and note is rendered as text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { decodeShared, type Shared, type SharedCourse, type SharedRun } from './codec.ts';
import { importShared } from './import-run.ts';
import { addToTeam, day } from './team.ts';
import { loadTeam, saveTeam } from './team-store.ts';
import type { SharePlaybook } from './playbooks.ts';
import { runStatus, stageCount, statusLabel, terminatedText } from '../checklist/progress.ts';
import { taskKey } from '../store/shape.ts';
import { useStore } from '../store/use-store.ts';
import { Bar } from '../ui/Bar.tsx';

interface Props {
	playbooks: SharePlaybook[];
	myRunsHref: string;
	teamHref: string;
}

type View = { kind: 'loading' } | { kind: 'empty' } | { kind: 'error'; error: string } | { kind: 'ok'; shared: Shared; payload: string };

/** "2026-12-01 14:05" in local time. */
export function when(iso: string): string {
	const d = new Date(iso);
	return Number.isNaN(d.getTime()) ? iso : `${day(iso)} ${d.toTimeString().slice(0, 5)}`;
}

const STATE_TEXT = { done: '已完成', open: '进行中', locked: '未解锁' } as const;

function AddToTeam({ shared, payload, teamHref }: { shared: Shared; payload: string; teamHref: string }) {
	const [message, setMessage] = useState<string>();
	const add = () => {
		const { data } = loadTeam();
		const { data: next, outcome } = addToTeam(data, shared, payload);
		const saved = outcome === 'kept' || saveTeam(next);
		setMessage(!saved ? '浏览器存储已满或被禁止，没能加入团队看板。' : outcome === 'kept' ? '团队看板上已有这份（或更新的）记录，没有改动。' : outcome === 'replaced' ? '已用这个较新的链接更新团队看板。' : '已加入团队看板。');
	};
	return (
		<>
			<button type="button" class="btn" onClick={add}>
				添加到团队看板
			</button>
			{message && (
				<span role="status">
					{message} <a href={teamHref}>打开团队看板</a>
				</span>
			)}
		</>
	);
}

function Flowchart({ playbook, shared }: { playbook: SharePlaybook; shared: SharedRun }) {
	const host = useRef<HTMLDivElement>(null);
	const [failed, setFailed] = useState(false);
	useEffect(() => {
		let gone = false;
		const status = runStatus(playbook, shared.run);
		fetch(playbook.href)
			.then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
			.then((html) => {
				const el = host.current;
				if (gone || !el) return;
				// The playbook page's own build-time flowchart (same origin), marked with this run's progress.
				const doc = new DOMParser().parseFromString(html, 'text/html');
				const figures = [...doc.querySelectorAll('section.stages figure.flowchart')].map((f) => document.importNode(f, true));
				if (!figures.length) throw new Error('no flowchart');
				el.replaceChildren(...figures);
				for (const a of el.querySelectorAll<SVGAElement>('a.fc-stage[data-stage]')) {
					const id = a.dataset.stage!;
					const href = a.getAttribute('href');
					if (href?.startsWith('#')) a.setAttribute('href', playbook.href + href);
					if (status.states[id]) a.dataset.state = status.states[id];
					if (id === status.current) a.dataset.current = '';
				}
			})
			.catch(() => !gone && setFailed(true));
		return () => {
			gone = true;
		};
	}, [playbook, shared]);
	return (
		<>
			<div class="share-flow" ref={host} />
			{failed && <p class="share-note">流程图没有加载成功（可能处于离线状态）；下面的各阶段进度不受影响。</p>}
		</>
	);
}

function RunView({ shared, payload, playbook, myRunsHref, teamHref }: { shared: SharedRun; payload: string; playbook: SharePlaybook | undefined } & Omit<Props, 'playbooks'>) {
	const store = useStore();
	const [imported, setImported] = useState<string>();
	const { run } = shared;
	const customer = run.customer ?? run.name;
	if (!playbook)
		return (
			<p role="alert" class="share-error">
				链接中的流程“{run.playbook}”在本站不存在，可能来自其他版本的手册，无法显示。没有改动任何数据。
			</p>
		);
	const status = runStatus(playbook, run);
	const doImport = () => {
		if (!store) return;
		let existed = false;
		store.transform((current) => {
			const out = importShared(current, shared);
			existed = out.existed;
			return out.data;
		});
		setImported(existed ? '已合并到我的清单：每项工作保留较新的状态，原有内容没有丢失。' : '已导入到我的清单。');
	};
	const flows = [...new Set(playbook.stages.map((s) => s.flowTitle ?? ''))];
	return (
		<article class="share-run" data-run={run.id}>
			<h2 class="share-customer">
				{customer}
				{shared.alias && <span class="share-alias">（代号）</span>}
			</h2>
			<dl class="share-meta">
				<div>
					<dt>流程</dt>
					<dd>
						<a href={playbook.href}>{playbook.title}</a>
					</dd>
				</div>
				{run.customer && run.customer !== run.name && (
					<div>
						<dt>清单名称</dt>
						<dd>{run.name}</dd>
					</div>
				)}
				<div>
					<dt>销售代表</dt>
					<dd>{run.rep ?? '—'}</dd>
				</div>
				<div>
					<dt>分享人</dt>
					<dd>{shared.by ?? '未署名'}</dd>
				</div>
				<div>
					<dt>分享时间</dt>
					<dd>{when(shared.sharedAt)}</dd>
				</div>
				<div>
					<dt>开始</dt>
					<dd>{day(run.createdAt)}</dd>
				</div>
				<div>
					<dt>最后修改</dt>
					<dd>{when(run.updatedAt)}</dd>
				</div>
			</dl>
			<p class="share-progress">
				<span>{statusLabel(status)} · 总进度</span>
				<Bar count={status.count} label={`${customer} 总进度`} />
			</p>
			{status.terminated && <p class="cl-terminated">{terminatedText(status.terminated)}</p>}
			<p class="btn-row share-actions">
				<button type="button" class="btn btn-primary" disabled={!store} onClick={doImport}>
					导入到我的清单
				</button>
				<AddToTeam shared={shared} payload={payload} teamHref={teamHref} />
			</p>
			{imported && (
				<p role="status" class="share-done">
					{imported} <a href={myRunsHref}>打开我的清单</a> · <a href={playbook.href}>打开{playbook.title}</a>
				</p>
			)}
			<p class="share-note">{shared.notes ? '链接包含各项工作的备注。' : '分享人没有在链接中包含备注。'}</p>
			<h3>流程图</h3>
			<Flowchart playbook={playbook} shared={shared} />
			{flows.map((flow) => (
				<section key={flow} class="share-stages" aria-label={flow || '各阶段进度'}>
					<h3>{flow || '各阶段进度'}</h3>
					<ol role="list">
						{playbook.stages
							.filter((s) => (s.flowTitle ?? '') === flow)
							.map((stage) => {
								const gate = run.gates[stage.id];
								return (
									<li key={stage.id} class="share-stage" data-stage={stage.id} data-state={status.states[stage.id]}>
										<h4>{stage.label}</h4>
										<p class="share-stage-head">
											<Bar count={stageCount(run, stage)} label={`${stage.label} 完成进度`} />
											<span>{STATE_TEXT[status.states[stage.id] ?? 'open']}</span>
										</p>
										<ul class="share-tasks">
											{stage.tasks.map((id, i) => {
												const t = run.tasks[taskKey(stage.id, id)];
												return (
													<li key={id} class={t?.done ? 'is-done' : undefined}>
														<span class="share-tick" aria-hidden="true">
															{t?.done ? '✓' : '○'}
														</span>
														<span>
															<span class="sr-only">{t?.done ? '已完成：' : '未完成：'}</span>
															{stage.texts[i]}
															{t?.doneAt && <span class="share-date">（完成于 {t.doneAt}）</span>}
															{t?.note && <span class="share-task-note">备注：{t.note}</span>}
														</span>
													</li>
												);
											})}
										</ul>
										{stage.question && (
											<p class="share-gate">
												<strong>关卡：</strong>
												{stage.question} —{' '}
												{gate ? (gate.answer === 'yes' ? `是（${gate.at}）` : `否，已终止（${gate.at}）${gate.reason ? `：${gate.reason}` : ''}`) : '尚未回答'}
											</p>
										)}
									</li>
								);
							})}
					</ol>
				</section>
			))}
		</article>
	);
}

function CourseView({ shared, payload, playbooks, teamHref }: { shared: SharedCourse; payload: string; playbooks: SharePlaybook[]; teamHref: string }) {
	const { reading, quizzes } = shared.course;
	return (
		<article class="share-course">
			<h2>
				学习记录：{shared.by ?? '未署名学员'} <span class="share-self">自报记录</span>
			</h2>
			<p class="share-note">自报记录：由学员自己的浏览器生成，链接可以被修改，仅供参考；正式的完成记录请以培训师签字的打印件为准。</p>
			<dl class="share-meta">
				<div>
					<dt>学员</dt>
					<dd>{shared.by ?? '未署名'}</dd>
				</div>
				<div>
					<dt>分享时间</dt>
					<dd>{when(shared.sharedAt)}</dd>
				</div>
			</dl>
			<div class="share-table-wrap">
				<table class="share-table">
					<caption class="sr-only">各手册的阅读与测验</caption>
					<thead>
						<tr>
							<th scope="col">流程</th>
							<th scope="col">阅读</th>
							<th scope="col">最好成绩</th>
							<th scope="col">最近成绩</th>
							<th scope="col">测验次数</th>
							<th scope="col">通过日期</th>
						</tr>
					</thead>
					<tbody>
						{playbooks.map((p) => {
							const r = reading[p.slug];
							const q = quizzes[p.slug];
							return (
								<tr key={p.slug}>
									<th scope="row">{p.title}</th>
									<td>{r?.readAt ? `已读（${day(r.readAt)}）` : r ? `阅读中（${day(r.openedAt)} 起）` : '未开始'}</td>
									<td>{q ? `${q.best}%` : '—'}</td>
									<td>{q ? `${q.last}%` : '—'}</td>
									<td>{q ? q.attempts : '—'}</td>
									<td>{q?.passedAt ? day(q.passedAt) : '—'}</td>
								</tr>
							);
						})}
					</tbody>
				</table>
			</div>
			<p class="btn-row share-actions">
				<AddToTeam shared={shared} payload={payload} teamHref={teamHref} />
			</p>
		</article>
	);
}

export default function ShareView({ playbooks, myRunsHref, teamHref }: Props) {
	const [view, setView] = useState<View>({ kind: 'loading' });
	useEffect(() => {
		let latest = 0;
		const read = async () => {
			const mine = ++latest;
			const hash = location.hash.slice(1);
			if (!hash) return setView({ kind: 'empty' });
			const result = await decodeShared(hash);
			if (mine !== latest) return;
			setView(result.ok ? { kind: 'ok', shared: result.shared, payload: result.payload } : { kind: 'error', error: result.error });
		};
		void read();
		addEventListener('hashchange', read);
		return () => removeEventListener('hashchange', read);
	}, []);

	switch (view.kind) {
		case 'loading':
			return <p class="share-note">正在读取分享链接……（需要启用 JavaScript）</p>;
		case 'empty':
			return (
				<p class="share-note" data-ready="">
					这里显示同事分享给你的客户清单进度或学习记录。请打开对方发来的链接，或用手机扫描对方“分享进度”里的二维码。
				</p>
			);
		case 'error':
			return (
				<div role="alert" class="share-error" data-ready="">
					<p>
						<strong>无法打开这个分享链接。</strong>
						{view.error}
					</p>
					<p>没有改动任何数据。请让对方重新“分享进度”，复制完整的链接再发一次。</p>
				</div>
			);
		case 'ok':
			return (
				<div class="share-view" data-ready="">
					{view.shared.kind === 'run' ? (
						<RunView shared={view.shared} payload={view.payload} playbook={playbooks.find((p) => p.slug === (view.shared as SharedRun).run.playbook)} myRunsHref={myRunsHref} teamHref={teamHref} />
					) : (
						<CourseView shared={view.shared} payload={view.payload} playbooks={playbooks} teamHref={teamHref} />
					)}
				</div>
			);
	}
}
