// Quick exit, and keeping Heard out of the tab's history (docs/adr/0012-quick-exit-history.md).
// A plain script loaded from app.html, so it works from the first moment a page is shown,
// before (or without) the app's own scripts. Without JavaScript the quick-exit link still
// leaves, but the pages before it stay in history: the help page says how to clear it.
(function () {
	// Set by a quick exit: where it went. Until Heard is opened again in this tab, any Heard
	// page that history brings back (Back, Forward, a page kept in memory) leaves at once.
	var LEFT = 'heard-left-to';
	// The tab's history length when Heard was first opened in it (for browsers without the
	// Navigation API).
	var FIRST = 'heard-first-entry';
	// What a say form keeps on the phone as it is typed (src/lib/components/young-person/
	// keep-draft.ts: `heard-draft:<record id>:<form>`), and the event that form listens for to
	// send its words to the server before they go from the phone (LEAVING_EVENT there).
	var DRAFT = 'heard-draft:';
	var LEAVING = 'heard-leaving';

	function read(key) {
		try {
			return sessionStorage.getItem(key);
		} catch (e) {
			return null;
		}
	}
	function write(key, value) {
		try {
			if (value === null) sessionStorage.removeItem(key);
			else sessionStorage.setItem(key, value);
		} catch (e) {
			/* storage refused */
		}
	}
	function blank() {
		document.documentElement.style.display = 'none';
	}

	// A child's half-written words must not be left on the phone for whoever picks it up next
	// (quick exit, signing out). An open say form first sends them to the server, so they are
	// not lost for the child. Synchronous and small: it never holds up leaving, and never throws.
	function forgetDrafts() {
		try {
			window.dispatchEvent(new Event(LEAVING));
		} catch (e) {
			/* an old browser: the words stay on the server as last saved */
		}
		['localStorage', 'sessionStorage'].forEach(function (name) {
			try {
				// Inside the try: where storage is blocked, even reaching it throws.
				var store = window[name];
				for (var i = store.length - 1; i >= 0; i -= 1) {
					var key = store.key(i);
					if (key && key.indexOf(DRAFT) === 0) store.removeItem(key);
				}
			} catch (e) {
				/* storage refused: nothing could have been kept in it */
			}
		});
	}

	/** If a quick exit has happened in this tab, swaps this page for where it went. */
	function leaveAgain() {
		var to = read(LEFT);
		if (!to) return false;
		blank();
		forgetDrafts();
		// Going back to the first Heard page fetched it again, and the service worker keeps the
		// pages it fetches: they are forgotten again here, as this page leaves too.
		forgetKeptPages();
		location.replace(to);
		return true;
	}

	function forgetKeptPages() {
		var worker = navigator.serviceWorker && navigator.serviceWorker.controller;
		if (worker) worker.postMessage('forget');
	}

	// How many Heard entries come before this one in the tab's history. The Navigation API
	// lists exactly this site's entries around the current one; where a browser lacks it,
	// history.length against its length when Heard was first opened is a guess that is right
	// unless the child has pressed Back inside Heard.
	function heardEntriesBefore() {
		var nav = window.navigation;
		if (nav && nav.currentEntry && typeof nav.currentEntry.index === 'number')
			return nav.currentEntry.index;
		var first = Number(read(FIRST));
		return first > 0 ? Math.max(0, history.length - first) : 0;
	}

	// Goes back to the first Heard entry, whose page (leaveAgain) swaps itself for the neutral
	// site: Back then goes to wherever the child was before Heard. Browsers keep the entries
	// after a swapped one for Forward; leaveAgain covers those too.
	function leave(to) {
		var back = heardEntriesBefore();
		blank();
		forgetDrafts();
		// The pages kept on the phone for when there is no signal go too (the service worker
		// empties its cache even as this page leaves); anything still waiting to send stays.
		forgetKeptPages();
		// Notifications stop too (docs/adr/0038-web-push.md): the server forgets the devices of
		// this sign-in (a page with a sign-out button), with or without a service worker.
		if (window.fetch && document.querySelector('form[action="/logout"]')) forgetPushDevices();
		write(LEFT, to);
		write(FIRST, null);
		var nav = window.navigation;
		if (back === 0) {
			location.replace(to);
		} else if (nav && typeof nav.traverseTo === 'function') {
			var going = nav.traverseTo(nav.entries()[0].key);
			going.finished.catch(function () {});
			// If going back is refused, leaving from here still beats staying.
			going.committed.catch(function () {
				location.replace(to);
			});
		} else {
			history.go(-back);
		}
	}

	// keepalive: the request outlives the page that is leaving.
	function forgetPushDevices() {
		try {
			fetch('/push', {
				method: 'DELETE',
				keepalive: true,
				headers: { 'content-type': 'application/json' },
				body: '{}'
			}).catch(function () {});
		} catch (e) {
			/* leaving matters more */
		}
	}

	var loaded = performance.getEntriesByType ? performance.getEntriesByType('navigation')[0] : null;
	if (loaded && loaded.type === 'back_forward') {
		if (leaveAgain()) return;
	} else {
		// Heard opened anew (a link, an address typed, a reload): the child chose to be here.
		write(LEFT, null);
	}
	if (!read(FIRST)) write(FIRST, String(history.length));

	// A sign-in that ended elsewhere (grown old, "sign out everywhere") keeps them: the form tells
	// the child their words are kept, and shows them again once they sign in (StatementForm).

	// Signing out (the menu's button, or the /logout page) forgets them as the form is sent, in
	// case the page after it never loads. The service worker, which cannot reach this storage,
	// forgets the kept pages on the same sign-out.
	document.addEventListener(
		'submit',
		function (event) {
			var form = event.target;
			if (!(form instanceof HTMLFormElement)) return;
			try {
				var to = new URL(form.getAttribute('action') || location.href, location.href);
				if (to.origin === location.origin && to.pathname === '/logout') forgetDrafts();
			} catch (e) {
				/* an address that cannot be read is no sign-out */
			}
		},
		true
	);

	// Going back to a page kept in memory, or to another entry of this same page, runs no
	// script from the top: leave there too, before the app's router shows anything.
	window.addEventListener('pageshow', function (event) {
		if (event.persisted) leaveAgain();
	});
	window.addEventListener('popstate', function (event) {
		if (leaveAgain()) event.stopImmediatePropagation();
	});

	function quickExitLink() {
		return document.querySelector('a.quick-exit');
	}

	// While a young person's page is showing (it has the quick-exit link) or one is being
	// opened, the app's own navigations replace the history entry instead of adding one, so
	// Heard stays one entry in history and Back leaves it.
	var pushState = history.pushState;
	history.pushState = function (state, unused, url) {
		var to = new URL(url == null ? location.href : String(url), location.href);
		var young = quickExitLink() !== null || /^\/me(\/|$)/.test(to.pathname);
		return (young ? history.replaceState : pushState).call(history, state, unused, url);
	};

	document.addEventListener(
		'click',
		function (event) {
			var link = event.target instanceof Element ? event.target.closest('a.quick-exit') : null;
			if (!link) return;
			event.preventDefault();
			leave(link.href);
		},
		true
	);

	// Before the app's scripts have loaded, a tapped link would add an entry: on a young
	// person's page, a same-site link nobody else has handled replaces this page instead.
	window.addEventListener('click', function (event) {
		if (
			event.defaultPrevented ||
			event.button !== 0 ||
			event.metaKey ||
			event.ctrlKey ||
			event.shiftKey ||
			event.altKey
		)
			return;
		var link = event.target instanceof Element ? event.target.closest('a[href]') : null;
		if (!link || !quickExitLink() || link.target || link.hasAttribute('download')) return;
		var to = new URL(link.href);
		if (
			to.origin !== location.origin ||
			(to.pathname === location.pathname && to.search === location.search && to.hash)
		)
			return;
		event.preventDefault();
		location.replace(to.href);
	});

	// GOV.UK's "Exit this page" shortcut: Shift pressed three times on its own within five
	// seconds (typing a capital letter does not count).
	var shifts = 0;
	var forget = null;
	document.addEventListener('keydown', function (event) {
		if (event.key !== 'Shift') shifts = 0;
	});
	document.addEventListener('keyup', function (event) {
		var link = quickExitLink();
		if (event.key !== 'Shift' || !link) return;
		shifts += 1;
		clearTimeout(forget);
		forget = setTimeout(function () {
			shifts = 0;
			announce(link, '');
		}, 5000);
		if (shifts >= 3) {
			shifts = 0;
			leave(link.href);
		} else {
			announce(link, link.getAttribute(shifts === 1 ? 'data-two-more' : 'data-one-more') || '');
		}
	});

	// The quick-exit component keeps a status line beside the link for screen readers.
	function announce(link, text) {
		var status = link.parentElement && link.parentElement.querySelector('.quick-exit-status');
		if (status) status.textContent = text;
	}
})();
