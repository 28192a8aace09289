// Quick exit, working from the first moment a page is shown (before the app's own scripts
// have loaded on a slow phone): replace() swaps this page out of history, so Back does not
// return to Heard. Without JavaScript at all, the link still leaves.
document.addEventListener(
	'click',
	function (event) {
		var link = event.target instanceof Element ? event.target.closest('a.quick-exit') : null;
		if (!link) return;
		event.preventDefault();
		window.location.replace(link.href);
	},
	true
);
