import { describe, expect, it } from 'vitest';
import { answerKeyHtml, answerLetters, escapeHtml } from '../../src/features/course/answer-key.ts';

describe('answerKeyHtml (the quiz without JavaScript)', () => {
	it('names the answers by their written letters and links the stage', () => {
		const html = answerKeyHtml({ answer: [0, 2], explain: '两项都要做。', stage: { label: '阶段一 确定开发对象', href: '/playbooks/key-account/#identify-target' } });
		expect(html).toContain('<summary>答案与解析</summary><p>答案：A、C</p>');
		expect(html).toContain('<a href="/playbooks/key-account/#identify-target">阶段一 确定开发对象</a>');
	});
	it('escapes every text, so content cannot write markup', () => {
		const html = answerKeyHtml({ answer: [1], explain: '<script>alert(1)</script> & "x"', stage: { label: 'a<b', href: '/x?a=1&b="2"' } });
		expect(html).not.toContain('<script>');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
		expect(html).toContain('href="/x?a=1&amp;b=&quot;2&quot;"');
		expect(escapeHtml('a<b>&"')).toBe('a&lt;b&gt;&amp;&quot;');
		expect(answerLetters([3])).toBe('D');
	});
});
