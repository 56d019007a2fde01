/**
 * /team/ 团队看板: paste (or scan, then paste) share links; a lane per playbook with a column per
 * stage and a card per run; course records as a learner × playbook table. Kept in this browser
 * under its own key; export CSV; prints on A4 landscape. The server writes the empty board with its
 * controls disabled; hydration meets that same markup and the saved board fills it (issue 15).
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { decodeShared } from './codec.ts';
import { addToTeam, boardOf, courseRows, day, emptyTeam, readText, removeFromTeam, scoreText, splitLinks, teamCsv, type Card, type TeamData } from './team.ts';
import { loadTeam, saveTeam } from './team-store.ts';
import type { SharePlaybook } from './playbooks.ts';
import { localDate } from '../store/store.ts';
import { Bar } from '../ui/Bar.tsx';

interface Props {
	playbooks: SharePlaybook[];
	shareHref: string;
}

function CardView({ card, shareHref, onRemove }: { card: Card; shareHref: string; onRemove: () => void }) {
	return (
		<li class="team-card" data-run={card.id} data-terminated={card.terminated ? '' : undefined}>
			<h4 class="team-customer">
				{card.customer}
				{card.alias && <span class="share-alias">（代号）</span>}
			</h4>
			<p class="team-rep">销售代表：{card.rep ?? '—'}</p>
			<Bar count={card.count} label={`${card.customer} 进度`} />
			<p class="team-days" data-days={card.days}>
				{card.days === 0 ? '今天有更新' : `${card.days} 天没有更新`}（{day(card.updatedAt)}）
			</p>
			{card.terminated && <p class="cl-terminated">{card.terminated}</p>}
			<p class="btn-row team-card-actions">
				<a class="btn" href={`${shareHref}#${card.payload}`}>
					查看<span class="sr-only">“{card.customer}”的进度</span>
				</a>
				<button type="button" class="btn btn-danger" onClick={onRemove}>
					移除<span class="sr-only">“{card.customer}”</span>
				</button>
			</p>
		</li>
	);
}

export default function TeamBoard({ playbooks, shareHref }: Props) {
	// Undefined on the server and in the first render in the browser: the empty board, disabled.
	const [saved, setData] = useState<TeamData>();
	const [notice, setNotice] = useState<string>();
	const [text, setText] = useState('');
	const [report, setReport] = useState<{ lines: string[]; error: boolean }>();
	const [now, setNow] = useState(() => new Date());

	useLayoutEffect(() => {
		const read = loadTeam();
		setData(read.data);
		setNotice(read.notice);
		setNow(new Date());
	}, []);
	const ready = saved !== undefined;
	const data = saved ?? emptyTeam();

	const commit = (next: TeamData) => {
		setData(next);
		if (!saveTeam(next)) setNotice('浏览器存储已满或被禁止，看板的最新改动只保存在当前页面中。');
	};

	const add = async (e: Event) => {
		e.preventDefault();
		const links = splitLinks(text);
		if (!links.length) {
			setReport({ lines: ['没有找到分享链接：请粘贴以“/share/#”开头的完整链接，每行一个。'], error: true });
			return;
		}
		let next = data;
		const counts = { added: 0, replaced: 0, kept: 0 };
		const problems: string[] = [];
		for (const [i, link] of links.entries()) {
			const result = await decodeShared(link);
			if (!result.ok) {
				problems.push(`第 ${i + 1} 个链接无法读取：${result.error}`);
				continue;
			}
			const step = addToTeam(next, result.shared, result.payload);
			next = step.data;
			counts[step.outcome]++;
		}
		commit(next);
		setNow(new Date());
		const summary = [counts.added && `新加入 ${counts.added} 份`, counts.replaced && `更新 ${counts.replaced} 份`, counts.kept && `${counts.kept} 份已是最新，没有改动`].filter(Boolean).join('，');
		setReport({ lines: [...(summary ? [`${summary}。`] : []), ...problems], error: problems.length > 0 });
		if (!problems.length) setText('');
	};

	const exportCsv = () => {
		const blob = new Blob([teamCsv(playbooks, data, now)], { type: 'text/csv;charset=utf-8' });
		const a = document.createElement('a');
		a.href = URL.createObjectURL(blob);
		a.download = `团队看板-${localDate(now)}.csv`;
		a.click();
		setTimeout(() => URL.revokeObjectURL(a.href), 1000);
	};

	const { lanes, unknown } = boardOf(playbooks, data, now);
	const rows = courseRows(data);
	const empty = !lanes.length && !rows.length && !unknown.length;

	return (
		<div class="team" data-ready={ready ? '' : undefined}>
			<noscript dangerouslySetInnerHTML={{ __html: '<p class="share-note">团队看板保存在本机浏览器中，需要启用 JavaScript。</p>' }} />
			{notice && (
				<p class="cl-notices" role="alert">
					{notice}{' '}
					<button type="button" class="btn" onClick={() => setNotice(undefined)}>
						知道了
					</button>
				</p>
			)}
			<form class="team-add" onSubmit={add}>
				<label class="field share-field">
					<span>分享链接</span>
					<textarea rows={3} value={text} disabled={!ready} onInput={(e) => setText(e.currentTarget.value)} placeholder="粘贴一个或多个链接，每行一个" />
				</label>
				<p class="btn-row team-toolbar">
					<button type="submit" class="btn btn-primary" disabled={!ready}>
						添加
					</button>
					<button type="button" class="btn" disabled={empty} onClick={exportCsv}>
						导出 CSV
					</button>
					<button type="button" class="btn" disabled={empty} onClick={() => print()}>
						打印（A4 横向）
					</button>
				</p>
			</form>
			{report && (
				<div role={report.error ? 'alert' : 'status'} class={report.error ? 'share-error' : 'share-done'}>
					{report.lines.map((l) => (
						<p key={l}>{l}</p>
					))}
				</div>
			)}
			{empty && <p class="share-note">看板还是空的。请让销售代表在流程页面或“我的清单”点“分享进度”，把链接发给你，粘贴到上面。</p>}
			{lanes.map((lane) => (
				<section key={lane.playbook.slug} class="team-lane" aria-labelledby={`lane-${lane.playbook.slug}`}>
					<h2 id={`lane-${lane.playbook.slug}`}>
						{lane.playbook.title}（{lane.columns.reduce((n, c) => n + c.cards.length, 0)} 份）
					</h2>
					<div class="team-columns">
						{lane.columns.map((column) => (
							<section key={column.id} class="team-column" data-column={column.id} aria-label={`${lane.playbook.title} · ${column.label}`}>
								<h3>
									{column.label} <span class="team-count">{column.cards.length}</span>
								</h3>
								{column.cards.length > 0 && (
									<ul role="list">
										{column.cards.map((card) => (
											<CardView key={card.id} card={card} shareHref={shareHref} onRemove={() => commit(removeFromTeam(data, 'run', card.id))} />
										))}
									</ul>
								)}
							</section>
						))}
					</div>
				</section>
			))}
			{unknown.length > 0 && (
				<section aria-labelledby="lane-unknown">
					<h2 id="lane-unknown">本站没有的流程（{unknown.length} 份）</h2>
					<ul>
						{unknown.map((e) => (
							<li key={e.shared.run.id}>
								{e.shared.run.name}（{e.shared.run.playbook}）{' '}
								<button type="button" class="btn btn-danger" onClick={() => commit(removeFromTeam(data, 'run', e.shared.run.id))}>
									移除<span class="sr-only">“{e.shared.run.name}”</span>
								</button>
							</li>
						))}
					</ul>
				</section>
			)}
			{rows.length > 0 && (
				<section class="team-course" aria-labelledby="team-course">
					<h2 id="team-course">学习记录（自报记录，{rows.length} 人）</h2>
					<p class="share-note">学员自己分享的记录，链接可以被修改，仅供参考。每格：阅读状态 / 最好成绩（通过日期）。</p>
					<div class="share-table-wrap">
						<table class="share-table">
							<thead>
								<tr>
									<th scope="col">学员</th>
									{playbooks.map((p) => (
										<th scope="col" key={p.slug}>
											{p.title}
										</th>
									))}
									<th scope="col">分享时间</th>
									<th scope="col">
										<span class="sr-only">操作</span>
									</th>
								</tr>
							</thead>
							<tbody>
								{rows.map((row) => (
									<tr key={row.key}>
										<th scope="row">
											<a href={`${shareHref}#${row.payload}`}>{row.learner}</a>
										</th>
										{playbooks.map((p) => (
											<td key={p.slug}>
												{readText(row.cells[p.slug])}
												<br />
												{scoreText(row.cells[p.slug])}
											</td>
										))}
										<td>{day(row.sharedAt)}</td>
										<td>
											<button type="button" class="btn btn-danger" onClick={() => commit(removeFromTeam(data, 'course', row.key))}>
												移除<span class="sr-only">“{row.learner}”的学习记录</span>
											</button>
										</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
				</section>
			)}
		</div>
	);
}
