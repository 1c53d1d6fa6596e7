#include "screens/paymentparametersscreen.h"

#include "payments/paymentparameters.h"
#include "screencontext.h"
#include "session.h"
#include "storage/database.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace rsk::ui {

namespace {

// Limits are shown in kronor the Swedish way ("1,50"); an empty field is 0.
QString kronor(Money amount)
{
    return amount.isZero() ? QString() : amount.toString();
}

} // namespace

PaymentParametersScreen::PaymentParametersScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent), m_ledger(context.session.context().ledger)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kClearCommand), this), &QAction::triggered, this,
            &PaymentParametersScreen::clearToDefaults);
    connect(commands().bind(QLatin1String(kUndoCommand), this), &QAction::triggered, this,
            &PaymentParametersScreen::load);

    auto *intro = new QLabel(
        tr("Maskinell avskrivning av små belopp vid inläsning av bankgiro- och plusgirofiler "
           "(handbok 3.4). En faktura som betalats med högst så mycket för mycket eller för "
           "lite sätts till noll och skillnaden bokas mot avräkningskontot, eller förs till "
           "kundens nästa faktura. Tomt belopp stänger av funktionen. Enter sparar."),
        this);
    intro->setWordWrap(true);
    m_company = new QLabel(this);
    m_company->setObjectName(QStringLiteral("companyLabel"));

    auto *limits = new QGroupBox(tr("Beloppsgränser för över- och underbetalningar"), this);
    auto *form = new QFormLayout(limits);
    auto row = [this, form](const QString &label, QWidget *field) {
        auto *error = new QLabel(this);
        error->setObjectName(field->objectName() + QStringLiteral("Error"));
        error->setStyleSheet(QStringLiteral("color: #b00000;"));
        auto *line = new QHBoxLayout;
        line->addWidget(field);
        line->addWidget(error, 1);
        auto *text = new QLabel(label, this);
        text->setBuddy(field); // Alt + the underlined letter goes to the field
        form->addRow(text, line);
    };
    m_over = addLine("overEdit", 12);
    m_under = addLine("underEdit", 12);
    m_account = addLine("accountEdit", 20);
    m_carry = new QCheckBox(tr("Över- och underbetalningar läggs till kundens nästa faktura"), this);
    m_carry->setObjectName(QStringLiteral("carryCheck"));
    row(tr("Belopp vid &överbetalning (kr)"), m_over);
    row(tr("Belopp vid &underbetalning (kr)"), m_under);
    row(tr("Kontering (&avräkningskonto)"), m_account);
    row(tr("Överföring &nästa faktura"), m_carry);

    auto *other = new QGroupBox(tr("Avvisade betalningar och inkasso"), this);
    auto *otherForm = new QFormLayout(other);
    m_observation = addLine("observationEdit", 20);
    m_agencyGiros = addLine("agencyGirosEdit", 200);
    m_agencyGiros->setPlaceholderText(tr("bankgiro- eller plusgironummer, kommaseparerade"));
    m_methods = new QLabel(this);
    m_methods->setObjectName(QStringLiteral("methodsLabel"));
    auto otherRow = [this, otherForm](const QString &label, QWidget *field) {
        auto *error = new QLabel(this);
        error->setObjectName(field->objectName() + QStringLiteral("Error"));
        error->setStyleSheet(QStringLiteral("color: #b00000;"));
        auto *line = new QHBoxLayout;
        line->addWidget(field, 1);
        line->addWidget(error, 1);
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        otherForm->addRow(text, line);
    };
    otherRow(tr("O&bservationskonto"), m_observation);
    otherRow(tr("Inkassobolagens &giro"), m_agencyGiros);
    otherForm->addRow(tr("Inbetalningssätt"), m_methods);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00000;"));
    m_error->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));

    contentLayout()->addWidget(intro);
    contentLayout()->addWidget(m_company);
    contentLayout()->addWidget(limits);
    contentLayout()->addWidget(other);
    contentLayout()->addWidget(m_error);
    contentLayout()->addWidget(m_status);
    contentLayout()->addStretch(1);
    setFocusProxy(m_over);
    for (QWidget *w : {static_cast<QWidget *>(m_over), static_cast<QWidget *>(m_under),
                       static_cast<QWidget *>(m_account), static_cast<QWidget *>(m_carry),
                       static_cast<QWidget *>(m_observation),
                       static_cast<QWidget *>(m_agencyGiros)})
        w->installEventFilter(this);
    connect(m_carry, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            setModified(true);
    });
    connect(&context.session, &Session::companyChanged, this, &PaymentParametersScreen::load);

    if (!m_ledger) {
        m_error->setText(tr("Ingen reskontra är öppen."));
        return; // every action checks for the ledger
    }
    load();
}

void PaymentParametersScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    commands.declare({QLatin1String(kClearCommand), id, QKeySequence(Qt::Key_F6),
                      tr("Borttag")});
    commands.declare({QLatin1String(kUndoCommand), id, QKeySequence(Qt::Key_F7), tr("Ångra")});
}

QLineEdit *PaymentParametersScreen::addLine(const char *name, int maxLength)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setMaxLength(maxLength);
    connect(edit, &QLineEdit::textEdited, this, [this] { setModified(true); });
    return edit;
}

bool PaymentParametersScreen::eventFilter(QObject *watched, QEvent *event)
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

void PaymentParametersScreen::load()
{
    if (!m_ledger)
        return;
    const QString company = session().companyNumber();
    m_company->setText(company.isEmpty()
                           ? tr("Välj företag i statusraden.")
                           : tr("Företag %1 %2").arg(company, session().companyName()));
    if (company.isEmpty())
        return;
    try {
        showParameters(PaymentParameters::load(*m_ledger, company));
        m_status->setText(QString());
    } catch (const LedgerError &e) {
        m_error->setText(e.message());
    }
}

void PaymentParametersScreen::showParameters(const PaymentParameters &p)
{
    m_loading = true;
    m_over->setText(kronor(p.overpaymentLimit));
    m_under->setText(kronor(p.underpaymentLimit));
    m_account->setText(p.writeOffAccount);
    m_carry->setChecked(p.carryToNextInvoice);
    m_observation->setText(p.observationAccount);
    m_agencyGiros->setText(p.agencyGiros.join(QStringLiteral(", ")));
    m_methods->setText(tr("bankgiro %1, plusgiro %2, inkasso %3, avskrivning %4 (under) / %5 "
                          "(över), avdrag %6")
                           .arg(p.bankgiroMethod, p.plusgiroMethod, p.agencyMethod,
                                p.underpaymentWriteOffMethod, p.overpaymentWriteOffMethod,
                                p.deductionMethod));
    for (QLabel *l : findChildren<QLabel *>())
        if (l->objectName().endsWith(QLatin1String("Error")))
            l->clear();
    m_error->clear();
    m_loading = false;
    setModified(false);
}

void PaymentParametersScreen::setError(QWidget *field, const QString &message)
{
    if (auto *label = findChild<QLabel *>(field->objectName() + QStringLiteral("Error")))
        label->setText(message);
    else
        m_error->setText(message);
    field->setFocus();
}

void PaymentParametersScreen::save()
{
    const QString company = session().companyNumber();
    if (!m_ledger || company.isEmpty())
        return;
    for (QLabel *l : findChildren<QLabel *>())
        if (l->objectName().endsWith(QLatin1String("Error")))
            l->clear();
    m_error->clear();
    m_status->clear();
    PaymentParameters p = PaymentParameters::load(*m_ledger, company);
    const auto amount = [this](QLineEdit *edit, Money &target) {
        if (edit->text().trimmed().isEmpty()) {
            target = Money();
            return true;
        }
        QString why;
        const auto parsed = Money::parse(edit->text(), &why);
        if (!parsed) {
            setError(edit, why);
            return false;
        }
        target = *parsed;
        return true;
    };
    if (!amount(m_over, p.overpaymentLimit) || !amount(m_under, p.underpaymentLimit))
        return;
    p.writeOffAccount = m_account->text().trimmed();
    p.carryToNextInvoice = m_carry->isChecked();
    p.observationAccount = m_observation->text().trimmed();
    p.agencyGiros = m_agencyGiros->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &g : p.agencyGiros)
        g = g.trimmed();
    try {
        p.save(*m_ledger, company);
    } catch (const LedgerError &e) {
        // Put the reason beside the field it is about.
        const QString m = e.message();
        QWidget *field = nullptr;
        if (m.contains(tr("överbetalning")))
            field = m_over;
        else if (m.contains(tr("underbetalning")))
            field = m_under;
        else if (m.contains(QLatin1String("giro")))
            field = m_agencyGiros;
        else if (!p.observationAccount.isEmpty() && m.contains(p.observationAccount)
                 && !m.contains(p.writeOffAccount))
            field = m_observation;
        else if (m.contains(tr("Kontot")))
            field = m_account;
        if (field)
            setError(field, m);
        else
            m_error->setText(m);
        return;
    }
    showParameters(PaymentParameters::load(*m_ledger, company));
    m_status->setText(tr("Parametrarna för företag %1 är sparade.").arg(company));
}

void PaymentParametersScreen::clearToDefaults()
{
    // handbook 3.4 "Borttag/F6: tar bort det som finns registrerat": the
    // form gets the defaults; Enter saves them.
    PaymentParameters defaults;
    defaults.writeOffAccount = QString();
    defaults.observationAccount = QString();
    showParameters(defaults);
    setModified(true);
    m_status->setText(tr("Standardvärdena visas; spara med Enter."));
}

} // namespace rsk::ui
