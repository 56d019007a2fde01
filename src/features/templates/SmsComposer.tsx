/**
 * An SMS template: fill the variables, see the message live, count it, copy it. The server markup
 * is the composer itself (the bar and the copy button disabled until storage is read), so
 * hydration replaces nothing and saved values fill the same inputs (issue 15).
 */
import { useRef, useState } from 'preact/hooks';
import { checkField } from './field-checks.ts';
import { charCount, fillText, pieces, smsSegments } from './sms.ts';
import type { Field } from '../../model/schemas/template.ts';
import BuyerBar from './BuyerBar.tsx';
import { CLEARED } from './buyer-text.ts';
import { useBuyer } from './use-buyer.ts';

interface Props {
	id: string;
	body: string;
	fields: Field[];
}

export default function SmsComposer({ id, body, fields }: Props) {
	const buyer = useBuyer();
	const [touched, setTouched] = useState<Record<string, boolean>>({});
	const [status, setStatus] = useState('');
	const [barStatus, setBarStatus] = useState('');
	const [fallback, setFallback] = useState(false);
	const fallbackRef = useRef<HTMLTextAreaElement>(null);
	const text = fillText(body, buyer.values);
	const missing = fields.filter((f) => !buyer.values[f.name]?.trim()).map((f) => f.label);

	const copy = async () => {
		try {
			await navigator.clipboard.writeText(text);
			setFallback(false);
			setStatus(missing.length ? `已复制（注意：还有 ${missing.length} 项未填写）。` : '已复制到剪贴板，可以粘贴到手机短信中发送。');
		} catch {
			setFallback(true);
			setStatus('浏览器没有允许自动复制。短信已放在下方文本框中并选中，请按 Ctrl+C（手机上长按）复制。');
			requestAnimationFrame(() => fallbackRef.current?.select());
		}
	};

	return (
		<div class="sms-template" data-ready={buyer.ready ? '' : undefined}>
			<BuyerBar
				keep={buyer.keep}
				ready={buyer.ready}
				status={barStatus}
				onKeep={buyer.setKeep}
				onClear={() => {
					buyer.clear();
					setBarStatus(CLEARED);
				}}
			/>
			<form class="sms-fields" noValidate onSubmit={(e) => e.preventDefault()} aria-label="短信变量">
				{fields.map((f, i) => {
					const value = buyer.values[f.name] ?? '';
					const error = touched[f.name] ? (f.required && !value.trim() ? `请填写${f.label}` : checkField(value, f.format)) : null;
					const fid = `${id}-f${i}`;
					return (
						<div class="field sms-field">
							<label for={fid}>
								{f.label}
								{f.required && <span class="required" aria-hidden="true">*</span>}
							</label>
							<input
								id={fid}
								name={f.name}
								value={value}
								autocomplete="off"
								required={f.required}
								inputMode={f.format === 'phone' ? 'tel' : f.format === 'money' ? 'decimal' : undefined}
								aria-invalid={error ? 'true' : undefined}
								aria-describedby={[f.hint && `${fid}-hint`, error && `${fid}-error`].filter(Boolean).join(' ') || undefined}
								onInput={(e) => buyer.set({ [f.name]: e.currentTarget.value })}
								onBlur={() => setTouched((t) => ({ ...t, [f.name]: true }))}
							/>
							{f.hint && <span class="field-hint" id={`${fid}-hint`}>{f.hint}</span>}
							{error && <span class="field-error" id={`${fid}-error`}>{error}</span>}
						</div>
					);
				})}
			</form>

			<section class="sms-preview" aria-labelledby={`${id}-preview-title`}>
				<h2 id={`${id}-preview-title`}>短信预览</h2>
				<p class="sms-bubble" data-sms-text>
					{pieces(body, buyer.values).map((p) => ('text' in p ? p.text : p.value ? <mark class="sms-var">{p.value}</mark> : <span class="sms-missing">{`{${p.name}}`}</span>))}
				</p>
				<p class="sms-count" data-sms-count>
					共 <strong>{charCount(text)}</strong> 字，按 <strong>{smsSegments(text)}</strong> 条短信发送
					<span class="sms-rule">（一条最多 70 字；超过时每条 67 字）</span>
				</p>
				<p class={missing.length ? 'sms-missing-note' : 'sms-complete-note'}>{missing.length ? `未填写：${missing.join('、')}` : '变量已全部填写。'}</p>
				<p class="btn-row">
					<button type="button" class="btn btn-primary sms-copy" disabled={!buyer.ready} onClick={copy}>
						复制短信
					</button>
				</p>
				<p class="copy-status" role="status">{status}</p>
				{fallback && (
					<div class="field copy-fallback">
						<label for={`${id}-fallback`}>短信全文（已选中，可直接复制）</label>
						<textarea id={`${id}-fallback`} ref={fallbackRef} readOnly rows={4} value={text} />
					</div>
				)}
			</section>
		</div>
	);
}
