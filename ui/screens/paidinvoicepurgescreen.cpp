#include "screens/paidinvoicepurgescreen.h"

#include "purgereceiptdocument.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>

namespace rsk::ui {

PaidInvoicePurgeScreen::PaidInvoicePurgeScreen(ScreenContext &context, QWidget *parent)
    : RunScreen(context, QStringLiteral("purge"), QStringLiteral("amount"), parent)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kListCommand), this), &QAction::triggered, this,
            [this] { run(); });
    connect(commands().bind(QLatin1String(kRunCommand), this), &QAction::triggered, this,
            &PaidInvoicePurgeScreen::purge);

    SelectionGrid form(new QGroupBox(tr("Urval"), this), tr("–"));
    form.spanSingleFields();
    QGroupBox *box = form.box();
    m_companyFrom = form.edit("companyFrom", 3);
    m_companyTo = form.edit("companyTo", 3);
    m_companyFrom->setText(session().companyNumber());
    m_companyTo->setText(session().companyNumber());
    form.line(tr("Företag fr.o.m. – t.o.m."), m_companyFrom, m_companyTo);
    m_routineFrom = form.edit("routineFrom", 2);
    m_routineTo = form.edit("routineTo", 2);
    form.line(tr("Rutin fr.o.m. – t.o.m."), m_routineFrom, m_routineTo, tr("tomt = alla"));
    m_invoiceFrom = form.edit("invoiceFrom", 9);
    m_invoiceTo = form.edit("invoiceTo", 9);
    form.line(tr("Fakturanummer fr.o.m. – t.o.m."), m_invoiceFrom, m_invoiceTo,
              tr("tomt = alla"));
    m_paidBefore = form.edit("paidBefore", 10);
    m_paidBefore->setPlaceholderText(tr("ÅÅMMDD"));
    form.line(tr("Fakturor med saldo noll och betalda före"), m_paidBefore, nullptr,
              tr("obligatorisk uppgift"));
    auto *codes = new QWidget(box);
    auto *codeRow = new QHBoxLayout(codes);
    codeRow->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < PaidInvoicePurgeSelection::MaxExcludedCodes; ++i) {
        QLineEdit *code = form.edit(qPrintable(QStringLiteral("code%1").arg(i + 1)), 1, 32);
        code->setParent(codes);
        codeRow->addWidget(code);
        m_codes << code;
    }
    codeRow->addStretch();
    form.line(tr("Ej kravkod"), codes, nullptr, tr("upp till 4 kravkoder som inte rensas"));

    auto *lists = new QWidget(box);
    auto *listGrid = new QGridLayout(lists);
    listGrid->setContentsMargins(0, 0, 0, 0);
    listGrid->addWidget(new QLabel(tr("Fakturarader"), lists), 0, 1);
    listGrid->addWidget(new QLabel(tr("Kravuppgifter"), lists), 0, 2);
    const QList<QPair<PurgeReceiptList::Order, const char *>> orders{
        {PurgeReceiptList::Order::InvoiceNumber, "Invoice"},
        {PurgeReceiptList::Order::Name, "Name"},
        {PurgeReceiptList::Order::IdNumber, "Id"}};
    const QStringList labels{tr("Fakturanummer&ordning"), tr("&Namnordning"),
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
            form.chain(c);
        listGrid->addWidget(b.wanted, i + 1, 0);
        listGrid->addWidget(b.lines, i + 1, 1, Qt::AlignHCenter);
        listGrid->addWidget(b.dunning, i + 1, 2, Qt::AlignHCenter);
        m_lists << b;
    }
    m_lists.first().wanted->setChecked(true);
    listGrid->setColumnStretch(3, 1);
    form.wideLine(tr("Kvittenslistor"), lists, Qt::AlignTop);
    m_pdf = form.edit("pdfFile", 500, 420);
    form.line(tr("Kvittenslistan (PDF)"), m_pdf, nullptr, tr("skrivs innan något rensas"));
    if (ledger())
        m_pdf->setText(QDir::toNativeSeparators(
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QStringLiteral("rensning-betalda-%1.pdf")
                              .arg(ledger()->today().toString(Qt::ISODate)))));
    setRunForm(form, m_paidBefore, tr("Rensningens resultat"),
               tr("Enter/F8 endast lista (ändrar ingenting), F10 rensar: "
                  "kvittenslistan skrivs först, sedan tas fakturorna med "
                  "transaktioner bort ur reskontran. Kunderna finns kvar."),
               tr("Ingen reskontra är öppen."));
}

void PaidInvoicePurgeScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    declareReportCommands(commands, id, QStringLiteral("purge"));
    commands.declare({QLatin1String(kListCommand), id, QKeySequence(Qt::Key_F8),
                      tr("Endast lista")});
    commands.declare({QLatin1String(kRunCommand), id, QKeySequence(Qt::Key_F10), tr("Rensa")});
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

QWidget *PaidInvoicePurgeScreen::refusedField(const QString &message) const
{
    return fieldFor(message, {{"Företag", m_companyFrom},
                              {"Du har inte behörighet till företag", m_companyFrom},
                              {"Rutin", m_routineFrom},
                              {"Fakturanummer", m_invoiceFrom},
                              {"Betalda före", m_paidBefore},
                              {"Ej kravkod", m_codes.first()},
                              {"Listor", m_lists.first().wanted},
                              {"Kvittenslistan", m_pdf}});
}

PaidInvoicePurgeResult PaidInvoicePurgeScreen::planList()
{
    const PaidInvoicePurgeSelection s = selection();
    return PaidInvoicePurge(*ledger()).plan(s);
}

ReportTable PaidInvoicePurgeScreen::listTable(const PaidInvoicePurgeResult &result) const
{
    return PaidInvoicePurge::list(result);
}

QString PaidInvoicePurgeScreen::listNote(const PaidInvoicePurgeResult &r) const
{
    return tr("Endast lista: %n fakturor skulle rensas, belopp %1 kr, inbetalt %2 kr; "
              "%3 rensas inte (se anmärkningen). Ingenting är ändrat.",
              nullptr, r.count())
        .arg(r.amountTotal().toString(), r.paidTotal().toString())
        .arg(r.blocked.size());
}

void PaidInvoicePurgeScreen::purge()
{
    if (!ledger())
        return;
    clearError();
    PaidInvoicePurgeSelection s;
    PaidInvoicePurgeResult plan;
    if (!tryPlan([&] {
            s = selection();
            // Asked before the question, so that no one confirms what is refused.
            ledger()->access().requireRole(Role::Supervisor, tr("Rensning betalda fakturor"));
            plan = PaidInvoicePurge(*ledger()).plan(s);
        }))
        return;
    if (plan.claims.isEmpty()) {
        setNote(tr("Inga fakturor att rensa med detta urval; ingenting gjordes."));
        return;
    }
    const QString pdf = QDir::fromNativeSeparators(m_pdf->text().trimmed());
    if (pdf.isEmpty()) {
        setFieldError(tr("Kvittenslistan: ange filen som listan ska skrivas till."), m_pdf);
        return;
    }
    if (!confirm(QMessageBox::Warning, tr("Rensning betalda fakturor"),
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
                 tr("&Rensa"), tr("&Avbryt"))) {
        setNote(tr("Ingen rensning gjordes."));
        return;
    }

    PaidInvoicePurgeResult result;
    if (!runBusy(
            [&] {
                // The lists are also kept under Sparade utskrifter (handbook 9.1).
                result = PaidInvoicePurge(*ledger()).run(
                    s, PurgeReceiptDocument::writerTo(pdf, ledger()), plan.invoiceIds());
            },
            tr("Ingen rensning gjordes; ingenting är ändrat.")))
        return;
    m_lastRun = result;
    // The kvittenslista in the table.
    showRun(result,
            {tr("Rensningen är gjord: %n fakturor, belopp %1 kr, inbetalt %2 kr, %3 "
                "transaktioner.",
                nullptr, result.count())
                 .arg(result.amountTotal().toString(), result.paidTotal().toString())
                 .arg(result.transactionCount()),
             tr("Kvittenslistan: %1").arg(QDir::toNativeSeparators(pdf))},
            tr("Listan nedan är kvittenslistan (F16 skriver ut den)."));
}

} // namespace rsk::ui
