#include "screens/replacementinvoicescreen.h"

#include "ledger/companysettings.h"
#include "print/documentpreview.h"
#include "replacementinvoicedocument.h"
#include "screencontext.h"
#include "session.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rsk::ui {

namespace {

QTableWidgetItem *cell(const QString &text, bool right = false, bool editable = false)
{
    auto *item = new QTableWidgetItem(text);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (!editable)
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString stampText(const QString &stamp)
{
    const QDateTime at = QDateTime::fromString(stamp, Qt::ISODate);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : stamp;
}

QLabel *valueLabel(const char *name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}

} // namespace

ReplacementInvoiceScreen::ReplacementInvoiceScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent),
      m_ledger(context.session.context().ledger),
      m_previewer([this](const ReplacementInvoiceDocument &d) {
          PrintTarget target;
          if (m_ledger)
              target.printer = CompanySettings(*m_ledger).routinePrinter(d.invoice().company,
                                                                         d.invoice().routine);
          return previewAndPrint(this, tr("Ersättningsfaktura %1").arg(d.invoice().invoiceNumber),
                                 [&d](QPrinter *p) { d.print(p); }, target);
      })
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kPdfCommand), this), &QAction::triggered, this,
            [this] { issue(true); });
    connect(commands().bind(QLatin1String(kPrintCommand), this), &QAction::triggered, this,
            [this] { issue(false); });

    m_company = new QLineEdit(this);
    m_company->setObjectName(QStringLiteral("companyEdit"));
    m_company->setMaxLength(3);
    m_company->setFixedWidth(50);
    m_company->setText(session().companyNumber());
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("invoiceNumberEdit"));
    m_number->setMaxLength(9);
    m_number->setFixedWidth(110);
    m_number->setPlaceholderText(tr("9 siffror"));
    auto *companyLabel = new QLabel(tr("F&öretag:"), this);
    companyLabel->setBuddy(m_company);
    auto *numberLabel = new QLabel(tr("Faktura&nummer:"), this);
    numberLabel->setBuddy(m_number);
    auto *header = new QHBoxLayout;
    header->addWidget(companyLabel);
    header->addWidget(m_company);
    header->addSpacing(12);
    header->addWidget(numberLabel);
    header->addWidget(m_number);
    header->addStretch(1);
    connect(m_company, &QLineEdit::returnPressed, this, &ReplacementInvoiceScreen::load);
    connect(m_number, &QLineEdit::returnPressed, this, &ReplacementInvoiceScreen::load);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00000;"));
    m_error->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(createClaimBox(), 3);
    top->addWidget(createOptionsBox(), 2);
    contentLayout()->addLayout(header);
    contentLayout()->addLayout(top);
    contentLayout()->addWidget(createPaymentsBox(), 1);
    contentLayout()->addWidget(m_error);
    contentLayout()->addWidget(m_status);

    // Reading order (UI.md).
    const QList<QWidget *> order{m_company, m_number, m_handler, m_originalDate, m_payments};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    setFocusProxy(m_number);

    clearClaim();
    if (!m_ledger)
        setError(tr("Ingen reskontra är öppen."));
    else
        m_status->setText(tr("Skriv företag och fakturanummer och tryck Enter."));
    m_number->setFocus();
}

void ReplacementInvoiceScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    commands.declare({QLatin1String(kPdfCommand), id, QKeySequence(Qt::Key_F8), tr("PDF")});
    commands.declare({QLatin1String(kPrintCommand), id, QKeySequence(Qt::Key_F16),
                      tr("Skriv ut")});
}

QWidget *ReplacementInvoiceScreen::createClaimBox()
{
    auto *box = new QGroupBox(tr("Fakturan"), this);
    auto *form = new QFormLayout(box);
    m_receiver = valueLabel("receiverLabel", box);
    m_facts = valueLabel("factsLabel", box);
    m_warning = valueLabel("warningLabel", box);
    m_warning->setStyleSheet(QStringLiteral("color: #9a5b00;"));
    m_issued = valueLabel("issuedLabel", box);
    form->addRow(tr("Fakturamottagare:"), m_receiver);
    form->addRow(tr("Fakturan:"), m_facts);
    form->addRow(QString(), m_warning);
    form->addRow(tr("Tidigare:"), m_issued);
    return box;
}

QWidget *ReplacementInvoiceScreen::createOptionsBox()
{
    auto *box = new QGroupBox(tr("Uppgifter ut på fakturan"), this);
    auto *form = new QFormLayout(box);
    // No maxLength: a longer handler is refused with the reason, not cut silently.
    m_handler = new QLineEdit(box);
    m_handler->setObjectName(QStringLiteral("handlerEdit"));
    auto *handlerLabel = new QLabel(tr("Ny h&andläggare:"), box);
    handlerLabel->setBuddy(m_handler);
    m_originalDate =
        new QCheckBox(tr("&Ursprungligt framställningsdatum (annars dagens datum)"), box);
    m_originalDate->setObjectName(QStringLiteral("originalDateCheck"));
    form->addRow(handlerLabel, m_handler);
    form->addRow(m_originalDate);
    connect(m_handler, &QLineEdit::returnPressed, this, [this] { issue(false); });
    return box;
}

QWidget *ReplacementInvoiceScreen::createPaymentsBox()
{
    auto *box = new QGroupBox(tr("Gjorda inbetalningar (kreditering m.m.) – text som skrivs "
                                 "ut på fakturan"),
                              this);
    auto *layout = new QVBoxLayout(box);
    m_payments = new QTableWidget(0, ColumnCount, box);
    m_payments->setObjectName(QStringLiteral("paymentsTable"));
    m_payments->setHorizontalHeaderLabels({tr("Inbetalningssätt"), tr("Registrerad"),
                                           tr("Transaktionsdatum"), tr("Belopp"),
                                           tr("Text på fakturan")});
    // Typing on a row edits its text (the only editable column); Enter keeps it.
    m_payments->setEditTriggers(QAbstractItemView::AnyKeyPressed
                                | QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::DoubleClicked);
    m_payments->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_payments->setSelectionMode(QAbstractItemView::SingleSelection);
    m_payments->setTabKeyNavigation(false);
    m_payments->setAlternatingRowColors(true);
    m_payments->verticalHeader()->hide();
    m_payments->verticalHeader()->setDefaultSectionSize(m_payments->fontMetrics().height() + 8);
    m_payments->horizontalHeader()->setStretchLastSection(true);
    connect(m_payments, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != Text)
            return;
        setModified(true);
        m_status->setText(tr("Texten är ändrad; den sparas när fakturan skrivs ut."));
    });
    m_paymentsNote = new QLabel(box);
    m_paymentsNote->setObjectName(QStringLiteral("paymentsNote"));
    m_paymentsNote->setWordWrap(true);
    layout->addWidget(m_payments, 1);
    layout->addWidget(m_paymentsNote);
    return box;
}

QString ReplacementInvoiceScreen::errorText() const
{
    return m_error->text();
}

QString ReplacementInvoiceScreen::statusText() const
{
    return m_status->text();
}

void ReplacementInvoiceScreen::setError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    if (field && !message.isEmpty())
        field->setFocus();
}

void ReplacementInvoiceScreen::showClaim(const QString &company, const QString &invoiceNumber)
{
    if (!confirmClose())
        return;
    m_company->setText(company);
    m_number->setText(invoiceNumber);
    load();
}

void ReplacementInvoiceScreen::clearClaim()
{
    m_draft.reset();
    m_filling = true;
    m_payments->setRowCount(0);
    m_filling = false;
    for (QLabel *l : {m_receiver, m_facts, m_warning, m_issued, m_paymentsNote})
        l->clear();
    setModified(false);
}

void ReplacementInvoiceScreen::load()
{
    setError(QString());
    m_status->clear();
    clearClaim();
    if (!m_ledger)
        return;
    const QString company = m_company->text().trimmed();
    const QString number = m_number->text().trimmed();
    if (company.isEmpty() || number.isEmpty()) {
        setError(tr("Skriv både företag och fakturanummer."),
                 company.isEmpty() ? m_company : m_number);
        return;
    }
    try {
        m_draft = ReplacementInvoices(*m_ledger).prepare(company, number);
    } catch (const LedgerError &e) {
        setError(e.message(), m_number);
        m_number->selectAll();
        return;
    }
    showDraft();
    m_handler->setFocus();
}

void ReplacementInvoiceScreen::showDraft()
{
    const Invoice &c = m_draft->claim;
    m_company->setText(c.company);
    m_number->setText(c.invoiceNumber);
    QStringList receiver{c.name, c.name2};
    receiver.removeAll(QString());
    m_receiver->setText(receiver.join(QLatin1String(", ")));
    m_facts->setText(tr("Fakturadatum %1 · förfallodag %2 · fakturabelopp %3 · att betala %4")
                         .arg(isoDate(c.invoiceDate), isoDate(c.dueDate), c.amount.toString(),
                              c.balance.toString()));
    QStringList warnings;
    if (!c.balance.isPositive())
        warnings << tr("Fakturan har inget kvar att betala; ingen ersättningsfaktura behövs.");
    else if (c.dueDate.isValid() && c.dueDate < m_ledger->today())
        warnings << tr("Förfallodagen %1 har passerat. Vill du ha en ny förfallodag, ändra den "
                       "först på kundfakturan (F5).")
                        .arg(isoDate(c.dueDate));
    m_warning->setText(warnings.join(QLatin1Char(' ')));
    m_issued->setText(m_draft->issuedBefore == 0
                          ? tr("Ingen ersättningsfaktura har skrivits ut.")
                          : tr("Utskrivna ersättningsfakturor: %1, senast %2 av %3.")
                                .arg(m_draft->issuedBefore)
                                .arg(stampText(m_draft->lastIssuedAt), m_draft->lastIssuedBy));

    m_filling = true;
    m_payments->setRowCount(int(m_draft->payments.size()));
    for (int r = 0; r < m_draft->payments.size(); ++r) {
        const ReplacementPayment &p = m_draft->payments.at(r);
        m_payments->setItem(r, Method, cell(QStringLiteral("%1 %2").arg(p.method, p.methodText)));
        m_payments->setItem(r, Registered, cell(isoDate(p.registeredDate)));
        m_payments->setItem(r, TransactionDate, cell(isoDate(p.transactionDate)));
        m_payments->setItem(r, Amount, cell(p.effect.toString(), true));
        auto *text = cell(p.text, false, true);
        text->setToolTip(tr("Högst %1 tecken; tom text skriver bara beloppet.")
                             .arg(limits::Remark));
        m_payments->setItem(r, Text, text);
    }
    m_filling = false;
    m_payments->resizeColumnsToContents();
    // The last column takes the rest of the width again (the header only
    // stretches it anew when told).
    m_payments->horizontalHeader()->setStretchLastSection(false);
    m_payments->horizontalHeader()->setStretchLastSection(true);
    if (!m_draft->payments.isEmpty())
        m_payments->setCurrentCell(0, Text);
    m_paymentsNote->setText(
        m_draft->payments.isEmpty()
            ? tr("Inga inbetalningar eller andra händelser på fakturan.")
            : tr("Skriv på en rad för att ändra texten, Enter behåller den. Tom text skriver "
                 "bara beloppet."));
    setModified(false);
    m_status->setText(tr("F16 förhandsgranskar och skriver ut ersättningsfakturan, F8 sparar "
                         "den som PDF."));
}

std::optional<ReplacementInvoice> ReplacementInvoiceScreen::make()
{
    setError(QString());
    if (!m_ledger)
        return std::nullopt;
    if (!m_draft) {
        setError(tr("Visa en faktura först (företag, fakturanummer, Enter)."), m_number);
        return std::nullopt;
    }
    ReplacementInvoiceOptions options;
    options.newHandler = m_handler->text();
    options.originalDate = m_originalDate->isChecked();
    for (int r = 0; r < m_draft->payments.size(); ++r)
        options.texts.insert(m_draft->payments.at(r).transactionId,
                             m_payments->item(r, Text)->text());
    try {
        return ReplacementInvoices(*m_ledger).make(m_draft->claim.company,
                                                   m_draft->claim.invoiceNumber, options);
    } catch (const LedgerError &e) {
        QWidget *field = nullptr;
        if (e.message().contains(tr("handläggare"), Qt::CaseInsensitive))
            field = m_handler;
        else if (e.message().contains(tr("Texten"), Qt::CaseInsensitive))
            field = m_payments;
        setError(e.message(), field);
        return std::nullopt;
    }
}

void ReplacementInvoiceScreen::issue(bool toPdf)
{
    const auto invoice = make();
    if (!invoice)
        return;
    const ReplacementInvoiceDocument document(*invoice);
    QString where;
    if (toPdf) {
        const QString path = choosePdfPath(
            this, tr("Spara ersättningsfakturan som PDF"),
            QStringLiteral("ersattningsfaktura-%1.pdf").arg(invoice->invoiceNumber), m_outputDir);
        if (path.isEmpty())
            return;
        QString error;
        if (!document.writePdf(path, &error)) {
            setError(error);
            return;
        }
        m_lastPdf = path;
        where = tr(", skriven till %1").arg(QDir::toNativeSeparators(path));
    } else if (!m_previewer || !m_previewer(document)) {
        m_status->setText(tr("Ersättningsfakturan skrevs inte ut."));
        return;
    }
    try {
        ReplacementInvoices(*m_ledger).record(*invoice);
    } catch (const LedgerError &e) {
        setError(e.message());
        return;
    }
    const QString done = tr("Ersättningsfaktura för %1 är framtagen och noterad: att betala %2, "
                            "förfallodag %3%4.")
                             .arg(invoice->invoiceNumber, invoice->toPay.toString(),
                                  isoDate(invoice->dueDate), where);
    load(); // shows the texts as stored and the count of invoices sent
    m_status->setText(done);
}

} // namespace rsk::ui
