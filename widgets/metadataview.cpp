#include "metadataview.h"

#include "focusframedelegate.h"
#include "metadatafollower.h"

#include "carddocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Cardigan {

MetadataView::MetadataView(CardDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_status(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree->setItemDelegate(new FocusFrameDelegate(m_tree));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Key"), tr("Value")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Metadata"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_status);
    layout->addWidget(m_tree);
    new MetadataFollower(document, this, [this] { refresh(); });
    refresh();
}

void MetadataView::refresh()
{
    // Keep the tree as it is while the YAML is broken: nothing the user sees is lost.
    if (m_document->hasYamlError()) {
        const CardDocument::Location at = m_document->yamlErrorLocation();
        m_status->setText(tr("YAML error at line %1, column %2: %3")
                              .arg(at.line)
                              .arg(at.column)
                              .arg(m_document->yaml().error.reason));
        m_tree->setEnabled(false);
        return;
    }
    m_tree->setEnabled(true);
    const YamlValue meta = m_document->metadata();
    if (!m_document->frontMatter().found) {
        m_status->setText(tr("No metadata: the card has no YAML front matter."));
    } else if (!meta.isMapping()) {
        m_status->setText(tr("The metadata is not a mapping: the Hub will refuse it."));
    } else {
        m_status->setText(tr("%n metadata key(s)", nullptr, int(meta.entries().size())));
    }
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    if (meta.isMapping()) {
        for (const YamlValue::Entry &e : meta.entries()) {
            fill(nullptr, e.first, e.second);
        }
    }
    m_tree->expandToDepth(0);
    m_tree->setUpdatesEnabled(true);
}

void MetadataView::fill(QTreeWidgetItem *parent, const QString &key, const YamlValue &value)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, key);
    if (value.isMapping()) {
        for (const YamlValue::Entry &e : value.entries()) {
            fill(item, e.first, e.second);
        }
    } else if (value.isSequence()) {
        int i = 0;
        for (const YamlValue &v : value.items()) {
            fill(item, QStringLiteral("[%1]").arg(i++), v);
        }
    } else {
        const QByteArray json = value.toJson();
        item->setText(1, value.isString() ? value.toString() : QString::fromUtf8(json));
        item->setToolTip(1, item->text(1));
    }
}

} // namespace Cardigan
