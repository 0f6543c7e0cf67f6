#include "examplecelldelegate.h"

#include "widgetexamplemodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Cardigan {

namespace {

bool multiLine(const QModelIndex &index)
{
    const QString key = index.data(WidgetExampleModel::KeyRole).toString();
    return key == QLatin1String("text") || key == QLatin1String("context") ||
           key == QLatin1String("prompt") || index.data(Qt::EditRole).toString().contains(u'\n');
}

bool isBool(const QModelIndex &index)
{
    return index.data(WidgetExampleModel::KeyRole).toString() == QLatin1String("multi_class");
}

} // namespace

QWidget *ExampleCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &index) const
{
    const QString header = index.model()->headerData(index.column(), Qt::Horizontal).toString();
    if (isBool(index)) {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(header);
        combo->addItem(tr("Not set"), QVariant());
        combo->addItem(QStringLiteral("true"), true);
        combo->addItem(QStringLiteral("false"), false);
        return combo;
    }
    if (multiLine(index)) {
        auto *edit = new QPlainTextEdit(parent);
        edit->setAccessibleName(header);
        edit->setTabChangesFocus(true);
        return edit;
    }
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(header);
    return edit;
}

void ExampleCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant v = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(!v.isValid() ? 0 : v.toBool() ? 1 : 2);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        if (text->toPlainText() != v.toString()) {
            text->setPlainText(v.toString());
        }
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(v.toString());
    }
}

void ExampleCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        model->setData(index, text->toPlainText());
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, line->text());
    }
}

void ExampleCellDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                               const QModelIndex &) const
{
    QRect r = option.rect;
    if (qobject_cast<QPlainTextEdit *>(editor)) {
        // Room for a few lines, over the rows below.
        r.setHeight(std::max(r.height(), editor->fontMetrics().lineSpacing() * 6));
        r.setWidth(std::max(r.width(), 260));
    }
    editor->setGeometry(r);
}

} // namespace Cardigan
