#include "screens/paidinvoicepurgescreen.h"

#include "models/reporttablemodel.h"
#include "purgereceiptdocument.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace rsk::ui {

PaidInvoicePurgeScreen::PaidInvoicePurgeScreen(ScreenContext &context, QWidget *parent)
    : ReportScreen(context, QStringLiteral("purge"), parent)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kListCommand), this), &QAction::triggered, this,
            [this] { run(); });
    connect(commands().bind(QLatin1String(kRunCommand), this), &QAction::triggered, this,
            &PaidInvoicePurgeScreen::purge);

    auto *box = new QGroupBox(tr("Urval"), this);
    auto *grid = new QGridLayout(box);
    int row = 0;
    QWidget *previous = nullptr;
    auto chain = [&](QWidget *w) {
        if (previous)
            setTabOrder(previous, w);
        previous = w;
    };
    auto edit = [&](const char *name, int maxLength, int width = 0) {
        auto *e = new QLineEdit(box);
        e->setObjectName(QLatin1String(name));
        e->setMaxLength(maxLength);
        e->setMaximumWidth(width > 0 ? width : maxLength > 3 ? 110 : 60);
        chain(e);
        return e;
    };
    auto line = [&](const QString &label, QWidget *from, QWidget *to, const QString &hint) {
        grid->addWidget(new QLabel(label, box), row, 0);
        grid->addWidget(from, row, 1, 1, to ? 1 : 3);
        if (to) {
            grid->addWidget(new QLabel(tr("–"), box), row, 2);
            grid->addWidget(to, row, 3);
        }
        if (!hint.isEmpty())
            grid->addWidget(new QLabel(hint, box), row, 4);
        ++row;
    };
    m_companyFrom = edit("companyFrom", 3);
    m_companyTo = edit("companyTo", 3);
    m_companyFrom->setText(session().companyNumber());
    m_companyTo->setText(session().companyNumber());
    line(tr("Företag fr.o.m. – t.o.m."), m_companyFrom, m_companyTo, QString());
    m_routineFrom = edit("routineFrom", 2);
    m_routineTo = edit("routineTo", 2);
    line(tr("Rutin fr.o.m. – t.o.m."), m_routineFrom, m_routineTo, tr("tomt = alla"));
    m_invoiceFrom = edit("invoiceFrom", 9);
    m_invoiceTo = edit("invoiceTo", 9);
    line(tr("Fakturanummer fr.o.m. – t.o.m."), m_invoiceFrom, m_invoiceTo, tr("tomt = alla"));
    m_paidBefore = edit("paidBefore", 10);
    m_paidBefore->setPlaceholderText(tr("ÅÅMMDD"));
    line(tr("Fakturor med saldo noll och betalda före"), m_paidBefore, nullptr,
         tr("obligatorisk uppgift"));
    auto *codes = new QWidget(box);
    auto *codeRow = new QHBoxLayout(codes);
    codeRow->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < PaidInvoicePurgeSelection::MaxExcludedCodes; ++i) {
        QLineEdit *code = edit(qPrintable(QStringLiteral("code%1").arg(i + 1)), 1, 32);
        code->setParent(codes);
        codeRow->addWidget(code);
        m_codes << code;
    }
    codeRow->addStretch();
    line(tr("Ej kravkod"), codes, nullptr, tr("upp till 4 kravkoder som inte rensas"));

    auto *lists = new QWidget(box);
    auto *listGrid = new QGridLayout(lists);
    listGrid->setContentsMargins(0, 0, 0, 0);
    listGrid->addWidget(new QLabel(tr("Fakturarader"), lists), 0, 1);
    listGrid->addWidget(new QLabel(tr("Kravuppgifter"), lists), 0, 2);
    const QList<QPair<PurgeReceiptList::Order, const char *>> orders{
        {PurgeReceiptList::Order::InvoiceNumber, "Invoice"},
        {PurgeReceiptList::Order::Name, "Name"},
        {PurgeReceiptList::Order::IdNumber, "Id"}};
    const QStringList labels{tr("&Fakturanummerordning"), tr("&Namnordning"),
                             tr("&Personnummerordning")};
    for (int i = 0; i < orders.size(); ++i) {
        ListBoxes b{orders.at(i).first};
        const QString key = QLatin1String(orders.at(i).second);
        b.wanted = new QCheckBox(labels.at(i), lists);
        b.wanted->setObjectName(QStringLiteral("list") + key);
        b.lines = new QCheckBox(lists);
        b.lines->setObjectName(QStringLiteral("lines") + key);
        b.lines->setAccessibleName(tr("Fakturarader"));
        b.dunning = new QCheckBox(lists);
        b.dunning->setObjectName(QStringLiteral("dunning") + key);
        b.dunning->setAccessibleName(tr("Kravuppgifter"));
        for (QCheckBox *c : {b.wanted, b.lines, b.dunning})
            chain(c);
        listGrid->addWidget(b.wanted, i + 1, 0);
        listGrid->addWidget(b.lines, i + 1, 1, Qt::AlignHCenter);
        listGrid->addWidget(b.dunning, i + 1, 2, Qt::AlignHCenter);
        m_lists << b;
    }
    m_lists.first().wanted->setChecked(true);
    listGrid->setColumnStretch(3, 1);
    grid->addWidget(new QLabel(tr("Kvittenslistor"), box), row, 0, Qt::AlignTop);
    grid->addWidget(lists, row, 1, 1, 4);
    ++row;
    m_pdf = edit("pdfFile", 500, 420);
    line(tr("Kvittenslistan (PDF)"), m_pdf, nullptr, tr("skrivs innan något rensas"));
    setTabOrder(m_pdf, table());
    grid->setColumnStretch(5, 1);
    setSelectionForm(box);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("runNote"));
    m_note->setWordWrap(true);
    m_resultBox = new QGroupBox(tr("Rensningens resultat"), this);
    m_resultBox->setObjectName(QStringLiteral("resultBox"));
    m_result = new QLabel(m_resultBox);
    m_result->setObjectName(QStringLiteral("resultText"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    (new QVBoxLayout(m_resultBox))->addWidget(m_result);
    m_resultBox->hide();
    const int tableAt = contentLayout()->indexOf(table());
    auto *hint = new QLabel(tr("Enter/F8 endast lista (ändrar ingenting), F10 rensar: "
                               "kvittenslistan skrivs först, sedan tas fakturorna med "
                               "transaktioner bort ur reskontran. Kunderna finns kvar."),
                            this);
    hint->setWordWrap(true);
    contentLayout()->insertWidget(tableAt, hint);
    contentLayout()->insertWidget(tableAt + 1, m_note);
    contentLayout()->insertWidget(tableAt + 2, m_resultBox);

    if (!ledger()) {
        m_note->setText(tr("Ingen reskontra är öppen."));
        box->setEnabled(false);
    } else {
        m_pdf->setText(QDir::toNativeSeparators(
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QStringLiteral("rensning-betalda-%1.pdf")
                              .arg(ledger()->today().toString(Qt::ISODate)))));
    }
    setFocusProxy(m_paidBefore);
    m_paidBefore->setFocus();
}

void PaidInvoicePurgeScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    declareReportCommands(commands, id, QStringLiteral("purge"));
    commands.declare({QLatin1String(kListCommand), id, QKeySequence(Qt::Key_F8),
                      tr("Endast lista")});
    commands.declare({QLatin1String(kRunCommand), id, QKeySequence(Qt::Key_F10), tr("Rensa")});
}

QString PaidInvoicePurgeScreen::resultText() const
{
    return m_resultBox->isHidden() ? QString() : m_result->text();
}

QString PaidInvoicePurgeScreen::noteText() const
{
    return m_note->text();
}

PaidInvoicePurgeSelection PaidInvoicePurgeScreen::selection()
{
    PaidInvoicePurgeSelection s;
    s.companyFrom = companyField(m_companyFrom, tr("Företag fr.o.m."));
    s.companyTo = companyField(m_companyTo, tr("Företag t.o.m."));
    s.routineFrom = m_routineFrom->text().trimmed();
    s.routineTo = m_routineTo->text().trimmed();
    s.invoiceFrom = m_invoiceFrom->text().trimmed();
    s.invoiceTo = m_invoiceTo->text().trimmed();
    s.paidBefore = dateField(m_paidBefore, tr("Betalda före"));
    for (QLineEdit *code : std::as_const(m_codes)) {
        const QString text = code->text().trimmed();
        if (text.isEmpty())
            continue;
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < 1 || value > 9) {
            const QString message = tr("Ej kravkod: \"%1\" ska vara en kravkod 1–9.").arg(text);
            setFieldError(message, code);
            throw LedgerError::refused(message);
        }
        s.excludedDunningCodes << value;
    }
    for (const ListBoxes &b : std::as_const(m_lists))
        if (b.wanted->isChecked())
            s.lists << PurgeReceiptList{b.order, b.lines->isChecked(), b.dunning->isChecked()};
    return s;
}

void PaidInvoicePurgeScreen::showRefusal(const QString &message)
{
    const QList<QPair<QString, QWidget *>> fields{
        {QStringLiteral("Företag"), m_companyFrom},
        {QStringLiteral("Du har inte behörighet till företag"), m_companyFrom},
        {QStringLiteral("Rutin"), m_routineFrom},
        {QStringLiteral("Fakturanummer"), m_invoiceFrom},
        {QStringLiteral("Betalda före"), m_paidBefore},
        {QStringLiteral("Ej kravkod"), m_codes.first()},
        {QStringLiteral("Listor"), m_lists.first().wanted},
        {QStringLiteral("Kvittenslistan"), m_pdf}};
    QWidget *field = nullptr;
    for (const auto &f : fields)
        if (message.startsWith(f.first)) {
            field = f.second;
            break;
        }
    setFieldError(message, field);
}

std::unique_ptr<ReportPager> PaidInvoicePurgeScreen::createReport()
{
    PaidInvoicePurgeResult result;
    if (m_pendingRun) {
        result = *m_pendingRun;
        m_pendingRun.reset();
    } else {
        m_resultBox->hide();
        m_note->clear();
        const PaidInvoicePurgeSelection s = selection();
        try {
            result = PaidInvoicePurge(*ledger()).plan(s);
        } catch (const LedgerError &e) {
            showRefusal(e.message());
            throw;
        }
    }
    m_shown = result;
    return std::make_unique<HeldReportPager>(PaidInvoicePurge::list(result));
}

void PaidInvoicePurgeScreen::reportShown()
{
    QTableView *view = table();
    view->clearSpans();
    const int firstNumeric = model()->layout().columnIndex(QStringLiteral("amount"));
    for (int row = 0; row < model()->rowCount(); ++row)
        if (model()->reportRow(row).isSum())
            view->setSpan(row, 0, 1, firstNumeric);
    view->resizeColumnsToContents();
    if (!m_shown || !m_shown->dryRun)
        return;
    const PaidInvoicePurgeResult &r = *m_shown;
    m_note->setText(tr("Endast lista: %n fakturor skulle rensas, belopp %1 kr, inbetalt %2 kr; "
                       "%3 rensas inte (se anmärkningen). Ingenting är ändrat.",
                       nullptr, r.count())
                        .arg(r.amountTotal().toString(), r.paidTotal().toString())
                        .arg(r.blocked.size()));
}

void PaidInvoicePurgeScreen::purge()
{
    if (!ledger())
        return;
    clearError();
    PaidInvoicePurgeSelection s;
    PaidInvoicePurgeResult plan;
    try {
        s = selection();
        // Asked before the question, so that no one confirms what is refused.
        ledger()->access().requireRole(Role::Supervisor, tr("Rensning betalda fakturor"));
        plan = PaidInvoicePurge(*ledger()).plan(s);
    } catch (const LedgerError &e) {
        if (errorText().isEmpty())
            showRefusal(e.message());
        return;
    }
    if (plan.claims.isEmpty()) {
        m_note->setText(tr("Inga fakturor att rensa med detta urval; ingenting gjordes."));
        return;
    }
    const QString pdf = QDir::fromNativeSeparators(m_pdf->text().trimmed());
    if (pdf.isEmpty()) {
        setFieldError(tr("Kvittenslistan: ange filen som listan ska skrivas till."), m_pdf);
        return;
    }
    QMessageBox ask(QMessageBox::Warning, tr("Rensning betalda fakturor"),
                    tr("Rensa %n fakturor betalda före %1?", nullptr, plan.count())
                            .arg(plan.selection.paidBefore.toString(Qt::ISODate))
                        + QLatin1Char('\n')
                        + tr("Summa belopp %1 kr, inbetalt %2 kr, %3 transaktioner.")
                              .arg(plan.amountTotal().toString(), plan.paidTotal().toString())
                              .arg(plan.transactionCount())
                        + QLatin1Char('\n')
                        + tr("Kvittenslistan skrivs till %1.").arg(QDir::toNativeSeparators(pdf))
                        + QStringLiteral("\n\n")
                        + tr("Fakturorna och deras transaktioner tas bort ur reskontran och kan "
                             "inte tas fram igen. Rensa nu?"),
                    QMessageBox::NoButton, this);
    QPushButton *go = ask.addButton(tr("&Rensa"), QMessageBox::AcceptRole);
    QPushButton *cancel = ask.addButton(tr("&Avbryt"), QMessageBox::RejectRole);
    ask.setDefaultButton(cancel);
    ask.setEscapeButton(cancel);
    ask.exec();
    if (ask.clickedButton() != go) {
        m_note->setText(tr("Ingen rensning gjordes."));
        return;
    }

    PaidInvoicePurgeResult result;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        // The lists are also kept under Sparade utskrifter (handbook 9.1).
        result = PaidInvoicePurge(*ledger()).run(s, PurgeReceiptDocument::writerTo(pdf, ledger()),
                                                 plan.invoiceIds());
    } catch (const LedgerError &e) {
        QApplication::restoreOverrideCursor();
        m_note->setText(tr("Ingen rensning gjordes; ingenting är ändrat."));
        showRefusal(e.message());
        return;
    }
    QApplication::restoreOverrideCursor();
    m_lastRun = result;
    const QString lines
        = tr("Rensningen är gjord: %n fakturor, belopp %1 kr, inbetalt %2 kr, %3 transaktioner.",
             nullptr, result.count())
              .arg(result.amountTotal().toString(), result.paidTotal().toString())
              .arg(result.transactionCount())
          + QLatin1Char('\n')
          + tr("Kvittenslistan: %1").arg(QDir::toNativeSeparators(pdf));
    m_pendingRun = result;
    run(); // the kvittenslista
    m_result->setText(lines);
    m_resultBox->show();
    m_note->setText(tr("Listan nedan är kvittenslistan (F16 skriver ut den)."));
}

} // namespace rsk::ui
