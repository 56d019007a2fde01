/**
 * A quiz question's answer and explanation for reading without JavaScript, as the HTML of a
 * <noscript> in the quiz (Quiz.tsx): the interactive quiz is the server markup (issue 15), and
 * only a browser without scripts shows this. Letters follow the written order, as such a browser
 * shows the options. Pure; every text is escaped.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ENTITIES[c]!);

/** "A、C" for answers at indexes 0 and 2. */
export const answerLetters = (answer: readonly number[]) => answer.map((i) => String.fromCharCode(65 + i)).join('、');

export function answerKeyHtml(q: { answer: readonly number[]; explain: string; stage: { label: string; href: string } }): string {
	return (
		`<details><summary>答案与解析</summary><p>答案：${answerLetters(q.answer)}</p>` +
		`<p class="quiz-explain">${escapeHtml(q.explain)} 参见：<a href="${escapeHtml(q.stage.href)}">${escapeHtml(q.stage.label)}</a></p></details>`
	);
}
