/**
 * Stylelint rule `engines/no-unsupported-browser-features`: every CSS feature the site uses must
 * work in the browsers of package.json's "browserslist" (caniuse data through doiuse), unless the
 * stylesheet gives the older engines a fallback. What counts as a fallback:
 *
 * - a declaration preceded, in the same rule, by a declaration of the same property
 *   (`height: 100vh; height: 100dvh;`): older engines keep the first;
 * - a declaration or rule inside `@supports (...)`: used only where the engine says it works;
 * - a selector whose pseudo-class (`:has(`, `:focus-visible`, …) also appears in an
 *   `@supports not selector(...)` block of the same file: older engines get that block instead;
 * - `:focus-visible`: older engines drop the rule and draw their own focus ring, which is the
 *   fallback, as long as the file does not remove it (a `:focus` rule with `outline: none` or 0
 *   that is not itself inside `@supports selector(:focus-visible)`); then it is reported.
 *
 * Anything else is reported; a deliberate exception is a
 * `stylelint-disable-next-line engines/no-unsupported-browser-features -- <reason>` comment
 * (the configuration rejects disables without a reason).
 *
 * Partial support is not reported (option `ignorePartialSupport`, on in our config): caniuse's
 * partial notes are about sub-features (see stylelint.config.mjs).
 */
import stylelint from 'stylelint';
import doiuse from 'doiuse';
import { Result } from 'postcss';

const ruleName = 'engines/no-unsupported-browser-features';
const messages = stylelint.utils.ruleMessages(ruleName, {
	rejected: (feature, title, browsers) => `${title} (${feature}) is not supported by ${browsers}, and has no fallback here`,
	focusRemoved: (line) => `:focus-visible (css-focus-visible): engines without it fall back to their own focus ring, but the :focus rule on line ${line} removes it (guard it with @supports selector(:focus-visible))`,
});

/** Pseudo-classes whose support doiuse reports, as they are written in selectors. */
const PSEUDO = { 'css-has': ':has(', 'css-focus-visible': ':focus-visible', 'css-focus-within': ':focus-within', 'css-matches-pseudo': ':is(', 'css-where-pseudo': ':where(' };

const ancestors = (node) => {
	const out = [];
	for (let p = node.parent; p; p = p.parent) out.push(p);
	return out;
};
const isSupports = (n) => n.type === 'atrule' && n.name.toLowerCase() === 'supports';

/** @param {import('postcss').Root} root */
function fallbackBlocks(root) {
	const not = [];
	root.walkAtRules(/^supports$/i, (at) => {
		if (/^\s*not\s+selector\(/i.test(at.params)) not.push(at.params);
	});
	return not;
}

/** The first :focus rule (not :focus-visible / :focus-within) that removes the outline unguarded. */
function focusRemoval(root) {
	let found;
	root.walkRules((rule) => {
		if (found) return;
		if (!/:focus(?![-\w])/.test(rule.selector)) return;
		if (ancestors(rule).some((a) => isSupports(a) && /selector\(\s*:focus-visible/i.test(a.params))) return;
		if (/:not\(\s*:focus-visible\s*\)/.test(rule.selector)) return;
		rule.walkDecls(/^outline(-style|-width)?$/i, (d) => {
			if (/^(none|0(px)?)$/i.test(d.value.trim())) found ??= rule;
		});
	});
	return found;
}

function hasFallback(node, feature, notBlocks) {
	if (isSupports(node) || ancestors(node).some(isSupports)) return true; // the test itself, or guarded by one
	if (node.type === 'decl') {
		const prev = node.parent?.nodes ?? [];
		const i = prev.indexOf(node);
		if (prev.slice(0, i).some((n) => n.type === 'decl' && n.prop.toLowerCase() === node.prop.toLowerCase())) return true;
	}
	const pseudo = PSEUDO[feature];
	if (pseudo && node.type === 'rule' && notBlocks.some((p) => p.includes(pseudo.replace('(', '')))) return true;
	return false;
}

/** @type {import('stylelint').Rule} */
function rule(on, options = {}) {
	return (root, result) => {
		if (!on) return;
		const used = [];
		doiuse({
			browsers: options.browsers,
			ignore: options.ignore,
			onFeatureUsage: (info) => used.push(info),
		}).postcss(root, new Result());
		const notBlocks = fallbackBlocks(root);
		const removal = focusRemoval(root);
		const seen = new Set();
		for (const { feature, featureData: data, usage } of used) {
			if (!data?.missing) continue; // partial support only: see the header
			const key = `${feature}@${usage.source?.start?.line}:${usage.source?.start?.column}`;
			if (seen.has(key)) continue;
			seen.add(key);
			if (feature === 'css-focus-visible' && usage.type === 'rule' && !ancestors(usage).some(isSupports)) {
				if (removal) stylelint.utils.report({ ruleName, result, node: usage, message: messages.focusRemoved(removal.source?.start?.line) });
				continue;
			}
			if (hasFallback(usage, feature, notBlocks)) continue;
			stylelint.utils.report({ ruleName, result, node: usage, message: messages.rejected(feature, data.title, data.missing) });
		}
	};
}
rule.ruleName = ruleName;
rule.messages = messages;

export default stylelint.createPlugin(ruleName, rule);
