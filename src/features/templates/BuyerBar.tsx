/**
 * Where the typed values live, the keep-on-device choice and the button that clears them all.
 * The same markup before storage is read (controls disabled) and after, so nothing moves (issue 15).
 */
import { useState } from 'preact/hooks';
import type { Buyer } from './use-buyer.ts';

export default function BuyerBar({ buyer }: { buyer: Buyer }) {
	const [status, setStatus] = useState('');
	return (
		<div class="buyer-bar no-print" role="group" aria-label="当前客户资料" data-pagefind-ignore>
			<p>
				所填内容只保存在本浏览器，不会上传；各模板共用同一位客户的资料，填一次即可。
				<span class="buyer-keep">{buyer.keep ? '已设为在此设备上保留。' : '关闭浏览器后自动清除。'}</span>
			</p>
			<div class="btn-row buyer-actions">
				<label>
					<input type="checkbox" checked={buyer.keep} disabled={!buyer.ready} onChange={(e) => buyer.setKeep(e.currentTarget.checked)} />
					在此设备上保留（公用电脑请勿勾选）
				</label>
				<button
					type="button"
					class="btn btn-danger"
					disabled={!buyer.ready}
					onClick={() => {
						buyer.clear();
						setStatus('已清除本浏览器中保存的全部客户资料。');
					}}
				>
					清除全部客户资料
				</button>
			</div>
			<p class="buyer-status" role="status">{status}</p>
		</div>
	);
}
