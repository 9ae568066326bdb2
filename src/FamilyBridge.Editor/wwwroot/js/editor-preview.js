// Live Markdown preview while typing. The server renders it with the site's own pipeline (the same HTML readers get);
// without script, the form's "Show preview" button does the same in one round trip.
(function () {
    "use strict";
    var form = document.querySelector("form.editor-form");
    var body = form && form.querySelector("textarea[name='Body']");
    var token = form && form.querySelector("input[name='__RequestVerificationToken']");
    if (!body || !token || !window.fetch) {
        return;
    }

    var region = document.createElement("section");
    region.className = "panel editor-preview editor-live-preview";
    region.setAttribute("aria-labelledby", "live-preview-title");
    var heading = document.createElement("h2");
    heading.id = "live-preview-title";
    heading.textContent = "Live preview";
    var output = document.createElement("div");
    output.className = "prose";
    region.appendChild(heading);
    region.appendChild(output);
    var tools = form.querySelector(".editor-tools");
    (tools || body).insertAdjacentElement("afterend", region);

    var timer = 0;
    var sent = 0;
    function render() {
        var ticket = ++sent;
        var data = new URLSearchParams();
        data.set("markdown", body.value);
        data.set("__RequestVerificationToken", token.value);
        fetch("/admin/content/markdown-preview", { method: "POST", body: data, credentials: "same-origin" })
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (html) {
                // A slow answer to an older keystroke must not overwrite a newer one.
                if (html !== null && ticket === sent) {
                    output.innerHTML = html;
                }
            })
            .catch(function () { /* The "Show preview" button still works. */ });
    }

    body.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(render, 400);
    });
    render();
}());
