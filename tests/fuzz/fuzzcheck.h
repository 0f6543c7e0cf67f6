#pragma once

// Shared by the fuzz targets: a Qt application for QTextDocument, quiet logging, and
// invariant checks that abort (libFuzzer then saves the input as a crash).

#include "carddocument.h"
#include "yamlreader.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace Cardigan::Fuzz {

inline void initApplication()
{
    static int argc = 1;
    static char name[] = "cardigan-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    // Refusals are logged as warnings; thousands per second would drown libFuzzer's output.
    QLoggingCategory::setFilterRules(QStringLiteral("cardigan.*=false\ncardigan.*.critical=true"));
}

[[noreturn]] inline void fail(const QString &what)
{
    std::fprintf(stderr, "invariant broken: %s\n", qPrintable(what));
    std::fflush(stderr);
    std::abort();
}

inline void check(bool condition, const char *what)
{
    if (!condition) {
        fail(QString::fromUtf8(what));
    }
}

/// Every span and index of a read lies inside the text and the tree.
inline void checkRead(const YamlReadResult &r, qsizetype textSize)
{
    if (!r.ok) {
        check(!r.error.reason.isEmpty(), "a YAML error without a reason");
        check(r.error.offset >= 0 && r.error.offset <= textSize, "YAML error offset out of range");
        check(r.error.line >= 0 && r.error.column >= 0, "negative YAML error line or column");
        return;
    }
    const auto &nodes = r.tree.nodes;
    const int count = int(nodes.size());
    check(r.tree.root >= -1 && r.tree.root < count, "root index out of range");
    check((r.tree.root < 0) == nodes.empty() || r.tree.root >= 0, "nodes without a root");
    for (int i = 0; i < count; ++i) {
        const YamlNode &n = nodes[size_t(i)];
        check(0 <= n.start && n.start <= n.contentStart && n.contentStart <= n.end &&
                  n.end <= textSize,
              "node span out of range or reversed");
        check(n.parent >= -1 && n.parent < i, "parent index not before the node");
        for (const int c : n.children) {
            check(c > i && c < count, "child index out of range");
        }
        if (n.kind == YamlNode::Kind::Alias) {
            check(n.target >= 0 && n.target < count, "alias target out of range");
        }
    }
}

/// What the document derived from its text equals what a fresh document derives from the
/// same text: incremental reparsing (the YAML is read again only when it changed) must
/// never leave stale metadata, and load() must be lossless.
inline void checkDocument(const CardDocument &doc)
{
    const QString &text = doc.text();
    const FrontMatter &fm = doc.frontMatter();
    if (fm.found) {
        check(0 <= fm.openStart && fm.openStart <= fm.yamlStart && fm.yamlStart <= fm.yamlEnd &&
                  fm.yamlEnd <= fm.closeStart && fm.closeStart <= fm.bodyStart &&
                  fm.bodyStart <= text.size(),
              "front matter offsets out of order or range");
        checkRead(doc.yaml(), fm.yamlLength());
    }
    CardDocument fresh;
    fresh.load(text, doc.hasBom());
    check(fresh.text() == text, "load() did not keep the text");
    check(fresh.frontMatter().found == fm.found && fresh.frontMatter().yamlStart == fm.yamlStart &&
              fresh.frontMatter().yamlEnd == fm.yamlEnd &&
              fresh.frontMatter().bodyStart == fm.bodyStart,
          "the document's front matter differs from a fresh read");
    check(fresh.hasYamlError() == doc.hasYamlError(), "YAML error state is stale");
    if (doc.hasYamlError()) {
        check(fresh.yaml().error.reason == doc.yaml().error.reason &&
                  fresh.yaml().error.offset == doc.yaml().error.offset,
              "the YAML error differs from a fresh read");
        const CardDocument::Location at = doc.yamlErrorLocation();
        check(at.line >= 1 && at.column >= 1, "YAML error location out of range");
    } else {
        check(fresh.metadata() == doc.metadata(), "metadata is stale");
    }
}

} // namespace Cardigan::Fuzz
