// Benchmark: a dunning run's letters (handbook 7.11) rendered into one PDF.
// ARCHITECTURE.md budget: a dunning run producing 20,000 letters as one PDF
// < 60 s.
//
//   bench_dunning_letters [--letters N] [--runs N] [--budget-ms MS] [--keep DIR]
//
// Builds N synthetic letters (default 20 000) the way a municipal run mixes
// them: reminders 1 and 2 on datapost (A5 landscape, mostly with printed
// interest), collection demands and residual demands on the A4 form, with
// full texts, fees, interest periods and payments. Renders them with
// DunningLetterDocument::writePdf into a temporary directory, N times
// (default 1; the median is compared), and prints wall and CPU time, pages
// and file size. Exits 1 when over budget. Not run by ctest.
#include "dunningletterdocument.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace rsk;

namespace {

qint64 cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return qint64(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000
        + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000;
}

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

const QStringList kReminderText{
    QStringLiteral("Enligt våra noteringar har fakturan nedan inte blivit betald. Vi ber dig"),
    QStringLiteral("betala beloppet under Att betala senast den dag som står under Betala senast."),
    QStringLiteral("Har du redan betalat kan du bortse från denna påminnelse."),
    QString(),
    QStringLiteral("Dröjsmålsränta räknas enligt räntelagen från förfallodagen tills du betalar."),
    QStringLiteral("Frågor om fakturan besvaras av handläggaren på telefonnumret ovan."),
    QStringLiteral("Kan du inte betala i tid, kontakta oss så kan vi diskutera en avbetalning.")};

const QStringList kCollectionText{
    QStringLiteral("Trots påminnelse har vi inte fått betalt för fakturan"),
    QStringLiteral("nedan. Betala beloppet under Att betala senast den"),
    QStringLiteral("dag som står under Betala senast."),
    QString(),
    QStringLiteral("Betalar du inte, eller bestrider du inte kravet"),
    QStringLiteral("skriftligt före den dagen, kan vi ansöka om"),
    QStringLiteral("betalningsföreläggande hos Kronofogden. Det kan leda"),
    QStringLiteral("till en betalningsanmärkning.")};

const QStringList kNames{QStringLiteral("Andersson, Anna"), QStringLiteral("Åberg, Örjan"),
                         QStringLiteral("Lindqvist, Per-Erik"), QStringLiteral("Nyström, Märta"),
                         QStringLiteral("Björk, Sven"), QStringLiteral("Fastighets AB Ängen")};
const QStringList kStreets{QStringLiteral("Storgatan"), QStringLiteral("Kyrkvägen"),
                           QStringLiteral("Östra Långgatan"), QStringLiteral("Björkstigen")};
const QStringList kWhat{QStringLiteral("Vatten och avlopp kvartal 4"),
                        QStringLiteral("Barnomsorgsavgift februari"),
                        QStringLiteral("Renhållning första halvåret"),
                        QStringLiteral("Hyra lokal Skolgatan 4, mars")};

// Letter i of the run: 55 % reminder 1, 15 % reminder 2 (both datapost),
// 20 % collection demand, 10 % residual demand (A4 form).
DunningLetter letter(int i)
{
    DunningLetter l;
    l.letterId = i + 1;
    l.runId = 1;
    l.letterDate = QDate(2026, 3, 10);
    l.sender.name = QStringLiteral("Småstads kommun");
    l.sender.address = QStringLiteral("Box 100");
    l.sender.postalCode = QStringLiteral("123 45");
    l.sender.city = QStringLiteral("Småstad");
    l.sender.orgNr = QStringLiteral("212000-0142");
    l.sender.phone = QStringLiteral("0123-45 67 89");
    l.handler = QStringLiteral("Eva Ek 0123-456");
    l.bankgiro = QStringLiteral("5805-6201");
    l.customerNumber = QString::number(100000 + i);
    l.debtorName = kNames.at(i % kNames.size());
    if (i % 17 == 0)
        l.co = QStringLiteral("Berg");
    l.address = QStringLiteral("%1 %2").arg(kStreets.at(i % kStreets.size())).arg(1 + i % 97);
    l.postalCode = QStringLiteral("%1 %2").arg(120 + i % 80).arg(10 + i % 89);
    l.city = QStringLiteral("Småstad");
    l.invoiceNumber = QStringLiteral("04%1").arg(i, 7, 10, QLatin1Char('0'));
    l.ocr = l.invoiceNumber + QStringLiteral("19");
    l.invoiceDate = QDate(2025, 11, 1);
    l.originalDueDate = QDate(2025, 11, 30);
    l.description = kWhat.at(i % kWhat.size());
    l.capital = Money::fromOre(12500 + (i * 7919) % 2000000);
    l.capitalOpen = l.capital;
    l.payBy = QDate(2026, 3, 24);
    const int kind = i % 20;
    if (kind < 14) {
        l.step = kind < 11 ? DunningStep::Reminder1 : DunningStep::Reminder2;
        l.heading = kind < 11 ? QStringLiteral("PÅMINNELSE") : QStringLiteral("PÅMINNELSE 2");
        l.formType = QLatin1Char('D');
        l.textLines = kReminderText;
        l.letterFee = Money::fromKronor(60);
        l.letterFeeDebited = kind % 2 == 0;
        l.reminderFees = l.letterFeeDebited ? l.letterFee : Money();
        l.printInterest = kind % 3 != 0;
    } else {
        l.step = kind < 18 ? DunningStep::Collection : DunningStep::Residual;
        l.heading = kind < 18 ? QStringLiteral("INKASSOKRAV") : QStringLiteral("RESTKRAV");
        l.formType = QLatin1Char('F');
        l.textLines = kCollectionText;
        l.reminderFees = Money::fromKronor(60);
        if (l.step == DunningStep::Collection) {
            l.letterFee = Money::fromKronor(180);
            l.letterFeeDebited = true;
            l.collectionFees = l.letterFee;
            l.interestDebited = Money::fromOre(l.capital.ore() / 40);
        } else {
            l.capitalOpen = Money::fromOre(l.capital.ore() / 2);
            l.paymentsSince = {{QDate(2026, 2, 27), QStringLiteral("Bankgiro"),
                                Money::fromOre(l.capital.ore() / 4)},
                               {QDate(2026, 3, 2), QStringLiteral("Kontant"),
                                Money::fromOre(l.capital.ore() / 4)}};
        }
    }
    if (l.printInterest || !l.interestDebited.isZero()) {
        const Money part1 = Money::fromOre(l.capital.ore() * 31 / 3650);
        const Money part2 = Money::fromOre(l.capital.ore() * 69 * 1025 / 3650000);
        l.interestLines = {{QDate(2025, 12, 1), QDate(2025, 12, 31), 31, 1000, l.capital, part1},
                           {QDate(2026, 1, 1), QDate(2026, 3, 10), 69, 1025, l.capital, part2}};
        if (l.printInterest)
            l.accruedInterest = part1 + part2;
    }
    l.totalToPay = l.capitalOpen + l.reminderFees + l.collectionFees + l.interestDebited
        + (l.letterFeeDebited ? Money() : l.letterFee);
    return l;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    auto option = [&](const QString &name, const QString &fallback) {
        const int i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size())
            return fallback;
        const QString v = args.at(i + 1);
        args.remove(i, 2);
        return v;
    };
    const int count = option(QStringLiteral("--letters"), QStringLiteral("20000")).toInt();
    const int runs = qMax(1, option(QStringLiteral("--runs"), QStringLiteral("1")).toInt());
    const qint64 budget = option(QStringLiteral("--budget-ms"), QStringLiteral("60000")).toLongLong();
    const QString keep = option(QStringLiteral("--keep"), QString());
    if (!args.isEmpty() || count <= 0) {
        std::fprintf(stderr, "usage: bench_dunning_letters [--letters N] [--runs N] "
                             "[--budget-ms MS] [--keep DIR]\n");
        return 2;
    }

    QList<DunningLetter> letters;
    letters.reserve(count);
    for (int i = 0; i < count; ++i)
        letters << letter(i);
    const DunningLetterDocument doc(letters);
    int a5 = 0;
    for (const DunningLetter &l : std::as_const(letters))
        a5 += l.formType == QLatin1Char('D') ? 1 : 0;

    QTemporaryDir dir;
    const QString pdf = (keep.isEmpty() ? dir.path() : keep) + QStringLiteral("/dunning-run.pdf");
    QList<qint64> wall;
    QList<qint64> cpu;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        const qint64 cpu0 = cpuMs();
        t.start();
        QString error;
        if (!doc.writePdf(pdf, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        wall << t.elapsed();
        cpu << cpuMs() - cpu0;
    }
    QElapsedTimer t;
    t.start();
    const int pages = doc.pageCount();
    const qint64 layoutMs = t.elapsed();
    const qint64 ms = median(wall);
    std::printf("%d letters (%d A5 datapost, %d A4 form), %d pages, one PDF of %.1f MB%s\n",
                count, a5, count - a5, pages, QFileInfo(pdf).size() / 1048576.0,
                keep.isEmpty() ? "" : qPrintable(QStringLiteral(" kept at ") + pdf));
    std::printf("writePdf median %lld ms wall, %lld ms CPU over %d run(s) (%.2f ms per letter); "
                "pageCount() alone %lld ms\n",
                ms, median(cpu), runs, double(ms) / count, layoutMs);
    const bool over = ms > budget;
    std::printf("budget: dunning run producing 20,000 letters as one PDF < %lld ms: %s\n", budget,
                over ? "OVER BUDGET" : "ok");
    return over ? 1 : 0;
}
