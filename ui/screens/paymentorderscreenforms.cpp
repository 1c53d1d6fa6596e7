// PaymentOrderScreen: the tabs of handbook 7.17 and the form as a
// PaymentOrderApplication (and back for the applicant data).
#include "screens/paymentorderscreen.h"

#include "dates/dateparse.h"
#include "dunning/enforcementoffices.h"
#include "storage/database.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace rsk::ui {

namespace {

QStringList linesOf(const QList<QLineEdit *> &edits)
{
    QStringList out;
    for (const QLineEdit *e : edits)
        out << e->text();
    return out;
}

void setLines(const QList<QLineEdit *> &edits, const QStringList &lines)
{
    for (int i = 0; i < edits.size(); ++i)
        edits.at(i)->setText(lines.value(i));
}

Money kronorOf(const QLineEdit *edit)
{
    return Money::fromKronor(edit->text().trimmed().toLongLong()); // digits only (validator)
}

QString kronorText(Money m)
{
    return m.isZero() ? QString() : QString::number(m.ore() / 100);
}

} // namespace

QLineEdit *PaymentOrderScreen::edit(const char *name, int maxLength, QWidget *parent,
                                    int widthChars)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setMaxLength(maxLength);
    if (widthChars > 0)
        e->setFixedWidth(e->fontMetrics().horizontalAdvance(QLatin1Char('M')) * widthChars + 12);
    connect(e, &QLineEdit::textEdited, this, [this] { setModified(true); });
    connect(e, &QLineEdit::returnPressed, this, [this] { compute(); });
    return e;
}

QWidget *PaymentOrderScreen::createClaimsTab(int firstRow)
{
    auto *page = new QWidget(this);
    page->setObjectName(firstRow == 0 ? QStringLiteral("claims1Page")
                                      : QStringLiteral("claims2Page"));
    auto *layout = new QVBoxLayout(page);
    if (firstRow == 0) {
        // Handbook 7.17: "På den första fliken anges även ränteberäkning".
        auto *form = new QGridLayout;
        m_interest = edit("interestEdit", 1, page, 2);
        m_interest->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[1-3]?")), m_interest));
        m_rate = edit("rateEdit", 2, page, 3);
        m_rate->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,2}")), m_rate));
        m_ground = edit("groundEdit", payment_order::MaxGround, page, 36);
        m_special = edit("specialEdit", payment_order::MaxSpecialInformation, page, 48);
        form->addWidget(new QLabel(tr("Ränta alternativ:"), page), 0, 0);
        form->addWidget(m_interest, 0, 1);
        form->addWidget(new QLabel(tr("1 = referensränta + kravparametrarnas marginal "
                                      "(räntelagen 6 §), 2 = annan räntesats med grund, "
                                      "3 = ingen ränta"),
                                   page),
                        0, 2, 1, 3);
        form->addWidget(new QLabel(tr("Räntesats %:"), page), 1, 0);
        form->addWidget(m_rate, 1, 1);
        form->addWidget(new QLabel(tr("Grund:"), page), 1, 2);
        form->addWidget(m_ground, 1, 3);
        form->addWidget(new QLabel(tr("Särskilda upplysningar:"), page), 2, 0);
        form->addWidget(m_special, 2, 1, 1, 3);
        form->setColumnStretch(4, 1);
        layout->addLayout(form);
    }
    auto *grid = new QGridLayout;
    const QStringList headers{tr("Rad"), tr("Företag"), tr("Fakturanummer"), tr("Avser"),
                              tr("Förfallodag"), tr("Kapital"), tr("Upplupen ränta")};
    for (int c = 0; c < headers.size(); ++c) {
        auto *h = new QLabel(QStringLiteral("<b>%1</b>").arg(headers.at(c)), page);
        grid->addWidget(h, 0, c, c >= 5 ? Qt::AlignRight : Qt::AlignLeft);
    }
    for (int i = 0; i < payment_order::ClaimsPerTab; ++i) {
        const int row = firstRow + i + 1;
        ClaimRow r;
        r.company = edit("companyEdit", 3, page, 4);
        r.company->setObjectName(QStringLiteral("company%1").arg(row));
        r.company->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,3}")), r.company));
        r.invoice = edit("invoiceEdit", 9, page, 10);
        r.invoice->setObjectName(QStringLiteral("invoice%1").arg(row));
        r.invoice->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,9}")), r.invoice));
        r.concerns = edit("concernsEdit", payment_order::MaxConcerns, page);
        r.concerns->setObjectName(QStringLiteral("concerns%1").arg(row));
        r.concerns->setMinimumWidth(r.concerns->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 50);
        r.due = new QLabel(page);
        r.capital = new QLabel(page);
        r.capital->setObjectName(QStringLiteral("capital%1").arg(row));
        r.interest = new QLabel(page);
        r.interest->setObjectName(QStringLiteral("interest%1").arg(row));
        grid->addWidget(new QLabel(QString::number(row), page), i + 1, 0);
        grid->addWidget(r.company, i + 1, 1);
        grid->addWidget(r.invoice, i + 1, 2);
        grid->addWidget(r.concerns, i + 1, 3);
        grid->addWidget(r.due, i + 1, 4);
        grid->addWidget(r.capital, i + 1, 5, Qt::AlignRight);
        grid->addWidget(r.interest, i + 1, 6, Qt::AlignRight);
        m_rows.append(r);
    }
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);
    layout->addStretch(1);
    return page;
}

QWidget *PaymentOrderScreen::createCostsTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("costsPage"));
    auto *layout = new QHBoxLayout(page);
    const PaymentOrderCosts defaults;
    QFormLayout *forms[2] = {nullptr, nullptr};
    const QString titles[2] = {tr("Yrkade kostnader i målet"), tr("Yrkade inkassokostnader")};
    for (int g = 0; g < 2; ++g) {
        auto *box = new QGroupBox(titles[g], page);
        forms[g] = new QFormLayout(box);
        layout->addWidget(box);
    }
    for (const PaymentOrderCostLine &l : defaults.lines()) {
        QFormLayout *form = forms[l.collection ? 1 : 0];
        QWidget *box = form->parentWidget();
        const bool named = l.key == QLatin1String("otherCollection");
        if (named) // the name before its amount, in reading order
            m_otherCostName = edit("otherCostNameEdit", payment_order::MaxOtherCostName, box, 20);
        auto *amount = edit("costEdit", 4, box, 6);
        amount->setObjectName(QStringLiteral("cost_") + l.key);
        amount->setAlignment(Qt::AlignRight);
        amount->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,4}")), amount));
        m_costs.insert(l.key, amount);
        if (named) {
            m_otherCostName->setPlaceholderText(tr("vad kostnaden avser"));
            auto *line = new QHBoxLayout;
            line->addWidget(m_otherCostName);
            line->addWidget(amount);
            form->addRow(tr("Övrig kostnad:"), line);
        } else {
            form->addRow(l.label + QLatin1Char(':'), amount);
        }
    }
    auto *right = new QVBoxLayout;
    m_overrideReason = edit("overrideReasonEdit", 200, page, 40);
    m_overrideReason->setPlaceholderText(tr("skäl för belopp över lagens högsta (loggas)"));
    m_costSums = new QLabel(page);
    m_costSums->setObjectName(QStringLiteral("costSums"));
    m_costSums->setWordWrap(true);
    auto *caps = new QLabel(tr("Hela kronor, högst 4 siffror. Högsta belopp enligt lag: "
                               "ansökningsavgift 300 kr, eget arbete/ombud 380 kr, påminnelse "
                               "60 kr per avtalad påminnelse, kravbrev 180 kr per inkassokrav, "
                               "amorteringsplan 170 kr. Mer kräver ett skäl."),
                            page);
    caps->setWordWrap(true);
    right->addWidget(new QLabel(tr("Skäl för högre belopp:"), page));
    right->addWidget(m_overrideReason);
    right->addWidget(caps);
    right->addWidget(m_costSums);
    right->addStretch(1);
    layout->addLayout(right, 1);
    m_costs.value(QStringLiteral("applicationFee"))->setText(kronorText(defaults.applicationFee));
    return page;
}

QWidget *PaymentOrderScreen::createPrintTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("printPage"));
    auto *layout = new QHBoxLayout(page);
    auto *choices = new QVBoxLayout;
    auto *help = new QGroupBox(tr("Handräckning/panträtt"), page);
    auto *helpLayout = new QVBoxLayout(help);
    m_assistance = new QCheckBox(tr("Ansökan avser även h&andräckning enligt bilaga"), help);
    m_assistance->setObjectName(QStringLiteral("assistanceCheck"));
    m_pledge = new QCheckBox(tr("Ansökan avser fastställande till betalning ur &pant"), help);
    m_pledge->setObjectName(QStringLiteral("pledgeCheck"));
    helpLayout->addWidget(m_assistance);
    helpLayout->addWidget(m_pledge);
    auto *enforcement = new QGroupBox(tr("Verkställighet"), page);
    auto *enforcementLayout = new QVBoxLayout(enforcement);
    m_limited = new QRadioButton(tr("Utmätning (&begränsad)"), enforcement);
    m_limited->setObjectName(QStringLiteral("limitedRadio"));
    m_full = new QRadioButton(tr("Utmätning (fu&llständig)"), enforcement);
    m_full->setObjectName(QStringLiteral("fullRadio"));
    m_noEnforcement = new QRadioButton(tr("Begär i&nte verkställighet"), enforcement);
    m_noEnforcement->setObjectName(QStringLiteral("noEnforcementRadio"));
    auto *group = new QButtonGroup(enforcement);
    for (QRadioButton *b : {m_limited, m_full, m_noEnforcement}) {
        group->addButton(b);
        enforcementLayout->addWidget(b);
    }
    m_realEstate = new QCheckBox(tr("Begär utmätning av fast &egendom"), enforcement);
    m_realEstate->setObjectName(QStringLiteral("realEstateCheck"));
    enforcementLayout->addWidget(m_realEstate);
    for (QAbstractButton *b : {static_cast<QAbstractButton *>(m_assistance),
                               static_cast<QAbstractButton *>(m_pledge),
                               static_cast<QAbstractButton *>(m_limited),
                               static_cast<QAbstractButton *>(m_full),
                               static_cast<QAbstractButton *>(m_noEnforcement),
                               static_cast<QAbstractButton *>(m_realEstate)})
        connect(b, &QAbstractButton::toggled, this, [this] { setModified(true); });
    choices->addWidget(help);
    choices->addWidget(enforcement);
    choices->addWidget(new QLabel(tr("Valen sparas med sökandeuppgifterna och gäller alla "
                                     "ansökningar från företaget."),
                                  page));
    choices->addStretch(1);
    layout->addLayout(choices);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary, 1);
    return page;
}

QWidget *PaymentOrderScreen::createApplicantTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("applicantPage"));
    auto *layout = new QGridLayout(page);
    const auto block = [this, page](const QString &title, const char *name,
                                    QList<QLineEdit *> &edits) {
        auto *box = new QGroupBox(title, page);
        auto *v = new QVBoxLayout(box);
        for (int i = 0; i < payment_order::BlockLines; ++i) {
            QLineEdit *e = edit(name, payment_order::BlockLineLength, box, 30);
            e->setObjectName(QStringLiteral("%1%2").arg(QLatin1String(name)).arg(i + 1));
            v->addWidget(e);
            edits.append(e);
        }
        return box;
    };
    QGroupBox *applicant = block(tr("Sökande"), "applicantLine", m_applicantLines);
    m_orgNr = edit("orgNrEdit", 11, applicant, 12);
    auto *orgRow = new QHBoxLayout;
    orgRow->addWidget(new QLabel(tr("Org.nr:"), applicant));
    orgRow->addWidget(m_orgNr);
    orgRow->addStretch(1);
    qobject_cast<QVBoxLayout *>(applicant->layout())->addLayout(orgRow);
    layout->addWidget(applicant, 0, 0);

    auto *officeBox = new QGroupBox(tr("Mottagande kronofogdemyndighet"), page);
    auto *officeLayout = new QVBoxLayout(officeBox);
    m_office = new QComboBox(officeBox);
    m_office->setObjectName(QStringLiteral("officeCombo"));
    m_office->addItem(tr("(välj ur registret)"), QString());
    if (m_ledger)
        for (const EnforcementOffice &o : EnforcementOffices(*m_ledger).list())
            m_office->addItem(o.city, o.city);
    connect(m_office, &QComboBox::activated, this, &PaymentOrderScreen::officeChosen);
    officeLayout->addWidget(m_office);
    for (int i = 0; i < payment_order::BlockLines; ++i) {
        QLineEdit *e = edit("officeLine", payment_order::BlockLineLength, officeBox, 30);
        e->setObjectName(QStringLiteral("officeLine%1").arg(i + 1));
        officeLayout->addWidget(e);
        m_officeLines.append(e);
    }
    layout->addWidget(officeBox, 0, 1);

    layout->addWidget(block(tr("Ombud"), "agentLine", m_agentLines), 1, 0);

    auto *feeBox = new QGroupBox(tr("Hantering av ansökningsavgift"), page);
    auto *feeForm = new QFormLayout(feeBox);
    m_fee = edit("feeEdit", 4, feeBox, 6);
    m_fee->setAlignment(Qt::AlignRight);
    m_fee->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,4}")), m_fee));
    m_feePlusgiro = edit("feePlusgiroEdit", 12, feeBox, 12);
    m_feeEnclosed = new QCheckBox(tr("Bifogas"), feeBox);
    m_feeEnclosed->setObjectName(QStringLiteral("feeEnclosedCheck"));
    connect(m_feeEnclosed, &QCheckBox::toggled, this, [this] { setModified(true); });
    feeForm->addRow(tr("Ansökningsavgiften, kr:"), m_fee);
    feeForm->addRow(tr("Betalas till Kronofogdens plusgirokonto:"), m_feePlusgiro);
    feeForm->addRow(QString(), m_feeEnclosed);
    feeForm->addRow(new QLabel(tr("Ctrl+S sparar sökandeuppgifterna för företaget; utskriften "
                                  "sparar dem också."),
                               feeBox));
    layout->addWidget(feeBox, 1, 1);
    layout->setRowStretch(2, 1);
    layout->setColumnStretch(2, 1);
    return page;
}

void PaymentOrderScreen::officeChosen(int index)
{
    const QString city = m_office->itemData(index).toString();
    if (city.isEmpty() || !m_ledger)
        return;
    if (const auto office = EnforcementOffices(*m_ledger).find(city)) {
        setLines(m_officeLines, office->lines);
        setModified(true);
        m_officeLines.first()->setFocus();
    }
}

PaymentOrderApplicant PaymentOrderScreen::applicantData() const
{
    PaymentOrderApplicant a;
    a.company = m_company;
    a.applicant = linesOf(m_applicantLines);
    a.applicantOrgNr = m_orgNr->text();
    a.officeCity = m_office->currentData().toString();
    a.office = linesOf(m_officeLines);
    a.agent = linesOf(m_agentLines);
    a.applicationFee = kronorOf(m_fee);
    a.feePlusgiro = m_feePlusgiro->text();
    a.feeEnclosed = m_feeEnclosed->isChecked();
    a.assistance = m_assistance->isChecked();
    a.pledge = m_pledge->isChecked();
    a.enforcement = m_limited->isChecked()         ? PaymentOrderEnforcement::Limited
                    : m_full->isChecked()          ? PaymentOrderEnforcement::Full
                    : m_noEnforcement->isChecked() ? PaymentOrderEnforcement::NotRequested
                                                   : PaymentOrderEnforcement::Unset;
    a.realEstate = m_realEstate->isChecked();
    return a;
}

void PaymentOrderScreen::showApplicant(const PaymentOrderApplicant &a)
{
    setLines(m_applicantLines, a.applicant);
    m_orgNr->setText(a.applicantOrgNr);
    m_office->setCurrentIndex(std::max(0, m_office->findData(a.officeCity)));
    setLines(m_officeLines, a.office);
    setLines(m_agentLines, a.agent);
    m_fee->setText(kronorText(a.applicationFee));
    m_feePlusgiro->setText(a.feePlusgiro);
    m_feeEnclosed->setChecked(a.feeEnclosed);
    m_assistance->setChecked(a.assistance);
    m_pledge->setChecked(a.pledge);
    m_limited->setChecked(a.enforcement == PaymentOrderEnforcement::Limited);
    m_full->setChecked(a.enforcement == PaymentOrderEnforcement::Full);
    m_noEnforcement->setChecked(a.enforcement == PaymentOrderEnforcement::NotRequested);
    m_realEstate->setChecked(a.realEstate);
}

PaymentOrderApplication PaymentOrderScreen::application() const
{
    PaymentOrderApplication a;
    const QDate today = m_ledger ? m_ledger->today() : QDate::currentDate();
    a.applicationDate = parseDate(m_date->text(), today).value_or(QDate());
    a.idNumber = m_idNumber->text();
    for (const ClaimRow &r : m_rows) {
        // A claim of the session's company needs no company typed.
        const bool ownCompany = r.company->text().trimmed().isEmpty()
                                && !r.invoice->text().trimmed().isEmpty();
        a.claims.append({ownCompany ? m_company : r.company->text(), r.invoice->text(),
                         r.concerns->text()});
    }
    while (!a.claims.isEmpty() && a.claims.last().isBlank())
        a.claims.removeLast();
    const QString alternative = m_interest->text().trimmed();
    a.interest = alternative == QLatin1String("2")   ? PaymentOrderInterest::OtherRate
                 : alternative == QLatin1String("3") ? PaymentOrderInterest::None
                                                     : PaymentOrderInterest::ReferenceRate;
    a.otherRateHundredths = m_rate->text().trimmed().toLongLong() * 100;
    a.interestGround = m_ground->text();
    a.specialInformation = m_special->text();
    PaymentOrderCosts &k = a.costs;
    const QList<QPair<const char *, Money *>> amounts{
        {"applicationFee", &k.applicationFee}, {"ownWork", &k.ownWork},
        {"registrationCertificate", &k.registrationCertificate}, {"otherCase", &k.otherCase},
        {"reminder", &k.reminder}, {"demand", &k.demand}, {"paymentPlan", &k.paymentPlan},
        {"otherCollection", &k.otherCollection}};
    for (const auto &[key, field] : amounts)
        *field = kronorOf(m_costs.value(QLatin1String(key)));
    k.otherCollectionName = m_otherCostName->text();
    k.overrideReason = m_overrideReason->text();
    a.applicant = applicantData();
    return a;
}

} // namespace rsk::ui
