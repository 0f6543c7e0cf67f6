#include "yamlcrosscheck.h"
#include "yamlreader.h"

#include <QtTest>

using namespace Cardigan;

class TestYamlCrossCheck : public QObject
{
    Q_OBJECT

private slots:
    void readsValidYaml()
    {
        QVERIFY(YamlCrossCheck::parses(QStringLiteral("license: mit\ntags:\n- a\n")));
        QVERIFY(YamlCrossCheck::parses(QString()));
    }

    void refusesBrokenYamlWithAReason()
    {
        QString error;
        QVERIFY(!YamlCrossCheck::parses(QStringLiteral("a: [1, 2\n"), &error));
        QVERIFY(!error.isEmpty());
    }

    // The two parsers differ here: js-yaml (the Hub) accepts a tab-only line after a block
    // sequence, yaml-cpp does not. The cross-check is only about what an edit changes.
    void tabLine_readByTheHubNotByYamlCpp()
    {
        const QString yaml = QStringLiteral("tags:\n- a\n\t\n");
        QVERIFY(YamlReader::read(yaml).ok);
        QVERIFY(!YamlCrossCheck::parses(yaml));
    }

    void refusesSeveralDocuments()
    {
        QVERIFY(!YamlCrossCheck::parses(QStringLiteral("a: 1\n---\nb: 2\n")));
    }
};

QTEST_GUILESS_MAIN(TestYamlCrossCheck)
#include "tst_yamlcrosscheck.moc"
