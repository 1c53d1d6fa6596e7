#include "screens/claimtabs.h"

#include "dates/dateparse.h"
#include "ids/swedishid.h"
#include "interest/interestcalculator.h"
#include "ledger/claimnotes.h"
#include "ledger/claimoverview.h"
#include "ledger/protectedidentity.h"
#include "ledger/types.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rsk::ui {

namespace {

QTableWidget *makeTable(const char *name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, headers.size(), parent);
    table->setObjectName(QLatin1String(name));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

void setCell(QTableWidget *table, int row, int column, const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number) // UI.md "Look": numbers right-aligned
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, column, item);
}

QString money(Money m)
{
    return m.toString();
}

QString dateOrBlank(const QDate &d)
{
    return d.isValid() ? isoDate(d) : QString();
}

QString idDisplay(const QString &normalized, const QDate &today)
{
    if (normalized.isEmpty())
        return {};
    const auto id = SwedishId::parse(normalized, today);
    return id ? id->display() : normalized;
}

} // namespace

QString localStamp(const QString &isoStamp)
{
    const QDateTime t = QDateTime::fromString(isoStamp, Qt::ISODate);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : isoStamp;
}

ClaimFormBox::ClaimFormBox(const QString &title, QWidget *parent)
    : QWidget(parent), m_form(new QFormLayout)
{
    auto *box = new QGroupBox(title, this);
    m_form->setVerticalSpacing(2);
    m_form->setLabelAlignment(Qt::AlignLeft);
    box->setLayout(m_form);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
}

QLabel *ClaimFormBox::addRow(const char *objectName, const QString &label, bool isMoney)
{
    auto *value = new QLabel(this);
    value->setObjectName(QLatin1String(objectName));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setMinimumWidth(90);
    if (isMoney)
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->addRow(label, value);
    return value;
}

// --- Fakturauppgifter ------------------------------------------------------

ClaimInvoiceTab::ClaimInvoiceTab(QWidget *parent) : QWidget(parent)
{
    auto *receiver = new ClaimFormBox(tr("Fakturamottagare"), this);
    auto *facts = new ClaimFormBox(tr("Faktura"), this);
    auto *balance = new ClaimFormBox(tr("Saldo"), this);
    const auto row = [this](ClaimFormBox *box, const char *name, const QString &label,
                            bool isMoney = false) {
        m_values.insert(QLatin1String(name), box->addRow(name, label, isMoney));
    };
    row(receiver, "receiverName", tr("Namn:"));
    row(receiver, "receiverName2", tr("Namn 2:"));
    row(receiver, "receiverCo", tr("C/o:"));
    row(receiver, "receiverAddress", tr("Adress:"));
    row(receiver, "receiverPostal", tr("Postnr/ort:"));
    row(receiver, "receiverCountry", tr("Landskod:"));
    row(receiver, "receiverId", tr("Person-/org.nr:"));
    row(receiver, "customerNumber", tr("Kundnummer:"));
    row(facts, "invoiceDate", tr("Fakturadatum:"));
    row(facts, "dueDate", tr("Förfallodag:"));
    row(facts, "ocr", tr("OCR-referens:"));
    row(facts, "registerId", tr("Register-id:"));
    row(facts, "department", tr("Förv/avd:"));
    row(facts, "handler", tr("Handläggare:"));
    row(facts, "description", tr("Avser:"));
    row(facts, "finalPaid", tr("Slutbetald:"));
    row(balance, "amount", tr("Ursprungligt belopp:"), true);
    row(balance, "capitalOpen", tr("Kapital kvar:"), true);
    row(balance, "reminderFeeOpen", tr("Påminnelseavgift:"), true);
    row(balance, "collectionFeeOpen", tr("Inkassoavgift:"), true);
    row(balance, "interestOpen", tr("Upplupen ränta:"), true);
    row(balance, "paid", tr("Inbetalt:"), true);
    row(balance, "balance", tr("Saldo:"), true);
    QFont bold = m_values.value(QStringLiteral("balance"))->font();
    bold.setBold(true);
    m_values.value(QStringLiteral("balance"))->setFont(bold);

    m_lines = makeTable("linesTable", {tr("Rad"), tr("Text"), tr("Belopp")}, this);
    m_lines->horizontalHeader()->setStretchLastSection(false);
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto *top = new QHBoxLayout;
    top->addWidget(receiver, 3);
    top->addWidget(facts, 3);
    top->addWidget(balance, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Fakturarader (F9 växlar text/kontering):"), this));
    layout->addWidget(m_lines, 1);
    setFocusProxy(m_lines);
}

void ClaimInvoiceTab::showClaim(const Invoice &c, const QDate &today, bool addressWithheld)
{
    const auto set = [this](const char *name, const QString &text) {
        m_values.value(QLatin1String(name))->setText(text);
    };
    set("receiverName", c.name);
    set("receiverName2", c.name2);
    if (addressWithheld) {
        set("receiverCo", QString());
        set("receiverAddress", ProtectedIdentity::withheldText());
        set("receiverPostal", QString());
        set("receiverCountry", QString());
    } else {
        set("receiverCo", c.co);
        set("receiverAddress", c.address);
        set("receiverPostal", QStringLiteral("%1 %2").arg(c.postalCode, c.city).trimmed());
        set("receiverCountry", c.country);
    }
    set("receiverId", idDisplay(c.idNumber, today));
    set("customerNumber", c.customerNumber);
    set("invoiceDate", isoDate(c.invoiceDate));
    set("dueDate", isoDate(c.dueDate));
    set("ocr", c.ocr);
    set("registerId", c.registerId);
    set("department", c.department);
    set("handler", c.handler);
    set("description", c.description);
    set("finalPaid", c.finalPaidDate.isValid() ? isoDate(c.finalPaidDate) : tr("nej"));
    set("amount", money(c.amount));
    set("capitalOpen", money(c.capitalOpen));
    set("reminderFeeOpen", money(c.reminderFeeOpen));
    set("collectionFeeOpen", money(c.collectionFeeOpen));
    set("interestOpen", money(c.interestOpen));
    set("paid", money(c.paid));
    set("balance", money(c.balance));
    m_lineRows.clear();
    for (const InvoiceLine &l : c.lines)
        m_lineRows.append({QString::number(l.lineNo), l.text, l.account, money(l.amount)});
    fillLines();
}

void ClaimInvoiceTab::clear()
{
    for (QLabel *l : std::as_const(m_values))
        l->clear();
    m_lineRows.clear();
    fillLines();
}

void ClaimInvoiceTab::toggleLineColumn()
{
    m_showAccounts = !m_showAccounts;
    fillLines();
}

void ClaimInvoiceTab::fillLines()
{
    m_lines->setHorizontalHeaderItem(
        1, new QTableWidgetItem(m_showAccounts ? tr("Kontering") : tr("Text")));
    m_lines->setRowCount(int(m_lineRows.size()));
    for (int r = 0; r < m_lineRows.size(); ++r) {
        const QStringList &row = m_lineRows.at(r);
        setCell(m_lines, r, 0, row.at(0), true);
        setCell(m_lines, r, 1, m_showAccounts ? row.at(2) : row.at(1));
        setCell(m_lines, r, 2, row.at(3), true);
    }
    m_lines->resizeColumnToContents(0);
    m_lines->resizeColumnToContents(2);
}

// --- Kravuppgifter ---------------------------------------------------------

ClaimDunningTab::ClaimDunningTab(QWidget *parent) : QWidget(parent)
{
    auto *steps = new ClaimFormBox(tr("Kravverksamhet"), this);
    auto *other = new ClaimFormBox(tr("Kravkod och bevakning"), this);
    const auto row = [this](ClaimFormBox *box, const char *name, const QString &label,
                            bool isMoney = false) {
        m_values.insert(QLatin1String(name), box->addRow(name, label, isMoney));
    };
    row(steps, "reminder1Date", tr("Påminnelse 1:"));
    row(steps, "reminder2Date", tr("Påminnelse 2:"));
    row(steps, "reminderFee", tr("Påminnelseavgift:"));
    row(steps, "collectionDate", tr("Inkassokrav:"));
    row(steps, "collectionFee", tr("Inkassoavgift:"));
    row(steps, "residualDate", tr("Restkrav:"));
    row(steps, "threatDate", tr("Hot om betalningsföreläggande:"));
    row(steps, "paymentOrderDate", tr("Betalningsföreläggande:"));
    row(steps, "paymentPlanDate", tr("Amorteringsplan:"));
    row(steps, "agencyTransferDate", tr("Överförd till inkasso:"));
    row(other, "dunningCode", tr("Kravkod:"));
    row(other, "dunningCodeUntil", tr("Kravkod t.o.m.:"));
    row(other, "watchText", tr("Betalningsbevakning:"));
    row(other, "interestDebited", tr("Uppdebiterad ränta:"));
    row(other, "interestUndebited", tr("Ränta, ej uppdebiterad:"));
    row(other, "interestInvoice", tr("Räntefaktura:"));
    m_values.value(QStringLiteral("watchText"))->setStyleSheet(QStringLiteral("color: #b00000;"));

    auto *interest = new QGroupBox(tr("Upplupen dröjsmålsränta (F15)"), this);
    m_interestTo = new QComboBox(interest);
    m_interestTo->setObjectName(QStringLiteral("interestToCombo"));
    m_interestTo->addItems({tr("till dagens datum"), tr("till slutbetalningsdatum"),
                            tr("till datum")});
    m_interestDate = new QLineEdit(interest);
    m_interestDate->setObjectName(QStringLiteral("interestDateEdit"));
    m_interestDate->setMaxLength(10);
    m_interestDate->setPlaceholderText(tr("ÅÅMMDD"));
    m_interestDate->setMaximumWidth(110);
    m_interestResult = new QLabel(interest);
    m_interestResult->setObjectName(QStringLiteral("interestResult"));
    m_interestResult->setWordWrap(true);
    m_periods = makeTable("interestPeriods",
                          {tr("Från"), tr("Till"), tr("Dagar"), tr("Räntesats"), tr("Underlag"),
                           tr("Ränta")},
                          interest);
    auto *choose = new QHBoxLayout;
    choose->addWidget(new QLabel(tr("Beräkna"), interest));
    choose->addWidget(m_interestTo);
    choose->addWidget(m_interestDate);
    choose->addStretch(1);
    auto *interestLayout = new QVBoxLayout(interest);
    interestLayout->addLayout(choose);
    interestLayout->addWidget(m_interestResult);
    interestLayout->addWidget(m_periods, 1);
    connect(m_interestTo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_interestDate->setEnabled(index == ToDate);
    });
    m_interestDate->setEnabled(false);
    m_interestTo->installEventFilter(this);
    m_interestDate->installEventFilter(this);

    auto *debt = new QGroupBox(tr("Total skuld och fakturerat i år"), this);
    m_debtNote = new QLabel(debt);
    m_debtNote->setObjectName(QStringLiteral("debtNote"));
    m_debtNote->setWordWrap(true);
    m_debt = makeTable("debtTable",
                       {tr("Företag"), tr("Skuld"), tr("Obet."), tr("Fakt. i år"),
                        tr("Antal")},
                       debt);
    m_debt->horizontalHeader()->setStretchLastSection(false);
    auto *debtLayout = new QVBoxLayout(debt);
    debtLayout->addWidget(m_debtNote);
    debtLayout->addWidget(m_debt, 1);

    auto *top = new QHBoxLayout;
    top->addWidget(steps, 1);
    top->addWidget(other, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(interest, 3);
    bottom->addWidget(debt, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(bottom, 1);
    setFocusProxy(m_interestTo);
}

void ClaimDunningTab::showClaim(const Invoice &c, const QString &dunningCodeText)
{
    const auto set = [this](const char *name, const QString &text) {
        m_values.value(QLatin1String(name))->setText(text);
    };
    const auto fee = [](Money undebited, Money debited) {
        if (debited.isZero())
            return undebited.isZero() ? QString() : undebited.toString();
        return tr("%1 (uppdebiterad %2)").arg(undebited.toString(), debited.toString());
    };
    set("reminder1Date", dateOrBlank(c.reminder1Date));
    set("reminder2Date", dateOrBlank(c.reminder2Date));
    set("reminderFee", fee(c.reminderFeeUndebited, c.reminderFee));
    set("collectionDate", dateOrBlank(c.collectionDate));
    set("collectionFee", fee(c.collectionFeeUndebited, c.collectionFee));
    set("residualDate", dateOrBlank(c.residualDate));
    set("threatDate", dateOrBlank(c.threatDate));
    set("paymentOrderDate", dateOrBlank(c.paymentOrderDate));
    set("paymentPlanDate", dateOrBlank(c.paymentPlanDate));
    set("agencyTransferDate", dateOrBlank(c.agencyTransferDate));
    set("dunningCode", c.dunningCode == 0
                           ? QString()
                           : QStringLiteral("%1 %2").arg(c.dunningCode).arg(dunningCodeText));
    set("dunningCodeUntil", c.dunningCode == 0 ? QString() : dateOrBlank(c.dunningCodeUntil));
    set("watchText", c.watchText);
    set("interestDebited", c.interestDebited.isZero() ? QString() : money(c.interestDebited));
    set("interestUndebited",
        c.interestUndebited.isZero() ? QString() : money(c.interestUndebited));
    set("interestInvoice", c.interestInvoiceNumber.isEmpty()
                               ? QString()
                               : tr("%1 den %2, %3")
                                     .arg(c.interestInvoiceNumber,
                                          dateOrBlank(c.interestInvoiceDate),
                                          money(c.interestInvoiceAmount)));
    // handbook 6.1 F15: "Om fakturan är slutbetald visas slutbetalningsdatum,
    // annars dagens datum."
    m_interestTo->setCurrentIndex(c.finalPaidDate.isValid() ? ToFinalPaid : ToToday);
    m_interestDate->clear();
    m_interestResult->clear();
    m_periods->setRowCount(0);
}

void ClaimDunningTab::clear()
{
    for (QLabel *l : std::as_const(m_values))
        l->clear();
    m_interestResult->clear();
    m_periods->setRowCount(0);
    m_debt->setRowCount(0);
    m_debtNote->clear();
}

void ClaimDunningTab::showDebt(const CustomerDebt &debt, const QString &ownCompany)
{
    m_debt->setRowCount(0);
    if (debt.key == CustomerDebt::Key::None) {
        // handbook 6.1: "Denna kan endast visas om personnummer/kundnummer används."
        m_debtNote->setText(tr("Fakturan har varken person- eller kundnummer."));
        return;
    }
    m_debtNote->setText(debt.key == CustomerDebt::Key::IdNumber
                            ? tr("Samma person-/organisationsnummer i alla företag; "
                                 "fakturerat under %1. * = fakturans företag.")
                                  .arg(debt.year)
                            : tr("Kundnummer %1 i alla företag (samma kundnummer i flera "
                                 "företag räknas ihop); fakturerat under %2. "
                                 "* = fakturans företag.")
                                  .arg(debt.keyValue)
                                  .arg(debt.year));
    m_debt->setRowCount(int(debt.companies.size()) + 1);
    int r = 0;
    int open = 0;
    int invoices = 0;
    for (const CompanyDebt &c : debt.companies) {
        setCell(m_debt, r, 0, QStringLiteral("%1 %2").arg(c.company, c.companyName));
        m_debt->item(r, 0)->setToolTip(c.companyName);
        // handbook 6.1: "skulden på det företag som aktuell faktura finns på"
        if (c.company == ownCompany)
            m_debt->item(r, 0)->setText(m_debt->item(r, 0)->text() + QStringLiteral(" *"));
        setCell(m_debt, r, 1, money(c.balance), true);
        setCell(m_debt, r, 2, QString::number(c.openClaims), true);
        setCell(m_debt, r, 3, money(c.invoicedInYear), true);
        setCell(m_debt, r, 4, QString::number(c.invoicesInYear), true);
        open += c.openClaims;
        invoices += c.invoicesInYear;
        ++r;
    }
    setCell(m_debt, r, 0, tr("Alla företag"));
    setCell(m_debt, r, 1, money(debt.total()), true);
    setCell(m_debt, r, 2, QString::number(open), true);
    setCell(m_debt, r, 3, money(debt.invoicedTotal()), true);
    setCell(m_debt, r, 4, QString::number(invoices), true);
    for (int column = 0; column < m_debt->columnCount(); ++column) {
        QFont bold = m_debt->item(r, column)->font();
        bold.setBold(true);
        m_debt->item(r, column)->setFont(bold);
    }
    m_debt->resizeColumnsToContents();
    m_debt->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void ClaimDunningTab::showInterest(const InterestResult &result, const QDate &to)
{
    QString text = tr("Dröjsmålsränta till %1: %2 kr (%3 räntedagar).")
                       .arg(isoDate(to), result.interest.toString())
                       .arg(result.days);
    if (!result.note.isEmpty())
        text += QLatin1Char(' ') + result.note;
    m_interestResult->setText(text);
    m_periods->setRowCount(int(result.periods.size()));
    for (int r = 0; r < result.periods.size(); ++r) {
        const InterestPeriod &p = result.periods.at(r);
        setCell(m_periods, r, 0, isoDate(p.from));
        setCell(m_periods, r, 1, isoDate(p.to));
        setCell(m_periods, r, 2, QString::number(p.days), true);
        setCell(m_periods, r, 3, formatRateHundredths(p.rateHundredths) + QStringLiteral(" %"),
                true);
        setCell(m_periods, r, 4, money(p.base), true);
        setCell(m_periods, r, 5, money(p.interest), true);
    }
    m_periods->resizeColumnsToContents();
}

void ClaimDunningTab::showInterestMessage(const QString &message)
{
    m_interestResult->setText(message);
    m_periods->setRowCount(0);
}

bool ClaimDunningTab::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            emit interestRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// --- Transaktioner ---------------------------------------------------------

ClaimTransactionsTab::ClaimTransactionsTab(QWidget *parent)
    : QWidget(parent),
      m_table(makeTable("transactionsTable",
                        {tr("Trans.datum"), tr("Reg.datum"), tr("Inbetalningssätt"),
                         tr("Belopp"), tr("Påverkan"), tr("Kapital"), tr("Avgifter"),
                         tr("Ränta"), tr("Anmärkning")},
                        this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Allt som ändrat fakturans saldo (F9 växlar anmärkning/"
                                    "registrerad av):"),
                                 this));
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
}

void ClaimTransactionsTab::showClaim(const Invoice &c, const QHash<QString, QString> &methodTexts)
{
    m_table->setRowCount(int(c.transactions.size()));
    m_remarks.clear();
    m_users.clear();
    for (int r = 0; r < c.transactions.size(); ++r) {
        const Transaction &t = c.transactions.at(r);
        setCell(m_table, r, 0, isoDate(t.transactionDate));
        setCell(m_table, r, 1, isoDate(t.registeredDate));
        setCell(m_table, r, 2, QStringLiteral("%1 %2").arg(t.method, methodTexts.value(t.method)));
        setCell(m_table, r, 3, money(t.amount), true);
        setCell(m_table, r, 4, money(t.effect), true);
        setCell(m_table, r, 5, money(t.capitalPart), true);
        setCell(m_table, r, 6, money(t.reminderFeePart + t.collectionFeePart), true);
        setCell(m_table, r, 7, money(t.interestPart), true);
        m_remarks << t.remark;
        m_users << QStringLiteral("%1 %2").arg(t.createdBy, localStamp(t.createdAt));
    }
    fillLastColumn();
    m_table->resizeColumnsToContents();
}

void ClaimTransactionsTab::clear()
{
    m_table->setRowCount(0);
    m_remarks.clear();
    m_users.clear();
}

void ClaimTransactionsTab::toggleLastColumn()
{
    m_showUsers = !m_showUsers;
    fillLastColumn();
}

void ClaimTransactionsTab::fillLastColumn()
{
    const int last = m_table->columnCount() - 1;
    m_table->setHorizontalHeaderItem(
        last, new QTableWidgetItem(m_showUsers ? tr("Registrerad av") : tr("Anmärkning")));
    for (int r = 0; r < m_table->rowCount(); ++r)
        setCell(m_table, r, last, m_showUsers ? m_users.value(r) : m_remarks.value(r));
}

// --- Anteckningar ----------------------------------------------------------

ClaimNotesTab::ClaimNotesTab(QWidget *parent)
    : QWidget(parent),
      m_table(makeTable("notesTable", {tr("Skriven"), tr("Av"), tr("Anteckning")}, this)),
      m_newNote(new QLineEdit(this)),
      m_message(new QLabel(this))
{
    m_newNote->setObjectName(QStringLiteral("newNoteEdit"));
    m_newNote->setMaxLength(ClaimNotes::MaxText);
    m_newNote->setPlaceholderText(tr("Skriv en anteckning och tryck Enter"));
    m_message->setObjectName(QStringLiteral("noteMessage"));
    m_table->setWordWrap(true);
    auto *label = new QLabel(tr("&Ny anteckning:"), this);
    label->setBuddy(m_newNote);
    auto *line = new QHBoxLayout;
    line->addWidget(label);
    line->addWidget(m_newNote, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(line);
    layout->addWidget(m_message);
    m_newNote->installEventFilter(this);
    setFocusProxy(m_newNote);
}

void ClaimNotesTab::showNotes(const QList<ClaimNote> &notes)
{
    m_table->setRowCount(int(notes.size()));
    for (int r = 0; r < notes.size(); ++r) {
        setCell(m_table, r, 0, localStamp(notes.at(r).createdAt));
        setCell(m_table, r, 1, notes.at(r).createdBy);
        setCell(m_table, r, 2, notes.at(r).text);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeRowsToContents();
}

void ClaimNotesTab::setMessage(const QString &message, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00000;") : QString());
    m_message->setText(message);
}

bool ClaimNotesTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_newNote && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            emit addRequested(m_newNote->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rsk::ui
