#pragma once

#include "widgetexamples.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QScrollArea;
class QVBoxLayout;

namespace Cardigan {

class CardDocument;

/**
 * The card's inference widget as the Hub would show it, in native widgets: the header
 * (title, task chip, groups and examples menus), the chosen example's inputs and its
 * output drawn as the Hub draws it (label/score bars, answer and score, text in a green
 * box or after the prompt, chat bubbles, images), or the Hub's "would be computed" state.
 *
 * It displays WidgetExamples::build() of the card's metadata and follows metadataChanged(),
 * rebuilding only when pipeline_tag, widget, inference, language or tags changed. Inputs
 * can be typed into as on the Hub, but nothing here writes the card; examples are indexed
 * by their place in the card's `widget:` list (sourceIndex) so the example table can
 * follow and lead.
 */
class WidgetPreview : public QWidget
{
    Q_OBJECT

public:
    explicit WidgetPreview(CardDocument *document, QWidget *parent = nullptr);

    const WidgetModel &model() const { return m_model; }
    /// The shown example's index in model().examples, or -1.
    int currentExample() const { return m_current; }
    /// How many times the model was rebuilt (metadata changes that did not touch the
    /// widget's keys cost nothing).
    int buildCount() const { return m_builds; }

    /// The pipeline tag inferred from the repository (used when the card has none).
    void setInferredPipeline(const QString &pipelineTag);
    /// Where repository-relative `src` and output `url` files are (the card's folder).
    void setCardFolder(const QString &folder);
    /// Whether remote (https) images may be downloaded.
    void setAllowRemoteContent(bool allow);

public slots:
    /// Shows the card's `widget[sourceIndex]` (ignored when the widget does not offer it).
    void showExample(int sourceIndex);
    /// Reads the metadata again; rebuilds when the widget's keys changed.
    void refresh();

signals:
    /// The user chose the card's `widget[sourceIndex]` in the examples menu.
    void exampleChosen(int sourceIndex);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void fillExamplesMenu();
    void showIndex(int index);
    void groupChosen(int groupIndex);
    void exampleMenuChosen(int menuIndex);
    QWidget *makeInputs(const WidgetExample &ex);
    QWidget *makeOutput(const WidgetExample &ex);
    QWidget *makeMedia(const QString &src, bool audio, const QString &name);
    void loadImage(QLabel *label, const QString &src);

    CardDocument *m_document = nullptr;
    WidgetInputs m_inputs;
    bool m_built = false;
    WidgetModel m_model;
    int m_current = -1;
    int m_builds = 0;
    QString m_inferred;
    QString m_folder;
    bool m_allowRemote = false;

    QLabel *m_title = nullptr;
    QLabel *m_task = nullptr;
    QComboBox *m_groups = nullptr;
    QComboBox *m_examples = nullptr;
    QLabel *m_note = nullptr;
    QScrollArea *m_scroll = nullptr;
    QPointer<QWidget> m_body;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace Cardigan
