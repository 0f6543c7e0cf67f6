#include "carddocument.h"
#include "cardlinter.h"
#include "fakefileprompts.h"
#include "filecontroller.h"
#include "testsettings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Cardigan;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Bom = "\xEF\xBB\xBF";
const QByteArray CardBytes = "---\nlicense: mit\n---\n# Model\n";

std::optional<Diagnostic> bomDiagnostic(const CardDocument &doc)
{
    for (const Diagnostic &d : CardLinter::lint(doc)) {
        if (d.code == u"bom"_s) {
            return d;
        }
    }
    return std::nullopt;
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

// The byte order mark is a flag of the card, not text; removing it is still an edit of
// the card: one undo step in the text's history, a modified document, saved as such.
class TestBomFix : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

private slots:
    void initTestCase() { useTestSettings(u"tst_bomfix"_s, m_settings.path()); }

    void bomDiagnostic_hasAFix_thatIsOneUndoStep()
    {
        CardDocument doc;
        doc.load(QString::fromUtf8(CardBytes), true);
        const std::optional<Diagnostic> d = bomDiagnostic(doc);
        QVERIFY(d);
        QVERIFY(d->fix);
        QCOMPARE(d->fix->kind, Fix::Kind::RemoveBom);
        QSignalSpy reparsed(&doc, &CardDocument::reparsed);
        const CardDocument::EditResult r = d->fix->apply(doc);
        QVERIFY(r.ok);
        QVERIFY(r.changed);
        QVERIFY(!doc.hasBom());
        QVERIFY(doc.textDocument()->isModified());
        QVERIFY(doc.textDocument()->isUndoAvailable());
        QVERIFY(reparsed.size() >= 1);
        QVERIFY(!bomDiagnostic(doc)); // linted again, it is gone
        QCOMPARE(doc.text(), QString::fromUtf8(CardBytes));

        doc.textDocument()->undo();
        QVERIFY(doc.hasBom());
        QVERIFY(!doc.textDocument()->isModified()); // back to the file as it was
        QVERIFY(!doc.textDocument()->isUndoAvailable());
        QVERIFY(bomDiagnostic(doc));
        doc.textDocument()->redo();
        QVERIFY(!doc.hasBom());
        QVERIFY(doc.textDocument()->isModified());
    }

    void bomUndo_keepsItsPlaceAmongTextEdits()
    {
        CardDocument doc;
        doc.load(QString::fromUtf8(CardBytes), true);
        QTextCursor c(doc.textDocument());
        c.movePosition(QTextCursor::End);
        c.insertText(u"typed"_s);
        QVERIFY(doc.setBom(false).changed);
        QVERIFY(!doc.setBom(false).changed); // nothing to do: no undo step
        c.insertText(u" more"_s);
        doc.textDocument()->undo();
        QVERIFY(!doc.hasBom());
        QVERIFY(doc.text().endsWith(u"typed"_s));
        doc.textDocument()->undo();
        QVERIFY(doc.hasBom());
        QVERIFY(doc.text().endsWith(u"typed"_s));
        doc.textDocument()->undo();
        QVERIFY(doc.hasBom());
        QCOMPARE(doc.text(), QString::fromUtf8(CardBytes));
    }

    void bomRemoval_inAnEditGroup_isPartOfItsStep()
    {
        CardDocument doc;
        doc.load(QString::fromUtf8(CardBytes), true);
        const CardDocument::EditResult r = doc.editGroup([&doc] {
            doc.set(YamlPath::parse(u"license"_s).value(), u"apache-2.0"_s);
            return doc.setBom(false);
        });
        QVERIFY(r.ok);
        QVERIFY(!doc.hasBom());
        QVERIFY(doc.text().contains(u"apache-2.0"_s));
        doc.textDocument()->undo();
        QVERIFY(doc.hasBom());
        QCOMPARE(doc.text(), QString::fromUtf8(CardBytes));
        QVERIFY(!doc.textDocument()->isUndoAvailable());
    }

    void save_writesTheBomAsTheUndoHistorySaysIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"README.md"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(Bom + CardBytes);
        }
        CardDocument doc;
        FileController files(&doc, nullptr, std::make_unique<FakeFilePrompts>(),
                             dir.filePath(u".recovery"_s));
        QVERIFY(files.openPath(path));
        QVERIFY(doc.hasBom());
        QVERIFY(bomDiagnostic(doc)->fix->apply(doc).ok);
        QVERIFY(files.isModified());
        QVERIFY(files.save());
        QCOMPARE(readBytes(path), CardBytes);
        // Undone after the save: modified again, and saved with the BOM back.
        doc.textDocument()->undo();
        QVERIFY(doc.hasBom());
        QVERIFY(files.isModified());
        QVERIFY(files.save());
        QCOMPARE(readBytes(path), Bom + CardBytes);
    }
};

QTEST_MAIN(TestBomFix)
#include "tst_bomfix.moc"
