#include "screens/dunningcopiesscreen.h"

#include "dates/dateparse.h"
#include "dunningletterdocument.h"
#include "ledger/companysettings.h"
#include "screencontext.h"
#include "screens/dunningrunscreen.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"
#include "widgets/registertable.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>

namespace rsk::ui {

namespace {

// "2026-11-26T10:10:25Z" as the clerk reads it: local time to the minute.
QString when(const QString &stamp)
{
    const QDateTime t = QDateTime::fromString(stamp, Qt::ISODate);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : stamp;
}

} // namespace

DunningCopiesScreen::DunningCopiesScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent),
      m_ledger(context.session.context().ledger),
      m_previewer([this](const DunningLetterDocument &d) {
          const QString printer = m_ledger && !d.letters().isEmpty()
              ? CompanySettings(*m_ledger).documentPrinter(d.letters().first().sender.number,
                                                           QStringLiteral("dunning_copy"))
              : QString();
          DunningRunScreen::showLetterPreview(d, tr("Kopior av påminnelser/krav"), this, printer);
      })
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kPrintCommand), this), &QAction::triggered, this,
            &DunningCopiesScreen::preview);
    connect(commands().bind(QLatin1String(kPdfCommand), this), &QAction::triggered, this,
            &DunningCopiesScreen::writePdf);
    connect(commands().bind(QLatin1String(kUndoCommand), this), &QAction::triggered, this,
            &DunningCopiesScreen::undoRun);

    auto *intro = new QLabel(tr("Körningar av påminnelser/inkassokrav/restkrav, senaste först. "
                                "F6 ångrar den markerade körningen. Kopior av de sparade breven "
                                "tas fram med urvalet nedan: Enter/F16 förhandsgranska och skriv "
                                "ut, F8 PDF."),
                             this);
    intro->setWordWrap(true);

    m_table = makeRegisterTable(this, QStringLiteral("runTable"),
                                {tr("Nr"), tr("Körningsdatum"), tr("Användare"), tr("Kört"),
                                 tr("Brev"), tr("Manuella"), tr("Avgifter uppdeb."),
                                 tr("Ränta uppdeb."), tr("Fil"), tr("Ångrad"), tr("Urval")});
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab goes on to the copies' selection

    m_error = makeErrorLabel(this);
    m_status = makeStatusLabel(this);

    contentLayout()->addWidget(intro);
    contentLayout()->addWidget(m_table, 1);
    contentLayout()->addWidget(createForm());
    contentLayout()->addWidget(m_error);
    contentLayout()->addWidget(m_status);
    setFocusProxy(m_table);

    if (!m_ledger) {
        m_status->setText(tr("Ingen reskontra är öppen."));
        return;
    }
    reload();
    m_table->setFocus();
}

void DunningCopiesScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    commands.declare({QLatin1String(kUndoCommand), id, QKeySequence(Qt::Key_F6),
                      tr("Ångra körning")});
    commands.declare({QLatin1String(kPdfCommand), id, QKeySequence(Qt::Key_F8), tr("PDF")});
    commands.declare({QLatin1String(kPrintCommand), id, QKeySequence(Qt::Key_F16),
                      tr("Skriv ut kopior")});
}

QWidget *DunningCopiesScreen::createForm()
{
    auto *box = new QGroupBox(tr("Kopior av påminnelser/inkassokrav/restkrav"), this);
    auto *grid = new QGridLayout(box);
    auto edit = [box](const char *name, int maxLength, int width) {
        auto *e = new QLineEdit(box);
        e->setObjectName(QLatin1String(name));
        e->setMaxLength(maxLength);
        e->setMaximumWidth(width);
        return e;
    };
    auto check = [box](const char *name, const QString &label, bool on) {
        auto *c = new QCheckBox(label, box);
        c->setObjectName(QLatin1String(name));
        c->setChecked(on);
        return c;
    };
    m_invoiceFrom = edit("invoiceFrom", 9, 110);
    m_invoiceTo = edit("invoiceTo", 9, 110);
    m_letterDate = edit("letterDate", 10, 110);
    m_letterDate->setPlaceholderText(tr("ÅÅMMDD"));
    m_reminders = check("remindersCheck", tr("Påminnelse 1 eller 2"), true);
    m_collection = check("collectionCheck", tr("Inkassokrav"), true);
    m_residual = check("residualCheck", tr("Restkrav"), true);
    // No maxLength: a longer handler is refused with the reason, not cut silently.
    m_handler = edit("handlerEdit", 100, 300);
    m_markCopy = check("markCopyCheck", tr("Kopia skrivs på brevet"), true);
    m_originalDate = check("originalDateCheck",
                           tr("Ursprungligt framställningsdatum (annars dagens datum)"), true);
    m_onlyRun = check("onlyRunCheck", tr("Endast den markerade körningen"), false);

    int row = 0;
    grid->addWidget(new QLabel(tr("Fakturanummer fr.o.m. – t.o.m."), box), row, 0);
    grid->addWidget(m_invoiceFrom, row, 1);
    grid->addWidget(new QLabel(tr("–"), box), row, 2);
    grid->addWidget(m_invoiceTo, row++, 3);
    grid->addWidget(new QLabel(tr("Framställningsdatum"), box), row, 0);
    grid->addWidget(m_letterDate, row++, 1);
    grid->addWidget(new QLabel(tr("Kopior av"), box), row, 0);
    auto *steps = new QHBoxLayout;
    for (QCheckBox *c : {m_reminders, m_collection, m_residual})
        steps->addWidget(c);
    steps->addStretch(1);
    grid->addLayout(steps, row++, 1, 1, 4);
    grid->addWidget(new QLabel(tr("Ny handläggare (högst 30 tecken)"), box), row, 0);
    grid->addWidget(m_handler, row++, 1, 1, 4);
    grid->addWidget(m_markCopy, row++, 1, 1, 4);
    grid->addWidget(m_originalDate, row++, 1, 1, 4);
    grid->addWidget(m_onlyRun, row++, 1, 1, 4);
    grid->setColumnStretch(4, 1);

    // Tab order is reading order (UI.md); Enter in a field shows the copies.
    QList<QWidget *> order{m_table,    m_invoiceFrom, m_invoiceTo,    m_letterDate,
                           m_reminders, m_collection, m_residual,     m_handler,
                           m_markCopy, m_originalDate, m_onlyRun};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    for (QLineEdit *e : {m_invoiceFrom, m_invoiceTo, m_letterDate, m_handler})
        connect(e, &QLineEdit::returnPressed, this, &DunningCopiesScreen::preview);
    return box;
}

qint64 DunningCopiesScreen::selectedRun() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_runs.size() ? m_runs.at(row).id : 0;
}

void DunningCopiesScreen::reload(qint64 selectRun)
{
    if (!m_ledger)
        return;
    try {
        m_runs = DunningRun(*m_ledger).runs();
    } catch (const LedgerError &e) {
        setError(e.message());
        return;
    }
    m_table->setRowCount(int(m_runs.size()));
    int select = m_runs.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_runs.size(); ++row) {
        const DunningRunInfo &r = m_runs.at(row);
        if (r.id == selectRun)
            select = row;
        m_table->setItem(row, Number, registerCell(QString::number(r.id), true));
        m_table->setItem(row, RunDate, registerCell(r.runDate.toString(Qt::ISODate)));
        m_table->setItem(row, User, registerCell(r.createdBy));
        m_table->setItem(row, CreatedAt, registerCell(when(r.createdAt)));
        m_table->setItem(row, Letters, registerCell(QString::number(r.letters), true));
        m_table->setItem(row, Held, registerCell(QString::number(r.held), true));
        m_table->setItem(row, Fees, registerCell(r.feesDebited.toString(), true));
        m_table->setItem(row, Interest, registerCell(r.interestDebited.toString(), true));
        m_table->setItem(row, Output, registerCell(QDir::toNativeSeparators(r.outputPath)));
        const QString undone = r.undoneBy.isEmpty()
            ? QString()
            : QStringLiteral("%1 %2").arg(r.undoneBy, when(r.undoneAt));
        m_table->setItem(row, Undone, registerCell(undone));
        m_table->setItem(row, Summary, registerCell(r.summary));
    }
    if (select >= 0)
        m_table->setCurrentCell(select, Number);
    if (m_runs.isEmpty())
        m_status->setText(tr("Ingen körning är gjord ännu."));
}

void DunningCopiesScreen::setError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    if (field)
        field->setFocus();
}

QList<DunningLetter> DunningCopiesScreen::copies()
{
    setError(QString());
    m_status->clear();
    if (!m_ledger)
        return {};
    DunningCopySelection c;
    c.company = session().companyNumber();
    c.invoiceFrom = m_invoiceFrom->text().trimmed();
    c.invoiceTo = m_invoiceTo->text().trimmed();
    if (!m_letterDate->text().trimmed().isEmpty()) {
        QString why;
        const auto date = parseDate(m_letterDate->text(), m_ledger->today(), &why);
        if (!date) {
            setError(tr("Framställningsdatum: %1").arg(why), m_letterDate);
            return {};
        }
        c.letterDate = *date;
    }
    c.reminders = m_reminders->isChecked();
    c.collection = m_collection->isChecked();
    c.residual = m_residual->isChecked();
    c.newHandler = m_handler->text().trimmed();
    c.markCopy = m_markCopy->isChecked();
    c.originalDate = m_originalDate->isChecked();
    if (m_onlyRun->isChecked()) {
        c.runId = selectedRun();
        if (c.runId == 0) {
            setError(tr("Markera en körning i listan, eller ta bort \"Endast den markerade "
                        "körningen\"."),
                     m_table);
            return {};
        }
    }
    QList<DunningLetter> letters;
    try {
        letters = DunningRun(*m_ledger).copies(c);
    } catch (const LedgerError &e) {
        setError(e.message(), e.message().contains(tr("handläggare"), Qt::CaseInsensitive)
                                  ? m_handler
                                  : nullptr);
        return {};
    }
    if (letters.isEmpty())
        m_status->setText(tr("Inga sparade brev passar urvalet."));
    return letters;
}

void DunningCopiesScreen::preview()
{
    const QList<DunningLetter> letters = copies();
    if (letters.isEmpty())
        return;
    m_status->setText(tr("Kopior: %n.", nullptr, int(letters.size())));
    if (m_previewer)
        m_previewer(DunningLetterDocument(letters));
}

void DunningCopiesScreen::writePdf()
{
    const QList<DunningLetter> letters = copies();
    if (letters.isEmpty())
        return;
    const QString name =
        QStringLiteral("kravkopior-%1.pdf").arg(m_ledger->today().toString(Qt::ISODate));
    QString path;
    if (!m_outputDir.isEmpty()) {
        path = QDir(m_outputDir).filePath(name);
    } else {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Spara kopiorna som PDF"),
                                            QDir(dir).filePath(name), tr("PDF-fil (*.pdf)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            path += QLatin1String(".pdf");
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = DunningLetterDocument(letters).writePdf(path, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        setError(error);
        return;
    }
    m_lastPdf = path;
    m_status->setText(tr("Kopior: %n, skrivna till %1.", nullptr, int(letters.size()))
                          .arg(QDir::toNativeSeparators(path)));
}

void DunningCopiesScreen::undoRun()
{
    setError(QString());
    const int row = m_table->currentRow();
    if (!m_ledger || row < 0 || row >= m_runs.size()) {
        setError(tr("Markera den körning som ska ångras."), m_table);
        return;
    }
    const DunningRunInfo run = m_runs.at(row);
    DunningRun dunning(*m_ledger);
    try {
        if (const auto problem = dunning.undoProblem(run.id)) {
            setError(tr("Körning nr %1 kan inte ångras: %2").arg(run.id).arg(*problem), m_table);
            return;
        }
        QMessageBox ask(
            QMessageBox::Question, tr("Ångra körning"),
            tr("Ångra körning nr %1 (körningsdatum %2, gjord av %3)?\n%4 brev, %5 för manuell "
               "hantering. Avgifter debiterade %6 kr, ränta debiterad %7 kr.\n\nFordringarna "
               "återställs som före körningen; körningens transaktioner och bokföringsorder tas "
               "bort.")
                .arg(run.id)
                .arg(run.runDate.toString(Qt::ISODate), run.createdBy)
                .arg(run.letters)
                .arg(run.held)
                .arg(run.feesDebited.toString(), run.interestDebited.toString()),
            QMessageBox::NoButton, this);
        QPushButton *undo = ask.addButton(tr("Å&ngra körningen"), QMessageBox::DestructiveRole);
        QPushButton *cancel = ask.addButton(tr("&Avbryt"), QMessageBox::RejectRole);
        ask.setDefaultButton(cancel);
        ask.setEscapeButton(cancel);
        ask.exec();
        if (ask.clickedButton() != undo) {
            m_status->setText(tr("Körning nr %1 är inte ångrad.").arg(run.id));
            return;
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            dunning.undo(run.id);
        } catch (...) {
            QApplication::restoreOverrideCursor();
            throw;
        }
        QApplication::restoreOverrideCursor();
    } catch (const LedgerError &e) {
        setError(e.message(), m_table);
        return;
    }
    reload(run.id);
    m_status->setText(tr("Körning nr %1 är ångrad; fordringarna är som före körningen.")
                          .arg(run.id));
    m_table->setFocus();
}

} // namespace rsk::ui
