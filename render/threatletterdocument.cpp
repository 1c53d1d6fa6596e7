#include "threatletterdocument.h"

#include "dunningletterdocument.h"
#include "paged.h"

#include <QCoreApplication>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ThreatLetterDocument)
};

} // namespace

ThreatLetterDocument::ThreatLetterDocument(QList<DunningLetter> letters)
    : m_letters(std::move(letters))
{
    for (DunningLetter &l : m_letters)
        l.formType = QLatin1Char('F'); // 7.9: A4 portrait, whatever the letter says
}

void ThreatLetterDocument::print(QPagedPaintDevice *device) const
{
    DunningLetterDocument(m_letters).print(device);
}

bool ThreatLetterDocument::writePdf(const QString &path, QString *error) const
{
    if (m_letters.isEmpty()) {
        if (error)
            *error = Tr::tr("Inga hotbrev att skriva ut till %1.").arg(path);
        return false;
    }
    return paged::writePdf(
        path,
        Tr::tr("Hot om betalningsföreläggande %1")
            .arg(m_letters.first().letterDate.toString(Qt::ISODate)),
        [this](QPagedPaintDevice *device) { print(device); }, Tr::tr("Kan inte skriva %1: %2"),
        error);
}

int ThreatLetterDocument::pageCount() const
{
    return DunningLetterDocument(m_letters).pageCount();
}

} // namespace rsk
