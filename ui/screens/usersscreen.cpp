#include "screens/usersscreen.h"

#include "screencontext.h"
#include "session.h"
#include "storage/database.h"
#include "widgets/registertable.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

namespace rsk::ui {

namespace {

QString capitalized(const QString &text)
{
    return text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1);
}

} // namespace

UsersScreen::UsersScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent),
      FormMessages(this),
      m_ledger(context.session.context().ledger)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kNewCommand), this), &QAction::triggered, this,
            &UsersScreen::newUser);
    connect(commands().bind(QLatin1String(kActiveCommand), this), &QAction::triggered, this,
            &UsersScreen::toggleActive);
    connect(commands().bind(QLatin1String(kUndoCommand), this), &QAction::triggered, this,
            &UsersScreen::undo);

    auto *intro = new QLabel(
        tr("Vilka som får logga in, med vilken roll och i vilka företag. Läsbehörighet ser men "
           "ändrar inget; handläggare ändrar fakturor och registrerar betalningar; arbetsledare "
           "kör körningar, hämtningar och bokföring; administratörer sköter inställningar och "
           "användare och ser alla företag. Så länge ingen har lösenord behövs ingen "
           "inloggning."),
        this);
    intro->setWordWrap(true);

    m_idleMinutes = new QLineEdit(this);
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutesEdit"));
    m_idleMinutes->setValidator(new QIntValidator(0, 24 * 60, m_idleMinutes));
    m_idleMinutes->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 16);
    m_idleMinutes->installEventFilter(this);
    auto *idleLabel = new QLabel(tr("Automatisk &utloggning efter"), this);
    idleLabel->setBuddy(m_idleMinutes);
    auto *idleRow = new QHBoxLayout;
    idleRow->addWidget(idleLabel);
    idleRow->addWidget(m_idleMinutes);
    idleRow->addWidget(new QLabel(tr("minuter utan tangentbord eller mus (0 = aldrig; Enter "
                                     "sparar)"),
                                  this));
    idleRow->addStretch(1);

    m_table = makeRegisterTable(this, QStringLiteral("userTable"),
                                {tr("Användare"), tr("Namn"), tr("Roll"), tr("Företag"),
                                 tr("Aktiv"), tr("Lösenord")});
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { currentRowChanged(row); });

    contentLayout()->addWidget(intro);
    contentLayout()->addLayout(idleRow);
    contentLayout()->addWidget(m_table, 1);
    contentLayout()->addLayout(formBesideMessages(createForm()));
    setFocusProxy(m_table);

    if (!m_ledger) {
        setError(tr("Ingen reskontra är öppen."));
        m_formTitle->parentWidget()->setEnabled(false);
        return;
    }
    m_idleMinutes->setText(QString::number(Users(*m_ledger).idleLogoutMinutes()));
    reload();
}

void UsersScreen::declareCommands(CommandRegistry &commands)
{
    declareFormKeys(commands, kId, {kActiveCommand, tr("Inaktivera/aktivera")},
                    {kUndoCommand, tr("Ångra")}, {kNewCommand, tr("Ny")});
}

QWidget *UsersScreen::createForm()
{
    auto *box = new QGroupBox(this);
    m_formTitle = makeFormTitle(box);

    const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_login = new QLineEdit(box);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setMaxLength(Users::MaxLoginLength);
    m_login->setMinimumWidth(charWidth * 16);
    m_login->setPlaceholderText(tr("a–z, 0–9, . _ -"));
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(60);
    m_role = new QComboBox(box);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (Role r : allRoles())
        m_role->addItem(capitalized(roleName(r)), int(r));
    m_companies = new QListWidget(box);
    m_companies->setObjectName(QStringLiteral("companyList"));
    m_companies->setMaximumHeight(m_companies->fontMetrics().height() * 5 + 8);
    for (const auto &[number, name] : session().context().companies) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(number, name), m_companies);
        item->setData(Qt::UserRole, number);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_companiesNote = new QLabel(tr("Administratörer ser alla företag."), box);
    m_password = new QLineEdit(box);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("minst %1 tecken; tomt = oförändrat")
                                       .arg(Users::MinPasswordLength));
    m_password2 = new QLineEdit(box);
    m_password2->setObjectName(QStringLiteral("password2Edit"));
    m_password2->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout(box);
    form->addRow(m_formTitle);
    form->addRow(tr("&Användare:"), m_login);
    form->addRow(tr("&Namn:"), m_name);
    form->addRow(tr("&Roll:"), m_role);
    form->addRow(tr("F&öretag:"), m_companies);
    form->addRow(QString(), m_companiesNote);
    form->addRow(tr("Nytt &lösenord:"), m_password);
    form->addRow(tr("Samma i&gen:"), m_password2);

    // Tab order is reading order (UI.md); Enter anywhere in the form saves.
    const QList<QWidget *> fields{m_login, m_name, m_role, m_companies, m_password, m_password2};
    for (int i = 0; i < fields.size(); ++i) {
        fields.at(i)->installEventFilter(this);
        if (i > 0)
            setTabOrder(fields.at(i - 1), fields.at(i));
    }
    auto edited = [this] {
        if (!m_loading)
            setModified(true);
    };
    for (QLineEdit *e : {m_login, m_name, m_password, m_password2})
        connect(e, &QLineEdit::textEdited, this, edited);
    connect(m_role, &QComboBox::currentIndexChanged, this, [this, edited] {
        edited();
        roleChosen();
    });
    connect(m_companies, &QListWidget::itemChanged, this, edited);
    return box;
}

bool UsersScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (!isEnterPress(event))
        return Screen::eventFilter(watched, event);
    if (watched == m_table) {
        if (m_table->currentRow() >= 0)
            m_name->setFocus();
    } else if (watched == m_idleMinutes) {
        saveIdleMinutes();
    } else {
        save();
    }
    return true;
}

void UsersScreen::reload(const QString &selectLogin)
{
    try {
        m_users = Users(*m_ledger).list();
    } catch (const LedgerError &e) {
        m_users.clear();
        setError(e.message());
    }
    m_loading = true;
    m_table->setRowCount(int(m_users.size()));
    int selectRow = m_users.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_users.size(); ++row) {
        const UserAccount &u = m_users.at(row);
        const QStringList cells{
            u.login,
            u.fullName,
            capitalized(roleName(u.role)),
            u.role == Role::Administrator ? tr("alla") : u.companies.join(QStringLiteral(", ")),
            u.active ? tr("ja") : tr("nej – inaktiv"),
            u.hasPassword ? tr("satt") : tr("inget"),
        };
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        if (u.login == selectLogin)
            selectRow = row;
    }
    m_loading = false;
    m_shownRow = -1;
    if (selectRow >= 0) {
        m_table->setCurrentCell(selectRow, Login);
        currentRowChanged(selectRow);
    } else {
        newUser();
    }
}

void UsersScreen::currentRowChanged(int row)
{
    if (m_loading || row < 0 || row >= m_users.size() || row == m_shownRow)
        return;
    if (isModified() && !confirmClose()) {
        const QSignalBlocker block(m_table);
        m_table->setCurrentCell(m_shownRow, Login);
        return;
    }
    m_shownRow = row;
    showUser(m_users.at(row), false);
}

void UsersScreen::showUser(const UserAccount &user, bool isNew)
{
    m_loading = true;
    m_isNew = isNew;
    m_formTitle->setText(isNew ? tr("Ny användare")
                               : tr("Ändra användaren %1%2")
                                     .arg(user.login,
                                          user.active ? QString() : tr(" (inaktiv)")));
    m_login->setText(user.login);
    m_login->setReadOnly(!isNew); // the login is the identity
    m_name->setText(user.fullName);
    m_role->setCurrentIndex(m_role->findData(int(user.role)));
    for (int i = 0; i < m_companies->count(); ++i) {
        QListWidgetItem *item = m_companies->item(i);
        item->setCheckState(user.companies.contains(item->data(Qt::UserRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_password->clear();
    m_password2->clear();
    roleChosen();
    m_loading = false;
    setModified(false);
    setError(QString());
}

void UsersScreen::roleChosen()
{
    const bool administrator = Role(m_role->currentData().toInt()) == Role::Administrator;
    m_companies->setEnabled(!administrator);
    m_companiesNote->setVisible(administrator);
}

void UsersScreen::newUser()
{
    if (!m_ledger)
        return;
    if (isModified() && !confirmClose())
        return;
    m_shownRow = -1;
    clearCurrentRow(m_table);
    UserAccount fresh;
    fresh.role = Role::Clerk;
    if (session().hasCompany())
        fresh.companies << session().companyNumber();
    showUser(fresh, true);
    m_status->clear();
    m_login->setFocus();
}

void UsersScreen::save()
{
    if (!m_ledger)
        return;
    if (m_password->text() != m_password2->text())
        return setError(tr("Lösenorden är inte lika; skriv samma lösenord två gånger."),
                        m_password2);
    UserChange change;
    change.login = m_login->text().trimmed();
    change.fullName = m_name->text();
    change.role = Role(m_role->currentData().toInt());
    for (int i = 0; i < m_companies->count(); ++i)
        if (m_companies->item(i)->checkState() == Qt::Checked)
            change.companies << m_companies->item(i)->data(Qt::UserRole).toString();
    change.password = m_password->text();
    UserAccount saved;
    try {
        saved = Users(*m_ledger).save(change, m_isNew);
    } catch (const LedgerError &e) {
        QWidget *field = m_name;
        const QString m = e.message();
        if (m_isNew && (m.contains(tr("Användarnamnet")) || m.contains(tr("finns redan"))))
            field = m_login;
        else if (m.contains(tr("Lösenordet")))
            field = m_password;
        else if (m.contains(tr("administratör")))
            field = m_role;
        return setError(m, field);
    }
    setModified(false);
    const bool wasNew = m_isNew;
    reload(saved.login);
    QString text = wasNew ? tr("Användaren %1 är upplagd.").arg(saved.login)
                          : tr("Användaren %1 är ändrad.").arg(saved.login);
    if (!change.password.isEmpty())
        text += QLatin1Char(' ') + tr("Lösenordet är satt.");
    else if (wasNew)
        text += QLatin1Char(' ') + tr("Sätt ett lösenord innan användaren kan logga in.");
    setStatus(text);
    m_table->setFocus();
}

void UsersScreen::saveIdleMinutes()
{
    if (!m_ledger)
        return;
    bool ok = false;
    const int minutes = m_idleMinutes->text().trimmed().toInt(&ok);
    if (!ok)
        return setError(tr("Automatisk utloggning: skriv antal minuter (0 = aldrig)."),
                        m_idleMinutes);
    try {
        Users(*m_ledger).setIdleLogoutMinutes(minutes);
    } catch (const LedgerError &e) {
        return setError(e.message(), m_idleMinutes);
    }
    setStatus(minutes == 0 ? tr("Ingen automatisk utloggning (gäller från nästa start).")
                           : tr("Automatisk utloggning efter %1 minuter (gäller från nästa "
                                "start).")
                                 .arg(minutes));
}

void UsersScreen::toggleActive()
{
    if (!m_ledger)
        return;
    const int row = m_table->currentRow();
    if (m_isNew || row < 0 || row >= m_users.size())
        return setError(tr("Välj användaren i listan."), m_table);
    const UserAccount u = m_users.at(row);
    const QString question = u.active
        ? tr("Vill du inaktivera användaren %1? Hen kan då inte logga in.").arg(u.login)
        : tr("Vill du aktivera användaren %1 igen?").arg(u.login);
    QMessageBox ask(QMessageBox::Question, tr("Användare"), question, QMessageBox::NoButton, this);
    QPushButton *yes = ask.addButton(u.active ? tr("&Inaktivera") : tr("&Aktivera"),
                                     QMessageBox::AcceptRole);
    QPushButton *cancel = ask.addButton(tr("A&vbryt"), QMessageBox::RejectRole);
    ask.setDefaultButton(cancel);
    ask.setEscapeButton(cancel);
    ask.exec();
    if (ask.clickedButton() != yes)
        return;
    try {
        if (u.active)
            Users(*m_ledger).deactivate(u.login);
        else
            Users(*m_ledger).activate(u.login);
    } catch (const LedgerError &e) {
        return setError(e.message(), m_table);
    }
    setModified(false);
    reload(u.login);
    setStatus(u.active ? tr("Användaren %1 är inaktiverad.").arg(u.login)
                       : tr("Användaren %1 är aktiv igen.").arg(u.login));
    m_table->setFocus();
}

void UsersScreen::undo()
{
    if (!m_ledger)
        return;
    setModified(false);
    if (m_isNew) {
        newUser();
    } else if (m_shownRow >= 0) {
        showUser(m_users.at(m_shownRow), false);
        m_name->setFocus();
    }
    setStatus(tr("Ändringarna är ångrade."));
}

} // namespace rsk::ui
