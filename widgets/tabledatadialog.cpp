#include "tabledatadialog.h"

#include "focusframedelegate.h"

#include "tablerowbuttons.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Cardigan {

namespace {

constexpr int WasNumberRole = Qt::UserRole + 1;
constexpr int LengthRole = Qt::UserRole + 2;

// A number as JSON and YAML both write it.
bool isNumberText(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    return re.match(text).hasMatch();
}

QString cellText(const YamlValue &v)
{
    return v.isString() ? v.toString() : QString::fromUtf8(v.toJson());
}

} // namespace

TableDataDialog::TableDataDialog(const QString &title, const YamlValue &table, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 0, this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_table->setItemDelegate(new FocusFrameDelegate(m_table));
    m_table->setObjectName(QStringLiteral("cells"));
    m_table->setAccessibleName(title);
    if (table.isMapping()) {
        size_t rows = 0;
        for (const YamlValue::Entry &e : table.entries()) {
            rows = std::max(rows, e.second.items().size());
        }
        m_table->setRowCount(int(rows));
        for (const YamlValue::Entry &e : table.entries()) {
            const int c = m_table->columnCount();
            m_table->insertColumn(c);
            auto *header = new QTableWidgetItem(e.first);
            header->setData(LengthRole, int(e.second.items().size()));
            m_table->setHorizontalHeaderItem(c, header);
            for (int r = 0; r < int(rows); ++r) {
                auto *item = new QTableWidgetItem;
                if (size_t(r) < e.second.items().size()) {
                    const YamlValue &cell = e.second.items()[size_t(r)];
                    item->setText(cellText(cell));
                    item->setData(WasNumberRole, cell.type() == YamlValue::Type::Number);
                }
                m_table->setItem(r, c, item);
            }
        }
    }
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    auto *columns = new QHBoxLayout;
    auto button = [this, columns](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAccessibleName(QString(text).remove(u'&'));
        b->setAutoDefault(false);
        columns->addWidget(b);
        return b;
    };
    connect(button(tr("Add &column…"), QStringLiteral("add-column")), &QPushButton::clicked, this,
            [this] {
                bool ok = false;
                const QString name = QInputDialog::getText(
                    this, tr("Add column"), tr("Column name:"), QLineEdit::Normal, QString(), &ok);
                if (ok && !name.isEmpty()) {
                    addColumn(name);
                }
            });
    connect(button(tr("Re&name column…"), QStringLiteral("rename-column")), &QPushButton::clicked,
            this, [this] {
                const int c = m_table->currentColumn();
                if (c < 0) {
                    return;
                }
                bool ok = false;
                const QString name = QInputDialog::getText(
                    this, tr("Rename column"), tr("Column name:"), QLineEdit::Normal,
                    m_table->horizontalHeaderItem(c)->text(), &ok);
                if (ok && !name.isEmpty()) {
                    renameColumn(c, name);
                }
            });
    connect(button(tr("Remo&ve column"), QStringLiteral("remove-column")), &QPushButton::clicked,
            this, [this] {
                if (m_table->currentColumn() >= 0) {
                    m_table->removeColumn(m_table->currentColumn());
                    check();
                }
            });
    columns->addStretch(1);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, &TableDataDialog::check);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    QHBoxLayout *rows = tableRowButtons(m_table);
    layout->addLayout(rows);
    layout->addLayout(columns);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(600, 380);
    check();
}

void TableDataDialog::addColumn(const QString &name)
{
    const int c = m_table->columnCount();
    m_table->insertColumn(c);
    auto *header = new QTableWidgetItem(name);
    header->setData(LengthRole, 0);
    m_table->setHorizontalHeaderItem(c, header);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        m_table->setItem(r, c, new QTableWidgetItem);
    }
    check();
}

void TableDataDialog::renameColumn(int column, const QString &name)
{
    if (QTableWidgetItem *h = m_table->horizontalHeaderItem(column)) {
        h->setText(name);
    }
    check();
}

QString TableDataDialog::problem() const
{
    QStringList names;
    for (int c = 0; c < m_table->columnCount(); ++c) {
        const QString name = m_table->horizontalHeaderItem(c)->text();
        if (names.contains(name)) {
            return tr("Two columns are called \"%1\": the names must differ.").arg(name);
        }
        names << name;
    }
    return QString();
}

YamlValue TableDataDialog::value() const
{
    std::vector<YamlValue::Entry> columns;
    for (int c = 0; c < m_table->columnCount(); ++c) {
        const QTableWidgetItem *header = m_table->horizontalHeaderItem(c);
        const int length = header->data(LengthRole).toInt();
        std::vector<YamlValue> cells;
        int last = length; // keep every cell the column had, and any filled in after it
        for (int r = 0; r < m_table->rowCount(); ++r) {
            const QTableWidgetItem *item = m_table->item(r, c);
            if (item && !item->text().isEmpty()) {
                last = std::max(last, r + 1);
            }
        }
        for (int r = 0; r < std::min(last, m_table->rowCount()); ++r) {
            const QTableWidgetItem *item = m_table->item(r, c);
            const QString text = item ? item->text() : QString();
            const QVariant wasNumber = item ? item->data(WasNumberRole) : QVariant();
            const bool number = isNumberText(text) && (!wasNumber.isValid() || wasNumber.toBool());
            if (number) {
                const bool integral =
                    !text.contains(u'.') && !text.contains(u'e', Qt::CaseInsensitive);
                cells.push_back(YamlValue::number(text.toDouble(), integral));
            } else {
                cells.push_back(YamlValue::string(text));
            }
        }
        columns.emplace_back(header->text(), YamlValue::sequence(std::move(cells)));
    }
    return YamlValue::mapping(std::move(columns));
}

void TableDataDialog::check()
{
    const QString p = problem();
    m_message->setText(p);
    m_message->setVisible(!p.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

} // namespace Cardigan
