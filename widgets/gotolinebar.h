#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace Cardigan {

class SourceEditor;

// An inline "go to line" field below the editor: "12" or "12:5" (line:column), Enter goes
// there, Esc closes. Inline rather than a dialog, so it never blocks the window.
class GoToLineBar : public QWidget
{
    Q_OBJECT

public:
    explicit GoToLineBar(QWidget *parent = nullptr);

    void setEditor(SourceEditor *editor);
    QLineEdit *field() const { return m_field; }

public slots:
    // Shows the bar with the current line, selected so typing replaces it.
    void showBar();
    void hideBar();
    // Goes to "line" or "line:column"; false (and the field marked) when it is not one.
    bool goTo(const QString &where);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setInvalid(bool invalid);

    QPointer<SourceEditor> m_editor;
    QLineEdit *m_field = nullptr;
    QLabel *m_range = nullptr;
};

} // namespace Cardigan
