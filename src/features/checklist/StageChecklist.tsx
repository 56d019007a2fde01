/**
 * One stage's checklist for the active run: tick, date and note per task; the stage's gate.
 * Server-rendered as a plain list (no JavaScript: it reads and prints); interactive once hydrated.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { lockedBy, stageCount, type ChecklistPlaybook } from './progress.ts';
import { taskKey } from '../store/shape.ts';
import { Bar } from '../ui/Bar.tsx';
import { useStore } from '../store/use-store.ts';
import { LIMITS } from '../../model/limits.ts';

interface Props {
	playbook: ChecklistPlaybook;
	stageId: string;
	tasks: Array<{ id: string; text: string }>;
	gate?: { question: string; yes: string; no: string; editorial?: boolean };
	/** The playbook's word for a stage (阶段 / 步骤 / 环节), so a 步骤 page never says 阶段. */
	noun?: string;
}

/** The gate's question and what 是 / 否 lead to; answer controls go inside once hydrated. */
function GateBox({ gate, children }: { gate: NonNullable<Props['gate']>; children?: ComponentChildren }) {
	return (
		<div class="stage-gate" role="group" aria-label={`关卡：${gate.question}`}>
			<p class="gate-question">
				<strong>关卡：</strong>
				{gate.question}
				{gate.editorial && <span class="editorial">编者补充</span>}
			</p>
			<ul>
				<li>
					<strong>是</strong> → {gate.yes}
				</li>
				<li>
					<strong>否</strong> → {gate.no}
				</li>
			</ul>
			{children}
		</div>
	);
}

export default function StageChecklist({ playbook, stageId, tasks, gate, noun = '阶段' }: Props) {
	const store = useStore();
	const [refusing, setRefusing] = useState(false);
	const [reason, setReason] = useState('');
	const stage = playbook.stages.find((s) => s.id === stageId)!;

	if (!store)
		return (
			<div class="cl">
				<ul class="checklist">
					{tasks.map((t) => (
						<li key={t.id}>
							<span class="check-box" aria-hidden="true" />
							<span>{t.text}</span>
						</li>
					))}
				</ul>
				{gate && <GateBox gate={gate} />}
			</div>
		);

	const run = store.activeRun(playbook.slug);
	const lock = lockedBy(playbook, run, stageId);
	const runId = () => store.ensureRun(playbook.slug);
	const answer = run?.gates[stageId];
	const id = (t: string) => `cl-${stageId}-${t}`;

	return (
		<div class="cl" data-ready="">
			<p class="cl-head">
				<Bar count={stageCount(run, stage)} label={`${stage.label} 完成进度`} />
				{lock && <span class="cl-locked">已锁定：请先在“{lock.label}”的关卡回答“是”。</span>}
			</p>
			<ul class="checklist cl-list">
				{tasks.map((t) => {
					const state = run?.tasks[taskKey(stageId, t.id)];
					return (
						<li key={t.id} class={state?.done ? 'is-done' : undefined}>
							<input type="checkbox" id={id(t.id)} checked={Boolean(state?.done)} disabled={Boolean(lock)} onChange={(e) => store.setTask(runId(), stageId, t.id, e.currentTarget.checked)} />
							<div class="cl-task">
								<label for={id(t.id)}>{t.text}</label>
								<details class="cl-more" open={Boolean(state?.note)}>
									<summary>
										{state?.doneAt ? `完成于 ${state.doneAt}` : '日期与备注'}
										{state?.note ? '（有备注）' : ''}
										<span class="sr-only">：{t.text}</span>
									</summary>
									<label>
										完成日期
										<input type="date" value={state?.doneAt ?? ''} disabled={Boolean(lock)} onChange={(e) => store.setTaskDate(runId(), stageId, t.id, e.currentTarget.value)} />
									</label>
									<label>
										备注
										<textarea rows={2} maxLength={LIMITS.note} value={state?.note ?? ''} onInput={(e) => store.setTaskNote(runId(), stageId, t.id, e.currentTarget.value)} />
									</label>
								</details>
							</div>
						</li>
					);
				})}
			</ul>
			{gate && (
				<GateBox gate={gate}>
					{!answer && !refusing && (
						<p class="cl-gate-actions">
							<button type="button" disabled={Boolean(lock)} onClick={() => store.answerGate(runId(), stageId, 'yes')}>
								是，进入下一{noun}
							</button>{' '}
							<button type="button" disabled={Boolean(lock)} onClick={() => setRefusing(true)}>
								否，终止
							</button>
						</p>
					)}
					{!answer && refusing && (
						<form
							onSubmit={(e) => {
								e.preventDefault();
								store.answerGate(runId(), stageId, 'no', reason);
								setRefusing(false);
							}}
						>
							<label class="cl-reason">
								终止原因
								<textarea rows={2} required value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
							</label>
							<button type="submit">确认终止此清单</button>{' '}
							<button type="button" onClick={() => setRefusing(false)}>
								取消
							</button>
						</form>
					)}
					{answer?.answer === 'yes' && (
						<p>
							关卡已通过（{answer.at}）：{gate.yes}{' '}
							<button type="button" class="cl-link" onClick={() => store.clearGate(run!.id, stageId)}>
								撤销
							</button>
						</p>
					)}
					{answer?.answer === 'no' && (
						<p class="cl-terminated">
							已终止（{answer.at}）{answer.reason ? `：${answer.reason}` : ''}{' '}
							<button type="button" class="cl-link" onClick={() => store.clearGate(run!.id, stageId)}>
								撤销终止
							</button>
						</p>
					)}
				</GateBox>
			)}
		</div>
	);
}
