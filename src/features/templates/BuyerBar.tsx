/**
 * Where the typed values live, the keep-on-device choice and the button that clears them all.
 * The same markup before storage is read (controls disabled) and after, so nothing moves (issue 15).
 * Without handlers it is the server's markup for form-paper.client.ts to enable.
 */
import { keepText } from './buyer-text.ts';

interface Props {
	keep: boolean;
	ready: boolean;
	status: string;
	onKeep?: (keep: boolean) => void;
	onClear?: () => void;
}

export default function BuyerBar({ keep, ready, status, onKeep, onClear }: Props) {
	return (
		<div class="buyer-bar no-print" role="group" aria-label="当前客户资料" data-pagefind-ignore>
			<p>
				所填内容只保存在本浏览器，不会上传；各模板共用同一位客户的资料，填一次即可。
				<span class="buyer-keep">{keepText(keep)}</span>
			</p>
			<div class="btn-row buyer-actions">
				<label>
					<input type="checkbox" checked={keep} disabled={!ready} onChange={onKeep && ((e) => onKeep(e.currentTarget.checked))} data-buyer-keep />
					在此设备上保留（公用电脑请勿勾选）
				</label>
				<button type="button" class="btn btn-danger" disabled={!ready} onClick={onClear} data-buyer-clear>
					清除全部客户资料
				</button>
			</div>
			<p class="buyer-status" role="status">
				{status}
			</p>
		</div>
	);
}
