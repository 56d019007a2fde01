// Runs before the deck paints (a classic external script, so no inline script is needed): picks
// the site's theme (Starlight's 'starlight-theme'; unknown values follow the system, as there) and
// switches from the no-JS layout (every slide stacked) to one slide at a time.
(function () {
	var stored = null;
	try {
		stored = localStorage.getItem('starlight-theme');
	} catch (e) {}
	var light = stored === 'light' || (stored !== 'dark' && matchMedia('(prefers-color-scheme: light)').matches);
	var root = document.documentElement;
	root.dataset.theme = light ? 'light' : 'dark';
	root.classList.add('deck-js');
})();
