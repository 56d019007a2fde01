import { describe, expect, it } from 'vitest';
import { controlMarkdown } from '../../tools/bench-control.ts';

describe('bench control page (tools/bench-control.ts)', () => {
	it('writes headings, paragraphs and lists, a list kept together', () => {
		const md = controlMarkdown('大客户开发流程', [
			{ kind: 'h2', text: '确定开发流程的意义' },
			{ kind: 'li', text: '使客户开发程序性加强；' },
			{ kind: 'li', text: '  减少无效投入\n  或低效投入 ' },
			{ kind: 'p', text: '大客户开发是一个系统工程。' },
			{ kind: 'p', text: '   ' },
			{ kind: 'h3', text: '阶段一' },
		]);
		expect(md).toBe('---\ntitle: "大客户开发流程"\n---\n\n## 确定开发流程的意义\n\n- 使客户开发程序性加强；\n- 减少无效投入 或低效投入\n\n大客户开发是一个系统工程。\n\n### 阶段一\n');
	});

	it('escapes what Markdown or the frontmatter would read as markup', () => {
		const md = controlMarkdown('标题: "引号"', [
			{ kind: 'p', text: '1. 不是列表 *不是强调* <b>不是标签</b> [不是链接](x) # 不是标题 | 不是表格' },
			{ kind: 'li', text: '- 不是嵌套' },
		]);
		expect(md.split('\n')[1]).toBe('title: "标题: \\"引号\\""');
		expect(md).toContain('1\\. 不是列表 \\*不是强调\\* \\<b\\>不是标签\\</b\\> \\[不是链接\\]\\(x\\) \\# 不是标题 \\| 不是表格');
		expect(md).toContain('- \\- 不是嵌套');
	});
});
