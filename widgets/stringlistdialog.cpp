#include "stringlistdialog.h"

#include "focusframedelegate.h"

#include "tablerowbuttons.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Cardigan {

StringListDialog::StringListDialog(const QString &title, const QStringList &items, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(items.size()), 1, this))
{
    setWindowTitle(title);
    setAccessibleName(title);
    m_table->setItemDelegate(new FocusFrameDelegate(m_table));
    m_table->setObjectName(QStringLiteral("items"));
    m_table->setAccessibleName(title);
    m_table->horizontalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < items.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(items.at(r)));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(tableRowButtons(m_table));
    layout->addWidget(buttons);
    resize(480, 320);
}

QStringList StringListDialog::items() const
{
    QStringList out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *item = m_table->item(r, 0);
        if (item && !item->text().isEmpty()) {
            out << item->text();
        }
    }
    return out;
}

} // namespace Cardigan
