// The five tabs of PaymentPlanScreen (handbook 7.18 "Inmatningsfält"): the
// widgets only; what they do is in paymentplanscreen.cpp.
#include "screens/paymentplanscreen.h"

#include "ledger/types.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace rsk::ui {

namespace {

QRegularExpressionValidator *digits(int max, QObject *parent)
{
    return new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(max)), parent);
}

QTableWidget *table(const QString &objectName, int rows, const QStringList &headers,
                    QWidget *parent)
{
    auto *t = new QTableWidget(rows, int(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
                       | QAbstractItemView::DoubleClicked);
    t->setTabKeyNavigation(true);
    return t;
}

} // namespace

QLabel *PaymentPlanScreen::errorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(QStringLiteral("color: #b00000;"));
    label->setWordWrap(true);
    m_tabErrors << label;
    return label;
}

QLineEdit *PaymentPlanScreen::lineEdit(const QString &objectName, int maxLength, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QLatin1Char('x'))
                          * std::max(maxLength + 4, 10));
    connect(edit, &QLineEdit::textEdited, this, [this] { setModified(true); });
    return edit;
}

QWidget *PaymentPlanScreen::createClaimsTab()
{
    auto *page = new QWidget(this);
    m_claims = table(QStringLiteral("claimsTable"), PaymentPlanService::MaxClaims,
                     {tr("Ftg"), tr("Fakturanummer"), tr("Avser"), tr("Skuld"),
                      tr("Upplupen ränta"), tr("Anmärkning")},
                     page);
    m_claims->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    const int x = m_claims->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    const QList<int> widths{6, 16, 28, 14, 14};
    for (int c = 0; c < widths.size(); ++c)
        m_claims->setColumnWidth(c, x * widths[c]);
    for (int row = 0; row < m_claims->rowCount(); ++row)
        for (int c = NameColumn; c <= NoteColumn; ++c)
            setCell(m_claims, row, c, QString(), true, c == DebtColumn || c == InterestColumn);
    // Enter on a row (not while typing in a cell: that Enter keeps the cell) is Kontroll.
    connect(m_claims, &QTableWidget::activated, this, [this] { check(); });
    connect(m_claims, &QTableWidget::itemChanged, this, [this] { setModified(true); });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Företag (3 siffror, tomt = inloggat företag) och "
                                    "fakturanummer, högst %1 fakturor. Enter kontrollerar och "
                                    "visar skuld och upplupen ränta.")
                                     .arg(PaymentPlanService::MaxClaims),
                                 page));
    layout->addWidget(m_claims, 1);
    layout->addWidget(errorLabel(QStringLiteral("claimsError"), page));
    return page;
}

QWidget *PaymentPlanScreen::createOthersTab()
{
    auto *page = new QWidget(this);
    m_others = table(QStringLiteral("othersTable"), PaymentPlanService::MaxOtherClaims,
                     {tr("Text"), tr("Skuld"), tr("FF-dag"), tr("Ränta")}, page);
    m_others->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    connect(m_others, &QTableWidget::itemChanged, this, [this] { setModified(true); });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Fordringar utanför reskontran: text (högst 35 tecken), "
                                    "skuld och förfallodag (ÅÅMMDD) eller ränta. En avgift har "
                                    "bara text och skuld och betalas med de första "
                                    "delbetalningarna."),
                                 page));
    layout->addWidget(m_others, 1);
    layout->addWidget(errorLabel(QStringLiteral("othersError"), page));
    return page;
}

QWidget *PaymentPlanScreen::createTermsTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout;
    for (int i = 0; i < PaymentPlanService::MaxTextLines; ++i) {
        auto *text =
            lineEdit(QStringLiteral("text%1").arg(i + 1), PaymentPlanService::MaxTextLength, page);
        m_texts << text;
        form->addRow(i == 0 ? tr("Kompletterande text:") : QString(), text);
    }
    m_firstDate = lineEdit(QStringLiteral("firstDateEdit"), 10, page);
    m_firstDate->setPlaceholderText(tr("ÅÅMMDD"));
    m_lastOfMonth = new QCheckBox(tr("Sista i varje månad"), page);
    m_lastOfMonth->setObjectName(QStringLiteral("lastOfMonthCheck"));
    m_monthly = lineEdit(QStringLiteral("monthlyEdit"), 8, page);
    m_monthly->setValidator(digits(8, m_monthly));
    m_months = lineEdit(QStringLiteral("monthsEdit"), 2, page);
    m_months->setValidator(digits(2, m_months));
    m_then = lineEdit(QStringLiteral("thenEdit"), 8, page);
    m_then->setValidator(digits(8, m_then));
    m_noticeFee = lineEdit(QStringLiteral("noticeFeeEdit"), 3, page);
    m_noticeFee->setValidator(digits(3, m_noticeFee));
    m_noticeReason = lineEdit(QStringLiteral("noticeReasonEdit"), 60, page);
    m_noInterest = new QCheckBox(tr("Ej ränta"), page);
    m_noInterest->setObjectName(QStringLiteral("noInterestCheck"));
    for (QCheckBox *box : {m_lastOfMonth, m_noInterest})
        connect(box, &QCheckBox::toggled, this, [this] { setModified(true); });
    form->addRow(tr("Första betalningsdag:"), m_firstDate);
    form->addRow(QString(), m_lastOfMonth);
    form->addRow(tr("Månadsbelopp, kr:"), m_monthly);
    form->addRow(tr("i antal månader:"), m_months);
    form->addRow(tr("därefter, kr:"), m_then);
    form->addRow(tr("Aviseringsavgift, kr:"), m_noticeFee);
    form->addRow(tr("Skäl (avgift över 170 kr):"), m_noticeReason);
    form->addRow(QString(), m_noInterest);
    m_totals = new QLabel(page);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setWordWrap(true);
    m_schedule = table(QStringLiteral("scheduleTable"), 0,
                       {tr("Nr"), tr("Datum"), tr("Belopp"), tr("Avgifter"), tr("Ränta"),
                        tr("Kapital"), tr("Avisering"), tr("Kvar")},
                       page);
    m_schedule->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_schedule->verticalHeader()->hide();       // the instalment number is a column
    m_schedule->setFocusPolicy(Qt::ClickFocus); // Tab stays in the form
    auto *layout = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(errorLabel(QStringLiteral("termsError"), page));
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_totals);
    right->addWidget(m_schedule, 1);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);
    for (QLineEdit *edit : m_texts
                               + QList<QLineEdit *>{m_firstDate, m_monthly, m_months, m_then,
                                                    m_noticeFee, m_noticeReason})
        connect(edit, &QLineEdit::returnPressed, this, &PaymentPlanScreen::compute);
    return page;
}

QWidget *PaymentPlanScreen::createDebtorTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout;
    const QList<std::tuple<const char *, QString, int>> fields{
        {"debtorName", tr("Namn:"), limits::Name},
        {"debtorId", tr("Personnummer:"), 13},
        {"debtorName2", tr("Namn2:"), limits::Name},
        {"debtorId2", tr("Personnummer 2:"), 13},
        {"debtorCo", tr("Co-namn:"), limits::Co},
        {"debtorAddress", tr("Adress:"), limits::Address},
        {"debtorPostalCode", tr("Postnummer:"), limits::PostalCode},
        {"debtorCity", tr("Ort:"), limits::City}};
    for (const auto &[name, label, length] : fields) {
        QLineEdit *edit = lineEdit(QLatin1String(name), length, page);
        m_debtor << edit;
        form->addRow(label, edit);
    }
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Hämtas från den första fakturan; kan ändras. Personnummer "
                                    "måste anges."),
                                 page));
    layout->addLayout(form);
    layout->addWidget(errorLabel(QStringLiteral("debtorError"), page));
    layout->addStretch(1);
    return page;
}

QWidget *PaymentPlanScreen::createCreditorTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout;
    const QList<std::tuple<const char *, QString, int>> fields{
        {"creditorOrgNr", tr("Organisationsnummer:"), 10},
        {"creditorName", tr("Namn:"), limits::Name},
        {"creditorAddress", tr("Adress:"), limits::Address},
        {"creditorPostalCode", tr("Postnummer:"), limits::PostalCode},
        {"creditorCity", tr("Ort:"), limits::City},
        {"creditorPhone", tr("Telefonnummer:"), 20},
        {"creditorPlusgiro", tr("Plusgironr:"), 8},
        {"creditorBankgiro", tr("Bankgironr:"), 8}};
    for (const auto &[name, label, length] : fields) {
        QLineEdit *edit = lineEdit(QLatin1String(name), length, page);
        m_creditor << edit;
        form->addRow(label, edit);
    }
    for (int i : {0, 6, 7})
        m_creditor[i]->setValidator(digits(10, m_creditor[i]));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Läggs in en gång och används för alla amorteringsplaner; "
                                    "sparas när en plan skrivs ut. Plusgiro eller bankgiro "
                                    "måste anges."),
                                 page));
    layout->addLayout(form);
    layout->addWidget(errorLabel(QStringLiteral("creditorError"), page));
    layout->addStretch(1);
    return page;
}

} // namespace rsk::ui
