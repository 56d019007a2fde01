/** What the customer-data bar says (BuyerBar.tsx on the server and in the SMS island, form-paper.client.ts on forms). */

/** Where the values are kept. */
export function keepText(keep: boolean): string {
	return keep ? '已设为在此设备上保留。' : '关闭浏览器后自动清除。';
}

/** Once the clear button has been pressed. */
export const CLEARED = '已清除本浏览器中保存的全部客户资料。';
