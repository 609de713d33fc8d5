/*
 * Page behaviour that is not PrimeFaces'. Kept out of the pages because the content security policy
 * allows no inline handlers (CSP Level 3, script-src without 'unsafe-inline').
 */
(function () {
    'use strict';
    // On a phone the menu folds behind the Menu button (layout.xhtml, #menuToggle).
    document.addEventListener('click', function (event) {
        var button = event.target && event.target.closest ? event.target.closest('#menuToggle') : null;
        if (!button) {
            return;
        }
        var open = button.closest('.topbar').classList.toggle('menu-open');
        button.setAttribute('aria-expanded', String(open));
    });
}());
