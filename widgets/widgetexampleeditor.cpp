#include "widgetexampleeditor.h"

#include "examplecelldelegate.h"
#include "exampleoutputeditor.h"
#include "messagesdialog.h"
#include "repofilepicker.h"
#include "stringlistdialog.h"
#include "tabledatadialog.h"
#include "widgetexamplemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPersistentModelIndex>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Cardigan {

namespace {

QStringList stringsOf(const YamlValue &v)
{
    QStringList out;
    if (v.isString()) {
        out << v.toString();
    } else if (v.isSequence()) {
        for (const YamlValue &i : v.items()) {
            out << i.toString();
        }
    }
    return out;
}

} // namespace

WidgetExampleEditor::WidgetExampleEditor(CardDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new WidgetExampleModel(document, this))
    , m_table(new QTableView(this))
    , m_banner(new QLabel(this))
    , m_note(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_toolbar(new QWidget(this))
{
    setAccessibleName(tr("Widget examples"));
    auto *tools = new QHBoxLayout(m_toolbar);
    tools->setContentsMargins(0, 0, 0, 0);
    tools->setSpacing(2);
    m_add = addButton(tr("&Add"), QStringLiteral("add-example"), tr("Add an example"));
    m_duplicate = addButton(tr("D&uplicate"), QStringLiteral("duplicate-example"),
                            tr("Copy the selected example below it"));
    m_remove = addButton(tr("&Remove"), QStringLiteral("remove-example"),
                         tr("Remove the selected example"));
    m_up = addButton(tr("Up"), QStringLiteral("example-up"), tr("Move the example up"));
    m_down = addButton(tr("Down"), QStringLiteral("example-down"), tr("Move the example down"));
    m_edit = addButton(tr("&Edit…"), QStringLiteral("edit-cell"), tr("Edit the selected cell"));
    m_pick = addButton(tr("&File…"), QStringLiteral("pick-src"),
                       tr("Pick a file of the repository for the example's src"));
    tools->addStretch(1);

    m_banner->setObjectName(QStringLiteral("examples-banner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setVisible(false);
    m_note->setObjectName(QStringLiteral("examples-note"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::RichText);
    m_note->setVisible(false);
    m_empty->setObjectName(QStringLiteral("examples-empty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("The card has no widget examples: the Hub shows its default inputs. "
                        "Add one to choose what visitors try first."));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *label : {m_banner, m_note}) {
        connect(label, &QLabel::linkActivated, this,
                [this](const QString &link) { emit showInSource(link.toInt()); });
    }

    m_table->setObjectName(QStringLiteral("examples"));
    // Tab goes on to the next control; the arrows move between cells (Tab would cycle them).
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Widget examples"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ExampleCellDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_note);

    connect(m_add, &QToolButton::clicked, this,
            [this] { runRowEdit(-2, [this] { return m_model->addRow().ok; }); });
    connect(m_duplicate, &QToolButton::clicked, this, [this] {
        const int row = currentExample();
        runRowEdit(row + 1, [this, row] { return m_model->duplicateRow(row).ok; });
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const int row = currentExample();
        runRowEdit(row, [this, row] { return m_model->removeExample(row).ok; });
    });
    connect(m_up, &QToolButton::clicked, this, [this] {
        const int row = currentExample();
        runRowEdit(row - 1, [this, row] { return m_model->moveExample(row, row - 1).ok; });
    });
    connect(m_down, &QToolButton::clicked, this, [this] {
        const int row = currentExample();
        runRowEdit(row + 1, [this, row] { return m_model->moveExample(row, row + 1).ok; });
    });
    connect(m_edit, &QToolButton::clicked, this, [this] { editCell(m_table->currentIndex()); });
    connect(m_pick, &QToolButton::clicked, this, &WidgetExampleEditor::pickSourceFile);
    // Cells edited in place open on a double click by themselves; the others open here.
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!(m_model->flags(index) & Qt::ItemIsEditable)) {
            editCell(index);
        }
    });
    connect(m_model, &WidgetExampleModel::editRefused, this, [this](const QString &message) {
        showNote(tr("Not changed: %1").arg(message.toHtmlEscaped()));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WidgetExampleEditor::updateActions);
    for (auto signal :
         {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved,
          &QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved}) {
        connect(m_model, signal, this, &WidgetExampleEditor::updateActions);
    }
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &WidgetExampleEditor::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WidgetExampleEditor::updateActions);
    connect(document, &CardDocument::metadataChanged, this, &WidgetExampleEditor::updateActions);
    updateActions();
}

QToolButton *WidgetExampleEditor::addButton(const QString &text, const QString &name,
                                            const QString &tip)
{
    auto *b = new QToolButton(m_toolbar);
    b->setText(text);
    b->setObjectName(name);
    b->setToolTip(tip);
    b->setAccessibleName(QString(text).remove(u'&').remove(QChar(0x2026)));
    b->setAccessibleDescription(tip);
    m_toolbar->layout()->addWidget(b);
    return b;
}

int WidgetExampleEditor::currentExample() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void WidgetExampleEditor::selectExample(int index)
{
    if (index < 0 || index >= m_model->rowCount()) {
        m_table->setCurrentIndex(QModelIndex());
        m_table->clearSelection();
        updateActions();
        return;
    }
    const int column = std::max(0, m_table->currentIndex().column());
    const QModelIndex target = m_model->index(index, column);
    m_table->setCurrentIndex(target);
    m_table->scrollTo(target);
    updateActions();
}

void WidgetExampleEditor::runRowEdit(int selectAfter, const std::function<bool()> &edit)
{
    showNote(QString());
    if (edit()) {
        selectExample(selectAfter == -2 ? m_model->rowCount() - 1 : selectAfter);
    }
    // A refused edit left its reason in the note (editRefused).
}

void WidgetExampleEditor::showNote(const QString &html)
{
    m_note->setText(html);
    m_note->setVisible(!html.isEmpty());
}

void WidgetExampleEditor::updateActions()
{
    const QString listProblem = m_model->listProblem();
    if (listProblem.isEmpty()) {
        m_banner->setVisible(false);
    } else {
        m_banner->setText(tr("The examples are read-only here: %1. <a href=\"%2\">Show in "
                             "source</a>")
                              .arg(listProblem.toHtmlEscaped())
                              .arg(m_model->listLine()));
        m_banner->setVisible(true);
    }
    const int rows = m_model->rowCount();
    const int row = currentExample();
    const bool editable = listProblem.isEmpty();
    m_add->setEnabled(editable);
    m_duplicate->setEnabled(editable && row >= 0);
    m_remove->setEnabled(editable && row >= 0);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row + 1 < rows);
    m_edit->setEnabled(m_table->currentIndex().isValid());
    const int src = m_model->columnOf(QStringLiteral("src"));
    m_pick->setVisible(src >= 0);
    m_pick->setEnabled(src >= 0 && row >= 0 && m_model->problem(row, src).isEmpty());
    m_empty->setVisible(rows == 0 && editable);
    if (row != m_lastCurrent) {
        m_lastCurrent = row;
        emit currentExampleChanged(row);
    }
}

void WidgetExampleEditor::editCell(const QModelIndex &index)
{
    if (!index.isValid()) {
        return;
    }
    showNote(QString());
    const QString problem = m_model->problem(index.row(), index.column());
    if (!problem.isEmpty()) {
        showNote(tr("Read-only here: %1. <a href=\"%2\">Show in source</a>")
                     .arg(problem.toHtmlEscaped())
                     .arg(m_model->lineOf(index.row(), index.column())));
        return;
    }
    const WidgetExampleModel::Kind kind = m_model->kind(index);
    if (kind == WidgetExampleModel::Kind::Text || kind == WidgetExampleModel::Kind::Bool) {
        m_table->setCurrentIndex(index);
        m_table->edit(index);
        return;
    }
    const QString key = m_model->key(index.column());
    const QString title = m_model->headerData(index.column(), Qt::Horizontal).toString();
    const YamlValue old = m_model->value(index.row(), key);
    QDialog *dialog = nullptr;
    std::function<YamlValue()> result;
    switch (kind) {
    case WidgetExampleModel::Kind::List: {
        auto *d = new StringListDialog(title, stringsOf(old), this);
        result = [d] {
            std::vector<YamlValue> items;
            for (const QString &s : d->items()) {
                items.push_back(YamlValue::string(s));
            }
            return items.empty() ? YamlValue() : YamlValue::sequence(std::move(items));
        };
        dialog = d;
        break;
    }
    case WidgetExampleModel::Kind::Table: {
        auto *d = new TableDataDialog(title, old, this);
        result = [d] {
            const YamlValue v = d->value();
            return v.entries().empty() ? YamlValue() : v;
        };
        dialog = d;
        break;
    }
    case WidgetExampleModel::Kind::Messages: {
        auto *d = new MessagesDialog(old, this);
        result = [d] {
            const YamlValue v = d->value();
            return v.items().empty() ? YamlValue() : v;
        };
        dialog = d;
        break;
    }
    case WidgetExampleModel::Kind::Output: {
        auto *d = new ExampleOutputEditor(old, this);
        result = [d] { return d->value(); };
        dialog = d;
        break;
    }
    case WidgetExampleModel::Kind::Other:
        showNote(tr("Keys without a column are edited in the source. <a href=\"%1\">Show in "
                    "source</a>")
                     .arg(m_model->lineOf(index.row())));
        return;
    case WidgetExampleModel::Kind::Text:
    case WidgetExampleModel::Kind::Bool:
        return;
    }
    dialog->setObjectName(QStringLiteral("example-dialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPersistentModelIndex where(index);
    connect(dialog, &QDialog::accepted, this, [this, where, key, result] {
        if (!where.isValid()) {
            showNote(tr("Not changed: the example was removed meanwhile."));
            return;
        }
        const YamlValue value = result();
        if (value.isNull()) {
            if (m_model->hasValue(where.row(), key)) {
                m_model->unsetValue(where.row(), key);
            }
            return;
        }
        m_model->setValue(where.row(), key, value);
    });
    dialog->open();
}

void WidgetExampleEditor::pickSourceFile()
{
    const int row = currentExample();
    const int column = m_model->columnOf(QStringLiteral("src"));
    if (row < 0 || column < 0) {
        return;
    }
    showNote(QString());
    if (const QString problem = m_model->problem(row, column); !problem.isEmpty()) {
        showNote(tr("Read-only here: %1. <a href=\"%2\">Show in source</a>")
                     .arg(problem.toHtmlEscaped())
                     .arg(m_model->lineOf(row, column)));
        return;
    }
    if (m_repoFolder.isEmpty()) {
        showNote(tr("Save the card in its repository first: the file is picked from there. "
                    "A URL can be typed in the cell."));
        return;
    }
    QString error;
    const QString path = RepoFilePicker::pick(
        this, m_repoFolder, tr("Example file"),
        tr("Images and audio (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.flac *.wav *.mp3 *.ogg "
           "*.m4a);;All files (*)"),
        &error);
    if (path.isEmpty()) {
        if (!error.isEmpty()) {
            showNote(tr("Not changed: %1").arg(error.toHtmlEscaped()));
        }
        return;
    }
    m_model->setValue(row, QStringLiteral("src"), YamlValue::string(path));
}

} // namespace Cardigan
