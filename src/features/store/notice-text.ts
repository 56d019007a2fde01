/**
 * The words of the store's notices (store.ts decides when there is one). A module of its own: a
 * playbook page loads it only when a notice is to be shown.
 */
import type { Notice } from './store.ts';

export function noticeText(n: Notice): string {
	switch (n.kind) {
		case 'blocked':
			return n.unavailable
				? '浏览器禁止了本地存储（例如隐私模式），清单只保存在当前页面中，关闭页面后会丢失。'
				: '浏览器不允许读取本地存储，清单只保存在当前页面中，关闭页面后会丢失。';
		case 'dropped':
			return [
				n.runs ? `有 ${n.runs} 份保存的清单无法读取，已略过；其余清单完好。` : '',
				n.course ? `有 ${n.course} 条入门课程记录无法读取，已略过；其余记录完好。` : '',
			].join('');
		case 'migrated':
			return '保存的数据已升级到新版本格式。';
		case 'reset':
			return `保存的清单数据已损坏（${n.reason ?? '无法读取'}），已重置为空。原数据已备份在浏览器中。`;
		case 'newer':
			return '保存的数据来自更新版本的手册。请刷新页面以使用新版本；在此之前不会改动已保存的数据。';
		case 'memory':
			return '浏览器存储空间已满，最近的修改只保存在当前页面中。请在“我的清单”导出备份，或清理浏览器数据。';
	}
}
