// Fuzz target: random set / unset / insert (and moveItem when CardDocument has it) at
// random paths with random values on a seed card. Each edit must give exactly the
// expected metadata or be refused leaving the text as it was, never corrupt the text
// (randomedits.h verifies each step); undoing them one by one gives back each earlier
// text and finally the original bytes.
//
// Input: the card's bytes, then (the last quarter, at most 256 bytes) what drives the
// choice of edits.

#include "cardfile.h"
#include "fuzzcheck.h"
#include "randomedits.h"

#include <QStringList>
#include <QTextDocument>

#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>

using namespace Cardigan;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initApplication();
    return 0;
}

namespace {

// RandomEdits' random source, driven by the fuzzer's bytes (0 once they run out).
struct BytesRng
{
    FuzzedDataProvider &ops;
    quint32 bounded(quint32 n)
    {
        return n == 0 ? 0 : ops.ConsumeIntegralInRange<quint32>(0, n - 1);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const size_t opsSize = std::min<size_t>(size / 4, 256);
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size - opsSize));
    FuzzedDataProvider ops(data + size - opsSize, opsSize);
    BytesRng rng{ops};

    const CardFile::ReadResult file = CardFile::decode(bytes);
    if (!file.ok()) {
        return 0; // fuzz_cardtext covers files that cannot be opened
    }
    CardDocument doc;
    doc.load(file.text, file.bom);
    QStringList done;
    QStringList texts{doc.text()};
    for (int step = 0, steps = int(rng.bounded(8)) + 1; step < steps; ++step) {
        const RandomEdits::Step edit = RandomEdits::randomStep(rng, doc.metadata());
        done << edit.describe();
        const RandomEdits::Outcome out = RandomEdits::applyAndVerify(doc, edit);
        if (!out.failure.isEmpty()) {
            Fuzz::fail(
                u"step %1 of:\n  %2\n%3"_s.arg(step + 1).arg(done.join(u"\n  "_s), out.failure));
        }
        if (out.changed) {
            texts << doc.text();
        }
    }
    for (qsizetype k = texts.size() - 2; k >= 0; --k) {
        Fuzz::check(doc.textDocument()->isUndoAvailable(), "an edit left no undo step");
        doc.textDocument()->undo();
        if (doc.text() != texts.at(k)) {
            Fuzz::fail(
                u"undo of change %1 did not give back the text before it; edits:\n  %2"_s.arg(k + 1)
                    .arg(done.join(u"\n  "_s)));
        }
    }
    Fuzz::check(CardFile::encode(doc.text(), doc.hasBom()) == bytes,
                "undoing every edit did not give back the original bytes");
    return 0;
}
