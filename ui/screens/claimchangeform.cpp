#include "screens/claimchangeform.h"

#include "dates/dateparse.h"
#include "ids/swedishid.h"
#include "ledger/protectedidentity.h"
#include "ledger/types.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rsk::ui {

namespace f = rsk::invoicefield;

namespace {

QString dateText(const QDate &d)
{
    return d.isValid() ? isoDate(d) : QString();
}

QString feeText(Money m)
{
    return m.isZero() ? QString() : m.toString();
}

} // namespace

ClaimChangeForm::ClaimChangeForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("changeForm"));
    const auto group = [this](const QString &title, QFormLayout *&form) {
        auto *box = new QGroupBox(title, this);
        form = new QFormLayout(box);
        form->setVerticalSpacing(3);
        form->setLabelAlignment(Qt::AlignLeft);
        return box;
    };
    QFormLayout *receiver = nullptr;
    QFormLayout *invoice = nullptr;
    QFormLayout *dunning = nullptr;
    auto *receiverBox = group(tr("Fakturamottagare"), receiver);
    auto *invoiceBox = group(tr("Faktura"), invoice);
    auto *dunningBox = group(tr("Kravuppgifter"), dunning);

    // Reading order = tab order (UI.md): receiver, invoice, dunning.
    addFixed(receiver, "fixedName", tr("Namn:"));
    addField(receiver, f::IdNumber, tr("&Person-/org.nr:"), 13, 130);
    addField(receiver, f::Co, tr("&C/o:"), limits::Co);
    addField(receiver, f::Address, tr("&Adress:"), limits::Address);
    addField(receiver, f::PostalCode, tr("Post&nummer:"), limits::PostalCode, 90);
    addField(receiver, f::City, tr("&Ort:"), limits::City);
    addField(receiver, f::Country, tr("&Landskod:"), 2, 40);

    addFixed(invoice, "fixedInvoice", tr("Fakturanummer:"));
    addFixed(invoice, "fixedRegisterId", tr("Identitet i rutinen:"));
    addFixed(invoice, "fixedInvoiceDate", tr("Framställd:"));
    addFixed(invoice, "fixedFinalPaid", tr("Slutbetald:"));
    addFixed(invoice, "fixedAmount", tr("Ursprungligt debiterat:"));
    addFixed(invoice, "fixedBalance", tr("Saldo:"));
    addFixed(invoice, "fixedInterestDebited", tr("Uppdebiterad upplupen ränta:"));
    addFixed(invoice, "fixedInterestInvoice", tr("Räntefaktura:"));
    addField(invoice, f::DueDate, tr("Förfalloda&g:"), 10, 100);
    addField(invoice, f::Department, tr("F&örv/avd:"), limits::Department, 100);
    addField(invoice, f::Handler, tr("Handl&äggare:"), limits::Handler);
    addField(invoice, f::Description, tr("Fakt&uran avser:"), limits::Description);

    m_reminderFeeDebited = new QLabel(this);
    m_reminderFeeDebited->setObjectName(QStringLiteral("reminderFeeDebited"));
    m_collectionFeeDebited = new QLabel(this);
    m_collectionFeeDebited->setObjectName(QStringLiteral("collectionFeeDebited"));
    m_codeText = new QLabel(this);
    m_codeText->setObjectName(QStringLiteral("codeText"));
    addField(dunning, f::Reminder1Date, tr("Påminnelse &1:"), 10, 100);
    addField(dunning, f::Reminder2Date, tr("Påminnelse &2:"), 10, 100);
    addField(dunning, f::ReminderFee, tr("Påminnelseavgift:"), 10, 100, m_reminderFeeDebited);
    addField(dunning, f::CollectionDate, tr("Inkassok&rav:"), 10, 100);
    addField(dunning, f::CollectionFee, tr("Inkassoavgift:"), 10, 100, m_collectionFeeDebited);
    addField(dunning, f::ResidualDate, tr("R&estkrav:"), 10, 100);
    addField(dunning, f::ThreatDate, tr("Hot om betalningsföreläggande:"), 10, 100);
    addField(dunning, f::PaymentOrderDate, tr("Betalningsföreläggande:"), 10, 100);
    addField(dunning, f::PaymentPlanDate, tr("Amorteringsplan:"), 10, 100);
    addField(dunning, f::WatchText, tr("Betalnings&bevakning:"),
             InvoiceChangeService::MaxWatchText);
    addField(dunning, f::DunningCode, tr("Kravko&d (F4):"), 1, 40, m_codeText);
    addField(dunning, f::DunningCodeUntil, tr("Kravkod &t.o.m.:"), 10, 100);
    connect(field(QLatin1String(f::DunningCode)), &QLineEdit::textChanged, this,
            &ClaimChangeForm::updateCodeText);

    auto *hint = new QLabel(tr("Vita fält kan ändras. Datum skrivs ÅÅMMDD. Enter sparar, "
                               "F7 ångrar, F3 går tillbaka."),
                            this);
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(receiverBox);
    left->addWidget(invoiceBox);
    left->addStretch(1);
    columns->addLayout(left, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(dunningBox);
    right->addStretch(1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addLayout(columns, 1);
    setFocusProxy(m_order.first());
}

QLineEdit *ClaimChangeForm::addField(QFormLayout *form, const char *column, const QString &label,
                                     int maxLength, int width, QLabel *beside)
{
    const QString name = QLatin1String(column);
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name + QStringLiteral("Edit"));
    edit->setMaxLength(maxLength);
    if (width > 0)
        edit->setFixedWidth(width);
    // handbook 6.1: "De ändringsbara fälten får en vit färg."
    edit->setStyleSheet(QStringLiteral("QLineEdit { background: white; }"));
    auto *problem = new QLabel(this);
    problem->setObjectName(name + QStringLiteral("Problem"));
    problem->setWordWrap(true);
    problem->hide();
    auto *line = new QHBoxLayout;
    line->addWidget(edit, width > 0 ? 0 : 1);
    if (beside)
        line->addWidget(beside);
    if (width > 0 || beside)
        line->addStretch(1);
    auto *cell = new QVBoxLayout;
    cell->setSpacing(0);
    cell->addLayout(line);
    cell->addWidget(problem);
    auto *text = new QLabel(label, this);
    text->setBuddy(edit);
    form->addRow(text, cell);
    m_fields.insert(name, edit);
    m_problems.insert(name, problem);
    m_order.append(edit);
    edit->installEventFilter(this);
    connect(edit, &QLineEdit::textEdited, this, [this] {
        if (!m_loading)
            emit edited();
    });
    return edit;
}

QLabel *ClaimChangeForm::addFixed(QFormLayout *form, const char *name, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(QLatin1String(name));
    value->setStyleSheet(QStringLiteral("QLabel { background: palette(window); color: #444; }"));
    form->addRow(label, value);
    m_fixed.insert(QLatin1String(name), value);
    return value;
}

QLineEdit *ClaimChangeForm::firstField() const
{
    return m_order.first();
}

QString ClaimChangeForm::problemText(const QString &column) const
{
    const QLabel *l = m_problems.value(column);
    return l ? l->text() : QString();
}

void ClaimChangeForm::load(const Invoice &c, const QDate &today,
                           const QHash<int, QString> &codeTexts, bool addressWithheld)
{
    m_loading = true;
    m_codeTexts = codeTexts;
    const auto set = [this](const char *column, const QString &text) {
        m_fields.value(QLatin1String(column))->setText(text);
    };
    QString id = c.idNumber;
    if (const auto parsed = SwedishId::parse(c.idNumber, today))
        id = parsed->display();
    set(f::IdNumber, id);
    // DOMAIN.md "People and trust": a protected identity's address is not
    // shown, so it cannot be changed here either.
    m_addressWithheld = addressWithheld;
    m_withheldAddress = addressWithheld
                            ? QStringList{c.co, c.address, c.postalCode, c.city, c.country}
                            : QStringList();
    set(f::Co, addressWithheld ? QString() : c.co);
    set(f::Address, addressWithheld ? ProtectedIdentity::withheldText() : c.address);
    set(f::PostalCode, addressWithheld ? QString() : c.postalCode);
    set(f::City, addressWithheld ? QString() : c.city);
    set(f::Country, addressWithheld ? QString() : c.country);
    for (const char *column : {f::Co, f::Address, f::PostalCode, f::City, f::Country})
        m_fields.value(QLatin1String(column))->setEnabled(!addressWithheld);
    set(f::DueDate, dateText(c.dueDate));
    set(f::Department, c.department);
    set(f::Handler, c.handler);
    set(f::Description, c.description);
    set(f::Reminder1Date, dateText(c.reminder1Date));
    set(f::Reminder2Date, dateText(c.reminder2Date));
    set(f::ReminderFee, feeText(c.reminderFeeUndebited));
    set(f::CollectionDate, dateText(c.collectionDate));
    set(f::CollectionFee, feeText(c.collectionFeeUndebited));
    set(f::ResidualDate, dateText(c.residualDate));
    set(f::ThreatDate, dateText(c.threatDate));
    set(f::PaymentOrderDate, dateText(c.paymentOrderDate));
    set(f::PaymentPlanDate, dateText(c.paymentPlanDate));
    set(f::WatchText, c.watchText);
    set(f::DunningCode, c.dunningCode == 0 ? QString() : QString::number(c.dunningCode));
    set(f::DunningCodeUntil, c.dunningCode == 0 ? QString() : dateText(c.dunningCodeUntil));
    m_reminderFeeDebited->setText(
        c.reminderFee.isZero() ? tr("ej uppdebiterad")
                               : tr("+ uppdebiterad %1 (kvar %2)")
                                     .arg(c.reminderFee.toString(), c.reminderFeeOpen.toString()));
    m_collectionFeeDebited->setText(
        c.collectionFee.isZero()
            ? tr("ej uppdebiterad")
            : tr("+ uppdebiterad %1 (kvar %2)")
                  .arg(c.collectionFee.toString(), c.collectionFeeOpen.toString()));
    const auto fixed = [this](const char *name, const QString &text) {
        m_fixed.value(QLatin1String(name))->setText(text);
    };
    fixed("fixedName", c.name2.isEmpty() ? c.name : c.name + QStringLiteral(", ") + c.name2);
    fixed("fixedInvoice", QStringLiteral("%1 / %2").arg(c.company, c.invoiceNumber));
    fixed("fixedRegisterId", c.registerId);
    fixed("fixedInvoiceDate", dateText(c.invoiceDate));
    fixed("fixedFinalPaid", dateText(c.finalPaidDate));
    fixed("fixedAmount", c.amount.toString());
    fixed("fixedBalance", c.balance.toString());
    fixed("fixedInterestDebited", c.interestDebited.toString());
    fixed("fixedInterestInvoice",
          c.interestInvoiceNumber.isEmpty()
              ? QString()
              : QStringLiteral("%1  %2  %3")
                    .arg(c.interestInvoiceNumber, dateText(c.interestInvoiceDate),
                         c.interestInvoiceAmount.toString()));
    updateCodeText();
    clearProblems();
    m_loading = false;
}

InvoiceChange ClaimChangeForm::read(const QDate &today, QList<ChangeProblem> &problems) const
{
    InvoiceChange c;
    const auto text = [this](const char *column) {
        return m_fields.value(QLatin1String(column))->text();
    };
    const auto date = [&](const char *column) {
        const QString t = text(column).trimmed();
        if (t.isEmpty())
            return QDate();
        QString why;
        const auto d = parseDate(t, today, &why);
        if (!d)
            problems.append({QLatin1String(column), why, false});
        return d.value_or(QDate());
    };
    const auto amount = [&](const char *column) {
        const QString t = text(column).trimmed();
        if (t.isEmpty())
            return Money();
        QString why;
        const auto m = Money::parse(t, &why);
        if (!m)
            problems.append({QLatin1String(column), why, false});
        return m.value_or(Money());
    };
    c.idNumber = text(f::IdNumber);
    if (m_addressWithheld) {
        c.co = m_withheldAddress.value(0);
        c.address = m_withheldAddress.value(1);
        c.postalCode = m_withheldAddress.value(2);
        c.city = m_withheldAddress.value(3);
        c.country = m_withheldAddress.value(4);
    } else {
        c.co = text(f::Co);
        c.address = text(f::Address);
        c.postalCode = text(f::PostalCode);
        c.city = text(f::City);
        c.country = text(f::Country);
    }
    c.dueDate = date(f::DueDate);
    c.department = text(f::Department);
    c.handler = text(f::Handler);
    c.description = text(f::Description);
    c.reminder1Date = date(f::Reminder1Date);
    c.reminder2Date = date(f::Reminder2Date);
    c.reminderFee = amount(f::ReminderFee);
    c.collectionDate = date(f::CollectionDate);
    c.collectionFee = amount(f::CollectionFee);
    c.residualDate = date(f::ResidualDate);
    c.threatDate = date(f::ThreatDate);
    c.paymentOrderDate = date(f::PaymentOrderDate);
    c.paymentPlanDate = date(f::PaymentPlanDate);
    c.watchText = text(f::WatchText);
    const QString code = text(f::DunningCode).trimmed();
    bool ok = true;
    c.dunningCode = code.isEmpty() ? 0 : code.toInt(&ok);
    if (!ok)
        problems.append({QLatin1String(f::DunningCode), tr("Kravkoden ska vara en siffra 1–9."),
                         false});
    c.dunningCodeUntil = date(f::DunningCodeUntil);
    return c;
}

void ClaimChangeForm::clearProblems()
{
    for (QLabel *l : std::as_const(m_problems)) {
        l->clear();
        l->hide();
    }
}

void ClaimChangeForm::showProblems(const QList<ChangeProblem> &problems)
{
    clearProblems();
    QLineEdit *firstBlocking = nullptr;
    QLineEdit *firstWarning = nullptr;
    for (const ChangeProblem &p : problems) {
        QLabel *label = m_problems.value(p.field);
        if (!label)
            continue;
        label->setStyleSheet(p.warning ? QStringLiteral("color: #8a5a00;")
                                       : QStringLiteral("color: #b00000;"));
        label->setText(label->text().isEmpty() ? p.message
                                               : label->text() + QLatin1Char(' ') + p.message);
        label->show();
        QLineEdit *edit = m_fields.value(p.field);
        // The first in reading order, not in the order the rules ran.
        const auto earlier = [this](QLineEdit *a, QLineEdit *b) {
            return !b || m_order.indexOf(a) < m_order.indexOf(b);
        };
        if (!p.warning && earlier(edit, firstBlocking))
            firstBlocking = edit;
        if (p.warning && earlier(edit, firstWarning))
            firstWarning = edit;
    }
    if (QLineEdit *target = firstBlocking ? firstBlocking : firstWarning) {
        target->setFocus();
        target->selectAll();
    }
}

void ClaimChangeForm::updateCodeText()
{
    bool ok = false;
    const int code = m_fields.value(QLatin1String(f::DunningCode))->text().trimmed().toInt(&ok);
    m_codeText->setText(ok ? m_codeTexts.value(code, tr("(finns inte)")) : QString());
}

bool ClaimChangeForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            emit saveRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rsk::ui
