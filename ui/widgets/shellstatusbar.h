#pragma once

#include <QStatusBar>

class QLabel;
class QPushButton;

namespace rsk::ui {

class Session;

// Permanent status: ledger, company (with the Företag button), user, engine.
class ShellStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit ShellStatusBar(Session &session, QWidget *parent = nullptr);

    QPushButton *companyButton() const { return m_companyButton; }
    void setCompanyShortcutText(const QString &key);

signals:
    void companyButtonClicked();

private:
    void updateCompany();

    Session &m_session;
    QLabel *m_company;
    QPushButton *m_companyButton;
};

} // namespace rsk::ui
