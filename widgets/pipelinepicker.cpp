#include "pipelinepicker.h"

#include "catalognames.h"

#include <QSignalBlocker>
#include <QStandardItemModel>

namespace Cardigan {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

PipelinePicker::PipelinePicker(QWidget *parent)
    : QComboBox(parent)
{
    setAccessibleName(tr("Pipeline tag"));
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    auto *model = new QStandardItemModel(this);
    auto *unset = new QStandardItem(tr("Not set (the Hub infers it)"));
    unset->setData(QString(), IdRole);
    model->appendRow(unset);
    const CatalogNames &names = CatalogNames::instance();
    for (const CatalogNames::Entry &modality : names.modalities) {
        // A header that cannot be picked, so the list reads as groups.
        auto *header = new QStandardItem(modality.name);
        header->setFlags(Qt::NoItemFlags);
        QFont bold = font();
        bold.setBold(true);
        header->setFont(bold);
        header->setAccessibleText(tr("%1 (group)").arg(modality.name));
        model->appendRow(header);
        for (const CatalogNames::Entry &p : names.pipelines) {
            if (p.group != modality.id) {
                continue;
            }
            auto *item = new QStandardItem(tr("    %1 (%2)").arg(p.name, p.id));
            item->setData(p.id, IdRole);
            item->setToolTip(p.id);
            model->appendRow(item);
        }
    }
    setModel(model);
    setCurrentIndex(0);
    connect(this, &QComboBox::activated, this, [this](int index) {
        // Group headers have no id and are not choices.
        const QVariant id = itemData(index, IdRole);
        if (id.isValid() && id.toString() != m_value) {
            choose(id.toString());
        } else {
            setValue(m_value); // the value (or the inferred placeholder) again
        }
    });
}

void PipelinePicker::setValue(const QString &id)
{
    const QSignalBlocker blocker(this);
    m_value = id;
    if (m_unknownIndex >= 0) {
        removeItem(m_unknownIndex);
        m_unknownIndex = -1;
    }
    int index = id.isEmpty() ? 0 : findData(id, IdRole);
    if (index < 0) {
        addItem(tr("%1 (not a Hub task)").arg(id));
        m_unknownIndex = count() - 1;
        setItemData(m_unknownIndex, id, IdRole);
        index = m_unknownIndex;
    }
    setCurrentIndex(index);
    showCurrent();
}

void PipelinePicker::setInferred(const QString &id, const QString &source)
{
    m_inferred = id;
    setPlaceholderText(id.isEmpty() ? QString() : tr("%1 (inferred from %2)").arg(id, source));
    setToolTip(id.isEmpty() ? QString()
                            : tr("Not set in the card: the Hub infers %1 from %2. Pick a task "
                                 "to write it down.")
                                  .arg(id, source));
    setAccessibleDescription(placeholderText());
    const QSignalBlocker blocker(this);
    showCurrent();
}

void PipelinePicker::showCurrent()
{
    // QComboBox draws its placeholder, greyed, when no item is current.
    if (m_value.isEmpty()) {
        setCurrentIndex(m_inferred.isEmpty() ? 0 : -1);
    }
}

void PipelinePicker::choose(const QString &id)
{
    if (id == m_value) {
        return;
    }
    emit chosen(id);
}

} // namespace Cardigan
