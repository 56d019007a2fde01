/** Progress, locks and status of a run against a playbook's checklist. Pure. */
import type { Run } from '../store/shape.ts';
import type { Count } from '../ui/bar.ts';
import { taskKey } from '../../model/task-key.ts';
import type { ChecklistPlaybook, ChecklistStage } from '../../model/playbook.ts';

export type { ChecklistPlaybook, ChecklistStage };

export type { Count };

export function stageCount(run: Run | undefined, stage: ChecklistStage): Count {
	const done = run ? stage.tasks.filter((t) => run.tasks[taskKey(stage.id, t)]?.done).length : 0;
	return { done, total: stage.tasks.length };
}

export function playbookCount(run: Run | undefined, playbook: ChecklistPlaybook): Count {
	return playbook.stages.reduce(
		(sum, s) => {
			const c = stageCount(run, s);
			return { done: sum.done + c.done, total: sum.total + c.total };
		},
		{ done: 0, total: 0 },
	);
}

/** Earlier stages of the same flow whose gate stands before this stage. */
export function gatesBefore(playbook: ChecklistPlaybook, stageId: string): ChecklistStage[] {
	const stage = playbook.stages.find((s) => s.id === stageId);
	if (!stage) return [];
	const flow = playbook.stages.filter((s) => s.flow === stage.flow);
	return flow.slice(0, flow.indexOf(stage)).filter((s) => s.gate);
}

/** A stage is locked until every gate before it is answered 是. Returns the blocking gate. */
export function lockedBy(playbook: ChecklistPlaybook, run: Run | undefined, stageId: string): ChecklistStage | undefined {
	return gatesBefore(playbook, stageId).find((g) => run?.gates[g.id]?.answer !== 'yes');
}

export type StageState = 'locked' | 'done' | 'open';

export function stageState(playbook: ChecklistPlaybook, run: Run | undefined, stage: ChecklistStage): StageState {
	if (lockedBy(playbook, run, stage.id)) return 'locked';
	const c = stageCount(run, stage);
	const gateOk = !stage.gate || run?.gates[stage.id]?.answer === 'yes';
	return c.done === c.total && gateOk ? 'done' : 'open';
}

export interface RunStatus {
	count: Count;
	/** Set when a gate was answered 否. */
	terminated?: { stage: ChecklistStage; at: string; reason?: string };
	complete: boolean;
	/** First open stage, in order: where the rep is now. */
	current?: string;
	states: Record<string, StageState>;
}

export function runStatus(playbook: ChecklistPlaybook, run: Run | undefined): RunStatus {
	const states: Record<string, StageState> = {};
	for (const s of playbook.stages) states[s.id] = stageState(playbook, run, s);
	const no = playbook.stages.find((s) => s.gate && run?.gates[s.id]?.answer === 'no');
	const gate = no ? run!.gates[no.id]! : undefined;
	const status: RunStatus = {
		count: playbookCount(run, playbook),
		complete: playbook.stages.every((s) => states[s.id] === 'done'),
		current: no ? undefined : playbook.stages.find((s) => states[s.id] === 'open')?.id,
		states,
	};
	if (no && gate) status.terminated = { stage: no, at: gate.at, ...(gate.reason ? { reason: gate.reason } : {}) };
	return status;
}

/** "已于 2026-11-30 在“阶段二 …”终止：原因" for a run stopped at a gate. */
export function terminatedText(terminated: NonNullable<RunStatus['terminated']>): string {
	return `已于 ${terminated.at} 在“${terminated.stage.label}”终止${terminated.reason ? `：${terminated.reason}` : ''}`;
}

/** "已终止" / "已完成" / "进行中" / "未开始". */
export function statusLabel(status: RunStatus): string {
	if (status.terminated) return '已终止';
	if (status.complete) return '已完成';
	return status.count.done > 0 ? '进行中' : '未开始';
}

/** What a locked stage's checklist says: short enough for one line at 320 px. */
export function lockText(gate: ChecklistStage): string {
	return `已锁定：先通过${gate.ordinal}的关卡`;
}

/** A stage's progress as its checklist shows it: "已完成 2/5". */
export function countText(count: Count): string {
	return `已完成 ${count.done}/${count.total}`;
}
