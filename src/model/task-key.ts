/**
 * Key of a task in saved runs: "<stage>/<task>" (ids are unique within their stage). A module of
 * its own so the browser's store imports it without the playbook model and its routes.
 */
export function taskKey(stageId: string, taskId: string): string {
	return `${stageId}/${taskId}`;
}
