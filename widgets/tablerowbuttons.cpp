#include "tablerowbuttons.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTableWidget>

namespace Cardigan {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TableRowButtons)
};

void swapRows(QTableWidget *table, int a, int b)
{
    for (int c = 0; c < table->columnCount(); ++c) {
        QTableWidgetItem *x = table->takeItem(a, c);
        QTableWidgetItem *y = table->takeItem(b, c);
        table->setItem(a, c, y);
        table->setItem(b, c, x);
    }
    table->setCurrentCell(b, std::max(0, table->currentColumn()));
}

} // namespace

QHBoxLayout *tableRowButtons(QTableWidget *table)
{
    auto *row = new QHBoxLayout;
    auto button = [row, table](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, table->parentWidget());
        b->setObjectName(name);
        b->setAccessibleName(QString(text).remove(u'&'));
        b->setAutoDefault(false);
        row->addWidget(b);
        return b;
    };
    QPushButton *add = button(Text::tr("&Add"), QStringLiteral("add-row"));
    QPushButton *remove = button(Text::tr("&Remove"), QStringLiteral("remove-row"));
    QPushButton *up = button(Text::tr("Move &up"), QStringLiteral("row-up"));
    QPushButton *down = button(Text::tr("Move do&wn"), QStringLiteral("row-down"));
    row->addStretch(1);
    QObject::connect(add, &QPushButton::clicked, table, [table] {
        const int r = table->rowCount();
        table->insertRow(r);
        for (int c = 0; c < table->columnCount(); ++c) {
            table->setItem(r, c, new QTableWidgetItem);
        }
        table->setCurrentCell(r, 0);
        table->editItem(table->item(r, 0));
    });
    QObject::connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0) {
            table->removeRow(table->currentRow());
        }
    });
    QObject::connect(up, &QPushButton::clicked, table, [table] {
        const int r = table->currentRow();
        if (r > 0) {
            swapRows(table, r, r - 1);
        }
    });
    QObject::connect(down, &QPushButton::clicked, table, [table] {
        const int r = table->currentRow();
        if (r >= 0 && r + 1 < table->rowCount()) {
            swapRows(table, r, r + 1);
        }
    });
    return row;
}

} // namespace Cardigan
