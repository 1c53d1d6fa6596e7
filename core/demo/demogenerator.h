#pragma once

#include <QDate>
#include <QtGlobal>

#include <functional>

namespace rsk {

class Database;

struct DemoOptions
{
    qint64 invoices = 1000;
    quint64 seed = 1;
    QDate today; // invalid: the ledger's today()
};

struct DemoResult
{
    qint64 invoices = 0;
    qint64 customers = 0;
    qint64 transactions = 0;
    qint64 lines = 0;
};

// Fills a ledger with a believable municipal ledger (issue 2 item 7):
// companies 001 (kommunen) and 002 (a municipal housing company), routines
// 01, 02, 03, 04, 07, 24, Swedish-looking names and addresses, valid-checksum
// fictitious person and org numbers, invoices over the 24 months before
// `today` by each routine's billing rhythm; most paid on time, some late, some
// partly paid, some unpaid, some credit invoices. Deterministic for a seed.
// Initialises the ledger first if it is empty. One unit of work.
// `progress` is called every 10 000 invoices (and at the start and the end);
// returning false cancels: everything is rolled back and LedgerError(Refused)
// is thrown.
DemoResult generateDemo(Database &db, const DemoOptions &options,
                        const std::function<bool(qint64 done, qint64 total)> &progress = {});

} // namespace rsk
