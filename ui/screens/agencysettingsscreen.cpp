#include "screens/agencysettingsscreen.h"

#include "ledger/referencedata.h"
#include "screencontext.h"
#include "screens/agencycorrectionspanel.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rsk::ui {

namespace {

enum Tab { SettingsTab, AgencyTab, CorrectionsTab };

const AgencyBasis kBases[] = {AgencyBasis::DueDate, AgencyBasis::Reminder1,
                              AgencyBasis::Reminder2, AgencyBasis::Collection};

QLineEdit *lineEdit(QWidget *parent, const char *name, int maxLength, int chars)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setMaxLength(maxLength);
    e->setMaximumWidth(e->fontMetrics().horizontalAdvance(QLatin1Char('W')) * (chars + 2));
    return e;
}

QString methodText(const QString &code)
{
    return code.isEmpty() ? QStringLiteral("0") : code;
}

} // namespace

AgencySettingsScreen::AgencySettingsScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent), m_ledger(context.session.context().ledger)
{
    declareCommands(commands());
    const auto bind = [this](const char *id, auto slot) {
        connect(commands().bind(QLatin1String(id), this), &QAction::triggered, this, slot);
    };
    bind(kSettingsTabCommand, [this] { goToTab(SettingsTab); });
    bind(kAgencyTabCommand, [this] { goToTab(AgencyTab); });
    bind(kCorrectionsTabCommand, [this] { goToTab(CorrectionsTab); });
    bind(kRemoveCommand, [this] { removeSettings(); });
    bind(kUndoCommand, [this] { undo(); });
    bind(kListCommand, [this] {
        goToTab(CorrectionsTab);
        m_corrections->refresh();
    });
    bind(kFileCommand, [this] { writeCorrections(); });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("agencyTabs"));
    m_tabs->addTab(createSettingsTab(), tr("Inställningar (F11)"));
    m_tabs->addTab(createAgencyTab(), tr("Inkassobolag (F12)"));
    m_corrections = new AgencyCorrectionsPanel(m_ledger, session().companyNumber(), this);
    m_tabs->addTab(m_corrections, tr("Saldokorrigering (F13)"));
    for (QLineEdit *e : {m_corrections->companyFromEdit(),
                         m_corrections->findChild<QLineEdit *>(
                             QStringLiteral("correctionCompanyTo"))})
        connect(e, &QLineEdit::returnPressed, m_corrections, &AgencyCorrectionsPanel::refresh);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    contentLayout()->addWidget(m_tabs, 1);
    contentLayout()->addWidget(m_error);
    contentLayout()->addWidget(m_status);

    if (!m_ledger) {
        m_status->setText(tr("Ingen reskontra är öppen."));
        m_tabs->setEnabled(false);
        return;
    }
    fillSettingsTable();
    // The company's first routine with settings, else the first routine.
    int first = -1;
    for (int row = 0; row < m_list->rowCount() && first < 0; ++row)
        if (m_list->item(row, 0)->text() == session().companyNumber())
            first = row;
    if (first >= 0)
        m_list->setCurrentCell(first, 0);
    else
        loadSettings(session().companyNumber(), m_routine->currentData().toString());
    loadAgency();
    goToTab(SettingsTab);
}

void AgencySettingsScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    commands.declare({QLatin1String(kRemoveCommand), id, QKeySequence(Qt::Key_F6),
                      tr("Ta bort")});
    commands.declare({QLatin1String(kUndoCommand), id, QKeySequence(Qt::Key_F7), tr("Ångra")});
    commands.declare({QLatin1String(kListCommand), id, QKeySequence(Qt::Key_F8),
                      tr("Kontrollista saldokorr.")});
    commands.declare({QLatin1String(kFileCommand), id, QKeySequence(Qt::Key_F10),
                      tr("Skapa saldofil")});
    commands.declare({QLatin1String(kSettingsTabCommand), id, QKeySequence(Qt::Key_F11),
                      tr("Inställningar")});
    commands.declare({QLatin1String(kAgencyTabCommand), id, QKeySequence(Qt::Key_F12),
                      tr("Inkassobolag")});
    commands.declare({QLatin1String(kCorrectionsTabCommand), id, QKeySequence(Qt::Key_F13),
                      tr("Saldokorrigering")});
}

QWidget *AgencySettingsScreen::createSettingsTab()
{
    auto *tab = new QWidget(this);
    auto *intro = new QLabel(tr("Styrvärden per företag och rutin för överföring till inkasso "
                                "(handbok 7.19, 7.20). Inbetalningssätt 0 = nollställ inte med "
                                "det. Välj en rad i listan för att ändra den; Enter sparar."),
                             tab);
    intro->setWordWrap(true);
    m_list = new QTableWidget(0, 10, tab);
    m_list->setObjectName(QStringLiteral("settingsList"));
    m_list->setHorizontalHeaderLabels({tr("Ftg"), tr("Rutin"), tr("Räknat från"), tr("Dagar"),
                                       tr("Kapital"), tr("Avgift"), tr("Ränta"), tr("Kravkod"),
                                       tr("Bevakningstext"), tr("SFI-kategori")});
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setMaximumHeight(160);
    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (m_loading || row < 0)
            return;
        loadSettings(m_list->item(row, 0)->text(), m_list->item(row, 1)->text());
    });

    m_company = lineEdit(tab, "companyEdit", 3, 3);
    m_company->setText(session().companyNumber());
    m_routine = new QComboBox(tab);
    m_routine->setObjectName(QStringLiteral("routineCombo"));
    m_routine->setMaximumWidth(320);
    if (m_ledger)
        for (const Routine &r : ReferenceData(*m_ledger).routines())
            m_routine->addItem(QStringLiteral("%1 %2").arg(r.code, r.name), r.code);
    connect(m_routine, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            loadSettings(m_company->text().trimmed(), m_routine->currentData().toString());
    });
    m_basis = new QComboBox(tab);
    m_basis->setObjectName(QStringLiteral("basisCombo"));
    m_basis->setMaximumWidth(320);
    for (AgencyBasis b : kBases)
        m_basis->addItem(tr("dagar efter %1").arg(agencyBasisName(b)), agencyBasisCode(b));
    m_days = lineEdit(tab, "daysEdit", 3, 3);
    m_days->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,3}")), m_days));
    m_capitalMethod = lineEdit(tab, "capitalMethodEdit", 1, 1);
    m_feeMethod = lineEdit(tab, "feeMethodEdit", 1, 1);
    m_interestMethod = lineEdit(tab, "interestMethodEdit", 1, 1);
    m_dunningCode = lineEdit(tab, "dunningCodeEdit", 1, 1);
    m_dunningCode->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[1-9]?")), m_dunningCode));
    m_watchText = lineEdit(tab, "watchTextEdit", AgencySettings::MaxWatchText, 30);
    m_skipWithoutId = new QCheckBox(tr("Ta inte med fakturor utan personnummer"), tab);
    m_skipWithoutId->setObjectName(QStringLiteral("skipWithoutIdCheck"));
    m_category = new QComboBox(tab);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->setMaximumWidth(320);
    for (const DebtCategory &c : DebtCategory::all())
        m_category->addItem(tr("%1 (Intrum %2, Svea %3)").arg(c.name, c.intrum, c.svea), c.code);

    auto *form = new QFormLayout;
    auto *companyRow = new QHBoxLayout;
    companyRow->addWidget(m_company);
    companyRow->addWidget(new QLabel(tr("Rutin:"), tab));
    companyRow->addWidget(m_routine, 1);
    companyRow->addStretch(1);
    form->addRow(tr("F&öretag:"), companyRow);
    auto *daysRow = new QHBoxLayout;
    daysRow->addWidget(m_days);
    daysRow->addWidget(m_basis, 1);
    daysRow->addStretch(1);
    form->addRow(tr("Antal &dagar:"), daysRow);
    form->addRow(tr("Inbetalningssätt ka&pitalskuld:"), m_capitalMethod);
    form->addRow(tr("Inbetalningssätt kravavgift (K):"), m_feeMethod);
    form->addRow(tr("Inbetalningssätt upplupen ränta (D):"), m_interestMethod);
    form->addRow(tr("Kravkod:"), m_dunningCode);
    form->addRow(tr("Bevakningstext:"), m_watchText);
    form->addRow(QString(), m_skipWithoutId);
    form->addRow(tr("SFI-kategori i filen:"), m_category);
    static_cast<QLabel *>(form->labelForField(companyRow))->setBuddy(m_company);
    static_cast<QLabel *>(form->labelForField(daysRow))->setBuddy(m_days);

    const QList<QWidget *> order{m_list,          m_company,       m_routine,      m_days,
                                 m_basis,         m_capitalMethod, m_feeMethod,    m_interestMethod,
                                 m_dunningCode,   m_watchText,     m_skipWithoutId, m_category};
    for (int i = 0; i < order.size(); ++i) {
        if (i > 0)
            setTabOrder(order.at(i - 1), order.at(i));
        if (order.at(i) != m_list && order.at(i) != m_routine)
            order.at(i)->installEventFilter(this);
        if (auto *edit = qobject_cast<QLineEdit *>(order.at(i)))
            connect(edit, &QLineEdit::textEdited, this, [this] { setModified(true); });
    }
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addLayout(form);
    layout->addStretch(1);
    return tab;
}

QWidget *AgencySettingsScreen::createAgencyTab()
{
    auto *tab = new QWidget(this);
    auto *intro = new QLabel(tr("Inkassobolaget som företaget skickar sina fordringar till. "
                                "Betalningar från inkassobolagets giro bokas med inkassosättet "
                                "vid inläsning och kommer inte med i saldokorrigeringen. Flera "
                                "giron skiljs med komma eller semikolon. Enter sparar."),
                             tab);
    intro->setWordWrap(true);
    m_agencyCompany = lineEdit(tab, "agencyCompanyEdit", 3, 3);
    m_agencyCompany->setText(session().companyNumber());
    connect(m_agencyCompany, &QLineEdit::editingFinished, this, [this] {
        if (!isModified())
            loadAgency();
    });
    m_kind = new QComboBox(tab);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setMaximumWidth(320);
    for (Agency::Kind k : {Agency::Kind::Intrum, Agency::Kind::Svea, Agency::Kind::Other})
        m_kind->addItem(Agency::kindName(k), Agency::kindCode(k));
    m_name = lineEdit(tab, "agencyNameEdit", Agency::MaxName, 30);
    m_customerNumber = lineEdit(tab, "customerNumberEdit", Agency::MaxNumber, 15);
    m_groupNumber = lineEdit(tab, "groupNumberEdit", Agency::MaxNumber, 15);
    m_senderName = lineEdit(tab, "senderNameEdit", Agency::MaxName, 30);
    m_giros = lineEdit(tab, "agencyGirosEdit", 200, 30);
    m_giros->setPlaceholderText(tr("bankgiro- eller plusgironummer"));
    auto *form = new QFormLayout;
    form->addRow(tr("F&öretag:"), m_agencyCompany);
    form->addRow(tr("Inkasso&bolag:"), m_kind);
    form->addRow(tr("&Namn:"), m_name);
    form->addRow(tr("K&undnummer hos bolaget:"), m_customerNumber);
    form->addRow(tr("Koncernnummer (Svea):"), m_groupNumber);
    form->addRow(tr("Företagsnamn i filen:"), m_senderName);
    form->addRow(tr("Inkassobolagets &giro:"), m_giros);
    const QList<QWidget *> order{m_agencyCompany, m_kind,        m_name,  m_customerNumber,
                                 m_groupNumber,   m_senderName, m_giros};
    for (int i = 0; i < order.size(); ++i) {
        if (i > 0)
            setTabOrder(order.at(i - 1), order.at(i));
        order.at(i)->installEventFilter(this);
        if (auto *edit = qobject_cast<QLineEdit *>(order.at(i)))
            connect(edit, &QLineEdit::textEdited, this, [this] { setModified(true); });
    }
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    return tab;
}

int AgencySettingsScreen::currentTab() const
{
    return m_tabs->currentIndex();
}

QString AgencySettingsScreen::statusText() const
{
    return m_status->text();
}

QString AgencySettingsScreen::errorText() const
{
    return m_error->text();
}

void AgencySettingsScreen::showError(const QString &message)
{
    m_error->setText(message);
    m_status->clear();
}

void AgencySettingsScreen::showStatus(const QString &message)
{
    m_error->clear();
    m_status->setText(message);
}

bool AgencySettingsScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_tabs->currentIndex() == SettingsTab)
                saveSettings();
            else if (m_tabs->currentIndex() == AgencyTab)
                saveAgency();
            return true;
        }
    }
    return Screen::eventFilter(watched, event);
}

void AgencySettingsScreen::goToTab(int index)
{
    m_tabs->setCurrentIndex(index);
    if (index == SettingsTab)
        m_company->setFocus();
    else if (index == AgencyTab)
        m_name->setFocus();
    else
        m_corrections->setFocus();
}

void AgencySettingsScreen::fillSettingsTable()
{
    const QSignalBlocker block(m_list);
    const QList<AgencySettings> all = AgencySettingsRegister(*m_ledger).all();
    m_list->setRowCount(int(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        const AgencySettings &s = all.at(row);
        const QStringList cells{s.company,
                                s.routine,
                                agencyBasisName(s.basis),
                                QString::number(s.days),
                                methodText(s.capitalMethod),
                                methodText(s.feeMethod),
                                methodText(s.interestMethod),
                                QString::number(s.dunningCode),
                                s.watchText,
                                DebtCategory::of(s.debtCategory).name};
        for (int c = 0; c < cells.size(); ++c)
            m_list->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_list->resizeColumnsToContents();
}

void AgencySettingsScreen::loadSettings(const QString &company, const QString &routine)
{
    if (!m_ledger || routine.isEmpty())
        return;
    const auto number = ReferenceData::normalizeCompanyNumber(company);
    const QString c = number.value_or(company);
    const auto stored = AgencySettingsRegister(*m_ledger).settings(c, routine);
    showSettings(stored.value_or(AgencySettingsRegister::defaults(c, routine)));
    showStatus(stored ? tr("Företag %1 rutin %2.").arg(c, routine)
                      : tr("Företag %1 rutin %2 har inga inställningar för inkasso; förslaget "
                           "nedan sparas med Enter.")
                            .arg(c, routine));
}

void AgencySettingsScreen::showSettings(const AgencySettings &s)
{
    m_loading = true;
    m_company->setText(s.company);
    m_routine->setCurrentIndex(m_routine->findData(s.routine));
    m_basis->setCurrentIndex(m_basis->findData(agencyBasisCode(s.basis)));
    m_days->setText(QString::number(s.days));
    m_capitalMethod->setText(methodText(s.capitalMethod));
    m_feeMethod->setText(methodText(s.feeMethod));
    m_interestMethod->setText(methodText(s.interestMethod));
    m_dunningCode->setText(QString::number(s.dunningCode));
    m_watchText->setText(s.watchText);
    m_skipWithoutId->setChecked(s.skipWithoutIdNumber);
    m_category->setCurrentIndex(std::max(0, m_category->findData(s.debtCategory)));
    m_loading = false;
    setModified(false);
}

AgencySettings AgencySettingsScreen::formSettings() const
{
    AgencySettings s;
    s.company = ReferenceData::normalizeCompanyNumber(m_company->text())
                    .value_or(m_company->text().trimmed());
    s.routine = m_routine->currentData().toString();
    s.basis = agencyBasisFromCode(m_basis->currentData().toString()).value_or(s.basis);
    s.days = m_days->text().trimmed().toInt();
    s.capitalMethod = m_capitalMethod->text().trimmed();
    s.feeMethod = m_feeMethod->text().trimmed();
    s.interestMethod = m_interestMethod->text().trimmed();
    s.dunningCode = m_dunningCode->text().trimmed().toInt();
    s.watchText = m_watchText->text();
    s.skipWithoutIdNumber = m_skipWithoutId->isChecked();
    s.debtCategory = m_category->currentData().toString();
    return s;
}

void AgencySettingsScreen::saveSettings()
{
    const AgencySettings s = formSettings();
    try {
        AgencySettingsRegister(*m_ledger).save(s);
    } catch (const LedgerError &e) {
        showError(e.message());
        const QString m = e.message();
        QLineEdit *field = m.contains(tr("kapitalskuld")) || m.contains(tr("saknar konto"))
                               ? m_capitalMethod
                           : m.contains(tr("kravavgift"))   ? m_feeMethod
                           : m.contains(tr("dröjsmålsränta")) && !m.contains(tr("kravkod"))
                               ? m_interestMethod
                           : m.contains(tr("kravkod"))         ? m_dunningCode
                           : m.contains(tr("antal dagar"))     ? m_days
                           : m.contains(tr("bevakningstexten")) ? m_watchText
                           : m.startsWith(tr("Företag"))       ? m_company
                                                               : nullptr;
        if (field)
            field->setFocus();
        return;
    }
    setModified(false);
    fillSettingsTable();
    showStatus(tr("Inställningarna för företag %1 rutin %2 är sparade.").arg(s.company, s.routine));
}

void AgencySettingsScreen::removeSettings()
{
    if (!m_ledger || m_tabs->currentIndex() != SettingsTab)
        return;
    const AgencySettings s = formSettings();
    QMessageBox ask(QMessageBox::Question, tr("Ta bort inställning"),
                    tr("Ta bort inställningarna för inkasso för företag %1 rutin %2? Rutinens "
                       "fordringar förs då inte över.")
                        .arg(s.company, s.routine),
                    QMessageBox::NoButton, this);
    QPushButton *yes = ask.addButton(tr("&Ta bort"), QMessageBox::AcceptRole);
    QPushButton *no = ask.addButton(tr("&Avbryt"), QMessageBox::RejectRole);
    ask.setDefaultButton(no);
    ask.setEscapeButton(no);
    ask.exec();
    if (ask.clickedButton() != yes)
        return;
    try {
        AgencySettingsRegister(*m_ledger).remove(s.company, s.routine);
    } catch (const LedgerError &e) {
        showError(e.message());
        return;
    }
    fillSettingsTable();
    loadSettings(s.company, s.routine);
    showStatus(
        tr("Inställningarna för företag %1 rutin %2 är borttagna.").arg(s.company, s.routine));
}

void AgencySettingsScreen::loadAgency()
{
    const QString company = ReferenceData::normalizeCompanyNumber(m_agencyCompany->text())
                                .value_or(m_agencyCompany->text().trimmed());
    const auto stored = AgencySettingsRegister(*m_ledger).agency(company);
    const Agency a = stored.value_or(Agency());
    m_agencyCompany->setText(company);
    m_kind->setCurrentIndex(m_kind->findData(Agency::kindCode(a.kind)));
    m_name->setText(a.name);
    m_customerNumber->setText(a.customerNumber);
    m_groupNumber->setText(a.groupNumber);
    m_senderName->setText(a.senderName);
    m_giros->setText(stored ? a.giros.join(QStringLiteral(", ")) : QString());
}

void AgencySettingsScreen::saveAgency()
{
    Agency a;
    a.company = ReferenceData::normalizeCompanyNumber(m_agencyCompany->text())
                    .value_or(m_agencyCompany->text().trimmed());
    a.kind = Agency::kindFromCode(m_kind->currentData().toString()).value_or(a.kind);
    a.name = m_name->text();
    a.customerNumber = m_customerNumber->text();
    a.groupNumber = m_groupNumber->text();
    a.senderName = m_senderName->text();
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    for (const QString &g : m_giros->text().split(separators, Qt::SkipEmptyParts))
        if (!g.trimmed().isEmpty())
            a.giros << g.trimmed();
    try {
        AgencySettingsRegister(*m_ledger).saveAgency(a);
    } catch (const LedgerError &e) {
        showError(e.message());
        (e.message().contains(tr("giro")) ? m_giros
         : e.message().contains(tr("Kundnummer")) ? m_customerNumber
                                                  : m_name)
            ->setFocus();
        return;
    }
    setModified(false);
    loadAgency();
    showStatus(tr("Inkassobolaget för företag %1 är sparat.").arg(a.company));
}

void AgencySettingsScreen::undo()
{
    if (!m_ledger)
        return;
    if (m_tabs->currentIndex() == AgencyTab)
        loadAgency();
    else
        loadSettings(m_company->text(), m_routine->currentData().toString());
    setModified(false);
    showStatus(tr("Ändringarna är ångrade."));
}

void AgencySettingsScreen::writeCorrections()
{
    if (!m_ledger)
        return;
    goToTab(CorrectionsTab);
    if (!m_corrections->refresh())
        return;
    if (!m_corrections->shown() || m_corrections->shown()->items.isEmpty())
        return; // the panel says there is nothing new
    QString path = m_outputPath;
    if (path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString name = QStringLiteral("saldokorrigering-%1.csv")
                                 .arg(m_ledger->today().toString(Qt::ISODate));
        path = QFileDialog::getSaveFileName(this, tr("Spara saldokorrigeringen"),
                                            QDir(dir).filePath(name),
                                            tr("CSV-fil (*.csv);;Excel-fil (*.xlsx)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
            && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
            path += QLatin1String(".csv");
    }
    m_corrections->writeFile(path);
}

} // namespace rsk::ui
