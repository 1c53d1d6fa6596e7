#include "threatletterdocument.h"

#include "dunningletterdocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QPdfWriter>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ThreatLetterDocument)
};

constexpr int kPdfResolution = 300; // as the dunning letters

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
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("Kan inte skriva %1: %2").arg(path, probe.errorString());
        return false;
    }
    probe.close();
    QPdfWriter writer(path);
    writer.setResolution(kPdfResolution);
    writer.setCreator(QStringLiteral("Reskontra"));
    writer.setTitle(Tr::tr("Hot om betalningsföreläggande %1")
                        .arg(m_letters.first().letterDate.toString(Qt::ISODate)));
    print(&writer);
    return true;
}

int ThreatLetterDocument::pageCount() const
{
    return DunningLetterDocument(m_letters).pageCount();
}

} // namespace rsk
