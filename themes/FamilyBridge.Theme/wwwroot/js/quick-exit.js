// "Leave this site": the link works on its own; with script the page is also replaced in the history (so Back does
// not come straight back here) and pressing Escape three times in a row leaves too.
(function () {
    "use strict";
    var link = document.querySelector("[data-quick-exit]");
    if (!link) {
        return;
    }

    function leave(event) {
        if (event) {
            event.preventDefault();
        }
        try {
            history.replaceState(null, "", "/");
        } catch (e) {
            // Some browsers refuse replaceState on odd URLs; leaving still matters more.
        }
        window.location.replace(link.href);
    }

    link.addEventListener("click", leave);

    var presses = 0;
    var timer = 0;
    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape") {
            return;
        }
        presses += 1;
        window.clearTimeout(timer);
        timer = window.setTimeout(function () { presses = 0; }, 1500);
        if (presses >= 3) {
            leave(null);
        }
    });
})();
