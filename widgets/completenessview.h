#pragma once

#include "completeness.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Cardigan {

class CardDocument;
class SourceEditor;

// The completeness checklist: the metadata and the sections the Hub recommends, missing
// ones first, "N of M recommended items present". Activating an item (click, Return)
// takes the user where to add it: a metadata item asks the window for its field
// (metadataRequested); a missing section gets its heading inserted in the source where
// the template's order puts it (one undo step) with the cursor under it; a present one
// is shown in the source. Follows the card: at once after edits made through the
// document, undo and loading, a quarter of a second after typing stops.
class CompletenessView : public QWidget
{
    Q_OBJECT

public:
    CompletenessView(CardDocument *document, SourceEditor *editor, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QLabel *summary() const { return m_summary; }
    // The items as shown, in the list's order.
    const QList<Completeness::Item> &items() const { return m_items; }
    // The row of item @p id, or -1.
    int rowOf(const QString &id) const;

public slots:
    void refresh();
    // What a click or Return on the item does.
    void activate(const QString &id);

signals:
    // The user wants to fill in metadata key @p key ("model-index": the evaluation results).
    void metadataRequested(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<CardDocument> m_document;
    SourceEditor *m_editor;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QTimer m_timer;
    QList<Completeness::Item> m_items;
};

} // namespace Cardigan
