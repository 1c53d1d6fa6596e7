#include "nextinvoicefile.h"

#include "csvexport.h"
#include "storage/ledgererror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NextInvoiceFile)
};

} // namespace

QString writeNextInvoiceFile(const QString &directory, const QString &routine,
                             const QDate &transferDate, const ReportTable &file)
{
    const QDir dir(directory);
    if (directory.isEmpty() || !dir.exists())
        throw LedgerError::refused(
            Tr::tr("Mappen \"%1\" för överföringsfilerna finns inte.").arg(directory));
    const QString path = dir.filePath(NextInvoiceTransfer::fileName(routine, transferDate));
    QFile out(path);
    if (out.exists())
        throw LedgerError::refused(
            Tr::tr("Filen %1 finns redan; en överföring skrivs aldrig över. Flytta den eller "
                   "välj en annan mapp.")
                .arg(QDir::toNativeSeparators(path)));
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        throw LedgerError::refused(
            Tr::tr("Kan inte skriva %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
    CsvExport::Options options;
    options.byteOrderMark = false;
    options.keyHeader = true;
    options.includeSums = false;
    try {
        CsvExport csv(&out, options);
        file.writeTo(csv);
        out.close();
        if (out.error() != QFileDevice::NoError)
            throw LedgerError::refused(Tr::tr("Kan inte skriva %1: %2")
                                           .arg(QDir::toNativeSeparators(path), out.errorString()));
    } catch (...) {
        out.close();
        QFile::remove(path);
        throw;
    }
    return path;
}

NextInvoiceTransfer::FileWriter nextInvoiceFileWriter(const QString &directory,
                                                      const QDate &transferDate)
{
    return [directory, transferDate](const QString &routine, const ReportTable &file) {
        return writeNextInvoiceFile(directory, routine, transferDate, file);
    };
}

} // namespace rsk
