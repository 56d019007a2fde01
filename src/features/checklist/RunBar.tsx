/**
 * The run switcher above a playbook's stages: which customer's checklist is shown, creating
 * and renaming runs, overall progress, and the run's marks on the flowchart.
 */
import { useEffect, useState } from 'preact/hooks';
import { runStatus, statusLabel, terminatedText, type ChecklistPlaybook } from './progress.ts';
import { Bar } from '../ui/Bar.tsx';
import { Notices } from '../store/Notices.tsx';
import { ShareButton } from '../share/ShareButton.tsx';
import { useStore } from '../store/use-store.ts';
import { LIMITS } from '../../model/limits.ts';

interface Props {
	playbook: ChecklistPlaybook;
	printHref: string;
	listHref: string;
}

/** Marks done / locked / current stages on the flowcharts and stage sections of the page. */
function markPage(states: Record<string, string>, current: string | undefined) {
	for (const el of document.querySelectorAll<HTMLElement | SVGElement>('[data-stage]')) {
		const id = el.dataset.stage!;
		if (!(id in states)) continue;
		el.dataset.state = states[id];
		if (id === current) el.dataset.current = '';
		else delete el.dataset.current;
	}
}

export default function RunBar({ playbook, printHref, listHref }: Props) {
	const store = useStore();
	const [mode, setMode] = useState<'idle' | 'new' | 'rename'>('idle');
	const [name, setName] = useState('');
	const run = store?.activeRun(playbook.slug);
	const status = runStatus(playbook, run);

	useEffect(() => {
		if (store) markPage(status.states, status.current);
	});

	if (!store) return <p class="runbar-static" data-pagefind-ignore>勾选清单、记录备注需要启用 JavaScript；本页仍可阅读和打印。</p>;

	const runs = store.runsOf(playbook.slug).filter((r) => !r.archived || r.id === run?.id);
	const submit = (e: Event) => {
		e.preventDefault();
		if (mode === 'new') store.createRun(playbook.slug, name);
		else if (run) store.updateRun(run.id, { name });
		setMode('idle');
	};

	return (
		<div class="runbar">
			<Notices store={store} />
			<div class="runbar-row">
				<label class="runbar-select">
					<span>客户清单</span>
					<select value={run?.id ?? ''} onChange={(e) => store.switchRun(playbook.slug, e.currentTarget.value)}>
						{!run && <option value="">默认清单（尚未开始）</option>}
						{runs.map((r) => (
							<option key={r.id} value={r.id}>
								{r.name}
								{r.archived ? '（已归档）' : ''}
							</option>
						))}
					</select>
				</label>
				<button type="button" onClick={() => {
					setName('');
					setMode('new');
				}}>
					新建客户清单
				</button>
				<button type="button" disabled={!run} onClick={() => {
					setName(run!.name);
					setMode('rename');
				}}>
					重命名
				</button>
				{run && <ShareButton store={store} target={{ kind: 'run', runId: run.id }} />}
				<a href={run ? `${printHref}?run=${run.id}` : printHref}>打印清单</a>
				<a href={listHref}>我的清单</a>
			</div>
			{mode !== 'idle' && (
				<form class="runbar-row" onSubmit={submit}>
					<label>
						<span>{mode === 'new' ? '新清单名称（客户或项目，例如：华东某集团 2026-12）' : '清单名称'}</span>
						<input type="text" required maxLength={LIMITS.name} value={name} onInput={(e) => setName(e.currentTarget.value)} ref={(el) => el?.focus()} />
					</label>
					<button type="submit">{mode === 'new' ? '创建' : '保存'}</button>
					<button type="button" onClick={() => setMode('idle')}>
						取消
					</button>
				</form>
			)}
			<p class="runbar-row runbar-progress" aria-live="polite">
				<span>
					{run?.name ?? '默认清单'} · {statusLabel(status)}
				</span>
				<Bar count={status.count} label={`${playbook.title} 总进度`} />
				{status.terminated && (
					<span class="cl-terminated">
						{terminatedText(status.terminated)}
					</span>
				)}
			</p>
		</div>
	);
}
