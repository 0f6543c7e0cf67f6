#pragma once

#include "yamlvalue.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace Cardigan {

class CardDocument;
class EvalDetail;
class EvalResultsModel;

/**
 * The eval results (`model-index`) editor: the model's name, its results as a tree of
 * results and metrics, and the fields of the selected one. Every edit is one
 * CardDocument::set or unset (one undo step shared with the source pane): a field
 * touches only its value, adding writes one complete mapping, removing drops one item.
 * It follows metadataChanged, and does nothing when `model-index` did not change, so the
 * selection and the field being typed in survive typing elsewhere. Shapes it cannot
 * show faithfully (not a list, aliases and anchors) are read-only with "Show in source".
 *
 * Named children: "name", "models", "results" (the tree), "add-result", "add-metric",
 * "remove", "up", "down", "show", "add-eval" (for a card without model-index), "banner".
 */
class EvalResultsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EvalResultsEditor(CardDocument *document, QWidget *parent = nullptr);
    ~EvalResultsEditor() override;

    /// Where the card is saved (for the model name of a new model-index); empty: untitled.
    void setCardPath(const QString &path);
    /// Shows the card's model-index again; a no-op when it did not change.
    void refresh();

    EvalResultsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    EvalDetail *resultDetail() const { return m_resultDetail; }
    EvalDetail *metricDetail() const { return m_metricDetail; }
    /// The model-index entry shown (several entries: picked with the "models" combo).
    int modelEntry() const { return m_entry; }
    /// True when the card's model-index cannot be edited here as a whole.
    bool isReadOnly() const { return m_readOnly; }
    /// The name a new model-index gets: the card's folder, else its first heading.
    QString suggestedModelName() const;

    // What the buttons do, for tests and keyboard users.
    void addEvaluationResults();
    void addResult();
    void addMetric();
    void removeCurrent();
    /// Moves the selected result or metric one place up (-1) or down (+1).
    void moveCurrent(int delta);
    void selectEntry(int entry);

signals:
    /// The user asked to see a place of the card in the source (1-based line).
    void showInSource(int line);

private:
    void rebuild();
    void refreshDetail();
    void updateButtons();
    void setBanner(const QString &message, const QString &path);
    void report(const QString &what, bool ok, const QString &message);
    void commitName();
    YamlValue newResult() const;
    YamlValue newMetric(int result) const;

    CardDocument *m_document;
    QString m_cardPath;
    QLabel *m_banner;
    QStackedWidget *m_pages;
    QWidget *m_emptyPage;
    QWidget *m_mainPage;
    QPushButton *m_addEval;
    QComboBox *m_models;
    QLabel *m_modelsLabel;
    QLineEdit *m_name;
    QTreeView *m_view;
    EvalResultsModel *m_model;
    QToolButton *m_addResult;
    QToolButton *m_addMetric;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_show;
    QStackedWidget *m_details;
    EvalDetail *m_resultDetail;
    EvalDetail *m_metricDetail;
    QLabel *m_noSelection;

    int m_entry = 0;
    bool m_readOnly = false;
    bool m_seen = false;
    bool m_hadError = false;
    QString m_lastText;
    YamlValue m_lastValue;
    QString m_bannerPath;
};

} // namespace Cardigan
