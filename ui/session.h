#pragma once

#include "shellcontext.h"

#include "users/access.h"

#include <QObject>

namespace rsk::ui {

// The clerk's working session: the shell context plus the chosen company
// (företag). Screens read it and follow companyChanged().
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(ShellContext context, QObject *parent = nullptr);

    const ShellContext &context() const { return m_context; }
    // Who works (core/users/access.h): the ledger's access, else (a shell
    // without a ledger) an administrator. setAccess() after a login sets it
    // on the ledger too, keeps only the visible companies and leaves a
    // company the user may not see.
    const rsk::Access &access() const { return m_access; }
    void setAccess(const rsk::Access &access);
    // The companies the user may see (number, name): the company picker's list.
    QList<QPair<QString, QString>> companies() const;
    QString companyNumber() const { return m_companyNumber; }
    QString companyName() const;
    bool hasCompany() const { return !m_companyNumber.isEmpty(); }

    // Unknown numbers are ignored. The choice is remembered (QSettings) and
    // restored by the next Session.
    void setCompany(const QString &number);

    StartPageFacts startPageFacts() const;

signals:
    void companyChanged(const QString &number, const QString &name);
    void accessChanged();

private:
    void chooseRememberedCompany();

    ShellContext m_context;
    rsk::Access m_access = rsk::Access::unrestricted();
    QString m_companyNumber;
};

} // namespace rsk::ui
