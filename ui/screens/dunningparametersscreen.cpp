#include "screens/dunningparametersscreen.h"

#include "bookkeeping/accounts.h"
#include "ledger/referencedata.h"
#include "ledger/types.h"
#include "money/money.h"
#include "screencontext.h"
#include "session.h"
#include "storage/database.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpressionValidator>
#include <QTabWidget>
#include <QVBoxLayout>

#include <utility>

namespace rsk::ui {

namespace {

enum Tab { AccountsTab, OtherTab };

// "8,0": the margin has one decimal (handbook 7.2); a stored value with a
// second decimal is shown as it is, so the clerk sees what the core refuses.
QString marginText(qint64 hundredths)
{
    if (hundredths % 10 != 0)
        return formatRateHundredths(hundredths);
    return QStringLiteral("%1,%2").arg(hundredths / 100).arg((hundredths % 100) / 10);
}

int numberOf(const QLineEdit *edit)
{
    return edit->text().trimmed().toInt(); // digits only (validator); empty = 0
}

} // namespace

DunningParametersScreen::DunningParametersScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent), m_ledger(context.session.context().ledger)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kUndoCommand), this), &QAction::triggered, this,
            &DunningParametersScreen::undo);
    connect(commands().bind(QLatin1String(kNextTabCommand), this), &QAction::triggered, this,
            [this] { goToTab((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    connect(commands().bind(QLatin1String(kAccountsTabCommand), this), &QAction::triggered, this,
            [this] { goToTab(AccountsTab); });
    connect(commands().bind(QLatin1String(kOtherTabCommand), this), &QAction::triggered, this,
            [this] { goToTab(OtherTab); });

    auto *intro = new QLabel(tr("Kontering av avgifter och dröjsmålsränta per företag och "
                                "debiteringsrutin, och de övriga parametrarna för ränta, "
                                "blanketter och kravkoder (handbok 7.2). Enter sparar båda "
                                "flikarna; F10 byter flik."),
                             this);
    intro->setWordWrap(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(createAccountsTab(), tr("Kontering"));
    m_tabs->addTab(createOtherTab(), tr("Övrigt"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00000;"));
    m_error->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    contentLayout()->addWidget(intro);
    contentLayout()->addWidget(m_tabs, 1);
    contentLayout()->addWidget(m_error);
    contentLayout()->addWidget(m_status);

    // Tab order is reading order (UI.md), tab by tab; Enter in any field saves.
    const QList<QWidget *> order{
        m_company, m_routine, m_reminderFeeAccount, m_collectionFeeAccount,
        m_interestIncomeAccount, m_interestReceivableAccount, m_margin, m_dayAfterDue,
        m_dayBasis, m_daysAfterInvoice, m_minimumInterest, m_minimumDaysLate, m_formType,
        m_paymentOrderCode, m_paymentPlanCode, m_saveLetters, m_reminderPayDays,
        m_collectionPayDays, m_residualPayDays};
    for (int i = 0; i < order.size(); ++i) {
        QWidget *w = order.at(i);
        w->installEventFilter(this);
        if (i > 0)
            setTabOrder(order.at(i - 1), w);
        const bool account = m_accountNames.contains(qobject_cast<QLineEdit *>(w));
        const auto edited = [this, account] { formEdited(account); };
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            connect(edit, &QLineEdit::textEdited, this, edited);
        else if (auto *check = qobject_cast<QCheckBox *>(w))
            connect(check, &QCheckBox::toggled, this, edited);
        else if (w != m_company && w != m_routine)
            connect(qobject_cast<QComboBox *>(w), &QComboBox::currentIndexChanged, this, edited);
    }
    setFocusProxy(m_company);

    if (!m_ledger) {
        m_error->setText(tr("Ingen reskontra är öppen."));
        m_tabs->setEnabled(false);
        return;
    }
    ReferenceData reference(*m_ledger);
    for (const Company &c : reference.companies())
        m_company->addItem(QStringLiteral("%1 %2").arg(c.number, c.name), c.number);
    // Interest-invoice routines (51–94) are booked through their base routine.
    for (const Routine &r : reference.routines())
        if (r.interestOf.isEmpty())
            m_routine->addItem(QStringLiteral("%1 %2").arg(r.code, r.name), r.code);
    m_company->setCurrentIndex(std::max(0, m_company->findData(session().companyNumber())));
    connect(m_company, &QComboBox::currentIndexChanged, this,
            [this](int index) { keyChosen(m_company, index); });
    connect(m_routine, &QComboBox::currentIndexChanged, this,
            [this](int index) { keyChosen(m_routine, index); });
    connect(&context.session, &Session::companyChanged, this, [this](const QString &number) {
        if (const int index = m_company->findData(number); index >= 0)
            m_company->setCurrentIndex(index);
    });
    load();
}

void DunningParametersScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    commands.declare({QLatin1String(kUndoCommand), id, QKeySequence(Qt::Key_F7), tr("Ångra")});
    commands.declare({QLatin1String(kNextTabCommand), id, QKeySequence(Qt::Key_F10),
                      tr("Nästa flik")});
    commands.declare({QLatin1String(kAccountsTabCommand), id, QKeySequence(Qt::Key_F11),
                      tr("Kontering")});
    commands.declare({QLatin1String(kOtherTabCommand), id, QKeySequence(Qt::Key_F12),
                      tr("Övrigt")});
}

QLineEdit *DunningParametersScreen::numberEdit(const char *name, const QString &pattern, int chars)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), edit));
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QLatin1Char('9')) * (chars + 4));
    edit->setAlignment(Qt::AlignRight);
    return edit;
}

QLabel *DunningParametersScreen::addRow(QFormLayout *form, const QString &label, QWidget *field,
                                        QWidget *beside)
{
    auto *text = new QLabel(label, form->parentWidget());
    text->setBuddy(field); // Alt + the underlined letter goes to the field
    if (beside) {
        auto *line = new QHBoxLayout;
        line->addWidget(field);
        line->addWidget(beside, 1);
        form->addRow(text, line);
    } else {
        form->addRow(text, field);
    }
    auto *error = new QLabel(form->parentWidget());
    error->setObjectName(field->objectName() + QStringLiteral("Error"));
    error->setStyleSheet(QStringLiteral("color: #b00000;"));
    error->setWordWrap(true);
    error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(QString(), error);
    form->setRowVisible(error, false);
    m_fieldErrors.insert(field, error);
    m_fieldForms.insert(field, form);
    return text;
}

QWidget *DunningParametersScreen::createAccountsTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("accountsPage"));
    auto *layout = new QVBoxLayout(page);

    auto *keys = new QFormLayout;
    keys->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_company = new QComboBox(page);
    m_company->setObjectName(QStringLiteral("companyCombo"));
    m_routine = new QComboBox(page);
    m_routine->setObjectName(QStringLiteral("routineCombo"));
    auto *keyForm = new QWidget(page);
    keyForm->setLayout(keys);
    addRow(keys, tr("Före&tag:"), m_company);
    addRow(keys, tr("&Debiteringsrutin:"), m_routine);

    auto account = [this, page](const char *name) {
        auto *edit = numberEdit(name, QStringLiteral("\\d{0,%1}").arg(limits::Account),
                                limits::Account / 2);
        edit->setAlignment(Qt::AlignLeft);
        auto *accountName = new QLabel(page);
        accountName->setObjectName(QLatin1String(name) + QStringLiteral("Name"));
        accountName->setStyleSheet(QStringLiteral("color: #555555;"));
        m_accountNames.insert(edit, accountName);
        connect(edit, &QLineEdit::textChanged, this,
                &DunningParametersScreen::updateAccountNames);
        return edit;
    };
    auto *fees = new QGroupBox(tr("Påminnelse- och kravavgifter"), page);
    auto *feeForm = new QFormLayout(fees);
    m_reminderFeeAccount = account("reminderFeeAccountEdit");
    m_collectionFeeAccount = account("collectionFeeAccountEdit");
    addRow(feeForm, tr("Intäktskonto &påminnelseavgifter:"), m_reminderFeeAccount,
           m_accountNames.value(m_reminderFeeAccount));
    addRow(feeForm, tr("Intäktskonto kravav&gifter:"), m_collectionFeeAccount,
           m_accountNames.value(m_collectionFeeAccount));

    auto *interest = new QGroupBox(tr("Kontering dröjsmålsräntor"), page);
    auto *interestForm = new QFormLayout(interest);
    m_interestIncomeAccount = account("interestIncomeAccountEdit");
    m_interestReceivableAccount = account("interestReceivableAccountEdit");
    addRow(interestForm, tr("Intäktskonto dröjs&målsränta:"), m_interestIncomeAccount,
           m_accountNames.value(m_interestIncomeAccount));
    m_interestRoutineLabel =
        addRow(interestForm, tr("Fo&rdringskonto räntefakturor:"), m_interestReceivableAccount,
               m_accountNames.value(m_interestReceivableAccount));
    m_interestRoutineLabel->setObjectName(QStringLiteral("interestRoutineLabel"));

    auto *note = new QLabel(tr("Konton för avgifter krävs om avgifterna uppdebiteras; "
                               "konton för dröjsmålsränta om räntefakturor skrivs ut eller "
                               "räntor och avgifter förs till nästa faktura. Fordringskontot "
                               "gäller räntefakturornas rutin (debiteringsrutin + 50)."),
                            page);
    note->setWordWrap(true);

    layout->addWidget(keyForm);
    layout->addWidget(fees);
    layout->addWidget(interest);
    layout->addWidget(note);
    layout->addStretch(1);
    return page;
}

QWidget *DunningParametersScreen::createOtherTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("otherPage"));
    auto *columns = new QHBoxLayout(page);

    auto *interest = new QGroupBox(tr("Dröjsmålsränta"), page);
    auto *interestForm = new QFormLayout(interest);
    // handbook 7.2: at most 3 digits, 1 of them a decimal; a second decimal
    // can be typed so that the core's reason is shown rather than nothing.
    m_margin = numberEdit("marginEdit", QStringLiteral("\\d{0,2}([,.]\\d{0,2})?"), 5);
    m_margin->setPlaceholderText(tr("t.ex. 8,0"));
    m_dayAfterDue = new QCheckBox(tr("Ränta räknas från och med dagen &efter förfallodagen"),
                                  interest);
    m_dayAfterDue->setObjectName(QStringLiteral("dayAfterDueCheck"));
    m_dayAfterDue->setToolTip(tr("Utan kryss räknas räntan från och med förfallodagen."));
    m_dayBasis = new QComboBox(interest);
    m_dayBasis->setObjectName(QStringLiteral("dayBasisCombo"));
    m_dayBasis->addItem(tr("Faktiska dagar / 365"),
                        int(InterestSettings::DayBasis::Actual365));
    m_dayBasis->addItem(tr("Faktiska dagar / 365 eller 366 (skottår)"),
                        int(InterestSettings::DayBasis::ActualActual));
    m_daysAfterInvoice = numberEdit("daysAfterInvoiceEdit", QStringLiteral("\\d{0,3}"), 3);
    m_minimumInterest = numberEdit("minimumInterestEdit", QStringLiteral("\\d{0,6}"), 6);
    m_minimumDaysLate = numberEdit("minimumDaysLateEdit", QStringLiteral("\\d{0,3}"), 3);
    addRow(interestForm, tr("Ränta &utöver referensräntan (%):"), m_margin);
    interestForm->addRow(m_dayAfterDue);
    addRow(interestForm, tr("Dag&beräkning:"), m_dayBasis);
    addRow(interestForm, tr("Dagar efter fakturadatum då ränta ska börja räknas:"),
           m_daysAfterInvoice);
    addRow(interestForm, tr("Mi&nsta ränta (kr):"), m_minimumInterest);
    addRow(interestForm, tr("Minst antal dagar efter förfa&llodag:"), m_minimumDaysLate);
    auto *interestNote = new QLabel(tr("Minsta ränta och minst antal dagar gäller "
                                       "räntefakturor och listan Ej uppdebiterade räntor och "
                                       "avgifter, inte den upplupna räntan på ett krav."),
                                    interest);
    interestNote->setWordWrap(true);
    interestNote->setStyleSheet(QStringLiteral("color: #555555;"));
    interestForm->addRow(interestNote);

    auto *letters = new QGroupBox(tr("Blanketter och kravkoder"), page);
    auto *lettersForm = new QFormLayout(letters);
    m_formType = new QComboBox(letters);
    m_formType->setObjectName(QStringLiteral("formTypeCombo"));
    m_paymentOrderCode = new QComboBox(letters);
    m_paymentOrderCode->setObjectName(QStringLiteral("paymentOrderCodeCombo"));
    m_paymentPlanCode = new QComboBox(letters);
    m_paymentPlanCode->setObjectName(QStringLiteral("paymentPlanCodeCombo"));
    m_saveLetters = new QCheckBox(tr("Påminnelser o&ch kravbrev sparas för kopieframställning"),
                                  letters);
    m_saveLetters->setObjectName(QStringLiteral("saveLettersCheck"));
    addRow(lettersForm, tr("Blankett&yp:"), m_formType);
    addRow(lettersForm, tr("Kravk&od vid betalningsföreläggande:"), m_paymentOrderCode);
    addRow(lettersForm, tr("Kravkod vid &amorteringsplan:"), m_paymentPlanCode);
    lettersForm->addRow(m_saveLetters);

    auto *payDays = new QGroupBox(tr("Dagar att betala (förfallodag på brevet)"), page);
    auto *payForm = new QFormLayout(payDays);
    m_reminderPayDays = numberEdit("reminderPayDaysEdit", QStringLiteral("\\d{0,2}"), 2);
    m_collectionPayDays = numberEdit("collectionPayDaysEdit", QStringLiteral("\\d{0,2}"), 2);
    m_residualPayDays = numberEdit("residualPayDaysEdit", QStringLiteral("\\d{0,2}"), 2);
    addRow(payForm, tr("Påminnelse:"), m_reminderPayDays);
    addRow(payForm, tr("Inkassokrav (minst %1):").arg(DunningParameters::MinCollectionPayDays),
           m_collectionPayDays);
    addRow(payForm, tr("Restkrav:"), m_residualPayDays);

    auto *right = new QVBoxLayout;
    right->addWidget(letters);
    right->addWidget(payDays);
    right->addStretch(1);
    auto *left = new QVBoxLayout;
    left->addWidget(interest);
    left->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    return page;
}

bool DunningParametersScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            save();
            return true;
        }
    }
    return Screen::eventFilter(watched, event);
}

void DunningParametersScreen::goToTab(int index)
{
    m_tabs->setCurrentIndex(index);
    (index == AccountsTab ? static_cast<QWidget *>(m_company) : m_margin)->setFocus();
}

// The form types with the handbook's words, and the kravkoder defined now
// (Kravkoder may have been changed in another tab since this one opened).
void DunningParametersScreen::fillChoices()
{
    const QHash<QString, QString> forms{
        {QStringLiteral("A1"), tr("plusgiro, A-kort med förtryckt logotyp")},
        {QStringLiteral("A2"), tr("plusgiro, A-kort utan logotyp, företagsnamnet skrivs ut")},
        {QStringLiteral("B1"), tr("plusgiro, B-kort med förtryckt logotyp")},
        {QStringLiteral("B2"), tr("plusgiro, B-kort utan logotyp, företagsnamnet skrivs ut")},
        {QStringLiteral("C1"), tr("plusgiro, C-kort med förtryckt logotyp")},
        {QStringLiteral("C2"), tr("plusgiro, C-kort utan logotyp, företagsnamnet skrivs ut")},
        {QStringLiteral("C3"), tr("plusgiro, C-kort med förtryckt logotyp, värmeförsluts")},
        {QStringLiteral("C4"), tr("plusgiro, C-kort utan förtryckt logotyp, värmeförsluts")},
        {QStringLiteral("EP"), tr("plusgiro, Postens elektroniska postproduktion")},
        {QStringLiteral("E1"), tr("bankgiro, inbetalningskort utan OCR, med förtryckt logotyp")},
        {QStringLiteral("E2"), tr("bankgiro, inbetalningskort utan OCR och logotyp")},
        {QStringLiteral("G1"), tr("bankgiro, inbetalningskort med OCR och förtryckt logotyp")},
        {QStringLiteral("G2"), tr("bankgiro, inbetalningskort med OCR, utan logotyp")},
        {QStringLiteral("EB"), tr("bankgiro, Postens elektroniska postproduktion")},
    };
    m_formType->clear();
    for (const QString &code : DunningParametersRegister::formTypes())
        m_formType->addItem(forms.contains(code)
                                ? QStringLiteral("%1 – %2").arg(code, forms.value(code))
                                : code,
                            code);
    const QList<DunningCode> codes = ReferenceData(*m_ledger).dunningCodes();
    for (QComboBox *combo : {m_paymentOrderCode, m_paymentPlanCode}) {
        combo->clear();
        combo->addItem(tr("0 – ingen"), 0);
        for (const DunningCode &c : codes)
            combo->addItem(QStringLiteral("%1 – %2").arg(c.code).arg(c.text), c.code);
    }
}

void DunningParametersScreen::load()
{
    if (!m_ledger)
        return;
    m_loading = true;
    fillChoices();
    showInterest(InterestSettingsStore(*m_ledger).load());
    showParameters(DunningParametersRegister(*m_ledger).parameters());
    m_loading = false;
    m_otherEdited = false;
    loadAccounts();
    clearMessages();
}

void DunningParametersScreen::loadAccounts()
{
    const QString company = m_company->currentData().toString();
    const QString routine = m_routine->currentData().toString();
    m_shownCompany = m_company->currentIndex();
    m_shownRoutine = m_routine->currentIndex();
    if (company.isEmpty() || routine.isEmpty())
        return;
    DunningParametersRegister reg(*m_ledger);
    m_shownAccounts = reg.accounts(company, routine);
    m_loading = true;
    m_reminderFeeAccount->setText(m_shownAccounts.reminderFeeIncome);
    m_collectionFeeAccount->setText(m_shownAccounts.collectionFeeIncome);
    m_interestIncomeAccount->setText(m_shownAccounts.interestIncome);
    m_interestReceivableAccount->setText(m_shownAccounts.interestReceivable);
    m_interestRoutineLabel->setText(
        tr("Fo&rdringskonto räntefakturor (rutin %1):").arg(reg.interestRoutine(routine)));
    m_loading = false;
    m_accountsEdited = false;
    setModified(m_otherEdited);
}

void DunningParametersScreen::showInterest(const InterestSettings &s)
{
    m_margin->setText(marginText(s.marginHundredths));
    m_dayAfterDue->setChecked(s.startRule == InterestSettings::StartRule::DayAfterDueDate);
    m_dayBasis->setCurrentIndex(std::max(0, m_dayBasis->findData(int(s.dayBasis))));
    m_daysAfterInvoice->setText(QString::number(s.daysAfterInvoiceDate));
    // Whole kronor (validated by the store), shown without öre.
    m_minimumInterest->setText(QString::number(s.minimumInterest.ore() / 100));
    m_minimumDaysLate->setText(QString::number(s.minimumDaysLate));
}

void DunningParametersScreen::showParameters(const DunningParameters &p)
{
    if (m_formType->findData(p.formType) < 0)
        m_formType->addItem(p.formType, p.formType); // shown as stored; saving refuses it
    m_formType->setCurrentIndex(m_formType->findData(p.formType));
    selectCode(m_paymentOrderCode, p.paymentOrderCode);
    selectCode(m_paymentPlanCode, p.paymentPlanCode);
    m_saveLetters->setChecked(p.saveLetters);
    m_reminderPayDays->setText(QString::number(p.reminderPayDays));
    m_collectionPayDays->setText(QString::number(p.collectionPayDays));
    m_residualPayDays->setText(QString::number(p.residualPayDays));
}

void DunningParametersScreen::selectCode(QComboBox *combo, int code)
{
    if (combo->findData(code) < 0)
        combo->addItem(tr("%1 – finns inte bland kravkoderna").arg(code), code);
    combo->setCurrentIndex(combo->findData(code));
}

// A new company or routine shows its accounts; changed accounts of the one
// shown are not dropped without the clerk's word.
void DunningParametersScreen::keyChosen(QComboBox *combo, int index)
{
    const int shown = combo == m_company ? m_shownCompany : m_shownRoutine;
    if (m_loading || index < 0 || index == shown)
        return;
    if (m_accountsEdited) {
        const auto answer = QMessageBox::question(
            this, tr("Osparade konton"),
            tr("Kontona för företag %1, rutin %2 är ändrade men inte sparade. Vill du byta "
               "utan att spara dem?")
                .arg(m_company->itemData(m_shownCompany).toString(),
                     m_routine->itemData(m_shownRoutine).toString()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(shown);
            return;
        }
    }
    loadAccounts();
    clearMessages();
}

bool DunningParametersScreen::readForm(InterestSettings &interest, DunningParameters &p,
                                       DunningAccounts &changed)
{
    QString why;
    const auto margin = parseRateHundredths(m_margin->text().trimmed(), &why);
    if (!margin) {
        setFieldError(m_margin, m_margin->text().trimmed().isEmpty()
                                    ? tr("Ange räntan utöver referensräntan, t.ex. 8,0.")
                                    : why);
        return false;
    }
    interest.marginHundredths = *margin;
    interest.startRule = m_dayAfterDue->isChecked() ? InterestSettings::StartRule::DayAfterDueDate
                                                    : InterestSettings::StartRule::FromDueDate;
    interest.dayBasis = InterestSettings::DayBasis(m_dayBasis->currentData().toInt());
    interest.daysAfterInvoiceDate = numberOf(m_daysAfterInvoice);
    interest.minimumInterest = Money::fromKronor(numberOf(m_minimumInterest));
    interest.minimumDaysLate = numberOf(m_minimumDaysLate);

    p.formType = m_formType->currentData().toString();
    p.paymentOrderCode = m_paymentOrderCode->currentData().toInt();
    p.paymentPlanCode = m_paymentPlanCode->currentData().toInt();
    p.saveLetters = m_saveLetters->isChecked();
    p.reminderPayDays = numberOf(m_reminderPayDays);
    p.collectionPayDays = numberOf(m_collectionPayDays);
    p.residualPayDays = numberOf(m_residualPayDays);

    // Only the accounts the clerk changed are saved: an unchanged one stays
    // where it is set now (routine, company or built-in default).
    const QList<std::pair<QLineEdit *, QString DunningAccounts::*>> accounts{
        {m_reminderFeeAccount, &DunningAccounts::reminderFeeIncome},
        {m_collectionFeeAccount, &DunningAccounts::collectionFeeIncome},
        {m_interestIncomeAccount, &DunningAccounts::interestIncome},
        {m_interestReceivableAccount, &DunningAccounts::interestReceivable}};
    for (const auto &[edit, member] : accounts) {
        const QString text = edit->text().trimmed();
        if (!AccountSettings::isValidAccount(text)) {
            setFieldError(edit, tr("Ange ett konto med 1–%1 siffror.").arg(limits::Account));
            return false;
        }
        if (text != m_shownAccounts.*member)
            changed.*member = text;
    }
    return true;
}

void DunningParametersScreen::save()
{
    if (!m_ledger)
        return;
    clearMessages();
    InterestSettingsStore interestStore(*m_ledger);
    DunningParametersRegister reg(*m_ledger);
    InterestSettings interest = interestStore.load();
    DunningParameters parameters = reg.parameters();
    DunningAccounts changed;
    if (!readForm(interest, parameters, changed))
        return;
    const QString company = m_company->currentData().toString();
    const QString routine = m_routine->currentData().toString();
    try {
        // One unit of work for the clerk's one Enter (STYLE.md practice 3):
        // a refusal from any of the three leaves everything as it was.
        UnitOfWork work(*m_ledger);
        interestStore.save(interest);
        reg.save(parameters);
        if (!company.isEmpty() && !routine.isEmpty())
            reg.setAccounts(company, routine, changed);
        work.commit();
    } catch (const LedgerError &e) {
        showRefusal(e.message());
        return;
    }
    load();
    m_status->setText(tr("Kravparametrarna är sparade (kontering för företag %1, rutin %2).")
                          .arg(company, routine));
}

void DunningParametersScreen::undo()
{
    if (!m_ledger)
        return;
    load();
    m_status->setText(tr("Ändringarna är ångrade."));
}

// The core's reason goes below the field it is about (UI.md), on its tab;
// a reason that names no field stays in the red line.
void DunningParametersScreen::showRefusal(const QString &message)
{
    const QString m = message.toLower();
    const QList<std::pair<QString, QWidget *>> fields{
        {QStringLiteral("utöver referensräntan"), m_margin},
        {QStringLiteral("dagar efter fakturadatum"), m_daysAfterInvoice},
        {QStringLiteral("minst antal dagar"), m_minimumDaysLate},
        {QStringLiteral("minsta ränta"), m_minimumInterest},
        {QStringLiteral("blankettyp"), m_formType},
        {QStringLiteral("påminnelser"), m_reminderPayDays},
        {QStringLiteral("inkassokrav"), m_collectionPayDays},
        {QStringLiteral("restkrav"), m_residualPayDays},
        {QStringLiteral("betalningsföreläggande"), m_paymentOrderCode},
        {QStringLiteral("amorteringsplan"), m_paymentPlanCode},
        {account_kind::ReminderFeeIncome, m_reminderFeeAccount},
        {account_kind::CollectionFeeIncome, m_collectionFeeAccount},
        {account_kind::InterestIncome, m_interestIncomeAccount},
        {account_kind::Receivable, m_interestReceivableAccount},
        {QStringLiteral("företag"), m_company},
        {QStringLiteral("rutin"), m_routine}};
    for (const auto &[words, field] : fields) {
        if (m.contains(words)) {
            setFieldError(field, message);
            return;
        }
    }
    m_error->setText(tr("Inget är sparat: %1").arg(message));
}

void DunningParametersScreen::setFieldError(QWidget *field, const QString &message)
{
    QLabel *label = m_fieldErrors.value(field);
    label->setText(message);
    m_fieldForms.value(field)->setRowVisible(label, true);
    const int tab = m_tabs->widget(OtherTab)->isAncestorOf(field) ? OtherTab : AccountsTab;
    m_tabs->setCurrentIndex(tab);
    m_error->setText(tr("Inget är sparat: rätta fältet som är markerat på fliken %1.")
                         .arg(m_tabs->tabText(tab)));
    field->setFocus();
}

void DunningParametersScreen::clearMessages()
{
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it) {
        it.value()->clear();
        m_fieldForms.value(it.key())->setRowVisible(it.value(), false);
    }
    m_error->clear();
    m_status->clear();
}

void DunningParametersScreen::formEdited(bool account)
{
    if (m_loading)
        return;
    (account ? m_accountsEdited : m_otherEdited) = true;
    setModified(true);
}

// The account's name beside it (BAS name or the one given in the chart).
void DunningParametersScreen::updateAccountNames()
{
    if (!m_ledger)
        return;
    AccountSettings accounts(*m_ledger);
    for (auto it = m_accountNames.cbegin(); it != m_accountNames.cend(); ++it) {
        const QString text = it.key()->text().trimmed();
        it.value()->setText(AccountSettings::isValidAccount(text) ? accounts.accountName(text)
                                                                  : QString());
    }
}

} // namespace rsk::ui
