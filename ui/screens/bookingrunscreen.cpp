#include "screens/bookingrunscreen.h"

#include "bookingorderdocument.h"
#include "formats/sie4.h"
#include "ledger/referencedata.h"
#include "print/documentpreview.h"
#include "printarchive.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"
#include "users/access.h"
#include "widgets/allowedvaluesdialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>

namespace rsk::ui {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// The booking order PDF beside the SIE file: bokforing-20261126.pdf.
QString pdfPathFor(const QString &siePath)
{
    const QFileInfo info(siePath);
    return QDir(info.path()).filePath(info.baseName() + QStringLiteral(".pdf"));
}

// The kontrollista / the run's list: the postings per verification, a sum
// per verification and the total.
ReportTable bookingList(const BookingResult &r)
{
    using K = ReportColumn::Kind;
    ReportLayout l;
    l.title = r.dryRun ? BookingRunScreen::tr("Kontrollista bokföringsorder")
                       : BookingRunScreen::tr("Bokföringsorder");
    l.selection << BookingRunScreen::tr("Bokföringsdatum %1").arg(iso(r.selection.date));
    if (!r.selection.companyFrom.isEmpty() || !r.selection.companyTo.isEmpty())
        l.selection << BookingRunScreen::tr("Företag %1–%2")
                           .arg(r.selection.companyFrom, r.selection.companyTo);
    if (!r.selection.user.isEmpty())
        l.selection << BookingRunScreen::tr("Användare %1").arg(r.selection.user);
    l.columns = {{QStringLiteral("company"), BookingRunScreen::tr("Företag"), K::Text},
                 {QStringLiteral("verification"), BookingRunScreen::tr("Ver.nr"), K::Integer},
                 {QStringLiteral("account"), BookingRunScreen::tr("Konto"), K::Text},
                 {QStringLiteral("account_name"), BookingRunScreen::tr("Kontonamn"), K::Text, 24},
                 {QStringLiteral("text"), BookingRunScreen::tr("Text"), K::Text, 24},
                 {QStringLiteral("debit"), BookingRunScreen::tr("Debet"), K::Money},
                 {QStringLiteral("credit"), BookingRunScreen::tr("Kredit"), K::Money}};
    ReportTable table(l);
    auto money = [](Money m) { return QVariant(m.ore()); };
    for (const Verification &v : r.verifications) {
        for (const BookingPosting &p : v.postings) {
            ReportRow row;
            row.cells = {v.company, v.number, p.account, p.accountName, p.text,
                         p.debit().isZero() ? QVariant() : money(p.debit()),
                         p.credit().isZero() ? QVariant() : money(p.credit())};
            table.addRow(row);
        }
        ReportRow sum;
        sum.type = ReportRow::Type::Subtotal;
        sum.level = 1;
        sum.label = BookingRunScreen::tr("Summa verifikation %1 %2, företag %3 %4")
                        .arg(v.series)
                        .arg(v.number)
                        .arg(v.company, v.companyName);
        sum.cells = {QVariant(), QVariant(), QVariant(), QVariant(), QVariant(),
                     money(v.debitTotal()), money(v.creditTotal())};
        table.addRow(sum);
    }
    if (!r.verifications.isEmpty()) {
        ReportRow total;
        total.type = ReportRow::Type::Total;
        total.label = BookingRunScreen::tr("Totalt");
        total.cells = {QVariant(), QVariant(), QVariant(), QVariant(), QVariant(),
                       money(r.debitTotal()), money(r.creditTotal())};
        table.addRow(total);
    }
    return table;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw LedgerError::refused(BookingRunScreen::tr("SIE-filen kunde inte skrivas till %1: %2")
                                       .arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace

BookingRunScreen::BookingRunScreen(ScreenContext &context, QWidget *parent)
    : RunScreen(context, QStringLiteral("bookkeeping"), QStringLiteral("debit"), parent),
      m_previewer([this](const BookingOrderDocument &d) {
          PrintTarget target;
          target.objectName = QStringLiteral("bookingOrderPreview");
          return previewAndPrint(this, tr("Bokföringsorder"), [&d](QPrinter *p) { d.print(p); },
                                 target);
      })
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kListCommand), this), &QAction::triggered, this,
            [this] { run(); });
    connect(commands().bind(QLatin1String(kValuesCommand), this), &QAction::triggered, this,
            &BookingRunScreen::listCompanies);
    connect(commands().bind(QLatin1String(kOrderCommand), this), &QAction::triggered, this,
            &BookingRunScreen::showOrder);
    connect(commands().bind(QLatin1String(kRunCommand), this), &QAction::triggered, this,
            &BookingRunScreen::runBooking);

    SelectionGrid form(new QGroupBox(tr("Urval"), this), tr("–"));
    form.spanSingleFields();
    m_companyFrom = form.edit("companyFrom", 3);
    m_companyTo = form.edit("companyTo", 3);
    m_companyFrom->setText(session().companyNumber());
    m_companyTo->setText(session().companyNumber());
    form.line(tr("Företag fr.o.m. – t.o.m. (F4)"), m_companyFrom, m_companyTo,
              tr("tomt = alla företag du har behörighet till"));
    m_date = form.edit("bookingDate", 10);
    m_date->setPlaceholderText(tr("ÅÅMMDD"));
    form.line(tr("Bokföringsdatum *"), m_date, nullptr,
              tr("verifikationens datum; transaktioner daterade senare väntar"));
    m_user = form.edit("user", 30, 160);
    form.line(tr("Användare"), m_user, nullptr,
              tr("endast den användarens registreringar; tomt = alla"));
    if (ledger())
        m_date->setText(iso(ledger()->today()));
    setRunForm(form, m_companyFrom, tr("Körningens resultat"),
               tr("Enter/F8 kontrollista (ändrar ingenting), F9 visar "
                  "bokföringsordern, F10 kör: bokför händelserna, skriver SIE-filen "
                  "och bokföringsordern."),
               tr("Ingen reskontra är öppen."));
}

void BookingRunScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    declareReportCommands(commands, id, QStringLiteral("bookkeeping"));
    commands.declare({QLatin1String(kValuesCommand), id, QKeySequence(Qt::Key_F4), tr("Lista")});
    commands.declare({QLatin1String(kListCommand), id, QKeySequence(Qt::Key_F8),
                      tr("Kontrollista")});
    commands.declare({QLatin1String(kOrderCommand), id, QKeySequence(Qt::Key_F9),
                      tr("Bokföringsorder")});
    commands.declare({QLatin1String(kRunCommand), id, QKeySequence(Qt::Key_F10), tr("Kör")});
}

QString BookingRunScreen::suggestedSieName(const QDate &bookingDate)
{
    return QStringLiteral("bokforing-%1.se").arg(bookingDate.toString(QStringLiteral("yyyyMMdd")));
}

BookingSelection BookingRunScreen::selection()
{
    BookingSelection s;
    s.companyFrom = companyField(m_companyFrom, tr("Företag fr.o.m."));
    s.companyTo = companyField(m_companyTo, tr("Företag t.o.m."));
    s.date = dateField(m_date, tr("Bokföringsdatum"));
    s.user = m_user->text().trimmed();
    return s;
}

// Core names the field first in its reason; the focus goes there.
QWidget *BookingRunScreen::refusedField(const QString &message) const
{
    return fieldFor(message, {{"Bokföringsdatum", m_date},
                              {"Företag", m_companyFrom},
                              {"Du har inte behörighet till företag", m_companyFrom}});
}

void BookingRunScreen::listCompanies()
{
    if (!ledger())
        return;
    auto *target = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (target != m_companyTo)
        target = m_companyFrom;
    AllowedValuesDialog::Values values;
    for (const Company &c : ReferenceData(*ledger()).companies())
        if (ledger()->access().canSee(c.number))
            values.append({c.number, c.name});
    if (const auto code = AllowedValuesDialog::choose(this, tr("Företag"), values, target->text())) {
        target->setText(*code);
        target->setFocus();
    }
}

BookingResult BookingRunScreen::planList()
{
    const BookingSelection s = selection();
    return BookingRun(*ledger()).plan(s);
}

ReportTable BookingRunScreen::listTable(const BookingResult &result) const
{
    return bookingList(result);
}

QString BookingRunScreen::listNote(const BookingResult &r) const
{
    if (r.transactionCount() == 0 && r.registerRowCount() == 0)
        return tr("Kontrollista: inget att bokföra t.o.m. %1 med detta urval. "
                  "Ingenting är ändrat.")
            .arg(iso(r.selection.date));
    QString note = tr("Kontrollista: %n händelser", nullptr, r.transactionCount());
    if (r.registerRowCount() > 0)
        note += tr(" och %n oplacerade betalningar/överbetalningar", nullptr, r.registerRowCount());
    note += tr(" på %n verifikationer, debet %1 kr = kredit %2 kr. Ingenting är ändrat; "
               "verifikationsnumren är preliminära.",
               nullptr, int(r.verifications.size()))
                .arg(r.debitTotal().toString(), r.creditTotal().toString());
    return note;
}

void BookingRunScreen::showOrder()
{
    if (!ledger())
        return;
    clearError();
    BookingResult order;
    if (m_lastRun)
        order = *m_lastRun;
    else if (!tryPlan([&] { order = BookingRun(*ledger()).plan(selection()); }))
        return;
    if (order.verifications.isEmpty()) {
        setNote(tr("Ingen bokföringsorder att visa: inget att bokföra med detta urval."));
        return;
    }
    if (m_previewer)
        m_previewer(BookingOrderDocument(order));
}

QString BookingRunScreen::chooseSiePath(const QDate &bookingDate)
{
    const QString name = suggestedSieName(bookingDate);
    if (!m_outputDir.isEmpty())
        return QDir(m_outputDir).filePath(name);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Spara SIE-filen"),
                                                QDir(dir).filePath(name),
                                                tr("SIE-fil (*.se *.si)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".se");
    return path;
}

QStringList BookingRunScreen::writeFiles(const BookingResult &result, const QString &siePath)
{
    QStringList written;
    try {
        for (const Sie4File &f : Sie4Writer::files(result.verifications, siePath,
                                                   QCoreApplication::applicationVersion(),
                                                   ledger()->today(), ledger()->user())) {
            writeFile(f.path, f.bytes);
            written << f.path;
        }
        const QString pdf = pdfPathFor(siePath);
        const int pages = BookingOrderDocument(result).writePdf(pdf);
        written << pdf;
        // Kept under Visa > Sparade utskrifter (handbook 9.1), in the run's
        // unit of work: a run that books nothing keeps nothing.
        PrintArchive(*ledger()).bookingOrder(result, pdf, pages);
    } catch (...) {
        // Nothing is booked: no file may look as if it were.
        for (const QString &path : std::as_const(written))
            QFile::remove(path);
        throw;
    }
    return written;
}

void BookingRunScreen::runBooking()
{
    if (!ledger())
        return;
    clearError();
    BookingSelection s;
    BookingResult plan;
    if (!tryPlan([&] {
            s = selection();
            ledger()->access().requireRole(Role::Supervisor, tr("Uppdatera bokföring"));
            plan = BookingRun(*ledger()).plan(s);
        }))
        return;
    if (plan.transactionCount() == 0 && plan.registerRowCount() == 0) {
        setNote(tr("Inget att bokföra t.o.m. %1 med detta urval; ingen körning gjordes.")
                    .arg(iso(plan.selection.date)));
        return;
    }
    QString count = tr("%n händelser", nullptr, plan.transactionCount());
    if (plan.registerRowCount() > 0)
        count += tr(" och %n oplacerade betalningar/överbetalningar", nullptr,
                    plan.registerRowCount());
    if (!confirm(QMessageBox::Question, tr("Uppdatera bokföring"),
                 tr("Bokföringsdatum %1.").arg(iso(plan.selection.date)) + QLatin1Char('\n')
                     + tr("%1 på %n verifikationer, summa %2 kr.", nullptr,
                          int(plan.verifications.size()))
                           .arg(count, plan.debitTotal().toString())
                     + QStringLiteral("\n\n")
                     + tr("Händelserna bokförs och bokförs aldrig igen; SIE-filen och "
                          "bokföringsordern skrivs. Köra nu?"),
                 tr("&Kör"), tr("&Avbryt"))) {
        setNote(tr("Ingen körning gjordes."));
        return;
    }
    QString siePath;
    if (!plan.verifications.isEmpty()) {
        siePath = chooseSiePath(plan.selection.date);
        if (siePath.isEmpty()) {
            setNote(tr("Ingen körning gjordes: ingen SIE-fil valdes."));
            return;
        }
    }

    BookingResult result;
    QStringList files; // the SIE file(s), then the PDF
    if (!runBusy(
            [&] {
                try {
                    // The files are written inside the unit of work (as the
                    // CLI does): one that cannot be written books nothing.
                    UnitOfWork work(*ledger());
                    result = BookingRun(*ledger()).run(s);
                    if (!result.verifications.isEmpty())
                        files = writeFiles(result, siePath);
                    work.commit();
                } catch (const LedgerError &) {
                    for (const QString &path : std::as_const(files)) // written, not committed
                        QFile::remove(path);
                    throw;
                }
            },
            tr("Ingen körning gjordes; ingenting är bokfört.")))
        return;
    m_lastRun = result;
    m_lastPdf = files.isEmpty() ? QString() : files.takeLast();
    m_lastSie = files;

    QStringList lines;
    lines << tr("Bokföringen t.o.m. %1 är gjord: %n händelser, summa %2 kr.", nullptr,
                result.transactionCount())
                 .arg(iso(result.selection.date), result.debitTotal().toString());
    for (const Verification &v : std::as_const(result.verifications))
        lines << tr("Verifikation %1 %2, företag %3 %4: %5 händelser, %6 kr.")
                     .arg(v.series)
                     .arg(v.number)
                     .arg(v.company, v.companyName)
                     .arg(v.transactionIds.size())
                     .arg(v.debitTotal().toString());
    if (result.verifications.isEmpty())
        lines << tr("Ingen verifikation: händelserna flyttar inga pengar och är stämplade som "
                    "bokförda.");
    for (const QString &f : std::as_const(m_lastSie))
        lines << tr("SIE-fil: %1").arg(QDir::toNativeSeparators(f));
    if (!m_lastPdf.isEmpty())
        lines << tr("Bokföringsorder (PDF): %1").arg(QDir::toNativeSeparators(m_lastPdf));
    // The run's booking order in the table.
    showRun(result, lines,
            tr("Körningen är klar. Listan nedan är bokföringsordern (F16 skriver ut "
               "listan, F9 visar bokföringsordern igen)."));
    if (!result.verifications.isEmpty() && m_previewer
        && !m_previewer(BookingOrderDocument(result)))
        setNote(noteText() + QLatin1Char(' ')
                + tr("Bokföringsordern skrevs inte ut; den finns som PDF och F9 visar "
                     "den igen."));
}

} // namespace rsk::ui
