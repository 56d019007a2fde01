/**
 * The share dialog (loaded on demand by ShareButton): choose what goes into the link, make it,
 * copy it or scan its QR code. Nothing is sent anywhere: the link is built here and carries the
 * data after `#`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { defaultAlias, encodeShared, QR_MAX_CHARS, shareCourse, shareRun } from './codec.ts';
import type { QrShape } from './qr.ts';
import type { DialogProps } from './dialog-props.ts';
import { routes } from '../../model/routes.ts';
import { LIMITS } from '../../model/limits.ts';

/** Copies text; the older execCommand route where the Clipboard API is missing or refused. */
async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		field?.select();
		try {
			return document.execCommand('copy');
		} catch {
			return false;
		}
	}
}

export default function ShareDialog({ store, target, onClose }: DialogProps) {
	const dialog = useRef<HTMLDialogElement>(null);
	const field = useRef<HTMLInputElement>(null);
	const run = target.kind === 'run' ? store.data.runs[target.runId] : undefined;
	const allRuns = Object.values(store.data.runs).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
	const [notes, setNotes] = useState(false);
	const [useAlias, setUseAlias] = useState(false);
	const [alias, setAlias] = useState(defaultAlias(Math.max(0, allRuns.findIndex((r) => r.id === run?.id))));
	const [withName, setWithName] = useState(true);
	const [name, setName] = useState(store.course.learner?.name ?? '');
	const [link, setLink] = useState<string>();
	const [qr, setQr] = useState<QrShape | 'too-long' | 'failed'>();
	const [status, setStatus] = useState('');

	useEffect(() => {
		const d = dialog.current;
		if (d && !d.open) d.showModal();
	}, []);

	// Any change of choice withdraws the link made from the previous choices.
	const choose = <T,>(set: (v: T) => void) => (v: T) => {
		set(v);
		setLink(undefined);
		setQr(undefined);
		setStatus('');
	};

	const make = async (e: Event) => {
		e.preventDefault();
		const by = withName ? name.trim() : '';
		if (withName && name.trim() !== (store.course.learner?.name ?? '')) store.setLearner(name);
		const now = new Date();
		const shared = run ? shareRun(run, { notes, ...(useAlias ? { alias: alias.trim() || defaultAlias(0) } : {}), by }, now) : shareCourse(store.course, by, now);
		const made = new URL(routes.share(await encodeShared(shared)), location.href).href;
		setLink(made);
		setStatus(`链接已生成（${made.length} 个字符）。`);
		if (made.length > QR_MAX_CHARS) {
			setQr('too-long');
			return;
		}
		try {
			const { qrShape } = await import('./qr.ts');
			setQr(qrShape(made));
		} catch {
			setQr('failed');
		}
	};

	const copy = async () => {
		const ok = link ? await copyText(link, field.current) : false;
		setStatus(ok ? '已复制链接，可以粘贴到微信、邮件或团队看板。' : '无法自动复制，请选中上面的链接后手动复制。');
		if (!ok) field.current?.select();
	};

	if (target.kind === 'run' && !run) return null;
	const title = run ? `分享进度：${run.name}` : '分享学习记录';

	return (
		<dialog ref={dialog} class="share-dialog" aria-labelledby="share-title" onClose={onClose}>
			<div class="share-head">
				<h2 id="share-title">{title}</h2>
				<button type="button" class="btn share-close" onClick={() => dialog.current?.close()}>
					关闭
				</button>
			</div>
			<p class="share-privacy">
				数据放在链接的“#”之后，只在打开链接的浏览器里读取，<strong>不会发送到任何服务器</strong>；但任何拿到链接的人都能看到其中的内容。
			</p>
			<form class="share-options" onSubmit={make}>
				<fieldset>
					<legend>生成链接前请选择</legend>
					{run && (
						<>
							<label class="share-check">
								<input type="checkbox" checked={notes} onChange={(e) => choose(setNotes)(e.currentTarget.checked)} />
								包含各项工作的备注（终止原因总会包含）
							</label>
							<label class="share-check">
								<input type="checkbox" checked={useAlias} onChange={(e) => choose(setUseAlias)(e.currentTarget.checked)} />
								用代号代替客户名称
							</label>
							{useAlias && (
								<label class="field share-field">
									<span>代号</span>
									<input type="text" maxLength={LIMITS.name} value={alias} onInput={(e) => choose(setAlias)(e.currentTarget.value)} />
								</label>
							)}
						</>
					)}
					<label class="share-check">
						<input type="checkbox" checked={withName} onChange={(e) => choose(setWithName)(e.currentTarget.checked)} />
						{run ? '包含我的名字（分享人，以及清单上的销售代表）' : '包含我的名字（学员姓名）'}
					</label>
					{withName && (
						<label class="field share-field">
							<span>我的名字</span>
							<input type="text" maxLength={LIMITS.name} autocomplete="name" value={name} onInput={(e) => choose(setName)(e.currentTarget.value)} />
						</label>
					)}
				</fieldset>
				<button type="submit" class="btn btn-primary share-make">
					{link ? '重新生成链接' : '生成链接'}
				</button>
			</form>
			{link && (
				<div class="share-result">
					<label class="field share-field share-link">
						<span>分享链接</span>
						<input ref={field} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
					</label>
					<p class="btn-row">
						<button type="button" class="btn" onClick={copy}>
							复制链接
						</button>
					</p>
					{qr === 'too-long' && <p class="share-warn">链接太长（{link.length} 个字符），二维码装不下。请用“复制链接”，或不包含备注后重新生成。</p>}
					{qr === 'failed' && <p class="share-warn">二维码没有生成成功，请用“复制链接”。</p>}
					{qr && typeof qr === 'object' && (
						<figure class="share-qr">
							<svg role="img" aria-label="二维码" viewBox={`0 0 ${qr.size} ${qr.size}`} shape-rendering="crispEdges" data-modules={qr.size}>
								<rect width={qr.size} height={qr.size} fill="#fff" />
								<path d={qr.path} fill="#000" />
							</svg>
							<figcaption>用手机相机或微信“扫一扫”打开</figcaption>
						</figure>
					)}
				</div>
			)}
			<p class="share-status" role="status">
				{status}
			</p>
		</dialog>
	);
}
