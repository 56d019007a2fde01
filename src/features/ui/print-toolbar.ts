/**
 * The toolbar of the A4 print sheets (checklist, course record): the print button needs
 * JavaScript, so it is shown from here; returns a function that sets the status line.
 */
export function printToolbar(buttonId: string, statusId: string): (text: string) => void {
	const button = document.getElementById(buttonId);
	if (button) {
		button.hidden = false;
		button.addEventListener('click', () => window.print());
	}
	const status = document.getElementById(statusId);
	return (text) => {
		if (status) status.textContent = text;
	};
}
