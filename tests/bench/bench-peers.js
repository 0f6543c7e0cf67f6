// js-yaml over the same corpus, the same way as bench_parse: files read first, then the
// best of PASSES timed passes (after one untimed) of decode, front matter (the Hub's
// rule), yaml.load.   node bench-peers.js CORPUS_DIR [PASSES]
"use strict";
const fs = require("fs");
const path = require("path");
const yaml = require("js-yaml");

const dir = process.argv[2];
const passes = Math.max(1, parseInt(process.argv[3] || "3", 10));
const files = [];
let bytes = 0;
for (const sub of ["cards", "bad"]) {
    const d = path.join(dir, sub);
    for (const name of fs.readdirSync(d).filter((n) => n.endsWith(".md")).sort()) {
        const b = fs.readFileSync(path.join(d, name));
        files.push(b);
        bytes += b.length;
    }
}
const block = /^(\s*---(?:\r\n|\r|\n))([\S\s]*?)((?:\r\n|\r|\n)---[ \t]*(\r\n|\n|$))/;
const empty = /^---(?:\r\n|\r|\n)---/;
let errors = 0;
function pass() {
    errors = 0;
    for (const b of files) {
        let text = b.toString("utf8");
        if (text.charCodeAt(0) === 0xfeff) {
            text = text.slice(1);
        }
        if (empty.test(text)) {
            continue;
        }
        const m = block.exec(text);
        if (!m) {
            continue;
        }
        try {
            yaml.load(m[2]);
        } catch (e) {
            ++errors;
        }
    }
}
pass();
let best = Infinity;
for (let i = 0; i < passes; ++i) {
    const t = process.hrtime.bigint();
    pass();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9);
}
const version = require("js-yaml/package.json").version;
console.log("BENCH " + JSON.stringify({
    bench: "parse (js-yaml " + version + ", node " + process.version + ")",
    size: files.length + " cards, " + (bytes / 1048576).toFixed(1) + " MB",
    seconds: best, mbps: bytes / 1e6 / best, cardsps: files.length / best, errors: errors,
    peer: "js-yaml",
}));
