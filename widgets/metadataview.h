#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Cardigan {

class CardDocument;
class YamlValue;

/**
 * The card's metadata as the Hub reads it, read-only, as a tree: what the metadata form
 * will edit. Shows the YAML error instead when the block does not parse.
 */
class MetadataView : public QWidget
{
    Q_OBJECT

public:
    explicit MetadataView(CardDocument *document, QWidget *parent = nullptr);

    void refresh();

private:
    void fill(QTreeWidgetItem *parent, const QString &key, const YamlValue &value);

    CardDocument *m_document;
    QLabel *m_status;
    QTreeWidget *m_tree;
};

} // namespace Cardigan
