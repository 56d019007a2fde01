/**
 * Says beside a control that a part loaded on demand (a form, the share dialog) could not be
 * fetched, e.g. offline before it was ever stored; the message goes after 8 s.
 */
export function loadFailed(near: Element, message: string): void {
	const alert = document.createElement('span');
	alert.setAttribute('role', 'alert');
	alert.textContent = message;
	near.after(alert);
	setTimeout(() => alert.remove(), 8000);
}
