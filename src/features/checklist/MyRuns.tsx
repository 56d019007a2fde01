/**
 * 我的清单: every run with its playbook, progress and last change; rename, archive, delete
 * (with undo), customer and rep for the printed header; export and import of all local data.
 * The server writes the page as it is with nothing saved (controls disabled); hydration meets that
 * same markup and the saved runs are added to it (issue 15: enhance, don't replace).
 */
import { useState } from 'preact/hooks';
import { runStatus, statusLabel, terminatedText, type ChecklistPlaybook } from './progress.ts';
import { localDate, type Store } from '../store/store.ts';
import { exportText, importInto, parseImport } from '../store/transfer.ts';
import type { Run, StoreData } from '../store/shape.ts';
import { Bar } from '../ui/Bar.tsx';
import { Notices } from '../store/Notices.tsx';
import { ShareButton } from '../share/ShareButton.tsx';
import { useStore } from '../store/use-store.ts';
import { LIMITS } from '../../model/limits.ts';

interface Props {
	playbooks: Array<ChecklistPlaybook & { href: string; printHref: string }>;
}

const when = (iso: string) => {
	const d = new Date(iso);
	return Number.isNaN(d.getTime()) ? iso : `${localDate(d)} ${d.toTimeString().slice(0, 5)}`;
};

function RunRow({ run, playbook, store, onDelete }: { run: Run; playbook: Props['playbooks'][number] | undefined; store: Store; onDelete: (r: Run) => void }) {
	const [renaming, setRenaming] = useState(false);
	const [confirming, setConfirming] = useState(false);
	const [name, setName] = useState(run.name);
	const status = playbook ? runStatus(playbook, run) : undefined;
	const open = () => {
		store.switchRun(run.playbook, run.id);
		if (playbook) location.href = playbook.href;
	};
	const who = <span class="sr-only">“{run.name}”</span>;
	return (
		<li class="run" data-run={run.id}>
			<div class="run-main">
				{renaming ? (
					<form
						class="btn-row run-inline"
						onSubmit={(e) => {
							e.preventDefault();
							store.updateRun(run.id, { name });
							setRenaming(false);
						}}
					>
						<label class="field">
							清单名称 <input type="text" required maxLength={LIMITS.name} value={name} onInput={(e) => setName(e.currentTarget.value)} ref={(el) => el?.focus()} />
						</label>
						<button type="submit" class="btn btn-primary">
							保存
						</button>
						<button type="button" class="btn" onClick={() => setRenaming(false)}>
							取消
						</button>
					</form>
				) : (
					<h3 class="run-name">{run.name}</h3>
				)}
				<p class="run-meta">
					{playbook?.title ?? `（已不存在的流程：${run.playbook}）`} · {status ? statusLabel(status) : '—'} · 最后修改 {when(run.updatedAt)}
				</p>
				{status && <Bar count={status.count} label={`${run.name} 进度`} />}
				{status?.terminated && (
					<p class="cl-terminated">
						{terminatedText(status.terminated)}
					</p>
				)}
				<details class="run-details">
					<summary>打印抬头：客户与销售代表</summary>
					<label class="field">
						客户 <input type="text" maxLength={LIMITS.name} value={run.customer ?? ''} onChange={(e) => store.updateRun(run.id, { customer: e.currentTarget.value })} />
					</label>
					<label class="field">
						销售代表 <input type="text" maxLength={LIMITS.rep} value={run.rep ?? ''} onChange={(e) => store.updateRun(run.id, { rep: e.currentTarget.value })} />
					</label>
				</details>
			</div>
			<div class="btn-row run-actions">
				{playbook && (
					<button type="button" class="btn btn-primary" onClick={open}>
						打开{who}
					</button>
				)}
				{playbook && (
					<a class="btn" href={`${playbook.printHref}?run=${run.id}`}>
						打印{who}
					</a>
				)}
				<ShareButton store={store} target={{ kind: 'run', runId: run.id }} which={`“${run.name}”`} />
				<button
					type="button"
					class="btn"
					onClick={() => {
						setName(run.name);
						setRenaming(true);
					}}
				>
					重命名{who}
				</button>
				<button type="button" class="btn" onClick={() => store.updateRun(run.id, { archived: !run.archived })}>
					{run.archived ? '取消归档' : '归档'}
					{who}
				</button>
				{confirming ? (
					<span class="btn-row run-confirm" role="group" aria-label="确认删除">
						确定删除“{run.name}”？
						<button type="button" class="btn btn-danger" onClick={() => onDelete(run)}>
							删除
						</button>
						<button type="button" class="btn" onClick={() => setConfirming(false)}>
							取消
						</button>
					</span>
				) : (
					<button type="button" class="btn btn-danger" onClick={() => setConfirming(true)}>
						删除{who}
					</button>
				)}
			</div>
		</li>
	);
}

function Transfer({ store }: { store: Store | undefined }) {
	const [pending, setPending] = useState<{ data: StoreData; runs: number; course: number; file: string }>();
	const [message, setMessage] = useState<{ text: string; error?: boolean }>();

	const exportAll = () => {
		if (!store) return;
		const blob = new Blob([exportText(store.data)], { type: 'application/json' });
		const a = document.createElement('a');
		a.href = URL.createObjectURL(blob);
		a.download = `销售清单备份-${localDate(new Date())}.json`;
		a.click();
		setTimeout(() => URL.revokeObjectURL(a.href), 1000);
		setMessage({ text: '已导出全部清单。' });
	};
	const choose = async (e: Event) => {
		const input = e.currentTarget as HTMLInputElement;
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		setPending(undefined);
		const result = file.size > LIMITS.importFileBytes ? { ok: false as const, error: '文件太大（超过 5 MB），不是清单备份。现有数据没有改动。' } : parseImport(await file.text());
		if (!result.ok) setMessage({ text: result.error, error: true });
		else {
			setMessage(undefined);
			setPending({ data: result.data, runs: result.runs, course: result.course, file: file.name });
		}
	};
	const apply = (mode: 'merge' | 'replace') => {
		if (!store) return;
		importInto(store, pending!.data, mode);
		setMessage({ text: `已${mode === 'merge' ? '合并' : '替换为'}“${pending!.file}”中的 ${pending!.runs} 份清单${pending!.course ? `和 ${pending!.course} 本手册的学习记录` : ''}。` });
		setPending(undefined);
	};
	return (
		<section class="runs-transfer" aria-labelledby="transfer-title">
			<h2 id="transfer-title">备份与迁移</h2>
			<p>清单和入门课程的学习记录只保存在这台设备的浏览器里。换设备或清理浏览器之前，请先导出备份。</p>
			<div class="btn-row runs-row">
				<button type="button" class="btn" disabled={!store} onClick={exportAll}>
					导出全部（JSON）
				</button>
				<label class={store ? 'btn file-pick' : 'btn file-pick is-disabled'}>
					导入备份文件
					<input type="file" accept="application/json,.json" disabled={!store} onChange={choose} />
				</label>
			</div>
			{pending && (
				<div class="btn-row runs-row" role="group" aria-label="选择导入方式">
					<span>
						“{pending.file}”中有 {pending.runs} 份清单{pending.course ? `、${pending.course} 本手册的学习记录` : ''}。
					</span>
					<button type="button" class="btn btn-primary" onClick={() => apply('merge')}>
						合并到现有清单
					</button>
					<button type="button" class="btn btn-danger" onClick={() => apply('replace')}>
						替换全部现有清单
					</button>
					<button type="button" class="btn" onClick={() => setPending(undefined)}>
						取消
					</button>
				</div>
			)}
			{message && (
				<p role={message.error ? 'alert' : 'status'} class={message.error ? 'cl-terminated' : undefined}>
					{message.text}
				</p>
			)}
		</section>
	);
}

export default function MyRuns({ playbooks }: Props) {
	const store = useStore();
	const [deleted, setDeleted] = useState<Run>();
	const bySlug = new Map(playbooks.map((p) => [p.slug, p]));
	// Nothing saved is what the server shows; the saved runs arrive with the store.
	const runs = Object.values(store?.data.runs ?? {}).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
	const row = (r: Run) => (
		<RunRow
			key={r.id}
			run={r}
			playbook={bySlug.get(r.playbook)}
			store={store!}
			onDelete={(run) => {
				store!.deleteRun(run.id);
				setDeleted(run);
			}}
		/>
	);
	const active = runs.filter((r) => !r.archived);
	const archived = runs.filter((r) => r.archived);
	return (
		<div class="runs" data-ready={store ? '' : undefined}>
			{store && <Notices store={store} />}
			<noscript dangerouslySetInnerHTML={{ __html: '<p class="runs-static">“我的清单”需要启用 JavaScript：清单保存在本机浏览器中。</p>' }} />
			{deleted && store && (
				<p class="btn-row runs-undo" role="status">
					已删除“{deleted.name}”。
					<button
						type="button"
						class="btn"
						onClick={() => {
							store.restoreRun(deleted);
							setDeleted(undefined);
						}}
					>
						撤销
					</button>
				</p>
			)}
			{runs.length === 0 && (
				<p class="runs-empty">
					还没有客户清单。打开任一流程，勾选工作内容就会创建“默认清单”；也可以在流程页面上“新建客户清单”。
				</p>
			)}
			{active.length > 0 && (
				<section aria-labelledby="runs-active">
					<h2 id="runs-active">进行中的清单（{active.length}）</h2>
					<ul class="run-list">{active.map(row)}</ul>
				</section>
			)}
			{archived.length > 0 && (
				<section aria-labelledby="runs-archived">
					<h2 id="runs-archived">已归档（{archived.length}）</h2>
					<ul class="run-list">{archived.map(row)}</ul>
				</section>
			)}
			<Transfer store={store} />
		</div>
	);
}
