// Conveniences for the history pages: jump to an iteration, show only the iterations where a
// prediction changed. Every page is complete without this script.
(function () {
    "use strict";
    var form = document.getElementById("jump");
    var table = document.querySelector("table.history");
    if (!form || !table) {
        return;
    }
    var perPage = parseInt(table.getAttribute("data-per-page"), 10);
    var total = parseInt(table.getAttribute("data-total"), 10);
    var input = document.getElementById("jump-to");
    var onlyChanges = document.getElementById("only-changes");
    form.hidden = false;

    function pageName(iteration) {
        var page = String(Math.floor((iteration - 1) / perPage) + 1);
        while (page.length < 4) {
            page = "0" + page;
        }
        return "page-" + page + ".html";
    }

    form.addEventListener("submit", function (event) {
        event.preventDefault();
        var iteration = parseInt(input.value, 10);
        if (!(iteration >= 1 && iteration <= total)) {
            input.setCustomValidity("Give an iteration from 1 to " + total + ".");
            input.reportValidity();
            return;
        }
        input.setCustomValidity("");
        var target = pageName(iteration) + "#it-" + iteration;
        if (location.pathname.slice(-pageName(iteration).length) === pageName(iteration)) {
            location.hash = "it-" + iteration;
        } else {
            location.href = target;
        }
    });
    input.addEventListener("input", function () {
        input.setCustomValidity("");
    });

    var noChanges = document.getElementById("no-changes");
    onlyChanges.addEventListener("change", function () {
        var rows = table.tBodies[0].rows;
        var shown = 0;
        for (var i = 0; i < rows.length; i++) {
            rows[i].hidden = onlyChanges.checked && !rows[i].classList.contains("changed");
            if (!rows[i].hidden) {
                shown += 1;
            }
        }
        if (noChanges) {
            noChanges.hidden = shown > 0;
        }
    });
})();
