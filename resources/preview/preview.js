// Runs in the application's isolated world: the card's own HTML never runs script
// (JavaScript is off in the main world), but this code and KaTeX can touch the DOM.
"use strict";
var cardigan = {
    // Replaces the parts in place (scroll position kept) and typesets the math; a body
    // left out is the one the page has. Returns how many math elements the body has
    // rendered, so the caller knows it happened.
    mathCount: 0,
    update: function (parts) {
        document.getElementById("header").innerHTML = parts.header;
        if (parts.body !== undefined) {
            document.getElementById("card").innerHTML = parts.body;
            cardigan.mathCount = cardigan.typeset(document.getElementById("card"));
        }
        document.getElementById("eval").innerHTML = parts.eval;
        return cardigan.mathCount;
    },
    typeset: function (root) {
        var count = 0;
        var nodes = root.querySelectorAll(".math");
        for (var i = 0; i < nodes.length; ++i) {
            var el = nodes[i];
            var display = el.classList.contains("math-display");
            var tex = el.textContent;
            // Strip the delimiters the renderer kept in the text.
            if (display && tex.startsWith("$$") && tex.endsWith("$$")) {
                tex = tex.slice(2, -2);
            } else if (tex.startsWith("\\\\(") && tex.endsWith("\\\\)")) {
                tex = tex.slice(3, -3);
            } else if (tex.startsWith("\\(") && tex.endsWith("\\)")) {
                tex = tex.slice(2, -2);
            }
            try {
                katex.render(tex, el, { displayMode: display, throwOnError: false });
                ++count;
            } catch (e) {
                el.classList.add("math-error");
            }
        }
        return count;
    },
    scrollToFraction: function (f) {
        var max = document.documentElement.scrollHeight - window.innerHeight;
        window.scrollTo(0, Math.max(0, max * f));
    },
    // "light" or "dark": the page's colours (theme.css), switched without a reload.
    setTheme: function (name) {
        document.documentElement.setAttribute("data-theme", name);
    },
    katexCount: function () {
        return document.querySelectorAll(".katex").length;
    }
};
