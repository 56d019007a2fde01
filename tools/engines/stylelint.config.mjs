/**
 * `npm run lint:css`: the site's own CSS (src/**\/*.css) against the browsers in package.json's
 * "browserslist". The rule and what counts as a fallback: ./stylelint-targets.mjs.
 */
export default {
	plugins: ['./stylelint-targets.mjs'],
	// A `stylelint-disable` must say why (`-- reason`), and must still be needed.
	reportDescriptionlessDisables: true,
	reportNeedlessDisables: true,
	reportInvalidScopeDisables: true,
	rules: {
		'engines/no-unsupported-browser-features': [
			true,
			{
				ignore: [
					// Pointer cursors: iOS Safari has no mouse cursor to show (doiuse lists only iOS).
					'css3-cursors',
					'css3-cursors-grab',
					// touch-action: doiuse lists only desktop Safari, which has no touch screen to act on.
					'css-touch-action',
					// content-visibility only skips work (stages.css): an engine without it lays out every stage, as before.
					'css-content-visibility',
				],
			},
		],
	},
};
