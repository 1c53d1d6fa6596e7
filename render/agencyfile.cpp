#include "agencyfile.h"

#include "csvexport.h"
#include "storage/ledgererror.h"
#include "xlsxexport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AgencyFileWriter)
};

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

} // namespace

AgencyFileWriter::AgencyFileWriter(const QString &path) : m_path(path)
{
    const QString suffix = suffixOf(path);
    if (suffix == QLatin1String("xlsx")) {
        m_writer = std::make_unique<XlsxExport>(path);
        return;
    }
    if (suffix != QLatin1String("csv"))
        throw LedgerError::refused(
            Tr::tr("Filen \"%1\" ska sluta på .csv eller .xlsx.").arg(path));
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly))
        throw LedgerError::refused(
            Tr::tr("Kan inte skriva %1: %2").arg(path, m_file->errorString()));
    CsvExport::Options options;
    options.byteOrderMark = false; // a file for the agency's system, not for Excel
    options.keyHeader = true;      // the documented column names
    options.includeSums = false;
    m_writer = std::make_unique<CsvExport>(m_file.get(), options);
}

// An uncommitted CSV is discarded with the QSaveFile.
AgencyFileWriter::~AgencyFileWriter()
{
    m_writer.reset();
}

bool AgencyFileWriter::isSupported(const QString &path)
{
    const QString suffix = suffixOf(path);
    return suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx");
}

void AgencyFileWriter::begin(const ReportLayout &layout)
{
    m_writer->begin(layout);
}

void AgencyFileWriter::addRow(const ReportRow &row)
{
    m_writer->addRow(row);
}

void AgencyFileWriter::finish()
{
    m_writer->finish();
    if (m_file && !m_file->commit())
        throw LedgerError::refused(
            Tr::tr("Kan inte skriva %1: %2").arg(m_path, m_file->errorString()));
}

} // namespace rsk
