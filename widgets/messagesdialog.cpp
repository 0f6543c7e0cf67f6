#include "messagesdialog.h"

#include "focusframedelegate.h"

#include "tablerowbuttons.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Cardigan {

MessagesDialog::MessagesDialog(const YamlValue &messages, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Messages"));
    m_table->setItemDelegate(new FocusFrameDelegate(m_table));
    m_table->setObjectName(QStringLiteral("messages"));
    m_table->setAccessibleName(tr("Messages"));
    m_table->setHorizontalHeaderLabels({tr("Role"), tr("Content")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (messages.isSequence()) {
        for (const YamlValue &m : messages.items()) {
            const int r = m_table->rowCount();
            m_table->insertRow(r);
            const YamlValue *role = m.find(QStringLiteral("role"));
            const YamlValue *content = m.find(QStringLiteral("content"));
            m_table->setItem(r, 0, new QTableWidgetItem(role ? role->toString() : QString()));
            m_table->setItem(r, 1, new QTableWidgetItem(content ? content->toString() : QString()));
        }
    }
    m_table->setToolTip(tr("Role: user, assistant or system"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, &MessagesDialog::check);
    connect(m_table->model(), &QAbstractItemModel::rowsRemoved, this, &MessagesDialog::check);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(tableRowButtons(m_table));
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(560, 360);
    check();
}

QString MessagesDialog::problem() const
{
    static const QStringList roles = {QStringLiteral("user"), QStringLiteral("assistant"),
                                      QStringLiteral("system")};
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString role = m_table->item(r, 0) ? m_table->item(r, 0)->text() : QString();
        const QString content = m_table->item(r, 1) ? m_table->item(r, 1)->text() : QString();
        if ((!role.isEmpty() || !content.isEmpty()) && !roles.contains(role)) {
            return tr("Message %1: the role must be user, assistant or system, not \"%2\".")
                .arg(r + 1)
                .arg(role);
        }
    }
    return QString();
}

YamlValue MessagesDialog::value() const
{
    std::vector<YamlValue> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString role = m_table->item(r, 0) ? m_table->item(r, 0)->text() : QString();
        const QString content = m_table->item(r, 1) ? m_table->item(r, 1)->text() : QString();
        if (role.isEmpty() && content.isEmpty()) {
            continue;
        }
        out.push_back(
            YamlValue::mapping({{QStringLiteral("role"), YamlValue::string(role)},
                                {QStringLiteral("content"), YamlValue::string(content)}}));
    }
    return YamlValue::sequence(std::move(out));
}

void MessagesDialog::check()
{
    const QString p = problem();
    m_message->setText(p);
    m_message->setVisible(!p.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

} // namespace Cardigan
