#include "screens/countrycodesscreen.h"

#include "screencontext.h"
#include "session.h"
#include "storage/database.h"
#include "widgets/registertable.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>

namespace rsk::ui {

CountryCodesScreen::CountryCodesScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent),
      FormMessages(this),
      m_ledger(context.session.context().ledger)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kNewCommand), this), &QAction::triggered, this,
            &CountryCodesScreen::newCountry);
    connect(commands().bind(QLatin1String(kDeleteCommand), this), &QAction::triggered, this,
            &CountryCodesScreen::deleteCurrent);
    connect(commands().bind(QLatin1String(kUndoCommand), this), &QAction::triggered, this,
            &CountryCodesScreen::undo);

    auto *intro = new QLabel(tr("Landskoder för utlandsadresser (handbok 8.2). Namnet skrivs ut "
                                "på fakturan; avvikande betalningssätt skrivs ut bredvid BIC och "
                                "IBAN. Enter sparar formuläret."),
                             this);
    intro->setWordWrap(true);

    m_table = makeRegisterTable(this, QStringLiteral("countryTable"),
                                {tr("Kod"), tr("Namn"), tr("EU"), tr("Avvikande betalningssätt")});
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { currentRowChanged(row); });

    contentLayout()->addWidget(intro);
    contentLayout()->addWidget(m_table, 1);
    contentLayout()->addLayout(formBesideMessages(createForm()));
    setFocusProxy(m_table);

    if (!m_ledger) {
        setError(tr("Ingen reskontra är öppen."));
        m_formTitle->parentWidget()->setEnabled(false);
        return;
    }
    reload();
}

void CountryCodesScreen::declareCommands(CommandRegistry &commands)
{
    declareFormKeys(commands, kId, {kDeleteCommand, tr("Ta bort")}, {kUndoCommand, tr("Ångra")},
                    {kNewCommand, tr("Ny")});
}

QWidget *CountryCodesScreen::createForm()
{
    auto *box = new QGroupBox(this);
    m_formTitle = makeFormTitle(box);

    const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_code = new QLineEdit(box);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setMaxLength(2);
    m_code->setMaximumWidth(charWidth * 4);
    // Letters only; core upper-cases and checks A–Z (ISO 3166-1 alpha-2).
    m_code->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_code));
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(CountryCodes::kMaxNameLength);
    m_name->setMinimumWidth(charWidth * 20);
    m_paymentText = new QLineEdit(box);
    m_paymentText->setObjectName(QStringLiteral("paymentTextEdit"));
    m_paymentText->setMaxLength(CountryCodes::kMaxPaymentTextLength);
    m_paymentText->setMinimumWidth(charWidth * 30);
    m_eu = new QCheckBox(tr("Landet är medlem i EU"), box);
    m_eu->setObjectName(QStringLiteral("euCheck"));

    auto *form = new QFormLayout(box);
    form->addRow(m_formTitle);
    form->addRow(tr("&Landskod:"), m_code);
    form->addRow(tr("&Namn:"), m_name);
    form->addRow(tr("&Avvikande betalningssätt:"), m_paymentText);
    form->addRow(QString(), m_eu);
    const QList<QWidget *> fields{m_code, m_name, m_paymentText, m_eu};
    for (int i = 0; i < fields.size(); ++i) {
        fields.at(i)->installEventFilter(this);
        if (i > 0)
            setTabOrder(fields.at(i - 1), fields.at(i));
    }
    for (QLineEdit *edit : {m_code, m_name, m_paymentText})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (!m_loading)
                setModified(true);
        });
    connect(m_eu, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            setModified(true);
    });
    return box;
}

bool CountryCodesScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (!isEnterPress(event))
        return Screen::eventFilter(watched, event);
    // Enter on a row: change it, from the name (the code is the key).
    if (watched != m_table)
        save();
    else if (m_table->currentRow() >= 0)
        m_name->setFocus();
    return true;
}

void CountryCodesScreen::reload(const QString &selectCode)
{
    try {
        m_countries = CountryCodes(*m_ledger).list();
    } catch (const LedgerError &e) {
        m_countries.clear();
        setError(e.message());
    }
    m_loading = true;
    m_table->setRowCount(int(m_countries.size()));
    int selectRow = m_countries.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_countries.size(); ++row) {
        const CountryCode &c = m_countries.at(row);
        m_table->setItem(row, Code, new QTableWidgetItem(c.code));
        m_table->setItem(row, Name, new QTableWidgetItem(c.name));
        m_table->setItem(row, Eu, new QTableWidgetItem(c.eu ? tr("EU") : QString()));
        m_table->setItem(row, PaymentText, new QTableWidgetItem(c.paymentText));
        if (c.code == selectCode)
            selectRow = row;
    }
    m_loading = false;
    m_shownRow = -1;
    if (selectRow >= 0) {
        m_table->setCurrentCell(selectRow, Code);
        currentRowChanged(selectRow);
    } else {
        newCountry();
        setStatus(tr("Inga landskoder är upplagda. Skriv kod och namn och tryck Enter."));
    }
}

void CountryCodesScreen::currentRowChanged(int row)
{
    if (m_loading || row < 0 || row >= m_countries.size() || row == m_shownRow)
        return;
    if (isModified() && !confirmClose()) {
        const QSignalBlocker block(m_table);
        m_table->setCurrentCell(m_shownRow, Code);
        return;
    }
    m_shownRow = row;
    showCountry(m_countries.at(row), false);
}

void CountryCodesScreen::showCountry(const CountryCode &country, bool isNew)
{
    m_loading = true;
    m_isNew = isNew;
    m_formTitle->setText(isNew ? tr("Ny landskod")
                               : tr("Ändra landskod %1 %2").arg(country.code, country.name));
    m_code->setText(country.code);
    m_code->setReadOnly(!isNew); // the code is the identity; another code is another country
    m_name->setText(country.name);
    m_paymentText->setText(country.paymentText);
    m_eu->setChecked(country.eu);
    m_loading = false;
    setModified(false);
    setError(QString());
}

CountryCode CountryCodesScreen::formCountry() const
{
    return CountryCode{m_code->text(), m_name->text(), m_paymentText->text(), m_eu->isChecked()};
}

void CountryCodesScreen::newCountry()
{
    if (!m_ledger)
        return;
    if (isModified() && !confirmClose())
        return;
    m_shownRow = -1;
    clearCurrentRow(m_table);
    showCountry(CountryCode{}, true);
    m_status->clear();
    m_code->setFocus();
}

void CountryCodesScreen::save()
{
    if (!m_ledger)
        return;
    const CountryCode c = CountryCodes::normalized(formCountry());
    CountryCodes codes(*m_ledger);
    if (m_isNew && c.code.size() == 2) {
        if (const auto existing = codes.find(c.code))
            return setError(tr("Landskod: %1 finns redan (%2); välj den i listan för att ändra.")
                                .arg(existing->code, existing->name),
                            m_code);
    }
    try {
        codes.save(c);
    } catch (const LedgerError &e) {
        // core names the field first: "Landskod: …", "Namn: …", "Avvikande …"
        const QString m = e.message();
        QWidget *field = m.startsWith(tr("Namn")) ? static_cast<QWidget *>(m_name)
            : m.startsWith(tr("Avvikande"))       ? static_cast<QWidget *>(m_paymentText)
                                                  : static_cast<QWidget *>(m_code);
        return setError(m, field);
    }
    setModified(false);
    const bool wasNew = m_isNew;
    reload(c.code);
    setStatus(wasNew ? tr("Landskod %1 %2 är upplagd.").arg(c.code, c.name)
                     : tr("Landskod %1 %2 är ändrad.").arg(c.code, c.name));
    m_table->setFocus();
}

void CountryCodesScreen::deleteCurrent()
{
    if (!m_ledger)
        return;
    const int row = m_table->currentRow();
    if (m_isNew || row < 0 || row >= m_countries.size())
        return setError(tr("Välj landskoden som ska tas bort i listan."), m_table);
    const CountryCode c = m_countries.at(row);
    QMessageBox ask(QMessageBox::Question, tr("Ta bort landskod"),
                    tr("Vill du ta bort landskod %1 %2?").arg(c.code, c.name),
                    QMessageBox::NoButton, this);
    QPushButton *remove = ask.addButton(tr("&Ta bort"), QMessageBox::DestructiveRole);
    QPushButton *cancel = ask.addButton(tr("&Avbryt"), QMessageBox::RejectRole);
    ask.setDefaultButton(cancel);
    ask.setEscapeButton(cancel);
    ask.exec();
    if (ask.clickedButton() != remove)
        return;
    try {
        CountryCodes(*m_ledger).remove(c.code);
    } catch (const LedgerError &e) {
        return setError(e.message(), m_table);
    }
    setModified(false);
    const QString next = m_countries.value(row + 1, m_countries.value(row - 1)).code;
    reload(next);
    setStatus(tr("Landskod %1 %2 är borttagen.").arg(c.code, c.name));
    m_table->setFocus();
}

void CountryCodesScreen::undo()
{
    if (!m_ledger)
        return;
    setModified(false);
    if (m_isNew) {
        newCountry();
    } else if (m_shownRow >= 0) {
        showCountry(m_countries.at(m_shownRow), false);
        m_name->setFocus();
    }
    setStatus(tr("Ändringarna är ångrade."));
}

} // namespace rsk::ui
