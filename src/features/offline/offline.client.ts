/** Enhances <OfflineSave>: talks to the service worker through messages (see sw-template.js). */
const root = document.querySelector<HTMLElement>('[data-offline]');

interface WorkerMessage {
	type?: string;
	done?: number;
	total?: number;
	savedAll?: boolean;
	message?: string;
}

if (root) {
	const save = root.querySelector<HTMLButtonElement>('[data-offline-save]')!;
	const drop = root.querySelector<HTMLButtonElement>('[data-offline-drop]')!;
	const progress = root.querySelector<HTMLProgressElement>('[data-offline-progress]')!;
	const status = root.querySelector<HTMLElement>('[data-offline-status]')!;
	const say = (text: string) => (status.textContent = text);

	if (!('serviceWorker' in navigator)) say('这个浏览器不支持离线保存（没有 service worker）。');
	else {
		say('正在检查离线保存状态…');
		const ask = async (type: string) => (await navigator.serviceWorker.ready).active?.postMessage({ type });
		navigator.serviceWorker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
			const m = event.data;
			if (m.type === 'progress' && m.total) {
				progress.hidden = false;
				progress.max = m.total;
				progress.value = m.done ?? 0;
				say(`正在保存：${m.done} / ${m.total} 个文件`);
			}
			if (m.type === 'status') {
				progress.hidden = true;
				save.hidden = Boolean(m.savedAll);
				save.disabled = false;
				drop.hidden = !m.savedAll;
				drop.disabled = false;
				say(m.savedAll ? '已离线保存全部内容：断网时也能打开所有页面。' : '目前只保存了打开过的页面。');
			}
			if (m.type === 'error') {
				progress.hidden = true;
				save.disabled = false;
				say(`保存没有完成（${m.message}），请在网络稳定时重试；已保存的部分会保留。`);
			}
		});
		save.addEventListener('click', () => {
			save.disabled = true;
			say('开始保存…');
			void ask('save-all');
		});
		drop.addEventListener('click', () => {
			drop.disabled = true;
			void ask('drop-all');
		});
		void ask('status');
	}
}
