#pragma once

#include "screens/screen.h"
#include "widgets/registerform.h"
#include "users/users.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace rsk {
class Database;
}

namespace rsk::ui {

// Systemunderhåll > Användare och behörigheter (issue 7, administrators):
// the users of the ledger in a list, a form below it for one user (login,
// name, role, the companies the user may see, a new password typed twice)
// and the time until the automatic log-out. Core (Users) refuses what may
// not be done and says why: a weak password, the last administrator, an
// unknown company.
// Keys: the form follows the list's current row; Enter on a row goes to the
// form, Enter in the form saves (and in the minutes field saves those), F8
// starts a new user, F6 deactivates (or activates again) the listed user,
// asked first, F7 undoes the form's changes. Space ticks a company.
class UsersScreen : public Screen, private FormMessages
{
    Q_OBJECT
public:
    static constexpr char kId[] = "system.users";
    static constexpr char kNewCommand[] = "users.new";
    static constexpr char kActiveCommand[] = "users.toggleActive";
    static constexpr char kUndoCommand[] = "users.undo";

    explicit UsersScreen(ScreenContext &context, QWidget *parent = nullptr);

    static void declareCommands(CommandRegistry &commands);

    enum Column { Login, Name, RoleColumn, Companies, Active, Password, ColumnCount };

    QTableWidget *table() const { return m_table; }
    using FormMessages::errorText;
    using FormMessages::statusText;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createForm();
    void reload(const QString &selectLogin = QString());
    void showUser(const UserAccount &user, bool isNew);
    void currentRowChanged(int row);
    void roleChosen();
    void newUser();
    void save();
    void saveIdleMinutes();
    void toggleActive();
    void undo();

    rsk::Database *m_ledger = nullptr;
    QList<UserAccount> m_users;
    QLineEdit *m_idleMinutes = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_formTitle = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QListWidget *m_companies = nullptr;
    QLabel *m_companiesNote = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_password2 = nullptr;
    bool m_isNew = false;
    bool m_loading = false;
    int m_shownRow = -1;
};

} // namespace rsk::ui
