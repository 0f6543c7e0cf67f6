// MetadataForm: the linter's findings marked beside the fields they concern.

#include "metadataform.h"

#include "formdiagnostics.h"
#include "problemsmodel.h"

#include <QToolButton>

namespace Cardigan {

void MetadataForm::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    const QHash<QString, QList<Diagnostic>> byKey =
        FormDiagnostics::byKey(*m_document, diagnostics);
    for (const Field &f : m_fields) {
        FormDiagnostics::showInField(f.editor->parentWidget(), f.key, byKey.value(f.key));
    }
    // Other keys are shown as a row with a "Show in source" button: it carries the mark.
    // Rows being replaced (hidden, deleted later) are left alone.
    const QString prefix = QStringLiteral("show-");
    for (QToolButton *button : m_otherKeys->findChildren<QToolButton *>()) {
        if (button->isHidden() || !button->objectName().startsWith(prefix)) {
            continue;
        }
        const QList<Diagnostic> problems = byKey.value(button->objectName().mid(prefix.size()));
        if (problems.isEmpty()) {
            button->setIcon(QIcon());
            button->setToolButtonStyle(Qt::ToolButtonTextOnly);
            button->setToolTip(QString());
            continue;
        }
        const Diagnostic::Severity severity = FormDiagnostics::worst(problems);
        button->setIcon(ProblemsModel::severityIcon(severity));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        QStringList messages;
        for (const Diagnostic &d : problems) {
            messages.append(d.message);
        }
        button->setToolTip(messages.join(u'\n'));
    }
}

} // namespace Cardigan
