#pragma once

#include "reports/reporttable.h"

#include <QString>

#include <memory>

class QSaveFile;

namespace rsk {

// The file of a transfer to a collection agency or of a balance correction
// (core/dunning/agencytransfer.h, agencycorrections.h), chosen by the
// name's suffix: ".csv" (UTF-8 without BOM, ';', a header row of the column
// keys, amounts "1234,50", dates YYYY-MM-DD: README "Agency files") or
// ".xlsx" (the Swedish titles, number and date cells, as every list).
//
// A CSV goes to a temporary file that replaces `path` when the rows are
// finished (an XLSX is written then): the transfer finishes its file just
// before it commits, so a file that cannot be written leaves the ledger
// unchanged, and a transfer refused before that leaves no file.
class AgencyFileWriter : public ReportWriter
{
public:
    // Throws LedgerError::Refused for another suffix or a file that cannot
    // be opened, naming the path.
    explicit AgencyFileWriter(const QString &path);
    ~AgencyFileWriter() override;

    static bool isSupported(const QString &path); // .csv or .xlsx

    void begin(const ReportLayout &layout) override;
    void addRow(const ReportRow &row) override;
    // Puts the file in place; throws LedgerError::Refused when that fails.
    void finish() override;

    QString path() const { return m_path; }

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<ReportWriter> m_writer;
};

} // namespace rsk
