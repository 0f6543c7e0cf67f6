#include "formdiagnostics.h"

#include "carddocument.h"
#include "diagnosticmarks.h"
#include "problemsmodel.h"

#include <QApplication>
#include <QBoxLayout>
#include <QLabel>
#include <QStyle>

namespace Cardigan::FormDiagnostics {

QString keyAt(const CardDocument &document, qsizetype offset)
{
    if (!document.frontMatter().found || !document.yaml().ok) {
        return QString();
    }
    const YamlTree &tree = document.yaml().tree;
    if (tree.root < 0 || tree.node(tree.root).kind != YamlNode::Kind::Mapping) {
        return QString();
    }
    const qsizetype at = offset - document.frontMatter().yamlStart;
    const std::vector<int> &c = tree.node(tree.root).children;
    for (size_t i = 0; i + 1 < c.size(); i += 2) {
        const YamlNode &key = tree.node(c[i]);
        const YamlNode &value = tree.node(c[i + 1]);
        // The end counts: a diagnostic at an empty value (`license:`) sits right there.
        if (at >= key.start && at <= std::max(key.end, value.end)) {
            return key.kind == YamlNode::Kind::Scalar ? key.text : QString();
        }
    }
    return QString();
}

QHash<QString, QList<Diagnostic>> byKey(const CardDocument &document,
                                        const QList<Diagnostic> &diagnostics)
{
    QHash<QString, QList<Diagnostic>> out;
    for (const Diagnostic &d : diagnostics) {
        const QString key = keyAt(document, d.start);
        if (!key.isEmpty()) {
            out[key].append(d);
        }
    }
    return out;
}

Diagnostic::Severity worst(const QList<Diagnostic> &problems)
{
    Diagnostic::Severity w = Diagnostic::Severity::Info;
    for (const Diagnostic &d : problems) {
        w = std::min(w, d.severity);
    }
    return w;
}

void showInField(QWidget *box, const QString &key, const QList<Diagnostic> &problems)
{
    auto *layout = qobject_cast<QBoxLayout *>(box->layout());
    if (!layout) {
        return;
    }
    const QString name = key + QStringLiteral("-problems");
    auto *row = box->findChild<QWidget *>(name, Qt::FindDirectChildrenOnly);
    if (problems.isEmpty()) {
        if (row) {
            row->hide();
        }
        return;
    }
    if (!row) {
        row = new QWidget(box);
        row->setObjectName(name);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *icon = new QLabel(row);
        icon->setObjectName(QStringLiteral("icon"));
        icon->setAlignment(Qt::AlignTop);
        auto *text = new QLabel(row);
        text->setObjectName(QStringLiteral("text"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        h->addWidget(icon);
        h->addWidget(text, 1);
        layout->insertWidget(1, row); // right under the editor, above its note
    }
    const Diagnostic::Severity severity = worst(problems);
    const int size = box->style()->pixelMetric(QStyle::PM_SmallIconSize);
    auto *icon = row->findChild<QLabel *>(QStringLiteral("icon"));
    icon->setPixmap(
        ProblemsModel::severityIcon(severity).pixmap(QSize(size, size), icon->devicePixelRatioF()));
    // The first sentence of each message beside the field (the field names the key);
    // the whole messages in the tool tip and the problems panel.
    QStringList messages;
    QStringList whole;
    for (const Diagnostic &d : problems) {
        const qsizetype stop = d.message.indexOf(QLatin1String(". "));
        messages.append(stop > 0 ? d.message.left(stop + 1) : d.message);
        whole.append(d.message);
    }
    auto *text = row->findChild<QLabel *>(QStringLiteral("text"));
    text->setText(messages.join(u'\n'));
    row->setToolTip(whole.join(u'\n'));
    QPalette palette = text->palette();
    palette.setColor(QPalette::WindowText, DiagnosticMarks::color(severity, box->palette()));
    text->setPalette(palette);
    text->setAccessibleName(QApplication::translate("Cardigan::FormDiagnostics", "%1: %2")
                                .arg(ProblemsModel::severityText(severity), text->text()));
    row->show();
}

} // namespace Cardigan::FormDiagnostics
