// Fuzz target: random bytes as a card (strict UTF-8 decoding, front matter, the YAML
// reader and typing), then random edits typed into the QTextDocument, spliced through
// CardDocument, undone and redone; after each, the document must agree with a fresh
// read of its text, and undoing everything must give back the original text.
//
// Input: the card's bytes, then (the last quarter, at most 256 bytes) the edit script.

#include "cardfile.h"
#include "fuzzcheck.h"

#include <QTextCursor>
#include <QTextDocument>

#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>

using namespace Cardigan;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initApplication();
    return 0;
}

namespace {

// What gets typed: structure the YAML reader cares about, and raw bytes.
QString typedText(FuzzedDataProvider &ops)
{
    static const char *const pieces[] = {"\n",
                                         "\r\n",
                                         "\r",
                                         "---",
                                         "---\n",
                                         ": ",
                                         "- ",
                                         "  ",
                                         "\t",
                                         "#",
                                         "'",
                                         "\"",
                                         "[",
                                         "]",
                                         "{",
                                         "}",
                                         ",",
                                         "&a ",
                                         "*a",
                                         "!!str ",
                                         "|\n",
                                         ">-\n",
                                         "? ",
                                         "<<: ",
                                         "key: value\n",
                                         "\xE2\x80\xA9",
                                         "\xEF\xB7\x90",
                                         "\xC2\xA0",
                                         "\xF0\x9F\x98\x80",
                                         "\\",
                                         "%YAML 1.2\n"};
    if (ops.ConsumeBool()) {
        return QString::fromUtf8(
            pieces[ops.ConsumeIntegralInRange<size_t>(0, std::size(pieces) - 1)]);
    }
    const std::string raw = ops.ConsumeRandomLengthString(12);
    return QString::fromUtf8(raw.data(), qsizetype(raw.size()));
}

// A card offset that does not split a CRLF pair (a splice works on whole terminators).
qsizetype offsetIn(const QString &text, FuzzedDataProvider &ops)
{
    qsizetype at = ops.ConsumeIntegralInRange<qsizetype>(0, text.size());
    if (at > 0 && at < text.size() && text.at(at - 1) == u'\r' && text.at(at) == u'\n') {
        --at;
    }
    return at;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const size_t opsSize = std::min<size_t>(size / 4, 256);
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size - opsSize));
    FuzzedDataProvider ops(data + size - opsSize, opsSize);

    const CardFile::ReadResult file = CardFile::decode(bytes);
    QString text;
    bool bom = false;
    if (file.ok()) {
        text = file.text;
        bom = file.bom;
    } else {
        Fuzz::check(!file.message.isEmpty(), "a refused file without a message");
        text = QString::fromUtf8(bytes); // go on with what a lenient reader would see
    }

    // The reader on its own, on the whole text as if it were all YAML.
    if (ops.ConsumeBool()) {
        Fuzz::checkRead(YamlReader::read(text), text.size());
    }

    CardDocument doc;
    doc.load(text, bom);
    if (file.ok()) {
        Fuzz::check(CardFile::encode(doc.text(), doc.hasBom()) == bytes,
                    "open and save changed the bytes");
    }
    Fuzz::checkDocument(doc);
    const QString original = doc.text();
    QTextDocument *td = doc.textDocument();

    for (int step = 0, steps = ops.ConsumeIntegralInRange(1, 12); step < steps; ++step) {
        switch (ops.ConsumeIntegralInRange(0, 4)) {
        case 0:
        case 1: { // typing or pasting over a selection, as the editor does
            const int last = std::max(0, td->characterCount() - 1);
            const int pos = ops.ConsumeIntegralInRange(0, last);
            const int anchor = std::min(last, pos + ops.ConsumeIntegralInRange(0, 8));
            QTextCursor cursor(td);
            cursor.setPosition(anchor);
            cursor.setPosition(pos, QTextCursor::KeepAnchor);
            cursor.insertText(typedText(ops));
            break;
        }
        case 2: { // a splice: exactly those characters change
            const QString before = doc.text();
            const qsizetype a = offsetIn(before, ops);
            const qsizetype b = offsetIn(before, ops);
            Splice splice{std::min(a, b), std::max(a, b), typedText(ops)};
            doc.applySplice(splice);
            const QString expected =
                before.left(splice.start) + splice.text + before.mid(splice.end);
            Fuzz::check(doc.text() == expected, "a splice changed other characters");
            break;
        }
        case 3:
            td->undo();
            break;
        case 4:
            td->redo();
            break;
        }
        Fuzz::checkDocument(doc);
        const qsizetype probe = ops.ConsumeIntegralInRange<qsizetype>(0, doc.text().size());
        const CardDocument::Location at = doc.locationOf(probe);
        Fuzz::check(at.line >= 1 && at.column >= 1, "locationOf out of range");
        const int position = doc.documentPosition(probe);
        Fuzz::check(position >= 0 && position < td->characterCount(),
                    "documentPosition out of range");
    }
    while (td->isUndoAvailable()) {
        td->undo();
    }
    Fuzz::check(doc.text() == original, "undoing every edit did not give back the text");
    return 0;
}
