#include "dunning/dunningdefaults.h"

#include "dunning/dunningparameters.h"
#include "dunning/dunningsettings.h"
#include "dunning/dunningtexts.h"
#include "storage/database.h"

namespace rsk {

namespace {
const QString kScope = QStringLiteral("dunning_setup");
const QString kFlag = QStringLiteral("defaults_installed");
} // namespace

void DunningDefaults::install()
{
    UnitOfWork work(m_db);
    // Mark first: the registers below call ensureInstalled() themselves.
    m_db.run(QStringLiteral("DELETE FROM setting WHERE scope = ? AND name = ?"), {kScope, kFlag});
    m_db.run(QStringLiteral("INSERT INTO setting (scope, name, value) VALUES (?, ?, '1')"),
             {kScope, kFlag});
    DunningTexts texts(m_db);
    for (const DunningText &t : DunningTexts::defaults())
        if (!texts.exists(t.kind, t.number))
            texts.save(t);
    DunningSettingsRegister settings(m_db);
    QSqlQuery q = m_db.run(QStringLiteral(
        "SELECT code FROM routine WHERE code NOT IN (SELECT routine FROM dunning_settings) "
        "ORDER BY code"));
    QStringList routines;
    while (q.next())
        routines << q.value(0).toString();
    for (const QString &r : routines)
        settings.save(DunningSettingsRegister::defaults(r));
    DunningParametersRegister(m_db).installDefaults();
    work.commit();
}

void DunningDefaults::ensureInstalled()
{
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM setting WHERE scope = ? AND name = ?"),
                    {kScope, kFlag})
            .toInt()
        > 0)
        return;
    // An empty ledger (before `init`) has no routines to set up yet.
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM routine")).toInt() == 0)
        return;
    install();
}

} // namespace rsk
