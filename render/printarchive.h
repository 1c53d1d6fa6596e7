#pragma once

#include "bookkeeping/bookingrun.h"
#include "ledger/paidinvoicepurge.h"

#include <QString>

namespace rsk {

class Database;

// Keeps what an update run printed under Sparade utskrifter (handbook 9.1,
// core/reports/savedprints.h), in the run's own unit of work: called after
// the run's PDF is written and before the run commits, so that a run that
// rolls back keeps nothing and one that commits keeps exactly its print.
//
// A print is kept per company (a clerk sees only his companies' prints): a
// run of one company keeps the very bytes of the PDF it wrote; a run over
// several keeps each company's part, printed here from the same result.
class PrintArchive
{
public:
    explicit PrintArchive(Database &db) : m_db(db) {}

    // The booking order of a run that booked (Uppdatera bokföring, 4.6);
    // `writtenPdf` with `pages` pages is the run's PDF. Nothing for a
    // kontrollista or a run without verifications.
    void bookingOrder(const BookingResult &result, const QString &writtenPdf, int pages);
    // The receipt lists of a purge (Rensning betalda fakturor, 8.4); nothing
    // for "endast lista".
    void purgeReceipt(const PaidInvoicePurgeResult &result, const QString &writtenPdf, int pages);
    // The booking orders of another run that writes verifications (the
    // dunning run 7.11, Räntefakturering 7.13, Överföring till inkasso 7.20:
    // "erhålls bokföringsorder"): each company's verifications printed with
    // BookingOrderDocument (the verification's text names the run) and kept
    // as a BookingOrder print. Call it in the run's unit of work, after the
    // run and before the commit. Nothing for a kontrollista (`dryRun`), no
    // verifications, a kind kept 0 days, or without a QGuiApplication (the
    // CLI has one only when it writes a PDF: no printout, nothing kept).
    // Returns the prints kept.
    int runBookingOrders(const QList<Verification> &orders, const QDate &runDate, bool dryRun);

    // "Bokföringsorder A 12, 2026-11-26" / "… A 12–13, …" (several companies).
    static QString bookingOrderTitle(const BookingResult &result);
    // "Kvittenslista, betalda före 2026-01-01, 12 fakturor".
    static QString purgeReceiptTitle(const PaidInvoicePurgeResult &result);

private:
    Database &m_db;
};

} // namespace rsk
