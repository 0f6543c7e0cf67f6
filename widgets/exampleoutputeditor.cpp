#include "exampleoutputeditor.h"

#include "focusframedelegate.h"

#include "tablerowbuttons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Cardigan {

namespace {

const QString Label = QStringLiteral("label");
const QString Score = QStringLiteral("score");

bool isNumberText(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^-?(0|[1-9][0-9]*)?(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    return !text.isEmpty() && text != u'-' && re.match(text).hasMatch() &&
           text.contains(QRegularExpression(QStringLiteral("[0-9]")));
}

QString numberText(const YamlValue *v)
{
    return v && v->type() == YamlValue::Type::Number ? QString::fromUtf8(v->toJson())
           : v                                       ? v->toString()
                                                     : QString();
}

QString str(const YamlValue &map, const QString &key)
{
    const YamlValue *v = map.isMapping() ? map.find(key) : nullptr;
    return v ? v->toString() : QString();
}

} // namespace

ExampleOutputEditor::ExampleOutputEditor(const YamlValue &output, QWidget *parent)
    : QDialog(parent)
    , m_original(output)
    , m_shape(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_labels(new QTableWidget(0, 2, this))
    , m_answer(new QLineEdit(this))
    , m_answerScore(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_url(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Example output"));
    m_shape->setObjectName(QStringLiteral("shape"));
    m_shape->setAccessibleName(tr("Output kind"));
    m_shape->addItem(tr("None (the Hub computes it)"));
    m_shape->addItem(tr("Labels with scores"));
    m_shape->addItem(tr("Answer with score"));
    m_shape->addItem(tr("Text"));
    m_shape->addItem(tr("Image or file URL"));

    m_pages->addWidget(new QLabel(tr("The example has no output."), this));
    auto *labelsPage = new QWidget(this);
    auto *labelsLayout = new QVBoxLayout(labelsPage);
    labelsLayout->setContentsMargins(0, 0, 0, 0);
    m_labels->setItemDelegate(new FocusFrameDelegate(m_labels));
    m_labels->setObjectName(QStringLiteral("labels"));
    // Tab goes on to the next control; the arrows move between cells (Tab would cycle them).
    m_labels->setTabKeyNavigation(false);
    m_labels->setAccessibleName(tr("Labels with scores"));
    m_labels->setHorizontalHeaderLabels({tr("Label"), tr("Score")});
    m_labels->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    labelsLayout->addWidget(m_labels, 1);
    labelsLayout->addLayout(tableRowButtons(m_labels));
    m_pages->addWidget(labelsPage);

    auto *answerPage = new QWidget(this);
    auto *answerForm = new QFormLayout(answerPage);
    m_answer->setObjectName(QStringLiteral("answer"));
    m_answer->setAccessibleName(tr("Answer"));
    m_answerScore->setObjectName(QStringLiteral("answer-score"));
    m_answerScore->setAccessibleName(tr("Score"));
    m_answerScore->setPlaceholderText(tr("A number, e.g. 0.87"));
    answerForm->addRow(tr("&Answer:"), m_answer);
    answerForm->addRow(tr("&Score:"), m_answerScore);
    m_pages->addWidget(answerPage);

    m_text->setObjectName(QStringLiteral("text"));
    m_text->setAccessibleName(tr("Output text"));
    m_pages->addWidget(m_text);

    auto *urlPage = new QWidget(this);
    auto *urlForm = new QFormLayout(urlPage);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setAccessibleName(tr("Output URL"));
    m_url->setPlaceholderText(tr("https://…, or a path in the repository"));
    urlForm->addRow(tr("&URL:"), m_url);
    m_pages->addWidget(urlPage);

    // Fill every page from what the card has, then show its shape.
    Shape shape = None;
    if (output.isSequence()) {
        shape = Labels;
        for (const YamlValue &item : output.items()) {
            const int r = m_labels->rowCount();
            m_labels->insertRow(r);
            m_labels->setItem(r, 0, new QTableWidgetItem(str(item, Label)));
            m_labels->setItem(r, 1, new QTableWidgetItem(numberText(item.find(Score))));
        }
    } else if (output.isMapping() && output.find(QStringLiteral("answer"))) {
        shape = Answer;
        m_answer->setText(str(output, QStringLiteral("answer")));
        m_answerScore->setText(numberText(output.find(Score)));
    } else if (output.isMapping() && output.find(QStringLiteral("text"))) {
        shape = Text;
        m_text->setPlainText(str(output, QStringLiteral("text")));
    } else if (output.isMapping() && output.find(QStringLiteral("url"))) {
        shape = Url;
        m_url->setText(str(output, QStringLiteral("url")));
    }
    m_shape->setCurrentIndex(shape);
    m_pages->setCurrentIndex(shape);

    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    connect(m_shape, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        check();
    });
    connect(m_labels, &QTableWidget::itemChanged, this, &ExampleOutputEditor::check);
    connect(m_labels->model(), &QAbstractItemModel::rowsRemoved, this, &ExampleOutputEditor::check);
    connect(m_labels->model(), &QAbstractItemModel::rowsInserted, this,
            &ExampleOutputEditor::check);
    connect(m_answerScore, &QLineEdit::textChanged, this, &ExampleOutputEditor::check);
    connect(m_url, &QLineEdit::textChanged, this, &ExampleOutputEditor::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    top->addRow(tr("&Kind:"), m_shape);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(520, 360);
    check();
}

ExampleOutputEditor::Shape ExampleOutputEditor::shape() const
{
    return Shape(m_shape->currentIndex());
}

void ExampleOutputEditor::setShape(Shape shape)
{
    m_shape->setCurrentIndex(shape);
}

QString ExampleOutputEditor::problem() const
{
    switch (shape()) {
    case Labels:
        for (int r = 0; r < m_labels->rowCount(); ++r) {
            const QString label = m_labels->item(r, 0) ? m_labels->item(r, 0)->text() : QString();
            const QString score = m_labels->item(r, 1) ? m_labels->item(r, 1)->text() : QString();
            if (label.isEmpty() && score.isEmpty()) {
                continue;
            }
            if (label.isEmpty()) {
                return tr("Row %1 has a score but no label.").arg(r + 1);
            }
            if (!isNumberText(score.trimmed())) {
                return tr("The score of \"%1\" must be a number, not \"%2\".").arg(label, score);
            }
        }
        return QString();
    case Answer:
        if (!isNumberText(m_answerScore->text().trimmed())) {
            return tr("The score must be a number, not \"%1\".").arg(m_answerScore->text());
        }
        return QString();
    case Url:
        if (m_url->text().trimmed().isEmpty()) {
            return tr("Give a URL, or a path in the repository.");
        }
        if (m_url->text().startsWith(QLatin1String("http://"))) {
            return tr("The Hub shows only https:// URLs.");
        }
        return QString();
    case None:
    case Text:
        break;
    }
    return QString();
}

YamlValue ExampleOutputEditor::scoreValue(const QString &text, const YamlValue *old) const
{
    const QString t = text.trimmed();
    const double d = t.toDouble();
    if (old && old->type() == YamlValue::Type::Number && old->toNumber() == d) {
        return *old;
    }
    return YamlValue::number(d, !t.contains(u'.') && !t.contains(u'e', Qt::CaseInsensitive));
}

YamlValue ExampleOutputEditor::value() const
{
    switch (shape()) {
    case None:
        return YamlValue();
    case Labels: {
        std::vector<YamlValue> items;
        for (int r = 0; r < m_labels->rowCount(); ++r) {
            const QString label = m_labels->item(r, 0) ? m_labels->item(r, 0)->text() : QString();
            const QString score = m_labels->item(r, 1) ? m_labels->item(r, 1)->text() : QString();
            if (label.isEmpty() && score.isEmpty()) {
                continue;
            }
            const YamlValue *old = nullptr;
            if (m_original.isSequence() && size_t(r) < m_original.items().size()) {
                old = m_original.items()[size_t(r)].find(Score);
            }
            items.push_back(YamlValue::mapping(
                {{Label, YamlValue::string(label)}, {Score, scoreValue(score, old)}}));
        }
        return YamlValue::sequence(std::move(items));
    }
    case Answer:
        return YamlValue::mapping(
            {{QStringLiteral("answer"), YamlValue::string(m_answer->text())},
             {Score, scoreValue(m_answerScore->text(),
                                m_original.isMapping() ? m_original.find(Score) : nullptr)}});
    case Text:
        return YamlValue::mapping(
            {{QStringLiteral("text"), YamlValue::string(m_text->toPlainText())}});
    case Url:
        return YamlValue::mapping(
            {{QStringLiteral("url"), YamlValue::string(m_url->text().trimmed())}});
    }
    return YamlValue();
}

void ExampleOutputEditor::check()
{
    const QString p = problem();
    m_message->setText(p);
    m_message->setVisible(!p.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

} // namespace Cardigan
