#pragma once

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace rsk::ui {

// Öppna reskontra (issue 7): a ledger file on this computer (SQLite) or a
// database on the office's PostgreSQL server (several clerks, one ledger).
// Enter tries to open it; a failure keeps the dialog open with the reason
// under the fields. The password is never remembered: only location(),
// which has none, is kept in QSettings.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    // Tries a location (a file path, or a postgresql:// URL with the
    // password); throws LedgerError with the reason when it cannot be opened.
    using OpenFunction = std::function<void(const QString &location)>;

    // `current`: the ledger open now (file or URL), to start from.
    ConnectionDialog(OpenFunction open, const QString &current, QWidget *parent = nullptr);

    bool isServer() const;
    // The chosen ledger: the file path, or postgresql://user@host:port/database.
    QString location() const;
    // The same with the password, for opening it.
    QString locationWithPassword() const;
    QString password() const;
    // Why the dialog shows (e.g. the ledger could not be opened at start).
    void setError(const QString &text);
    QString errorText() const;

    // postgresql://user[:password]@host[:port]/database, each part encoded
    // (a password may hold '@' or ':'); no port when port <= 0.
    static QString serverUrl(const QString &host, int port, const QString &database,
                             const QString &user, const QString &password = QString());
    // The ledger last chosen here (QSettings "ledger/location"), or empty.
    static QString rememberedLocation();
    // Remembers a location; a password in it is dropped first.
    static void rememberLocation(const QString &location);

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *fileEdit() const { return m_file; }
    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }

public slots:
    void accept() override;

private:
    void browse();
    void showKind(int index);
    // The first empty field that must be filled, or nullptr.
    QLineEdit *missingField() const;

    OpenFunction m_open;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    QLineEdit *m_file;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace rsk::ui
