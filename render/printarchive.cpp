#include "printarchive.h"

#include "bookingorderdocument.h"
#include "purgereceiptdocument.h"
#include "reports/savedprints.h"
#include "storage/ledgererror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrintArchive)
};

// The bytes of the PDF the run has just written.
QByteArray readWritten(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw LedgerError::refused(
            Tr::tr("Utskriften %1 kunde inte läsas för att sparas under Sparade utskrifter: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    return file.readAll();
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList out(set.cbegin(), set.cend());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

QString PrintArchive::bookingOrderTitle(const BookingResult &result)
{
    QStringList numbers;
    for (const Verification &v : result.verifications)
        numbers << QString::number(v.number);
    const QString series = result.verifications.isEmpty() ? BookingRun::series()
                                                          : result.verifications.first().series;
    return Tr::tr("Bokföringsorder %1 %2, bokföringsdatum %3")
        .arg(series, numbers.join(QStringLiteral(", ")),
             result.selection.date.toString(Qt::ISODate));
}

QString PrintArchive::purgeReceiptTitle(const PaidInvoicePurgeResult &result)
{
    return Tr::tr("Kvittenslista, betalda före %1, %n fakturor", nullptr, result.count())
        .arg(result.selection.paidBefore.toString(Qt::ISODate));
}

void PrintArchive::bookingOrder(const BookingResult &result, const QString &writtenPdf,
                                int pages)
{
    if (result.dryRun || result.verifications.isEmpty())
        return;
    SavedPrints prints(m_db);
    QSet<QString> companies;
    for (const Verification &v : result.verifications)
        companies.insert(v.company);
    if (companies.size() == 1 && !writtenPdf.isEmpty()) {
        prints.save(SavedPrintKind::BookingOrder, result.verifications.first().company,
                    bookingOrderTitle(result), pages, readWritten(writtenPdf));
        return;
    }
    // Nothing printed per company when the kind is not kept.
    if (prints.days(SavedPrintKind::BookingOrder) == 0)
        return;
    for (const QString &company : sorted(companies)) {
        BookingResult part = result;
        part.verifications.clear();
        for (const Verification &v : result.verifications)
            if (v.company == company)
                part.verifications << v;
        int partPages = 0;
        const QByteArray pdf = BookingOrderDocument(part).pdf(&partPages);
        prints.save(SavedPrintKind::BookingOrder, company, bookingOrderTitle(part), partPages,
                    pdf);
    }
}

int PrintArchive::runBookingOrders(const QList<Verification> &orders, const QDate &runDate,
                                   bool dryRun)
{
    // Laying out text needs fonts: a QGuiApplication.
    if (dryRun || orders.isEmpty() || !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return 0;
    SavedPrints prints(m_db);
    if (prints.days(SavedPrintKind::BookingOrder) == 0)
        return 0;
    QSet<QString> companies;
    for (const Verification &v : orders)
        companies.insert(v.company);
    int kept = 0;
    for (const QString &company : sorted(companies)) {
        // As Uppdatera bokföring's order: the title "Bokföringsorder A 12,
        // bokföringsdatum …" and one page per verification.
        BookingResult part;
        part.selection.date = runDate;
        for (const Verification &v : orders)
            if (v.company == company)
                part.verifications << v;
        int pages = 0;
        const QByteArray pdf = BookingOrderDocument(part).pdf(&pages);
        if (prints.save(SavedPrintKind::BookingOrder, company, bookingOrderTitle(part), pages, pdf))
            ++kept;
    }
    return kept;
}

void PrintArchive::purgeReceipt(const PaidInvoicePurgeResult &result, const QString &writtenPdf,
                                int pages)
{
    if (result.dryRun || (result.claims.isEmpty() && result.blocked.isEmpty()))
        return;
    SavedPrints prints(m_db);
    QSet<QString> companies;
    for (const PurgedClaim &c : result.claims)
        companies.insert(c.company);
    for (const PurgeBlocked &b : result.blocked)
        companies.insert(b.company);
    if (companies.size() == 1 && !writtenPdf.isEmpty()) {
        prints.save(SavedPrintKind::PurgeReceipt, *companies.cbegin(), purgeReceiptTitle(result),
                    pages, readWritten(writtenPdf));
        return;
    }
    if (prints.days(SavedPrintKind::PurgeReceipt) == 0)
        return;
    for (const QString &company : sorted(companies)) {
        PaidInvoicePurgeResult part = result;
        part.selection.companyFrom = company;
        part.selection.companyTo = company;
        part.claims.clear();
        part.blocked.clear();
        for (const PurgedClaim &c : result.claims)
            if (c.company == company)
                part.claims << c;
        for (const PurgeBlocked &b : result.blocked)
            if (b.company == company)
                part.blocked << b;
        int partPages = 0;
        const QByteArray pdf = PurgeReceiptDocument(part).pdf(&partPages);
        prints.save(SavedPrintKind::PurgeReceipt, company, purgeReceiptTitle(part), partPages,
                    pdf);
    }
}

} // namespace rsk
