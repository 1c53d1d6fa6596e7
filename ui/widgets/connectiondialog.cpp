#include "widgets/connectiondialog.h"

#include "storage/ledgererror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace rsk::ui {

namespace {

const char kLocationKey[] = "ledger/location";
constexpr int kDefaultPort = 5432;

enum Kind { FileKind = 0, ServerKind = 1 };

bool isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"))
        || location.startsWith(QLatin1String("postgres://"));
}

QSettings settings()
{
    return QSettings(QStringLiteral("Reskontra"), QStringLiteral("Reskontra"));
}

} // namespace

ConnectionDialog::ConnectionDialog(OpenFunction open, const QString &current, QWidget *parent)
    : QDialog(parent),
      m_open(std::move(open)),
      m_kind(new QComboBox(this)),
      m_pages(new QStackedWidget(this)),
      m_file(new QLineEdit(this)),
      m_host(new QLineEdit(this)),
      m_port(new QLineEdit(this)),
      m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Öppna reskontra"));

    m_kind->setObjectName(QStringLiteral("connectionKind"));
    m_kind->addItem(tr("Fil på den här datorn (SQLite, en användare)"));
    m_kind->addItem(tr("Databasserver (PostgreSQL, flera användare)"));

    // File page: the path and a Bläddra button.
    auto *filePage = new QWidget(m_pages);
    m_file->setObjectName(QStringLiteral("connectionFile"));
    auto *browseButton = new QPushButton(tr("&Bläddra…"), filePage);
    browseButton->setObjectName(QStringLiteral("connectionBrowse"));
    browseButton->setAutoDefault(false);
    connect(browseButton, &QPushButton::clicked, this, &ConnectionDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    auto *fileForm = new QFormLayout(filePage);
    fileForm->setContentsMargins(0, 0, 0, 0);
    auto *fileLabel = new QLabel(tr("&Fil:"), filePage);
    fileLabel->setBuddy(m_file);
    fileForm->addRow(fileLabel, fileRow);

    // Server page: where the office's PostgreSQL runs and who logs in to it.
    auto *serverPage = new QWidget(m_pages);
    m_host->setObjectName(QStringLiteral("connectionHost"));
    m_port->setObjectName(QStringLiteral("connectionPort"));
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_port->setMaxLength(5);
    m_database->setObjectName(QStringLiteral("connectionDatabase"));
    m_user->setObjectName(QStringLiteral("connectionUser"));
    m_password->setObjectName(QStringLiteral("connectionPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *serverForm = new QFormLayout(serverPage);
    serverForm->setContentsMargins(0, 0, 0, 0);
    serverForm->addRow(tr("&Server:"), m_host);
    serverForm->addRow(tr("P&ort:"), m_port);
    serverForm->addRow(tr("&Databas:"), m_database);
    serverForm->addRow(tr("&Användare:"), m_user);
    serverForm->addRow(tr("&Lösenord:"), m_password);
    auto *note = new QLabel(tr("Reskontra sparar aldrig lösenordet; det frågas efter vid "
                               "nästa start om det inte finns i ~/.pgpass."),
                            serverPage);
    note->setWordWrap(true);
    serverForm->addRow(note);

    m_pages->addWidget(filePage);
    m_pages->addWidget(serverPage);

    m_error->setObjectName(QStringLiteral("connectionError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *ok = buttons->addButton(tr("Öppna"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("connectionOpen"));
    ok->setDefault(true);
    buttons->addButton(tr("Avbryt"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *kindForm = new QFormLayout;
    kindForm->addRow(tr("&Typ:"), m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(kindForm);
    layout->addWidget(m_pages);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::showKind);
    const QList<QWidget *> order{m_kind,  m_file,     browseButton, m_host,
                                 m_port,  m_database, m_user,       m_password};
    for (int i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));

    // Start from the ledger open now; a server ledger wants only its password.
    m_port->setText(QString::number(kDefaultPort));
    m_database->setText(QStringLiteral("reskontra"));
    m_user->setText(qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME")));
    if (isServerLocation(current)) {
        const QUrl url(current);
        m_host->setText(url.host());
        if (url.port() > 0)
            m_port->setText(QString::number(url.port()));
        m_database->setText(url.path().mid(1));
        m_user->setText(url.userName());
        m_kind->setCurrentIndex(ServerKind);
        showKind(ServerKind);
        (m_host->text().isEmpty() ? m_host : m_password)->setFocus(Qt::OtherFocusReason);
    } else {
        m_file->setText(current);
        showKind(FileKind);
        m_kind->setFocus(Qt::OtherFocusReason);
    }
}

void ConnectionDialog::showKind(int index)
{
    m_pages->setCurrentIndex(index);
    // Only the shown page's fields are in the tab chain.
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setEnabled(i == index);
}

bool ConnectionDialog::isServer() const
{
    return m_kind->currentIndex() == ServerKind;
}

QString ConnectionDialog::location() const
{
    if (!isServer())
        return m_file->text().trimmed();
    return serverUrl(m_host->text().trimmed(), m_port->text().toInt(),
                     m_database->text().trimmed(), m_user->text().trimmed());
}

QString ConnectionDialog::locationWithPassword() const
{
    if (!isServer())
        return location();
    return serverUrl(m_host->text().trimmed(), m_port->text().toInt(),
                     m_database->text().trimmed(), m_user->text().trimmed(), m_password->text());
}

QString ConnectionDialog::password() const
{
    return isServer() ? m_password->text() : QString();
}

void ConnectionDialog::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString ConnectionDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString ConnectionDialog::serverUrl(const QString &host, int port, const QString &database,
                                    const QString &user, const QString &password)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    if (port > 0)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    url.setUserName(user);
    if (!password.isEmpty())
        url.setPassword(password);
    return url.toString(QUrl::FullyEncoded);
}

QString ConnectionDialog::rememberedLocation()
{
    return settings().value(QLatin1String(kLocationKey)).toString();
}

void ConnectionDialog::rememberLocation(const QString &location)
{
    QString kept = location;
    if (isServerLocation(location)) {
        QUrl url(location);
        url.setPassword(QString());
        kept = url.toString(QUrl::FullyEncoded);
    }
    settings().setValue(QLatin1String(kLocationKey), kept);
}

QLineEdit *ConnectionDialog::missingField() const
{
    if (!isServer())
        return m_file->text().trimmed().isEmpty() ? m_file : nullptr;
    for (QLineEdit *edit : {m_host, m_database, m_user})
        if (edit->text().trimmed().isEmpty())
            return edit;
    return nullptr;
}

void ConnectionDialog::browse()
{
    const QString start = m_file->text().isEmpty() ? QString()
                                                   : QFileInfo(m_file->text()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Öppna reskontrafil"), start,
        tr("Reskontror (*.sqlite *.db);;Alla filer (*)"));
    if (!file.isEmpty())
        m_file->setText(file);
    m_file->setFocus(Qt::OtherFocusReason);
}

void ConnectionDialog::accept()
{
    if (QLineEdit *missing = missingField()) {
        setError(missing == m_file ? tr("Skriv reskontrans fil.")
                                   : tr("Fyll i server, databas och användare."));
        missing->setFocus(Qt::OtherFocusReason);
        return;
    }
    try {
        m_open(locationWithPassword());
    } catch (const LedgerError &e) {
        setError(e.message());
        // Most often the password: the cursor goes back there.
        (isServer() ? m_password : m_file)->setFocus(Qt::OtherFocusReason);
        if (isServer())
            m_password->selectAll();
        return;
    }
    setError(QString());
    QDialog::accept();
}

} // namespace rsk::ui
