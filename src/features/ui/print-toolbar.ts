/**
 * The toolbar of the A4 print sheets (checklist, course record): the print button needs
 * JavaScript, so it is enabled from here (it is in place, disabled, from the start, so the
 * toolbar does not move); returns a function that sets the status line.
 */
export function printToolbar(buttonId: string, statusId: string): (text: string) => void {
	const button = document.getElementById(buttonId);
	if (button instanceof HTMLButtonElement) {
		button.disabled = false;
		button.addEventListener('click', () => window.print());
	}
	const status = document.getElementById(statusId);
	return (text) => {
		if (status) status.textContent = text;
	};
}
