#include "screens/companysettingsscreen.h"

#include "screencontext.h"
#include "session.h"
#include "storage/database.h"
#include "widgets/allowedvaluesdialog.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPrinterInfo>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>
#include <optional>

namespace rsk::ui {

namespace {

std::optional<QStringList> g_testPrinters;

const QColor kProblemColour(255, 214, 214);

QStringList printerNames()
{
    return g_testPrinters ? *g_testPrinters : QPrinterInfo::availablePrinterNames();
}

// The table `widget` is, or whose cell editor it is, among `tables`.
QTableWidget *tableOf(QWidget *widget, const QList<QTableWidget *> &tables)
{
    for (QWidget *w = widget; w; w = w->parentWidget())
        for (QTableWidget *t : tables)
            if (w == t)
                return t;
    return nullptr;
}

} // namespace

void CompanySettingsScreen::setPrinterNamesForTesting(const QStringList &names)
{
    g_testPrinters = names;
}

CompanySettingsScreen::CompanySettingsScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent), m_ledger(context.session.context().ledger)
{
    declareCommands(commands());
    const QList<std::pair<const char *, std::function<void()>>> actions{
        {kValuesCommand, [this] { showValues(); }},
        {kUndoCommand, [this] {
             load();
             m_status->setText(tr("Ändringarna är ångrade."));
         }},
        {kNextTabCommand, [this] { goToTab((m_tabs->currentIndex() + 1) % m_tabs->count()); }},
        {kCompanyTabCommand, [this] { goToTab(CompanyTab); }},
        {kPlanTabCommand, [this] { goToTab(PlanTab); }},
        {kRoutinesTabCommand, [this] { goToTab(RoutinesTab); }},
        {kLinksTabCommand, [this] { goToTab(LinksTab); }},
    };
    for (const auto &[command, run] : actions)
        connect(commands().bind(QLatin1String(command), this), &QAction::triggered, this, run);

    auto *intro = new QLabel(tr("Företagsuppgifter (handbok 9): uppgifterna skrivs ut på "
                                "fakturor och brev och styr bokföringen. Enter sparar alla flikar; "
                                "F10 byter flik."),
                             this);
    intro->setWordWrap(true);
    m_company = new QLabel(this);
    m_company->setObjectName(QStringLiteral("companyLabel"));
    QFont bold = m_company->font();
    bold.setBold(true);
    m_company->setFont(bold);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(createCompanyTab(), tr("Företagsuppgifter"));
    m_tabs->addTab(createPlanTab(), tr("Kontoplansuppbyggnad"));
    m_tabs->addTab(createRoutinesTab(), tr("Fordringskonton och blanketter"));
    m_tabs->addTab(createLinksTab(), tr("Bokföringskopplingar"));
    m_tabs->setFocusPolicy(Qt::NoFocus); // the keys move between tabs, the focus stays in fields

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00000;"));
    m_error->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    contentLayout()->addWidget(intro);
    contentLayout()->addWidget(m_company);
    contentLayout()->addWidget(m_tabs, 1);
    contentLayout()->addWidget(m_error);
    contentLayout()->addWidget(m_status);
    setFocusProxy(m_edits.value(QStringLiteral("name")));
    connect(&context.session, &Session::companyChanged, this, &CompanySettingsScreen::load);

    if (!m_ledger) {
        m_error->setText(tr("Ingen reskontra är öppen."));
        m_tabs->setEnabled(false);
        return;
    }
    load();
}

void CompanySettingsScreen::declareCommands(CommandRegistry &commands)
{
    // Handbook 9 "Verktygsknappar": the pictures follow each other with F10.
    const QString id = QLatin1String(kId);
    auto declare = [&](const char *command, Qt::Key key, const QString &label) {
        commands.declare({QLatin1String(command), id, QKeySequence(key), label});
    };
    declare(kValuesCommand, Qt::Key_F4, tr("Lista"));
    declare(kUndoCommand, Qt::Key_F7, tr("Ångra"));
    declare(kNextTabCommand, Qt::Key_F10, tr("Nästa flik"));
    declare(kCompanyTabCommand, Qt::Key_F11, tr("Företag"));
    declare(kPlanTabCommand, Qt::Key_F12, tr("Kontoplan"));
    declare(kRoutinesTabCommand, Qt::Key_F13, tr("Fordringskonton"));
    declare(kLinksTabCommand, Qt::Key_F14, tr("Kopplingar"));
}

bool CompanySettingsScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched->property("cellEditor").toBool()) {
                // The delegate commits the cell with a queued call; save after it.
                QMetaObject::invokeMethod(this, &CompanySettingsScreen::save,
                                          Qt::QueuedConnection);
                return false;
            }
            // The editor does not take Return, so it comes on to its table:
            // the save is queued already.
            if (QWidget *focus = QApplication::focusWidget();
                focus && focus->property("cellEditor").toBool())
                return false;
            save();
            return true;
        }
    }
    return Screen::eventFilter(watched, event);
}

void CompanySettingsScreen::goToTab(int tab)
{
    m_tabs->setCurrentIndex(tab);
    switch (tab) {
    case CompanyTab: m_edits.value(QStringLiteral("name"))->setFocus(); break;
    case PlanTab: m_parts->setFocus(); break;
    case RoutinesTab: m_routines->setFocus(); break;
    case LinksTab: m_links->setFocus(); break;
    }
}

void CompanySettingsScreen::load()
{
    if (!m_ledger)
        return;
    const QString company = session().companyNumber();
    clearMarks();
    if (company.isEmpty()) {
        m_company->setText(tr("Välj företag i statusraden."));
        m_tabs->setEnabled(false);
        return;
    }
    try {
        m_loaded = CompanySettings(*m_ledger).load(company);
    } catch (const LedgerError &e) {
        m_error->setText(e.message());
        m_tabs->setEnabled(false);
        return;
    }
    m_tabs->setEnabled(true);
    m_company->setText(tr("Företag %1 %2").arg(m_loaded.company.number, m_loaded.company.name));
    showSetup(m_loaded);
    m_status->clear();
    setModified(false);
}

void CompanySettingsScreen::save()
{
    if (!m_ledger || m_loaded.company.number.isEmpty())
        return;
    clearMarks();
    m_status->clear();
    CompanySetup setup = formSetup();
    CompanySettings settings(*m_ledger);
    const QList<FieldProblem> problems = settings.problems(setup);
    if (!problems.isEmpty()) {
        markProblems(problems);
        return;
    }
    try {
        settings.save(setup);
    } catch (const LedgerError &e) {
        m_error->setText(e.message());
        return;
    }
    const int tab = m_tabs->currentIndex();
    load();
    m_tabs->setCurrentIndex(tab);
    m_status->setText(tr("Företagsuppgifterna för företag %1 är sparade.")
                          .arg(m_loaded.company.number));
}

void CompanySettingsScreen::clearMarks()
{
    for (QLabel *l : findChildren<QLabel *>())
        if (l->objectName().endsWith(QLatin1String("Error")) && l != m_error)
            l->clear();
    m_error->clear();
    const bool wasLoading = m_loading;
    m_loading = true; // colouring a cell is no edit
    for (QTableWidget *t : {m_parts, m_routines, m_documents, m_links})
        for (int row = 0; row < t->rowCount(); ++row)
            for (int column = 0; column < t->columnCount(); ++column)
                if (QTableWidgetItem *item = t->item(row, column)) {
                    item->setBackground(QBrush());
                    item->setToolTip(QString());
                }
    m_loading = wasLoading;
}

void CompanySettingsScreen::markProblems(const QList<FieldProblem> &problems)
{
    // Each problem at its field: the company's beside the field, a table's
    // as a coloured cell with the reason as tooltip. The first gets the focus.
    bool first = true;
    const bool wasLoading = m_loading;
    m_loading = true;
    for (const FieldProblem &p : problems) {
        const QStringList parts = p.field.split(QLatin1Char('.'));
        QTableWidget *table = nullptr;
        int row = -1;
        int column = -1;
        int tab = CompanyTab;
        QWidget *field = nullptr;
        if (parts.value(0) == QLatin1String("part") && parts.size() == 3) {
            table = m_parts;
            tab = PlanTab;
            row = parts.at(1).toInt() - 1;
            column = parts.at(2) == QLatin1String("length")     ? PartLength
                : parts.at(2) == QLatin1String("required") ? PartRequired
                                                           : PartName;
        } else if (parts.value(0) == QLatin1String("routine") && parts.size() == 3) {
            table = m_routines;
            tab = RoutinesTab;
            for (int r = 0; r < m_routines->rowCount(); ++r)
                if (m_routines->item(r, RoutineCode)->text() == parts.at(1))
                    row = r;
            column = parts.at(2) == QLatin1String("form_type") ? RoutineFormType
                : parts.at(2) == QLatin1String("due_days")     ? RoutineDueDays
                : parts.at(2) == QLatin1String("printer")      ? RoutinePrinter
                                                               : RoutineReceivable;
        } else if (parts.value(0) == QLatin1String("document") && parts.size() == 3) {
            table = m_documents;
            tab = RoutinesTab;
            for (int r = 0; r < m_loaded.documents.size(); ++r)
                if (m_loaded.documents.at(r).document == parts.at(1))
                    row = r;
            column = parts.at(2) == QLatin1String("printer") ? DocumentPrinter : DocumentFormType;
        } else if (parts.value(0) == QLatin1String("link") && parts.size() == 2) {
            table = m_links;
            tab = LinksTab;
            for (int r = 0; r < m_loaded.links.size(); ++r)
                if (m_loaded.links.at(r).kind == parts.at(1))
                    row = r;
            column = LinkAccount;
        } else if (QLineEdit *edit = m_edits.value(p.field)) {
            field = edit;
            if (auto *label = findChild<QLabel *>(p.field + QStringLiteral("Error")))
                label->setText(p.message);
        }
        if (table && row >= 0 && row < table->rowCount()) {
            if (!table->item(row, column))
                table->setItem(row, column, new QTableWidgetItem);
            table->item(row, column)->setBackground(kProblemColour);
            table->item(row, column)->setToolTip(p.message);
            field = table;
        }
        if (!first)
            continue;
        first = false;
        m_tabs->setCurrentIndex(tab);
        if (table && row >= 0) {
            table->setCurrentCell(row, column);
            table->clearSelection(); // the cell's colour shows, the cursor stays
        }
        if (field)
            field->setFocus();
    }
    m_loading = wasLoading;
    m_error->setText(problems.size() == 1
                         ? problems.first().message
                         : tr("%1 (och %2 fel till; de är markerade)")
                               .arg(problems.first().message)
                               .arg(problems.size() - 1));
}

void CompanySettingsScreen::showValues()
{
    // F4 (UI.md): the allowed values of the cell under the cursor: form
    // types, or the printers installed on this workstation.
    QTableWidget *table = tableOf(QApplication::focusWidget(), {m_routines, m_documents});
    const int column = table ? table->currentColumn() : -1;
    const int row = table ? table->currentRow() : -1;
    const bool formColumn = (table == m_routines && column == RoutineFormType)
        || (table == m_documents && column == DocumentFormType);
    const bool printerColumn = (table == m_routines && column == RoutinePrinter)
        || (table == m_documents && column == DocumentPrinter);
    if (row < 0 || (!formColumn && !printerColumn)) {
        m_status->setText(tr("F4 visar blankettyper och skrivare i fliken Fordringskonton och "
                             "blanketter."));
        return;
    }
    AllowedValuesDialog::Values values;
    if (formColumn) {
        for (const QString &code : CompanySettings::formTypes())
            values.append({code, CompanySettings::formTypeText(code)});
    } else {
        const QStringList printers = printerNames();
        if (printers.isEmpty()) {
            m_status->setText(tr("Inga skrivare är installerade på den här datorn; skriv "
                                 "skrivarens namn."));
            return;
        }
        for (const QString &name : printers)
            values.append({name, QString()});
    }
    // An open cell editor would commit its text over the choice: close it first.
    if (auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        editor && editor->property("cellEditor").toBool())
        table->setFocus();
    QTableWidgetItem *item = table->item(row, column);
    const QString title = formColumn ? tr("Blankettyper") : tr("Skrivare");
    if (const auto chosen = AllowedValuesDialog::choose(this, title, values,
                                                        item ? item->text() : QString())) {
        if (!item)
            table->setItem(row, column, item = new QTableWidgetItem);
        item->setText(*chosen);
    }
    table->setFocus();
}

} // namespace rsk::ui
