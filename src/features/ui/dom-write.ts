/**
 * Writes into server markup that leave it alone when it already shows the value. Setting
 * `textContent` always replaces the text node, and so lays the box out again, even with the same
 * words; a controller that restores state into a long page on load (the checklist, the course)
 * writes mostly what the server already rendered.
 */

/** Sets an element's text unless it already reads `text`. */
export function setText(el: Node, text: string) {
	if (el.textContent !== text) el.textContent = text;
}

/** Sets an attribute unless it already has `value`. */
export function setAttr(el: Element, name: string, value: string) {
	if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Adds or removes a class unless the element already agrees. */
export function setClass(el: Element, name: string, on: boolean) {
	if (el.classList.contains(name) !== on) el.classList.toggle(name, on);
}
