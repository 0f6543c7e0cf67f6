#include "completenessview.h"

#include "carddocument.h"
#include "logging.h"
#include "sourceeditor.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QStyle>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Cardigan {

namespace {

using Item = Completeness::Item;

// Missing first, then sections still to write, then what is there; the template's order
// within each group.
int group(const Item &item)
{
    switch (item.state) {
    case Item::State::Missing:
        return 0;
    case Item::State::Unknown:
        return 1;
    case Item::State::Empty:
        return 2;
    case Item::State::Present:
        break;
    }
    return 3;
}

QString stateText(const Item &item)
{
    switch (item.state) {
    case Item::State::Missing:
        return CompletenessView::tr("Missing");
    case Item::State::Empty:
        return CompletenessView::tr("Heading only");
    case Item::State::Unknown:
        return CompletenessView::tr("Unknown (YAML error)");
    case Item::State::Present:
        break;
    }
    return CompletenessView::tr("Present");
}

QIcon stateIcon(const Item &item)
{
    QStyle *style = QApplication::style();
    switch (item.state) {
    case Item::State::Missing:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Item::State::Empty:
    case Item::State::Unknown:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case Item::State::Present:
        break;
    }
    return style->standardIcon(QStyle::SP_DialogApplyButton);
}

// What activating the item does, for its tooltip.
QString actionText(const Item &item)
{
    if (item.kind == Item::Kind::Metadata) {
        return item.place == Item::Place::Evaluation
                   ? CompletenessView::tr("Click or press Return to open the Evaluation tab.")
                   : CompletenessView::tr("Click or press Return to go to its field in the Form.");
    }
    return item.state == Item::State::Missing
               ? CompletenessView::tr("Click or press Return to add its heading to the card.")
               : CompletenessView::tr("Click or press Return to show it in the source.");
}

} // namespace

CompletenessView::CompletenessView(CardDocument *document, SourceEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_editor(editor)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    m_summary->setObjectName(QStringLiteral("completenessSummary"));
    m_summary->setAccessibleName(tr("Completeness summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setObjectName(QStringLiteral("completenessList"));
    m_list->setAccessibleName(tr("Recommended metadata and sections"));
    m_list->setHeaderLabels({tr("Item"), tr("State"), tr("Why it matters")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->header()->setStretchLastSection(true);
    m_list->installEventFilter(this);
    // A click is the link; Return from the keyboard (eventFilter). Not activated(): a
    // double click would act twice, the second time on whatever row moved under it.
    connect(m_list, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { activate(item->data(0, Qt::UserRole).toString()); });

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 2, 2, 2);
    header->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);
    setFocusProxy(m_list);

    m_timer.setObjectName(QStringLiteral("completeness pause"));

    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &CompletenessView::refresh);
    // Typing settles first; edits made through the document, undo and loading show at once.
    connect(document, &CardDocument::reparsed, this, [this] {
        if (m_document->lastChangeTyped()) {
            m_timer.start();
        } else {
            refresh();
        }
    });
    refresh();
}

int CompletenessView::rowOf(const QString &id) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id) {
            return i;
        }
    }
    return -1;
}

void CompletenessView::refresh()
{
    m_timer.stop();
    if (!m_document) {
        return;
    }
    QList<Item> items = Completeness::check(*m_document);
    std::stable_sort(items.begin(), items.end(),
                     [](const Item &a, const Item &b) { return group(a) < group(b); });
    const QTreeWidgetItem *current = m_list->currentItem();
    const QString currentId = current ? current->data(0, Qt::UserRole).toString() : QString();
    m_items = items;

    const int present = Completeness::presentCount(items);
    const int empty = int(std::count_if(
        items.begin(), items.end(), [](const Item &i) { return i.state == Item::State::Empty; }));
    QString summary =
        tr("%1 of %n recommended items present", nullptr, int(items.size())).arg(present);
    if (empty > 0) {
        summary += tr("; %n section(s) with nothing written yet", nullptr, empty);
    }
    m_summary->setText(summary);

    // The rows are rebuilt in place: same count, so selection and scrolling stay.
    while (m_list->topLevelItemCount() > items.size()) {
        delete m_list->takeTopLevelItem(m_list->topLevelItemCount() - 1);
    }
    for (int row = 0; row < items.size(); ++row) {
        QTreeWidgetItem *w = m_list->topLevelItem(row);
        if (!w) {
            w = new QTreeWidgetItem(m_list);
        }
        const Item &item = items[row];
        const QString title = item.kind == Item::Kind::Metadata
                                  ? tr("%1 (%2)").arg(item.title, item.id)
                                  : tr("Section: %1").arg(item.title);
        w->setText(0, title);
        w->setIcon(0, stateIcon(item));
        w->setText(1, stateText(item));
        w->setText(2, item.why);
        w->setData(0, Qt::UserRole, item.id);
        const QString tip = item.why + u'\n' + actionText(item);
        for (int c = 0; c < 3; ++c) {
            w->setToolTip(c, tip);
        }
        if (item.id == currentId) {
            m_list->setCurrentItem(w, 0, QItemSelectionModel::NoUpdate);
        }
    }
    // The titles and states in full; the reasons take the rest (their tooltip has all).
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    qCDebug(lcDocument) << "completeness:" << present << "of" << items.size();
}

void CompletenessView::activate(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0 || !m_document) {
        return;
    }
    const Item item = m_items[row];
    if (item.kind == Item::Kind::Metadata) {
        emit metadataRequested(item.id);
        return;
    }
    qsizetype cursorAt = item.offset;
    if (item.state == Item::State::Missing) {
        QString why;
        cursorAt = Completeness::insertSection(*m_document, item.id, &why);
        if (cursorAt < 0) {
            m_summary->setText(why);
            return;
        }
    }
    QTextCursor cursor(m_document->textDocument());
    cursor.setPosition(m_document->documentPosition(cursorAt));
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    m_editor->setFocus(Qt::OtherFocusReason);
}

bool CompletenessView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_list->currentItem()) {
            activate(m_list->currentItem()->data(0, Qt::UserRole).toString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Cardigan
