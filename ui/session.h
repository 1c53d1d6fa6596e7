#pragma once

#include "shellcontext.h"

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
    QString companyNumber() const { return m_companyNumber; }
    QString companyName() const;
    bool hasCompany() const { return !m_companyNumber.isEmpty(); }

    // Unknown numbers are ignored. The choice is remembered (QSettings) and
    // restored by the next Session.
    void setCompany(const QString &number);

    StartPageFacts startPageFacts() const;

signals:
    void companyChanged(const QString &number, const QString &name);

private:
    ShellContext m_context;
    QString m_companyNumber;
};

} // namespace rsk::ui
