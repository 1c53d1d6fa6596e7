#pragma once

#include "bookkeeping/bookingrun.h"
#include "screens/runscreen.h"

#include <functional>

class QLineEdit;

namespace rsk {
class BookingOrderDocument;
}

namespace rsk::ui {

// Uppdatera bokföring (handbook 4.6 "Bokföring av inbetalningar"). The
// selection of the handbook: företag fr.o.m.–t.o.m. (the session's; F4
// lists the companies; empty = every company the user may see), the
// bokföringsdatum (today; transactions dated after it wait) and användare
// (only the transactions that user registered; empty = everyone's).
//  Enter/F8 Kontrollista: the verifications the run would write now (per
//    company: verification number, account, name, text, debit, credit, the
//    sums); changes nothing.
//  F9 Bokföringsorder: the last run's booking order (before a run: the
//    kontrollista's) in a print preview.
//  F10 Kör: asks with the count and the sum, asks where the SIE 4 file
//    goes (bokforing-ÅÅÅÅMMDD.se), then in one unit of work books the
//    transactions, writes the SIE file(s) and the booking order as a PDF
//    beside them: a file that cannot be written books nothing (as the CLI's
//    `bookkeeping run`). Then shows the booking order for printing.
class BookingRunScreen : public RunScreen<BookingResult>
{
    Q_OBJECT
public:
    static constexpr char kId[] = "payments.bookkeeping";
    static constexpr char kListCommand[] = "bookkeeping.list";
    static constexpr char kValuesCommand[] = "bookkeeping.values";
    static constexpr char kOrderCommand[] = "bookkeeping.order";
    static constexpr char kRunCommand[] = "bookkeeping.run";

    explicit BookingRunScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

    // How the booking order is shown: by default a print preview that can
    // print; true when it was printed. Tests replace it.
    using OrderOutput = std::function<bool(const BookingOrderDocument &document)>;
    void setPreviewer(OrderOutput previewer) { m_previewer = std::move(previewer); }
    // Where the SIE file goes: empty (default) a save dialog in the
    // documents folder; set: there, under suggestedSieName, without asking.
    void setOutputDirectory(const QString &dir) { m_outputDir = dir; }
    static QString suggestedSieName(const QDate &bookingDate);

    QStringList lastSieFiles() const { return m_lastSie; }
    QString lastPdfPath() const { return m_lastPdf; }

protected:
    BookingResult planList() override;
    ReportTable listTable(const BookingResult &result) const override;
    QString listNote(const BookingResult &result) const override;
    QWidget *refusedField(const QString &message) const override;

private:
    BookingSelection selection();
    void listCompanies();
    void showOrder();
    void runBooking();
    QString chooseSiePath(const QDate &bookingDate);
    // Writes the SIE file(s) and then the PDF for `result` and returns their
    // paths in that order; throws LedgerError (and removes what it wrote)
    // when one cannot be written.
    QStringList writeFiles(const BookingResult &result, const QString &siePath);

    QLineEdit *m_companyFrom = nullptr;
    QLineEdit *m_companyTo = nullptr;
    QLineEdit *m_date = nullptr;
    QLineEdit *m_user = nullptr;

    OrderOutput m_previewer;
    QString m_outputDir;
    QStringList m_lastSie;
    QString m_lastPdf;
};

} // namespace rsk::ui
