// Runs in the application's isolated world: the card's own HTML never runs script
// (JavaScript is off in the main world), but this code and KaTeX can touch the DOM.
"use strict";
var cardigan = {
    // Replaces the parts in place (scroll position kept) and typesets the math. The body
    // comes as its top-level blocks: all of them ("body"), or the ones that changed
    // ("blocks": from, how many to remove, the new ones' HTML); left out, the page keeps
    // the body it has. Returns how many math elements the body has rendered, so the
    // caller knows it happened.
    blocks: [],
    update: function (parts) {
        document.getElementById("header").innerHTML = parts.header;
        if (parts.body !== undefined) {
            document.getElementById("card").textContent = "";
            cardigan.blocks = [];
            cardigan.replaceBlocks(0, 0, parts.body);
        } else if (parts.blocks !== undefined) {
            cardigan.replaceBlocks(parts.blocks.from, parts.blocks.remove, parts.blocks.html);
        }
        document.getElementById("eval").innerHTML = parts.eval;
        var count = 0;
        for (var i = 0; i < cardigan.blocks.length; ++i) {
            count += cardigan.blocks[i].math;
        }
        return count;
    },
    // Removes blocks [from, from + remove) and puts the blocks of html in their place;
    // only the new ones are typeset.
    replaceBlocks: function (from, remove, html) {
        var card = document.getElementById("card");
        var before = null;
        for (var b = from + remove; b < cardigan.blocks.length && !before; ++b) {
            before = cardigan.blocks[b].nodes.length ? cardigan.blocks[b].nodes[0] : null;
        }
        for (var r = from; r < from + remove; ++r) {
            cardigan.blocks[r].nodes.forEach(function (n) { n.remove(); });
        }
        var made = html.map(function (h) {
            var t = document.createElement("template");
            t.innerHTML = h;
            var nodes = Array.prototype.slice.call(t.content.childNodes);
            nodes.forEach(function (n) { card.insertBefore(n, before); });
            var math = 0;
            nodes.forEach(function (n) {
                if (n.nodeType === Node.ELEMENT_NODE) {
                    math += cardigan.typeset(n);
                }
            });
            return { nodes: nodes, math: math };
        });
        Array.prototype.splice.apply(cardigan.blocks, [from, remove].concat(made));
    },
    typeset: function (root) {
        var count = 0;
        var nodes = Array.prototype.slice.call(root.querySelectorAll(".math"));
        if (root.classList.contains("math")) {
            nodes.unshift(root);
        }
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
