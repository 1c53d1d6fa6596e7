#include "screens/threatscreen.h"

#include "dunning/dunningtexts.h"
#include "dunningletterdocument.h"
#include "models/reporttablemodel.h"
#include "screencontext.h"
#include "screens/dunningrunscreen.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"
#include "threatletterdocument.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace rsk::ui {

namespace {

QString range(const QString &from, const QString &to)
{
    return from == to ? from : QStringLiteral("%1–%2").arg(from, to);
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// The kontrollista / the run's list: one row per claim, the claims a dunning
// code stops, the total.
ReportTable listOf(const ThreatRunResult &r)
{
    using K = ReportColumn::Kind;
    ReportLayout layout;
    layout.title = r.dryRun ? ThreatScreen::tr("Kontrollista hot om betalningsföreläggande")
                            : ThreatScreen::tr("Hot om betalningsföreläggande %1")
                                  .arg(isoDate(r.selection.runDate));
    const ThreatSelection &s = r.selection;
    layout.selection << ThreatScreen::tr("Körningsdatum %1, antal dagar sedan inkassokrav %2, "
                                         "text %3")
                            .arg(isoDate(s.runDate))
                            .arg(s.daysSinceCollection)
                            .arg(s.textNumber)
                     << ThreatScreen::tr("Företag %1, rutin %2, fakturanummer %3")
                            .arg(range(s.companyFrom, s.companyTo),
                                 range(s.routineFrom, s.routineTo),
                                 range(s.invoiceFrom, s.invoiceTo));
    if (s.printInterest)
        layout.selection << ThreatScreen::tr("Upplupen dröjsmålsränta skrivs ut");
    layout.columns = {{QStringLiteral("company"), ThreatScreen::tr("Ftg"), K::Text},
                      {QStringLiteral("invoice"), ThreatScreen::tr("Fakturanr"), K::Text},
                      {QStringLiteral("name"), ThreatScreen::tr("Namn"), K::Text, 24},
                      {QStringLiteral("collection"), ThreatScreen::tr("Inkassokrav"), K::Date},
                      {QStringLiteral("to_pay"), ThreatScreen::tr("Att betala"), K::Money},
                      {QStringLiteral("interest"), ThreatScreen::tr("Upplupen ränta"), K::Money},
                      {QStringLiteral("pay_by"), ThreatScreen::tr("Betala senast"), K::Date},
                      {QStringLiteral("held"), ThreatScreen::tr("Manuell"), K::Text},
                      {QStringLiteral("note"), ThreatScreen::tr("Anmärkning"), K::Text, 30}};
    ReportTable table(layout);
    for (const ThreatItem &i : r.items) {
        ReportRow row;
        row.cells = {i.company, i.invoiceNumber, i.name, i.collectionDate,
                     QVariant(i.balance.ore()),
                     i.interest.isZero() ? QVariant() : QVariant(i.interest.ore()), i.payBy,
                     i.held ? ThreatScreen::tr("skyddad – manuell") : QString(), QString()};
        table.rows().append(row);
    }
    for (const ThreatSkip &k : r.skipped) {
        ReportRow row;
        row.cells = {k.company, k.invoiceNumber, k.name, QDate(), QVariant(), QVariant(),
                     QDate(), QString(), ThreatScreen::tr("Tas inte: %1").arg(k.reason)};
        table.rows().append(row);
    }
    ReportRow total;
    total.type = ReportRow::Type::Total;
    total.label = ThreatScreen::tr("Totalt: %n brev", nullptr, int(r.items.size()));
    if (r.heldCount() > 0)
        total.label += ThreatScreen::tr(", varav %1 manuella").arg(r.heldCount());
    if (!r.skipped.isEmpty())
        total.label += ThreatScreen::tr("; %1 tas inte").arg(r.skipped.size());
    total.cells = {QVariant(), QVariant(), QVariant(), QDate(), QVariant(r.totalBalance().ore()),
                   QVariant(r.totalInterest().ore()), QDate(), QVariant(), QVariant()};
    table.rows().append(total);
    return table;
}

} // namespace

ThreatScreen::ThreatScreen(ScreenContext &context, QWidget *parent)
    : ReportScreen(context, QStringLiteral("threat"), parent),
      m_previewer([this](const ThreatLetterDocument &d) {
          DunningRunScreen::showLetterPreview(DunningLetterDocument(d.letters()),
                                              tr("Hot om betalningsföreläggande – "
                                                 "förhandsgranskning"),
                                              this);
      }),
      m_printer([this](const ThreatLetterDocument &d) {
          DunningRunScreen::printLetters(DunningLetterDocument(d.letters()),
                                         tr("Hot om betalningsföreläggande"), this);
      })
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kListCommand), this), &QAction::triggered, this,
            [this] { run(); });
    connect(commands().bind(QLatin1String(kPreviewCommand), this), &QAction::triggered, this,
            &ThreatScreen::previewLetters);
    connect(commands().bind(QLatin1String(kRunCommand), this), &QAction::triggered, this,
            &ThreatScreen::runThreats);

    auto *box = new QGroupBox(tr("Urval"), this);
    auto *grid = new QGridLayout(box);
    int row = 0;
    QWidget *previous = nullptr;
    auto chain = [&](QWidget *w) {
        if (previous)
            setTabOrder(previous, w);
        previous = w;
    };
    auto edit = [&](const char *name, int maxLength) {
        auto *e = new QLineEdit(box);
        e->setObjectName(QLatin1String(name));
        e->setMaxLength(maxLength);
        e->setMaximumWidth(maxLength > 3 ? 110 : 60);
        chain(e);
        return e;
    };
    auto line = [&](const QString &label, QWidget *from, QWidget *to, QWidget *hint) {
        auto *l = new QLabel(label, box);
        l->setBuddy(from);
        grid->addWidget(l, row, 0);
        grid->addWidget(from, row, 1);
        if (to) {
            grid->addWidget(new QLabel(tr("–"), box), row, 2);
            grid->addWidget(to, row, 3);
        }
        if (hint)
            grid->addWidget(hint, row, 4);
        ++row;
    };
    m_runDate = edit("runDate", 10);
    m_runDate->setPlaceholderText(tr("ÅÅMMDD"));
    line(tr("Körnings&datum"), m_runDate, nullptr, nullptr);
    m_companyFrom = edit("companyFrom", 3);
    m_companyTo = edit("companyTo", 3);
    m_companyFrom->setText(session().companyNumber());
    m_companyTo->setText(session().companyNumber());
    line(tr("&Företag fr.o.m. – t.o.m."), m_companyFrom, m_companyTo, nullptr);
    m_routineFrom = edit("routineFrom", 2);
    m_routineTo = edit("routineTo", 2);
    line(tr("&Rutin fr.o.m. – t.o.m."), m_routineFrom, m_routineTo,
         new QLabel(tr("tomt = alla"), box));
    m_invoiceFrom = edit("invoiceFrom", 9);
    m_invoiceTo = edit("invoiceTo", 9);
    line(tr("Fakturan&ummer fr.o.m. – t.o.m."), m_invoiceFrom, m_invoiceTo,
         new QLabel(tr("tomt = alla"), box));
    m_days = edit("days", 3);
    line(tr("Antal dagar sedan &inkassokrav *"), m_days, nullptr,
         new QLabel(tr("obligatorisk, 1–999"), box));
    m_text = edit("textNumber", 1);
    m_texts = new QLabel(box);
    m_texts->setObjectName(QStringLiteral("textsHint"));
    line(tr("&Textnummer *"), m_text, nullptr, m_texts);
    m_interest = new QCheckBox(tr("Skriv ut upplu&pen dröjsmålsränta"), box);
    m_interest->setObjectName(QStringLiteral("interestCheck"));
    chain(m_interest);
    grid->addWidget(m_interest, row++, 1, 1, 4);
    setTabOrder(m_interest, table());
    grid->setColumnStretch(5, 1);
    setSelectionForm(box);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("runNote"));
    m_note->setWordWrap(true);
    m_resultBox = new QGroupBox(tr("Körningens resultat"), this);
    m_resultBox->setObjectName(QStringLiteral("resultBox"));
    m_result = new QLabel(m_resultBox);
    m_result->setObjectName(QStringLiteral("resultText"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    (new QVBoxLayout(m_resultBox))->addWidget(m_result);
    m_resultBox->hide();
    const int tableAt = contentLayout()->indexOf(table());
    auto *hint = new QLabel(tr("Enter/F8 kontrollista (ändrar ingenting), F9 förhandsgranska "
                               "breven, F10 kör: skriver breven och stämplar datum för hot på "
                               "fordringarna. Ingen avgift debiteras."),
                            this);
    hint->setWordWrap(true);
    contentLayout()->insertWidget(tableAt, hint);
    contentLayout()->insertWidget(tableAt + 1, m_note);
    contentLayout()->insertWidget(tableAt + 2, m_resultBox);

    if (!ledger()) {
        m_note->setText(tr("Ingen reskontra är öppen."));
        box->setEnabled(false);
    } else {
        m_runDate->setText(ledger()->today().toString(Qt::ISODate));
        showTexts();
    }
    setFocusProxy(m_runDate);
    m_runDate->setFocus();
    m_runDate->selectAll();
}

void ThreatScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    declareReportCommands(commands, id, QStringLiteral("threat"));
    commands.declare({QLatin1String(kListCommand), id, QKeySequence(Qt::Key_F8),
                      tr("Kontrollista")});
    commands.declare({QLatin1String(kPreviewCommand), id, QKeySequence(Qt::Key_F9),
                      tr("Förhandsgranska brev")});
    commands.declare({QLatin1String(kRunCommand), id, QKeySequence(Qt::Key_F10), tr("Kör")});
}

QString ThreatScreen::suggestedPdfName(const QDate &runDate)
{
    return QStringLiteral("hot-om-betalningsforelaggande-%1.pdf").arg(isoDate(runDate));
}

QString ThreatScreen::resultText() const
{
    return m_resultBox->isHidden() ? QString() : m_result->text();
}

// The threat texts that exist, beside the field (7.9: "upp till 9 olika").
void ThreatScreen::showTexts()
{
    QStringList numbers;
    try {
        for (const DunningText &t : DunningTexts(*ledger()).texts(DunningTextKind::Threat))
            numbers << QString::number(t.number);
    } catch (const LedgerError &) {
    }
    m_texts->setText(numbers.isEmpty()
                         ? tr("obligatorisk; inga texter finns – lägg upp under Texter")
                         : tr("obligatorisk; texter som finns: %1")
                               .arg(numbers.join(QStringLiteral(", "))));
}

int ThreatScreen::numberField(QLineEdit *field, const QString &label)
{
    const QString text = field->text().trimmed();
    if (text.isEmpty())
        return 0; // core says it is required
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 0) {
        const QString message = tr("%1: \"%2\" är inte ett tal.").arg(label, text);
        setFieldError(message, field);
        throw LedgerError::refused(message);
    }
    return n;
}

ThreatSelection ThreatScreen::selection()
{
    ThreatSelection s;
    s.runDate = dateField(m_runDate, tr("Körningsdatum"));
    s.companyFrom = m_companyFrom->text().trimmed();
    s.companyTo = m_companyTo->text().trimmed();
    s.routineFrom = m_routineFrom->text().trimmed();
    s.routineTo = m_routineTo->text().trimmed();
    s.invoiceFrom = m_invoiceFrom->text().trimmed();
    s.invoiceTo = m_invoiceTo->text().trimmed();
    s.daysSinceCollection = numberField(m_days, tr("Antal dagar sedan inkassokrav"));
    s.textNumber = numberField(m_text, tr("Textnummer"));
    s.printInterest = m_interest->isChecked();
    return s;
}

// Core names the field in its reason; the focus goes there (UI.md "Keys").
void ThreatScreen::showRefusal(const QString &message)
{
    const auto pick = [&message](QLineEdit *from, QLineEdit *to) {
        if (message.contains(QLatin1String("t.o.m.")))
            return to;
        const QRegularExpressionMatch quoted =
            QRegularExpression(QStringLiteral("\"([^\"]*)\"")).match(message);
        if (quoted.hasMatch() && to->text().trimmed() == quoted.captured(1)
            && from->text().trimmed() != quoted.captured(1))
            return to;
        return from;
    };
    QWidget *field = nullptr;
    if (message.startsWith(QStringLiteral("Körningsdatum")))
        field = m_runDate;
    else if (message.startsWith(QStringLiteral("Företag")))
        field = pick(m_companyFrom, m_companyTo);
    else if (message.startsWith(QLatin1String("Rutin")))
        field = pick(m_routineFrom, m_routineTo);
    else if (message.startsWith(QLatin1String("Fakturanummer")))
        field = pick(m_invoiceFrom, m_invoiceTo);
    else if (message.startsWith(QLatin1String("Antal dagar")))
        field = m_days;
    else if (message.startsWith(QLatin1String("Textnummer")))
        field = m_text;
    setFieldError(message, field);
}

std::unique_ptr<ReportPager> ThreatScreen::createReport()
{
    ThreatRunResult result;
    if (m_pendingRun) {
        result = *m_pendingRun;
        m_pendingRun.reset();
    } else {
        m_resultBox->hide();
        m_note->clear();
        const ThreatSelection s = selection();
        try {
            result = ThreatRun(*ledger()).plan(s);
        } catch (const LedgerError &e) {
            showRefusal(e.message());
            throw;
        }
    }
    m_shown = result;
    return std::make_unique<HeldReportPager>(listOf(result));
}

void ThreatScreen::reportShown()
{
    QTableView *view = table();
    view->clearSpans();
    const int firstNumeric = model()->layout().columnIndex(QStringLiteral("to_pay"));
    for (int row = 0; row < model()->rowCount(); ++row)
        if (model()->reportRow(row).isSum())
            view->setSpan(row, 0, 1, firstNumeric);
    view->resizeColumnsToContents();
    if (!m_shown || !m_shown->dryRun)
        return;
    const ThreatRunResult &r = *m_shown;
    m_note->setText(r.items.isEmpty()
                        ? tr("Kontrollista: inga fordringar får hot på körningsdatum %1. "
                             "Ingenting är ändrat.")
                              .arg(isoDate(r.selection.runDate))
                        : tr("Kontrollista %1. Hot: %2. För manuell hantering: %3. Tas inte: %4. "
                             "Ingenting är ändrat.")
                              .arg(isoDate(r.selection.runDate))
                              .arg(r.items.size())
                              .arg(r.heldCount())
                              .arg(r.skipped.size()));
}

void ThreatScreen::previewLetters()
{
    if (!ledger())
        return;
    clearError();
    QList<DunningLetter> letters;
    try {
        ThreatRun threat(*ledger());
        const ThreatRunResult plan = threat.plan(selection());
        letters = threat.previewLetters(plan);
        if (letters.isEmpty()) {
            m_note->setText(plan.items.isEmpty()
                                ? tr("Inga fordringar får hot med detta urval.")
                                : tr("Alla %1 brev hålls för manuell hantering; inget att visa.")
                                      .arg(plan.items.size()));
            return;
        }
    } catch (const LedgerError &e) {
        if (errorText().isEmpty())
            showRefusal(e.message());
        return;
    }
    m_note->setText(tr("Förhandsgranskning av %n brev; ingenting är ändrat.", nullptr,
                       int(letters.size())));
    if (m_previewer)
        m_previewer(ThreatLetterDocument(letters));
}

QString ThreatScreen::pdfPath(const QDate &runDate)
{
    const QString name = suggestedPdfName(runDate);
    if (!m_outputDir.isEmpty())
        return QDir(m_outputDir).filePath(name);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Spara hotbreven som PDF"),
                                                QDir(dir).filePath(name), tr("PDF-fil (*.pdf)"));
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    return path;
}

void ThreatScreen::runThreats()
{
    if (!ledger())
        return;
    clearError();
    ThreatSelection s;
    ThreatRunResult plan;
    try {
        s = selection();
        plan = ThreatRun(*ledger()).plan(s);
    } catch (const LedgerError &e) {
        if (errorText().isEmpty())
            showRefusal(e.message());
        return;
    }
    const QString date = isoDate(plan.selection.runDate);
    if (plan.items.isEmpty()) {
        m_note->setText(tr("Inga fordringar får hot på körningsdatum %1; ingenting gjordes.")
                            .arg(date));
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Hot om betalningsföreläggande"),
                    tr("Körningsdatum %1, text %2. Fordringar som får hot: %n.", nullptr,
                       int(plan.items.size()))
                            .arg(date)
                            .arg(plan.selection.textNumber)
                        + QLatin1Char('\n')
                        + tr("Varav %1 skyddade för manuell hantering (inget brev skrivs).")
                              .arg(plan.heldCount())
                        + QStringLiteral("\n\n")
                        + tr("Breven skrivs och datum för hot stämplas på fordringarna. "
                             "Köra nu?"),
                    QMessageBox::NoButton, this);
    QPushButton *go = ask.addButton(tr("&Kör"), QMessageBox::AcceptRole);
    QPushButton *cancel = ask.addButton(tr("&Avbryt"), QMessageBox::RejectRole);
    ask.setDefaultButton(cancel);
    ask.setEscapeButton(cancel);
    ask.exec();
    if (ask.clickedButton() != go) {
        m_note->setText(tr("Ingen körning gjordes."));
        return;
    }
    // Where the letters go, before anything is stamped: there are no copies
    // of threats to print later.
    QString pdf;
    if (plan.items.size() > plan.heldCount()) {
        pdf = pdfPath(plan.selection.runDate);
        if (pdf.isEmpty()) {
            m_note->setText(tr("Ingen fil valdes för breven; ingen körning gjordes."));
            return;
        }
    }
    ThreatRunResult result;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        result = ThreatRun(*ledger()).run(s, [&pdf](const ThreatRunResult &r) {
            QString error;
            if (!r.letters.isEmpty() && !ThreatLetterDocument(r.letters).writePdf(pdf, &error))
                throw LedgerError::refused(tr("Breven kunde inte sparas: %1").arg(error));
        });
    } catch (const LedgerError &e) {
        QApplication::restoreOverrideCursor();
        m_note->setText(tr("Ingen körning gjordes; ingenting är ändrat."));
        showRefusal(e.message());
        return;
    }
    QApplication::restoreOverrideCursor();
    m_lastRun = result;
    m_lastPdf = result.letters.isEmpty() ? QString() : pdf;
    showResult(result, m_lastPdf);

    if (!result.letters.isEmpty()) {
        QMessageBox offer(QMessageBox::Question, tr("Skriv ut breven"),
                          tr("Skriva ut breven nu (%n brev)?", nullptr, int(result.letters.size())),
                          QMessageBox::NoButton, this);
        QPushButton *print = offer.addButton(tr("&Skriv ut"), QMessageBox::AcceptRole);
        QPushButton *later = offer.addButton(tr("&Inte nu"), QMessageBox::RejectRole);
        offer.setDefaultButton(print);
        offer.setEscapeButton(later);
        offer.exec();
        if (offer.clickedButton() == print && m_printer)
            m_printer(ThreatLetterDocument(result.letters));
    }
}

void ThreatScreen::showResult(const ThreatRunResult &r, const QString &pdf)
{
    QStringList lines;
    lines << tr("Hot om betalningsföreläggande med körningsdatum %1 är gjort. Fordringar: %n, "
                "skrivna brev: %2.",
                nullptr, int(r.items.size()))
                 .arg(isoDate(r.selection.runDate))
                 .arg(r.letters.size());
    QStringList held;
    for (const ThreatItem &i : r.items)
        if (i.held)
            held << QStringLiteral("%1/%2 %3").arg(i.company, i.invoiceNumber, i.name);
    if (!held.isEmpty())
        lines << tr("För manuell hantering (skyddad identitet, inget brev skrivet): %1")
                     .arg(held.join(QStringLiteral("; ")));
    lines << tr("Att betala sammanlagt %1 kr. Ingen avgift eller ränta debiterades.")
                 .arg(r.totalBalance().toString());
    if (!pdf.isEmpty())
        lines << tr("Breven är sparade i %1.").arg(QDir::toNativeSeparators(pdf));
    m_pendingRun = r;
    run(); // the run's list in the table
    m_result->setText(lines.join(QLatin1Char('\n')));
    m_resultBox->show();
    m_note->setText(tr("Körningen är klar. Listan nedan är körningens lista (F16 skriver ut den)."));
}

} // namespace rsk::ui
