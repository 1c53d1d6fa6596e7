#include "screens/customerscreen.h"

#include "ids/swedishid.h"
#include "ledger/protectedidentity.h"
#include "models/reporttablemodel.h"
#include "screencontext.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rsk::ui {

namespace {

QString countAndAmount(int count, Money amount)
{
    return CustomerScreen::tr("%1 st · %2").arg(count).arg(amount.toString());
}

QString stampText(const QString &stamp)
{
    const QDateTime at = QDateTime::fromString(stamp, Qt::ISODate);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : stamp;
}

} // namespace

CustomerScreen::CustomerScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent), m_ledger(context.session.context().ledger)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kUndoCommand), this), &QAction::triggered, this,
            &CustomerScreen::undo);
    connect(commands().bind(QLatin1String(kAllClaimsCommand), this), &QAction::triggered, this,
            &CustomerScreen::toggleAllClaims);
    connect(commands().bind(QLatin1String(kNotesCommand), this), &QAction::triggered, this,
            [this] { m_noteEdit->setFocus(); });
    connect(commands().bind(QLatin1String(kProtectedCommand), this), &QAction::triggered, this,
            &CustomerScreen::toggleProtectedIdentity);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("customerHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("customerMessage"));
    m_message->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(createDetails(), 3);
    top->addWidget(createBalance(), 2);
    auto *middle = new QHBoxLayout;
    middle->addWidget(createHistory(), 3);
    middle->addWidget(createNotes(), 2);

    contentLayout()->addWidget(m_heading);
    contentLayout()->addLayout(top);
    contentLayout()->addLayout(middle);
    contentLayout()->addWidget(createClaims(), 2);
    contentLayout()->addWidget(m_message);

    // Reading order: the stop, the note, the claims.
    setTabOrder(m_reminderStop, m_collectionStop);
    setTabOrder(m_collectionStop, m_noteEdit);
    setTabOrder(m_noteEdit, m_claims);
    setFocusProxy(m_claims);
    clear(m_ledger ? tr("Ingen kund vald.") : tr("Ingen reskontra är öppen."));
}

ScreenInfo CustomerScreen::screenInfo()
{
    return {QLatin1String(kId), tr("Kunduppgifter"), QString()};
}

void CustomerScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    commands.declare({QLatin1String(kUndoCommand), id, QKeySequence(Qt::Key_F7), tr("Ångra")});
    commands.declare({QLatin1String(kAllClaimsCommand), id, QKeySequence(Qt::Key_F8),
                      tr("Alla/öppna fakturor")});
    commands.declare({QLatin1String(kNotesCommand), id, QKeySequence(Qt::Key_F17),
                      tr("Noteringar")});
    commands.declare({QLatin1String(kProtectedCommand), id, QKeySequence(Qt::Key_F19),
                      tr("Skyddad identitet")});
}

QWidget *CustomerScreen::createDetails()
{
    auto *box = new QGroupBox(tr("Kunduppgifter"), this);
    auto *form = new QFormLayout(box);
    const QList<QPair<const char *, QString>> fields{
        {"customerNumber", tr("Kundnummer:")}, {"idNumber", tr("Person-/org.nr:")},
        {"name", tr("Namn:")},                 {"name2", tr("Namn 2:")},
        {"co", tr("c/o:")},                    {"address", tr("Adress:")},
        {"postal", tr("Postnr och ort:")},     {"country", tr("Land:")},
        {"protected", tr("Skyddad identitet:")}};
    for (const auto &[name, label] : fields) {
        auto *value = new QLabel(box);
        value->setObjectName(QLatin1String(name));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, value);
        m_fields.insert(QLatin1String(name), value);
    }
    m_reminderStop = new QCheckBox(tr("&Påminnelsespärr (inga påminnelser)"), box);
    m_reminderStop->setObjectName(QStringLiteral("reminderStop"));
    m_collectionStop = new QCheckBox(tr("I&nkassospärr (inga inkasso- eller restkrav)"), box);
    m_collectionStop->setObjectName(QStringLiteral("collectionStop"));
    m_stopChanged = new QLabel(box);
    m_stopChanged->setObjectName(QStringLiteral("stopChanged"));
    m_stopChanged->setEnabled(false);
    auto *stops = new QVBoxLayout;
    stops->addWidget(m_reminderStop);
    stops->addWidget(m_collectionStop);
    stops->addWidget(m_stopChanged);
    form->addRow(tr("Kravstopp kundnivå:"), stops);
    for (QCheckBox *check : {m_reminderStop, m_collectionStop}) {
        check->installEventFilter(this);
        connect(check, &QCheckBox::toggled, this, &CustomerScreen::stopEdited);
    }
    return box;
}

QWidget *CustomerScreen::createBalance()
{
    auto *box = new QGroupBox(tr("Kundsaldo"), this);
    auto *form = new QFormLayout(box);
    const QList<QPair<const char *, QString>> lines{
        {"notDue", tr("Ej förfallet:")},
        {"overdue", tr("Förfallet:")},
        {"reminded", tr("– varav påminda:")},
        {"collection", tr("– varav inkassokrav:")},
        {"fees", tr("Debiterade avgifter, obetalda:")},
        {"interestDebited", tr("Debiterad ränta, obetald:")},
        {"interestAccrued", tr("Upplupen ränta, ej debiterad:")},
        {"credit", tr("Tillgodo (negativt saldo):")},
        {"overpayments", tr("Överbetalningar:")},
        {"total", tr("Total skuld:")}};
    for (const auto &[name, label] : lines) {
        auto *value = new QLabel(box);
        value->setObjectName(QLatin1String(name));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setWordWrap(true);
        form->addRow(label, value);
        m_balance.insert(QLatin1String(name), value);
    }
    QFont bold = m_balance.value(QStringLiteral("total"))->font();
    bold.setBold(true);
    m_balance.value(QStringLiteral("total"))->setFont(bold);
    // Why the interest is missing or uncertain, under the lines.
    m_interestNote = new QLabel(box);
    m_interestNote->setObjectName(QStringLiteral("interestNote"));
    m_interestNote->setWordWrap(true);
    m_interestNote->setEnabled(false);
    form->addRow(m_interestNote);
    return box;
}

QWidget *CustomerScreen::createHistory()
{
    auto *box = new QGroupBox(tr("Adresshistorik"), this);
    m_history = new QTableWidget(0, 3, box);
    m_history->setObjectName(QStringLiteral("addressHistory"));
    m_history->setHorizontalHeaderLabels({tr("Period"), tr("Adress"), tr("Källa")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->verticalHeader()->hide();
    m_history->verticalHeader()->setDefaultSectionSize(m_history->fontMetrics().height() + 6);
    m_history->setMaximumHeight(m_history->fontMetrics().height() * 9);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_historyNote = new QLabel(box);
    m_historyNote->setObjectName(QStringLiteral("historyNote"));
    m_historyNote->hide();
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_historyNote);
    layout->addWidget(m_history);
    return box;
}

QWidget *CustomerScreen::createNotes()
{
    auto *box = new QGroupBox(tr("Noteringar (F17)"), this);
    m_notes = new QListWidget(box);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setFocusPolicy(Qt::NoFocus);
    m_notes->setWordWrap(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 7);
    m_noteEdit = new QLineEdit(box);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("Ny notering – Enter sparar"));
    // No maxLength: a longer text is refused with the reason, not cut silently.
    m_noteEdit->installEventFilter(this);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_notes);
    layout->addWidget(m_noteEdit);
    return box;
}

QWidget *CustomerScreen::createClaims()
{
    auto *box = new QWidget(this);
    m_claimsTitle = new QLabel(box);
    m_claimsTitle->setObjectName(QStringLiteral("claimsTitle"));
    m_claimsModel = new ReportTableModel(this);
    m_claims = new QTableView(box);
    m_claims->setObjectName(QStringLiteral("claims"));
    m_claims->setModel(m_claimsModel);
    m_claims->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_claims->setSelectionMode(QAbstractItemView::SingleSelection);
    m_claims->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_claims->setAlternatingRowColors(true);
    // Tab leaves the table (reading order), arrows move in it.
    m_claims->setTabKeyNavigation(false);
    m_claims->verticalHeader()->hide();
    m_claims->verticalHeader()->setDefaultSectionSize(m_claims->fontMetrics().height() + 6);
    m_claims->horizontalHeader()->setStretchLastSection(true);
    m_claims->installEventFilter(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_claimsTitle);
    layout->addWidget(m_claims, 1);
    return box;
}

QString CustomerScreen::messageText() const
{
    return m_message->text();
}

QString CustomerScreen::balanceText(const QString &name) const
{
    const QLabel *label = m_balance.value(name);
    return label ? label->text() : QString();
}

void CustomerScreen::setMessage(const QString &message, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00000;") : QString());
    m_message->setText(message);
}

void CustomerScreen::showCustomer(const QString &company, const QString &customerNumber)
{
    if (isModified() && !confirmClose())
        return;
    setModified(false);
    if (!m_ledger) {
        clear(tr("Ingen reskontra är öppen."));
        return;
    }
    try {
        m_customer = CustomerView(*m_ledger).require(company, customerNumber);
    } catch (const LedgerError &e) {
        m_customer.reset();
        clear(e.message());
        setMessage(e.message(), true);
        return;
    }
    m_openOnly = true;
    load();
    m_claims->setFocus();
}

void CustomerScreen::clear(const QString &message)
{
    m_customer.reset();
    m_heading->setText(message);
    for (QLabel *label : std::as_const(m_fields))
        label->clear();
    for (QLabel *label : std::as_const(m_balance))
        label->clear();
    m_interestNote->clear();
    m_loading = true;
    m_reminderStop->setChecked(false);
    m_collectionStop->setChecked(false);
    m_loading = false;
    m_stopChanged->clear();
    for (QWidget *w : {static_cast<QWidget *>(m_reminderStop),
                       static_cast<QWidget *>(m_collectionStop),
                       static_cast<QWidget *>(m_noteEdit)})
        w->setEnabled(false);
    m_history->setRowCount(0);
    m_notes->clear();
    m_claimsTitle->clear();
    m_claimsModel->setPager(nullptr);
}

void CustomerScreen::load()
{
    if (!m_customer || !m_ledger)
        return;
    try {
        CustomerView view(*m_ledger);
        m_customer = view.require(m_customer->company, m_customer->customerNumber);
        showDetails(*m_customer);
        showBalance(view.balance(*m_customer, m_ledger->today()));
        showHistory(view.addressHistory(*m_customer));
        showNotes();
        showClaims();
    } catch (const LedgerError &e) {
        setMessage(e.message(), true);
    }
}

void CustomerScreen::showDetails(const CustomerDetails &c)
{
    m_heading->setText(tr("Kund %1 %2, företag %3").arg(c.customerNumber, c.name, c.company));
    const auto id = SwedishId::parse(c.idNumber, m_ledger->today());
    m_fields.value(QStringLiteral("customerNumber"))->setText(c.customerNumber);
    m_fields.value(QStringLiteral("idNumber"))->setText(id ? id->display() : c.idNumber);
    m_fields.value(QStringLiteral("name"))->setText(c.name);
    m_fields.value(QStringLiteral("name2"))->setText(c.name2);
    // DOMAIN.md: a protected identity's address is never shown.
    const bool show = !c.protectedIdentity;
    m_fields.value(QStringLiteral("co"))->setText(show ? c.co : QString());
    m_fields.value(QStringLiteral("address"))
        ->setText(show ? c.address : ProtectedIdentity::withheldText());
    m_fields.value(QStringLiteral("postal"))
        ->setText(show ? (c.postalCode + QLatin1Char(' ') + c.city).trimmed() : QString());
    m_fields.value(QStringLiteral("country"))->setText(show ? c.country : QString());
    m_fields.value(QStringLiteral("protected"))
        ->setText(c.protectedIdentity ? tr("ja – adressen visas inte och skrivs aldrig ut (F19)")
                                      : tr("nej (F19)"));
    m_loading = true;
    m_reminderStop->setChecked(c.reminderStop);
    m_collectionStop->setChecked(c.collectionStop);
    m_loading = false;
    for (QWidget *w : {static_cast<QWidget *>(m_reminderStop),
                       static_cast<QWidget *>(m_collectionStop),
                       static_cast<QWidget *>(m_noteEdit)})
        w->setEnabled(true);
    m_stopChanged->setText(c.changedBy.isEmpty()
                               ? QString()
                               : tr("Kunden senast ändrad %1 av %2")
                                     .arg(stampText(c.changedAt), c.changedBy));
    setModified(false);
}

void CustomerScreen::showBalance(const CustomerBalance &b)
{
    auto set = [this](const char *name, const QString &text) {
        m_balance.value(QLatin1String(name))->setText(text);
    };
    set("notDue", countAndAmount(b.notDueCount, b.notDue));
    set("overdue", countAndAmount(b.overdueCount, b.overdue));
    set("reminded", countAndAmount(b.remindedCount, b.reminded));
    set("collection", countAndAmount(b.collectionCount, b.collection));
    set("fees", b.feesOpen.toString());
    set("interestDebited", b.interestOpen.toString());
    set("interestAccrued", !b.interestComputed       ? tr("ej beräknad *")
                           : b.interestNote.isEmpty() ? b.interestAccrued.toString()
                                                      : tr("%1 *").arg(b.interestAccrued.toString()));
    m_interestNote->setText(b.interestNote.isEmpty() ? QString()
                                                     : tr("* %1").arg(b.interestNote));
    set("credit", countAndAmount(b.creditCount, b.credit));
    set("overpayments", countAndAmount(b.overpaymentCount, b.overpayments));
    set("total", b.total().toString());
}

void CustomerScreen::showHistory(const QList<AddressRecord> &history)
{
    m_history->setRowCount(0);
    if (m_customer && m_customer->protectedIdentity) {
        m_historyNote->setText(tr("Adresshistoriken visas inte: skyddade personuppgifter."));
        m_historyNote->show();
        m_history->hide();
        return;
    }
    m_historyNote->hide();
    m_history->show();
    m_history->setRowCount(int(history.size()));
    for (int row = 0; row < history.size(); ++row) {
        const AddressRecord &r = history.at(row);
        const QString period = r.from == r.to ? r.from.toString(Qt::ISODate)
                                              : tr("%1 – %2").arg(r.from.toString(Qt::ISODate),
                                                                  r.to.toString(Qt::ISODate));
        const QStringList cells{period, r.address, r.detail};
        for (int column = 0; column < cells.size(); ++column)
            m_history->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_history->resizeColumnsToContents();
}

void CustomerScreen::showNotes()
{
    m_notes->clear();
    for (const CustomerNote &n : CustomerView(*m_ledger).notes(*m_customer))
        m_notes->addItem(tr("%1 %2: %3").arg(stampText(n.createdAt), n.createdBy, n.text));
    m_notes->scrollToBottom();
}

void CustomerScreen::showClaims()
{
    ReportTable table = CustomerView(*m_ledger).claims(*m_customer, m_openOnly);
    const int count = int(table.rows().size());
    m_claimsTitle->setText(m_openOnly ? tr("Fakturor: %1 öppna (F8 visar alla)").arg(count)
                                      : tr("Fakturor: alla %1 (F8 visar endast öppna)").arg(count));
    m_claimsModel->setPager(std::make_unique<HeldReportPager>(std::move(table)));
    m_claims->resizeColumnsToContents();
    if (count > 0)
        m_claims->setCurrentIndex(m_claimsModel->index(0, 0));
}

bool CustomerScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_reminderStop || watched == m_collectionStop) {
                saveStop();
                return true;
            }
            if (watched == m_noteEdit) {
                addNote();
                return true;
            }
            if (watched == m_claims) {
                openClaim();
                return true;
            }
        }
    }
    return Screen::eventFilter(watched, event);
}

void CustomerScreen::stopEdited()
{
    if (m_loading || !m_customer)
        return;
    setModified(m_reminderStop->isChecked() != m_customer->reminderStop
                || m_collectionStop->isChecked() != m_customer->collectionStop);
    if (isModified())
        setMessage(tr("Kravstoppet är ändrat: Enter sparar, F7 ångrar."));
}

void CustomerScreen::saveStop()
{
    if (!m_customer || !isModified())
        return;
    try {
        const CustomerDetails after = CustomerView(*m_ledger).setDunningStop(
            *m_customer, m_reminderStop->isChecked(), m_collectionStop->isChecked());
        m_customer = after;
        showDetails(after);
        showHistory(CustomerView(*m_ledger).addressHistory(after));
        setMessage(after.reminderStop || after.collectionStop
                       ? tr("Kravstoppet är sparat: kravkörningen hoppar över kundens fakturor "
                            "för %1.")
                             .arg(after.reminderStop && after.collectionStop
                                      ? tr("påminnelser och inkassokrav")
                                      : after.reminderStop ? tr("påminnelser")
                                                           : tr("inkassokrav"))
                       : tr("Kravstoppet är borttaget."));
    } catch (const LedgerError &e) {
        setMessage(e.message(), true);
    }
}

void CustomerScreen::undo()
{
    if (!m_customer)
        return;
    showDetails(*m_customer);
    setMessage(tr("Ändringen är ångrad."));
}

void CustomerScreen::toggleAllClaims()
{
    if (!m_customer)
        return;
    m_openOnly = !m_openOnly;
    try {
        showClaims();
    } catch (const LedgerError &e) {
        setMessage(e.message(), true);
    }
}

void CustomerScreen::addNote()
{
    if (!m_customer)
        return;
    try {
        CustomerView(*m_ledger).addNote(*m_customer, m_noteEdit->text());
        m_noteEdit->clear();
        showNotes();
        setMessage(tr("Noteringen är sparad."));
    } catch (const LedgerError &e) {
        setMessage(e.message(), true);
    }
}

void CustomerScreen::toggleProtectedIdentity()
{
    if (!m_customer || !m_ledger)
        return;
    if (isModified()) {
        setMessage(tr("Spara eller ångra kravstoppet först (Enter, F7)."), true);
        return;
    }
    const bool on = !m_customer->protectedIdentity;
    const QString question
        = on ? tr("Sätta skyddad identitet på kund %1 %2? Adressen visas då inte på någon "
                  "skärm och skrivs inte ut på brev, listor eller filer; brev hålls för manuell "
                  "hantering.")
                   .arg(m_customer->customerNumber, m_customer->name)
             : tr("Ta bort skyddad identitet från kund %1 %2? Adressen visas då igen och "
                  "skrivs ut på brev.")
                   .arg(m_customer->customerNumber, m_customer->name);
    QMessageBox box(QMessageBox::Question, tr("Skyddad identitet"), question,
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes) {
        setMessage(tr("Ingenting ändrades."));
        return;
    }
    try {
        ProtectedIdentity(*m_ledger).set(m_customer->company, m_customer->customerNumber, on);
        load();
        setMessage(on ? tr("Skyddad identitet är satt: adressen visas inte och skrivs inte ut.")
                      : tr("Skyddad identitet är borttagen."));
    } catch (const LedgerError &e) {
        setMessage(e.message(), true);
    }
}

void CustomerScreen::openClaim()
{
    const QModelIndex current = m_claims->currentIndex();
    if (!m_customer || !current.isValid())
        return;
    const QString invoice = m_claimsModel->reportRow(current.row()).text(0);
    QWidget *claim = openScreen(QStringLiteral("invoices.claim"));
    if (!claim) {
        setMessage(tr("Fakturan %1 kan inte visas här.").arg(invoice), true);
        return;
    }
    QMetaObject::invokeMethod(claim, "showClaim", Q_ARG(QString, m_customer->company),
                              Q_ARG(QString, invoice));
}

} // namespace rsk::ui
