// The four tabs of CompanySettingsScreen (handbook 9: the pictures
// Företagsuppgifter, Kontoplansuppbyggnad, Fordringskonton and
// Bokföringskopplingar): the widgets and moving a CompanySetup in and out of
// them; what the screen does is in companysettingsscreen.cpp.
#include "screens/companysettingsscreen.h"

#include "bookkeeping/accounts.h"
#include "ids/iban.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <tuple>

namespace rsk::ui {

namespace {

// Cell editors get the screen's event filter, so that Enter in a cell
// commits it and saves, like Enter in a field.
class CellDelegate : public QStyledItemDelegate
{
public:
    CellDelegate(QObject *watcher, QObject *parent)
        : QStyledItemDelegate(parent), m_watcher(watcher)
    {}
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        editor->setProperty("cellEditor", true);
        editor->installEventFilter(m_watcher);
        return editor;
    }

private:
    QObject *m_watcher;
};

QTableWidget *table(QWidget *screen, const QString &objectName, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), screen);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                       | QAbstractItemView::EditKeyPressed);
    t->setItemDelegate(new CellDelegate(screen, t));
    t->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->installEventFilter(screen);
    return t;
}

QTableWidgetItem *fixed(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QString cell(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// "" = not set (-1); not a number = -2, which core refuses as out of range.
int dueDaysOf(const QString &text)
{
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const int days = text.toInt(&ok);
    return ok ? days : -2;
}

} // namespace

QWidget *CompanySettingsScreen::createCompanyTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    auto group = [this, page](const QString &title,
                              const QList<std::tuple<const char *, QString, int>> &fields) {
        auto *box = new QGroupBox(title, page);
        auto *form = new QFormLayout(box);
        for (const auto &[key, label, maxLength] : fields) {
            auto *edit = new QLineEdit(box);
            edit->setObjectName(QLatin1String(key) + QStringLiteral("Edit"));
            edit->setMaxLength(maxLength);
            edit->installEventFilter(this);
            connect(edit, &QLineEdit::textEdited, this, [this] { setModified(true); });
            auto *error = new QLabel(box);
            error->setObjectName(QLatin1String(key) + QStringLiteral("Error"));
            error->setStyleSheet(QStringLiteral("color: #b00000;"));
            error->setWordWrap(true);
            auto *line = new QVBoxLayout;
            line->setSpacing(0);
            line->addWidget(edit);
            line->addWidget(error);
            auto *text = new QLabel(label, box);
            text->setBuddy(edit);
            form->addRow(text, line);
            m_edits.insert(QLatin1String(key), edit);
        }
        return box;
    };
    auto *left = new QVBoxLayout;
    left->addWidget(group(tr("Företaget"),
                          {{"name", tr("&Namn:"), CompanySettings::kMaxNameLength},
                           {"name2", tr("Namn &2:"), CompanySettings::kMaxNameLength},
                           {"address", tr("&Adress:"), limits::Address},
                           {"postal_code", tr("&Postnummer:"), limits::PostalCode},
                           {"city", tr("&Ort:"), limits::City},
                           {"phone", tr("&Telefon:"), 20},
                           {"email", tr("&E-post:"), CompanySettings::kMaxEmailLength},
                           {"web", tr("&Webbplats:"), CompanySettings::kMaxWebLength}}));
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(group(tr("Identitet och giro"),
                           {{"org_nr", tr("Or&ganisationsnummer:"), 13},
                            {"vat_number", tr("&Momsreg.nr:"), 18},
                            {"bankgiro", tr("&Bankgiro:"), 10},
                            {"plusgiro", tr("P&lusgiro:"), 10}}));
    right->addWidget(group(tr("Utlandsbetalningar"),
                           {{"iban", tr("IBAN:"), 42}, {"bic", tr("BI&C:"), 13}}));
    right->addStretch(1);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);
    return page;
}

QWidget *CompanySettingsScreen::createPlanTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Kontoplanen i redovisningen som företaget bokför i: varje "
                                "kontodels benämning (högst %1 tecken), längd (1–%2 siffror) och "
                                "X om den är obligatorisk. Del 1 är kontot; de obligatoriska "
                                "delarna kommer först.")
                                 .arg(AccountPlan::kMaxNameLength)
                                 .arg(AccountPlan::kMaxPartLength),
                             page);
    intro->setWordWrap(true);
    m_parts = table(this, QStringLiteral("partTable"),
                    {tr("Benämning"), tr("Längd"), tr("Obligatorisk")});
    m_parts->setRowCount(AccountPlan::kMaxParts);
    connect(m_parts, &QTableWidget::cellChanged, this, [this] {
        if (m_loading)
            return;
        setModified(true);
        updatePlanSummary();
    });
    m_planSummary = new QLabel(page);
    m_planSummary->setObjectName(QStringLiteral("planSummary"));
    layout->addWidget(intro);
    layout->addWidget(m_parts, 1);
    layout->addWidget(m_planSummary);
    return page;
}

QWidget *CompanySettingsScreen::createRoutinesTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Per rutin: fordringskonto (tomt = företagets kundfordringskonto), "
                                "blankettyp (F4), dagar från fakturadatum till förfallodag och "
                                "fakturaskrivare (F4, tomt = datorns standardskrivare)."),
                             page);
    intro->setWordWrap(true);
    m_routines = table(this, QStringLiteral("routineTable"),
                       {tr("Rutin"), tr("Namn"), tr("Fordringskonto"), tr("Blankettyp"),
                        tr("Dagar till förf."), tr("Fakturaskrivare")});
    m_routines->verticalHeader()->hide();
    m_documents = table(this, QStringLiteral("documentTable"),
                        {tr("Dokument"), tr("Blankettyp"), tr("Skrivare")});
    m_documents->verticalHeader()->hide();
    for (QTableWidget *t : {m_routines, m_documents})
        connect(t, &QTableWidget::cellChanged, this, [this] {
            if (!m_loading)
                setModified(true);
        });
    // The four documents are always all in view.
    m_documents->setFixedHeight(m_documents->horizontalHeader()->sizeHint().height()
                                + int(CompanySettings::documentKinds().size())
                                      * m_documents->verticalHeader()->defaultSectionSize()
                                + 2 * m_documents->frameWidth() + 2);
    auto *others = new QGroupBox(tr("Övriga utskrifter"), page);
    auto *othersLayout = new QVBoxLayout(others);
    othersLayout->addWidget(m_documents);
    layout->addWidget(intro);
    layout->addWidget(m_routines, 1);
    layout->addWidget(others);
    return page;
}

QWidget *CompanySettingsScreen::createLinksTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Konton som bokföringen av inbetalningar, avgifter och ränta "
                                "använder. Tomt = standardkontot. Samma konton visas i "
                                "Kravparametrar och Parametrar maskinella inbetalningar."),
                             page);
    intro->setWordWrap(true);
    m_links = table(this, QStringLiteral("linkTable"),
                    {tr("Koppling"), tr("Konto"), tr("Standardkonto")});
    m_links->verticalHeader()->hide();
    connect(m_links, &QTableWidget::cellChanged, this, [this] {
        if (!m_loading)
            setModified(true);
    });
    layout->addWidget(intro);
    layout->addWidget(m_links, 1);
    return page;
}

void CompanySettingsScreen::showSetup(const CompanySetup &s)
{
    m_loading = true;
    const Company &c = s.company;
    const QList<std::pair<const char *, QString>> values{
        {"name", c.name},         {"name2", c.name2},       {"address", c.address},
        {"postal_code", c.postalCode}, {"city", c.city},    {"phone", c.phone},
        {"email", c.email},       {"web", c.web},           {"org_nr", c.orgNr},
        {"vat_number", c.vatNumber}, {"bankgiro", c.bankgiro}, {"plusgiro", c.plusgiro},
        {"iban", c.iban.isEmpty() ? QString() : Iban::parse(c.iban).value_or(Iban()).display()},
        {"bic", c.bic}};
    for (const auto &[key, value] : values)
        m_edits.value(QLatin1String(key))->setText(value);

    for (int row = 0; row < AccountPlan::kMaxParts; ++row) {
        const AccountPart p = s.accountParts.value(row);
        m_parts->setItem(row, PartName, new QTableWidgetItem(p.name));
        m_parts->setItem(row, PartLength,
                         new QTableWidgetItem(p.length > 0 ? QString::number(p.length)
                                                           : QString()));
        m_parts->setItem(row, PartRequired,
                         new QTableWidgetItem(p.required ? QStringLiteral("X") : QString()));
    }

    m_routines->setRowCount(int(s.routines.size()));
    for (int row = 0; row < s.routines.size(); ++row) {
        const RoutineSetup &r = s.routines.at(row);
        m_routines->setItem(row, RoutineCode, fixed(r.routine));
        m_routines->setItem(row, RoutineName, fixed(r.routineName));
        m_routines->setItem(row, RoutineReceivable, new QTableWidgetItem(r.receivableAccount));
        m_routines->setItem(row, RoutineFormType, new QTableWidgetItem(r.formType));
        m_routines->setItem(row, RoutineDueDays, new QTableWidgetItem(
                                                     r.dueDays >= 0 ? QString::number(r.dueDays)
                                                                    : QString()));
        m_routines->setItem(row, RoutinePrinter, new QTableWidgetItem(r.printer));
    }
    m_documents->setRowCount(int(s.documents.size()));
    for (int row = 0; row < s.documents.size(); ++row) {
        const DocumentSetup &d = s.documents.at(row);
        m_documents->setItem(row, DocumentName, fixed(CompanySettings::documentName(d.document)));
        m_documents->setItem(row, DocumentFormType, new QTableWidgetItem(d.formType));
        m_documents->setItem(row, DocumentPrinter, new QTableWidgetItem(d.printer));
    }
    m_links->setRowCount(int(s.links.size()));
    AccountSettings accounts(*m_ledger);
    for (int row = 0; row < s.links.size(); ++row) {
        const BookingLink &l = s.links.at(row);
        const QString standard = AccountSettings::defaultAccount(l.kind);
        m_links->setItem(row, LinkName, fixed(CompanySettings::linkName(l.kind)));
        m_links->setItem(row, LinkAccount, new QTableWidgetItem(l.account));
        m_links->setItem(row, LinkDefault,
                         fixed(QStringLiteral("%1 %2").arg(standard,
                                                           accounts.accountName(standard))));
    }
    m_loading = false;
    updatePlanSummary();
}

CompanySetup CompanySettingsScreen::formSetup() const
{
    CompanySetup s = m_loaded;
    const auto text = [this](const char *key) { return m_edits.value(QLatin1String(key))->text(); };
    Company &c = s.company;
    c.name = text("name");
    c.name2 = text("name2");
    c.address = text("address");
    c.postalCode = text("postal_code");
    c.city = text("city");
    c.phone = text("phone");
    c.email = text("email");
    c.web = text("web");
    c.orgNr = text("org_nr");
    c.vatNumber = text("vat_number");
    c.bankgiro = text("bankgiro");
    c.plusgiro = text("plusgiro");
    c.iban = text("iban");
    c.bic = text("bic");

    s.accountParts.clear();
    for (int row = 0; row < m_parts->rowCount(); ++row) {
        const QString length = cell(m_parts, row, PartLength);
        bool ok = true;
        const int value = length.isEmpty() ? 0 : length.toInt(&ok);
        s.accountParts.append({cell(m_parts, row, PartName), ok ? value : -1,
                               !cell(m_parts, row, PartRequired).isEmpty()});
    }
    for (int row = 0; row < s.routines.size() && row < m_routines->rowCount(); ++row) {
        RoutineSetup &r = s.routines[row];
        r.receivableAccount = cell(m_routines, row, RoutineReceivable);
        r.formType = cell(m_routines, row, RoutineFormType);
        r.dueDays = dueDaysOf(cell(m_routines, row, RoutineDueDays));
        r.printer = cell(m_routines, row, RoutinePrinter);
    }
    for (int row = 0; row < s.documents.size() && row < m_documents->rowCount(); ++row) {
        s.documents[row].formType = cell(m_documents, row, DocumentFormType);
        s.documents[row].printer = cell(m_documents, row, DocumentPrinter);
    }
    for (int row = 0; row < s.links.size() && row < m_links->rowCount(); ++row)
        s.links[row].account = cell(m_links, row, LinkAccount);
    return s;
}

void CompanySettingsScreen::updatePlanSummary()
{
    const QList<AccountPart> parts = AccountPlan::normalized(formSetup().accountParts);
    if (parts.isEmpty()) {
        m_planSummary->setText(tr("Ingen kontoplan: konton får ha 1–%1 siffror.")
                                   .arg(limits::Account));
        return;
    }
    if (!AccountPlan::problems(parts).isEmpty()) {
        m_planSummary->clear();
        return;
    }
    QStringList lengths;
    for (int length : AccountPlan::validLengths(parts))
        lengths << QString::number(length);
    const QString last = lengths.takeLast();
    m_planSummary->setText(lengths.isEmpty()
                               ? tr("En kontering har %1 siffror.").arg(last)
                               : tr("En kontering har %1 eller %2 siffror.")
                                     .arg(lengths.join(QStringLiteral(", ")), last));
}

} // namespace rsk::ui
