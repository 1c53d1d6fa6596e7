#pragma once

#include "dunning/nextinvoicetransfer.h"

#include <QDate>
#include <QString>

namespace rsk {

// The files of "Överföring till nästa faktura" (handbook 7.15): one routine's
// file (NextInvoiceTransfer::file) written as CSV into `directory` under
// NextInvoiceTransfer::fileName, in the format documented there (UTF-8
// without a byte-order mark, the column keys as the header, no sums). An
// existing file is never overwritten: a transfer already made keeps its
// file. Throws LedgerError::refused naming the file when it cannot write;
// returns the path written.
QString writeNextInvoiceFile(const QString &directory, const QString &routine,
                             const QDate &transferDate, const ReportTable &file);

// The writer NextInvoiceTransfer::run takes, for `directory`.
NextInvoiceTransfer::FileWriter nextInvoiceFileWriter(const QString &directory,
                                                      const QDate &transferDate);

} // namespace rsk
