/**
 * The playbook model: the one place a stage, its tasks, gate, focus points and keywords are
 * written. Pages, flowchart labels and links, checklists, search and presentation derive from it.
 */
import { z } from 'astro/zod';

import { IdSchema, Text } from './text.ts';

export { IdSchema };

/** How every 合规提示 ends: the site states what the law provides, never the final word. */
export const COMPLIANCE_ENDING = '以法务审核的正式文本和当地规定为准。';

/**
 * One 合规提示 (always editor's text, marked 编者补充): what the law provides, in a sentence,
 * ending with COMPLIANCE_ENDING.
 */
export const ComplianceText = Text.refine((t) => t.endsWith(COMPLIANCE_ENDING), {
	message: `合规提示必须以“${COMPLIANCE_ENDING}”结尾（先写法律怎样规定，再写这句）`,
});

/** Parts of a stage that may be editor's additions (编者补充) rather than source text. */
export const EditorialField = z.enum(['owners', 'goal', 'tasks', 'focus', 'keywords', 'gate']);
export type EditorialFieldName = z.output<typeof EditorialField>;

/** One checklist item. */
export const TaskSchema = z.strictObject({
	id: IdSchema,
	text: Text,
	/** True when the task is an editor's addition (编者补充). */
	editorial: z.boolean().default(false),
});

/** A go / no-go decision at the end of a stage. */
export const GateSchema = z.strictObject({
	question: Text,
	/** What 是 leads to. */
	yes: Text,
	/** What 否 leads to. */
	no: Text,
});

export const StageSchema = z.strictObject({
	id: IdSchema,
	title: Text,
	/** The flow this stage belongs to, when the playbook has several (see `flows`). */
	flow: IdSchema.optional(),
	/** 参与人员. */
	owners: z.array(Text).default([]),
	/** What the stage achieves, one or two sentences. */
	goal: Text,
	/** 阶段工作内容: the checklist. */
	tasks: z.array(TaskSchema).min(1, '每个阶段至少要有一项任务'),
	/** 工作重点. */
	focus: z.array(Text).default([]),
	/** 关键词. */
	keywords: z.array(Text).default([]),
	gate: GateSchema.optional(),
	/** Short line from the source's overview (e.g. 阶段二's "(内线确定;样品资料送达…)"). */
	overview: Text.optional(),
	/** Whole stage (true) or listed fields that are editor's additions (编者补充). */
	editorial: z.union([z.literal(true), z.array(EditorialField)]).default([]),
	/** Templates (forms, SMS) this stage uses, by template id; linked from the stage. */
	templates: z.array(IdSchema).default([]),
	/** A caution shown with the stage (e.g. lawful handling of personal data), editor's text. */
	caution: Text.optional(),
	/**
	 * 合规提示: where the stage repeats or relies on a clause the law limits (格式条款, 定金, 监管账户,
	 * 网签注销, 个人信息…). Editor's text, shown marked 编者补充 on the page, the print sheet and the deck.
	 */
	compliance: z.array(ComplianceText).default([]),
	/** Speaker notes for presentation mode. */
	notes: Text.optional(),
});

export const FlowSchema = z.strictObject({
	id: IdSchema,
	title: Text,
	summary: Text.optional(),
});

export const PlaybookSchema = z
	.strictObject({
		summary: Text,
		/** Position in the sidebar, on the home page and in the onboarding course. */
		order: z.number().int().min(1),
		/** Who the process is for (roles). */
		audience: z.array(Text).min(1),
		/** Word for a stage in labels: 阶段一 / 步骤一. */
		stageNoun: z.enum(['阶段', '步骤', '环节']).default('阶段'),
		/** Several flows on one page (real-estate); stages name theirs in `flow`. */
		flows: z.array(FlowSchema).default([]),
		stages: z.array(StageSchema).min(1),
	})
	.superRefine((playbook, ctx) => {
		const seen = new Map<string, number>();
		const flowIds = new Set(playbook.flows.map((f) => f.id));
		playbook.stages.forEach((stage, i) => {
			if (seen.has(stage.id))
				ctx.addIssue({ code: 'custom', path: ['stages', i, 'id'], message: `阶段 id "${stage.id}" 与 stages[${seen.get(stage.id)}] 重复` });
			seen.set(stage.id, i);
			const tasks = new Map<string, number>();
			stage.tasks.forEach((task, j) => {
				if (tasks.has(task.id))
					ctx.addIssue({ code: 'custom', path: ['stages', i, 'tasks', j, 'id'], message: `任务 id "${task.id}" 在本阶段重复` });
				tasks.set(task.id, j);
			});
			if (flowIds.size > 0 && !stage.flow)
				ctx.addIssue({ code: 'custom', path: ['stages', i, 'flow'], message: `本手册有多个流程，请写明阶段属于哪一个：${[...flowIds].join(' / ')}` });
			if (stage.flow && !flowIds.has(stage.flow))
				ctx.addIssue({ code: 'custom', path: ['stages', i, 'flow'], message: `没有 id 为 "${stage.flow}" 的流程（flows 中没有定义）` });
		});
	});

export type Playbook = z.output<typeof PlaybookSchema>;
export type Stage = Playbook['stages'][number];
export type Task = Stage['tasks'][number];
export type Gate = NonNullable<Stage['gate']>;
export type Flow = Playbook['flows'][number];
