#include "metadataform.h"

#include "co2group.h"
#include "gatinggroup.h"
#include "inferencegroup.h"
#include "repofilepicker.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

// The form's groups below its fields (inference, CO2, gating) and the license_link
// button that picks a file of the repository.

namespace Cardigan {

namespace {

const QString LicenseLink = QStringLiteral("license_link");

} // namespace

void MetadataForm::addSections()
{
    for (FormSection *section : std::initializer_list<FormSection *>{new InferenceGroup(m_document),
                                                                     new Co2Group(m_document),
                                                                     new GatingGroup(m_document)}) {
        m_form->addRow(section);
        m_sections.push_back(section);
        connect(section, &FormSection::showInSource, this, &MetadataForm::showInSource);
    }
}

void MetadataForm::refreshSections()
{
    for (FormSection *section : m_sections) {
        section->refresh();
    }
    if (m_pickLicenseLink) {
        const bool readOnly = field(LicenseLink)->readOnly;
        m_pickLicenseLink->setEnabled(!m_cardFolder.isEmpty() && !readOnly);
        m_pickLicenseLink->setToolTip(
            m_cardFolder.isEmpty()
                ? tr("Save the card first: the link names a file of its repository")
                : tr("Choose a file of the repository (%1)").arg(m_cardFolder));
    }
}

bool MetadataForm::ownedBySection(const QString &key) const
{
    for (const FormSection *section : m_sections) {
        if (section->keys().contains(key)) {
            return true;
        }
    }
    return false;
}

void MetadataForm::setCardFolder(const QString &folder)
{
    m_cardFolder = folder;
    refreshSections();
}

void MetadataForm::addLicenseLinkPicker()
{
    Field *f = field(LicenseLink);
    auto *box = qobject_cast<QVBoxLayout *>(f->editor->parentWidget()->layout());
    if (!box) {
        return;
    }
    auto *button = new QToolButton;
    button->setObjectName(LicenseLink + QStringLiteral("-pick"));
    button->setText(tr("File\u2026"));
    button->setAccessibleName(tr("Choose the license file"));
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    box->removeWidget(f->editor);
    row->addWidget(f->editor, 1);
    row->addWidget(button);
    box->insertLayout(0, row);
    m_pickLicenseLink = button;
    connect(button, &QToolButton::clicked, this, &MetadataForm::pickLicenseLink);
}

void MetadataForm::pickLicenseLink()
{
    QString error;
    const QString rel =
        RepoFilePicker::pick(this, m_cardFolder, tr("Choose the License File"), QString(), &error);
    if (!error.isEmpty()) {
        Field *f = field(LicenseLink);
        f->note->setText(tr("Not changed: %1").arg(error.toHtmlEscaped()));
        f->note->setVisible(true);
        return;
    }
    if (!rel.isEmpty()) {
        commitText(LicenseLink, rel);
    }
}

} // namespace Cardigan
