/** Builds a normalized playbook from the few fields a test cares about, through the real schema. */
import { normalizePlaybook, type PlaybookModel } from '../../src/model/playbook.ts';
import { PlaybookSchema } from '../../src/model/schemas/playbook.ts';

interface StageInput {
	id: string;
	title: string;
	flow?: string;
	/** Task ids (text made up), or ids with their text. */
	tasks?: Array<string | { id: string; text: string; editorial?: boolean }>;
	gate?: { question: string; yes: string; no: string };
	keywords?: string[];
	editorial?: true | string[];
}

export function makePlaybook(input: { slug?: string; title?: string; stageNoun?: string; flows?: Array<{ id: string; title: string }>; stages: StageInput[] }): PlaybookModel {
	const data = PlaybookSchema.parse({
		summary: '摘要',
		order: 1,
		audience: ['销售代表'],
		...(input.stageNoun ? { stageNoun: input.stageNoun } : {}),
		...(input.flows ? { flows: input.flows } : {}),
		stages: input.stages.map(({ tasks, ...s }) => ({ goal: '目标', tasks: (tasks ?? ['t1']).map((t) => (typeof t === 'string' ? { id: t, text: `任务 ${t}` } : t)), ...s })),
	});
	return normalizePlaybook(input.slug ?? 'demo', input.title ?? '示例流程', data);
}
